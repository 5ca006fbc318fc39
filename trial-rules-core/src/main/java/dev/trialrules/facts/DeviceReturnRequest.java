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
 * @param demoOrderNumber the demo order number of the trial's devices; {@code null} or blank when
 *     the partner does not know it (RET-05)
 */
public record DeviceReturnRequest(
    LocalDate today, Trial trial, List<String> returnedSerials, boolean labelsLost, String demoOrderNumber)
    implements TrialRequest {

  /** Validates and copies. */
  public DeviceReturnRequest {
    Check.requiredDate(today, "today");
    Check.notNull(trial, "trial");
    returnedSerials = Check.codes(returnedSerials, "returnedSerials");
    Check.identifier(demoOrderNumber, "demoOrderNumber");
    demoOrderNumber = demoOrderNumber == null || Check.blank(demoOrderNumber) ? null
        : demoOrderNumber.strip();
  }

  /** A return whose demo order number is not given, which RET-05 treats as unknown. */
  public DeviceReturnRequest(LocalDate today, Trial trial, List<String> returnedSerials, boolean labelsLost) {
    this(today, trial, returnedSerials, labelsLost, null);
  }

  /** Whether the partner knows the demo order number (RET-05). */
  public boolean demoOrderNumberKnown() {
    return demoOrderNumber != null;
  }
}
