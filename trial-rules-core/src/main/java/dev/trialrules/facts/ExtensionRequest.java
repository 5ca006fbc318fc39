package dev.trialrules.facts;

import java.time.LocalDate;

/**
 * A request to extend a trial by the extension step, counted from today (EXT-01..04).
 *
 * @param today the day of the request; the new end date counts from it
 * @param trial the trial to extend
 */
public record ExtensionRequest(LocalDate today, Trial trial) implements TrialRequest {

  /** Validates; both components are required. */
  public ExtensionRequest {
    Check.requiredDate(today, "today");
    Check.notNull(trial, "trial");
  }
}
