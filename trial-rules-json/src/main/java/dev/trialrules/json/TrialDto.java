package dev.trialrules.json;

import static dev.trialrules.json.FactBinding.build;
import static dev.trialrules.json.FactBinding.given;

import dev.trialrules.facts.CustomerOrg;
import dev.trialrules.facts.Partner;
import dev.trialrules.facts.ShippedDevice;
import dev.trialrules.facts.Trial;
import dev.trialrules.facts.TrialStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A started trial's JSON, the one binding of a {@link Trial}: the {@code "trial"} of every action
 * request, a {@code trial-policy timeline} file and each line of a {@code sweep} read it, so the
 * three cannot drift apart. Absent or {@code null} components take {@link Trial.Builder}'s
 * defaults (active, no services, devices or extensions); the trial's ID, partner, customer,
 * start and end dates have none, and the fact refuses their absence.
 */
record TrialDto(
    String trialId,
    RequestDto.PartnerDto partner,
    RequestDto.CustomerDto customer,
    String customerAdminEmail,
    List<String> services,
    Integer licenseQuantity,
    LocalDate startDate,
    LocalDate endDate,
    TrialStatus status,
    List<DeviceDto> devices,
    LocalDate deviceDueDate,
    Integer extensionsGranted,
    LocalDate consentSentOn) {

  /**
   * The fact.
   *
   * @param source the file name or {@code stdin}, for messages
   * @param path where this object sits: {@code request.trial} in a request, {@code trial} at the top
   * @throws InvalidRequestException if the fact refuses a value, named at its path
   */
  Trial toFact(String source, String path) {
    Partner partnerFact = partner == null ? null : partner.toFact(source, path + ".partner");
    CustomerOrg customerFact = customer == null ? null : customer.toFact(source, path + ".customer");
    List<ShippedDevice> deviceFacts = devices == null ? null : devices(source, path);
    return build(source, path, "trial", () -> {
      Trial.Builder b = Trial.builder(trialId, partnerFact, customerFact)
          .period(startDate, endDate);
      given(customerAdminEmail, b::customerAdminEmail);
      given(services, b::services);
      given(licenseQuantity, b::licenseQuantity);
      given(status, b::status);
      given(deviceFacts, b::devices);
      given(deviceDueDate, b::deviceDueDate);
      given(extensionsGranted, b::extensionsGranted);
      given(consentSentOn, b::consentSentOn);
      return b.build();
    });
  }

  private List<ShippedDevice> devices(String source, String path) {
    List<ShippedDevice> facts = new ArrayList<>(devices.size());
    for (int i = 0; i < devices.size(); i++) {
      DeviceDto d = devices.get(i);
      // Built one by one so that a refusal names the element: trial.devices[1].serialNumber.
      facts.add(build(source, path + ".devices[" + i + "]", "devices",
          () -> ShippedDevice.of(d.serialNumber(), d.deviceType())));
    }
    return facts;
  }

  /** {@code trial.devices[i]}: a {@link ShippedDevice}; both are required. */
  record DeviceDto(String serialNumber, String deviceType) {}
}
