/**
 * trial-rules: Webex enterprise-trial policy, decided by Drools rules behind a plain Java API.
 *
 * <p>Build a {@link dev.trialrules.TrialPolicyEngine} once, hand it immutable requests from
 * {@link dev.trialrules.facts}, and read the {@link dev.trialrules.Decision}: an outcome, the
 * findings that explain it by policy rule ID, and typed derived values. No Drools type appears
 * in this API.
 *
 * <p>Nothing in this package is null unless marked {@link org.jspecify.annotations.Nullable}: a
 * part of a result that may be absent is returned as an {@link java.util.Optional} (such as
 * {@link dev.trialrules.Finding#item()} and {@link dev.trialrules.Decision#value}), never as null.
 */
@NullMarked
package dev.trialrules;

import org.jspecify.annotations.NullMarked;
