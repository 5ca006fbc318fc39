package dev.trialrules.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * A request to add or remove services of a trial or to change its licence quantity
 * (MOD-01..03). Any of the three may be empty.
 *
 * @param today the day of the request
 * @param trial the trial to change
 * @param addServices services to add, each once
 * @param removeServices services to remove, each once
 * @param newLicenseQuantity the new licence quantity, or {@code null} to keep it
 */
public record ServiceChangeRequest(
    LocalDate today, Trial trial, List<String> addServices, List<String> removeServices, Integer newLicenseQuantity)
    implements TrialRequest {

  /** Validates and copies; a service cannot be both added and removed. */
  public ServiceChangeRequest {
    Check.requiredDate(today, "today");
    Check.notNull(trial, "trial");
    addServices = Check.codes(addServices, "addServices");
    removeServices = Check.codes(removeServices, "removeServices");
    for (String service : addServices) {
      if (removeServices.contains(service)) {
        throw new IllegalArgumentException("service '" + service + "' is both in addServices and removeServices");
      }
    }
    Check.nonNegative(newLicenseQuantity, "newLicenseQuantity");
  }
}
