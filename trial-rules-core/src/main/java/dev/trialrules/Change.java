package dev.trialrules;

/** What a timeline event changes about the trial's {@link TrialState}, if anything. */
public enum Change {
  /** Nothing: a notice. */
  NONE,
  /** The trial expires and its grace period begins. */
  EXPIRES,
  /** The users move to the consumer organization; the trial has ended. */
  MOVES_TO_CONSUMER_ORG,
  /** Calling stops working. */
  STOPS_CALLING,
  /** The Calling phone numbers are released. */
  RELEASES_NUMBERS,
  /** The trial is cancelled. */
  CANCELS
}
