package dev.trialrules;

import java.util.Objects;

/**
 * A trial's state on a date: its phase, and what has happened to Calling.
 *
 * @param phase where the trial stands
 * @param callingStopped whether Calling has stopped working (END-06)
 * @param numbersReleased whether the Calling numbers have been released (END-07)
 */
public record TrialState(Phase phase, boolean callingStopped, boolean numbersReleased) {

  /** Validates; the phase is required. */
  public TrialState {
    Objects.requireNonNull(phase, "phase");
  }

  /** The state after an event that makes this change. */
  public TrialState after(Change change) {
    return switch (change) {
      case NONE -> this;
      case EXPIRES -> new TrialState(Phase.IN_GRACE, callingStopped, numbersReleased);
      case MOVES_TO_CONSUMER_ORG -> new TrialState(Phase.ENDED, callingStopped, numbersReleased);
      case STOPS_CALLING -> new TrialState(phase, true, numbersReleased);
      case RELEASES_NUMBERS -> new TrialState(phase, callingStopped, true);
      case CANCELS -> new TrialState(Phase.CANCELLED, callingStopped, numbersReleased);
    };
  }
}
