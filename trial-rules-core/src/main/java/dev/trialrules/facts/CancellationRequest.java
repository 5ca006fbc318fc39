package dev.trialrules.facts;

import java.time.LocalDate;

/**
 * A request to cancel a trial (END-01).
 *
 * @param today the day of the cancellation
 * @param trial the trial to cancel
 * @param by who cancels it
 */
public record CancellationRequest(LocalDate today, Trial trial, CancelledBy by) implements TrialRequest {

  /** Validates; every component is required. */
  public CancellationRequest {
    Check.requiredDate(today, "today");
    Check.notNull(trial, "trial");
    Check.notNull(by, "by");
  }
}
