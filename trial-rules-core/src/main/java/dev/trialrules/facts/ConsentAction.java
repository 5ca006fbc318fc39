package dev.trialrules.facts;

/** What happens to an existing customer's consent request (EXIST-04..08). */
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
