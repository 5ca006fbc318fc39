package dev.trialrules;

/** What a {@linkplain EventKind#CHANGE change} on a timeline does to the trial's {@link TrialState}. */
public enum Change {
  /** Nothing: the value of every notice and deadline. */
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
