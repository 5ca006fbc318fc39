package dev.trialrules.facts;

/**
 * What happens to an existing customer's consent request (EXIST-04..08).
 *
 * <p>May gain constants in a minor release: a new step in the consent exchange (a reminder, say)
 * becomes a constant here. A {@code switch} over it needs a {@code default}.
 */
public enum ConsentAction {
  /** The consent e-mail goes out when the trial request is sent. */
  SEND,
  /** The partner resends the consent e-mail; only while consent is pending. */
  RESEND,
  /** A customer admin accepts the trial. */
  ACCEPT,
  /** The partner cancels the pending trial and deletes the customer from its list. */
  CANCEL,
  /** The consent window is checked on a date; past it, the trial is cancelled. */
  EXPIRE
}
