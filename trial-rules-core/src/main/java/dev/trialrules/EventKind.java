package dev.trialrules;

/**
 * What kind of thing a {@link TrialEvent} is. Only a notice is an e-mail: a job that mails the
 * events of a day mails the notices and nothing else.
 */
public enum EventKind {
  /** An e-mail the policy names, sent to the event's recipients. */
  NOTICE,
  /** A state the trial enters on that day (it expires, it ends, Calling stops); no e-mail. */
  CHANGE,
  /** The last day for something to be done (devices returned); no e-mail. */
  DEADLINE
}
