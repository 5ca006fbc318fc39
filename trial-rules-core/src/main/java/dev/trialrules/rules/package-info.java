/**
 * The vocabulary of rule files: what a DRL rule may use besides the facts of
 * {@link dev.trialrules.facts} and {@link dev.trialrules.PolicyParameters}.
 *
 * <p>Every rule file declares the one global and reports through it:
 * <pre>
 * global dev.trialrules.rules.Verdict verdict;
 *
 * rule "ACT-01 Deny a trial started by an unverified partner"
 * when
 *     Partner( verified == false )
 * then
 *     verdict.deny("partner", "Only verified Webex partners can start trials.");
 * end
 * </pre>
 * The finding's rule ID is taken from the rule's name, so the two cannot drift apart; its first
 * argument is the input field the finding concerns, and {@code verdict.about(field, item)} names
 * one service, device type or serial number of that field.
 */
@NullMarked
package dev.trialrules.rules;

import org.jspecify.annotations.NullMarked;
