/**
 * trial-rules: Webex enterprise-trial policy, decided by Drools rules behind a plain Java API.
 *
 * <p>Build a {@link dev.trialrules.TrialPolicyEngine} once, hand it immutable requests from
 * {@link dev.trialrules.facts}, and read the {@link dev.trialrules.Decision}: an outcome, the
 * findings that explain it by policy rule ID, and typed derived values. No Drools type appears
 * in this API.
 */
package dev.trialrules;
