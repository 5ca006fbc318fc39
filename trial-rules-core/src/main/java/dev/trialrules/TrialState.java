package dev.trialrules;

import java.util.Objects;

/**
 * A trial's state on a date: its phase, the days it has left, and what has happened to Calling.
 *
 * @param phase where the trial stands
 * @param daysLeft while it runs, E − date: the days the partner's customer list shows; 0 in every
 *     other phase
 * @param callingStopped whether Calling has stopped working (END-06)
 * @param numbersReleased whether the Calling numbers have been released (END-07)
 */
public record TrialState(Phase phase, int daysLeft, boolean callingStopped, boolean numbersReleased) {

  /**
   * Validates.
   *
   * @throws IllegalArgumentException for negative days left, or days left outside the running phase
   */
  public TrialState {
    Objects.requireNonNull(phase, "phase");
    if (daysLeft < 0 || (daysLeft > 0 && phase != Phase.RUNNING)) {
      throw new IllegalArgumentException("daysLeft must be 0, or positive while RUNNING; was " + daysLeft
          + " while " + phase);
    }
  }

  /**
   * The state after an event that makes this change. The days left are kept while the trial
   * still runs and are 0 once it has left the running phase.
   */
  public TrialState after(Change change) {
    return switch (change) {
      case NONE -> this;
      case EXPIRES -> new TrialState(Phase.IN_GRACE, 0, callingStopped, numbersReleased);
      case MOVES_TO_CONSUMER_ORG -> new TrialState(Phase.ENDED, 0, callingStopped, numbersReleased);
      case STOPS_CALLING -> new TrialState(phase, daysLeft, true, numbersReleased);
      case RELEASES_NUMBERS -> new TrialState(phase, daysLeft, callingStopped, true);
      case CANCELS -> new TrialState(Phase.CANCELLED, 0, callingStopped, numbersReleased);
    };
  }
}
