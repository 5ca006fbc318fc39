package dev.trialrules.facts;

/**
 * Asks the rules for a trial's dated events (END-02..07, EXIST-06, RET-01). The engine inserts
 * one per trial for {@code timeline} and {@code sweep}; timeline rules match it, so deciding an
 * action on the same trial does not schedule anything.
 *
 * @param trial the trial to schedule
 */
public record TimelineRequest(Trial trial) {

  /** Validates; the trial is required. */
  public TimelineRequest {
    Check.notNull(trial, "trial");
  }
}
