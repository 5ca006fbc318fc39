package dev.trialrules.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * A request to convert a trial to a paid order (CONV-01..05).
 *
 * @param today the day of the conversion
 * @param trial the trial to convert
 * @param provisioningEmail the provisioning contact entered on the order, lower-cased; blank
 *     counts as not given (CONV-02)
 * @param orderedServices the services on the paid order, each once (CONV-03)
 * @param customerAdminEmail the customer admin address the person converting enters in Control
 *     Hub, lower-cased; blank counts as not given (CONV-06)
 */
public record ConversionRequest(
    LocalDate today, Trial trial, String provisioningEmail, List<String> orderedServices, String customerAdminEmail)
    implements TrialRequest {

  /** Validates and copies. */
  public ConversionRequest {
    Check.requiredDate(today, "today");
    Check.notNull(trial, "trial");
    provisioningEmail = Check.email(provisioningEmail, "provisioningEmail");
    orderedServices = Check.codes(orderedServices, "orderedServices");
    customerAdminEmail = Check.email(customerAdminEmail, "customerAdminEmail");
  }

  /** A conversion whose customer admin address in Control Hub is not given yet. */
  public ConversionRequest(LocalDate today, Trial trial, String provisioningEmail, List<String> orderedServices) {
    this(today, trial, provisioningEmail, orderedServices, null);
  }
}
