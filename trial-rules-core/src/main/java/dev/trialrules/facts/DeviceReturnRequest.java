package dev.trialrules.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * A return of a trial's devices (RET-01..04).
 *
 * @param today the day the return is made
 * @param trial the trial whose devices come back
 * @param returnedSerials the serial numbers in the return, each once (RET-04)
 * @param labelsLost whether the customer lost the original return labels (RET-03)
 */
public record DeviceReturnRequest(LocalDate today, Trial trial, List<String> returnedSerials, boolean labelsLost)
    implements TrialRequest {

  /** Validates and copies. */
  public DeviceReturnRequest {
    Check.requiredDate(today, "today");
    Check.notNull(trial, "trial");
    returnedSerials = Check.codes(returnedSerials, "returnedSerials");
  }
}
