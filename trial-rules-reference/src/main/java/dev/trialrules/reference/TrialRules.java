package dev.trialrules.reference;

import dev.trialrules.DerivedValue;
import dev.trialrules.PolicyParameters;
import dev.trialrules.Severity;
import dev.trialrules.facts.CancellationRequest;
import dev.trialrules.facts.ConversionRequest;
import dev.trialrules.facts.DeviceReturnRequest;
import dev.trialrules.facts.ExtensionRequest;
import dev.trialrules.facts.PartnerTier;
import dev.trialrules.facts.ServiceChangeRequest;
import dev.trialrules.facts.Services;
import dev.trialrules.facts.Trial;
import dev.trialrules.facts.TrialStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * POLICY.md sections 5-9, the actions on a started trial: extending it (EXT), changing its
 * services (MOD), converting it (CONV), cancelling it (END-01) and returning its devices (RET).
 */
final class TrialRules {
  private final PolicyParameters p;

  TrialRules(PolicyParameters parameters) {
    this.p = parameters;
  }

  /** G, the grace period's last day: E + grace (Dates). */
  private LocalDate graceEnd(Trial trial) {
    return trial.endDate().plusDays(p.gracePeriodDays());
  }

  /** Cancelled, converted and ended trials are over: nothing can extend or convert them. */
  private static boolean over(TrialStatus status) {
    return status == TrialStatus.CANCELLED || status == TrialStatus.CONVERTED || status == TrialStatus.ENDED;
  }

  // ---- 5. EXT ------------------------------------------------------------------------------

  void extend(ExtensionRequest r, Findings f) {
    Trial trial = r.trial();
    LocalDate today = r.today();
    // EXT-04: a live trial, or an expired one inside its grace period (through G, not G + 1).
    if (over(trial.status()) || today.isAfter(graceEnd(trial))) {
      f.deny("EXT-04", "status", "A cancelled, converted or ended trial cannot be extended.");
    }
    // EXT-01: from today, not from E; refused when it would not end later than now.
    LocalDate newEnd = today.plusDays(p.extensionStepDays());
    f.derive(DerivedValue.NEW_END_DATE, newEnd);
    if (!newEnd.isAfter(trial.endDate())) {
      int remaining = (int) ChronoUnit.DAYS.between(today, trial.endDate());
      f.derive(DerivedValue.DAYS_REMAINING, remaining);
      f.deny("EXT-01", "endDate", "The trial already runs " + remaining + " more days; extending would shorten it.");
    } else {
      f.info("EXT-01", "endDate", "The trial would end on " + newEnd + ".");
    }
    if (trial.services().contains(Services.DEVICES)) {
      LocalDate deviceLimit = trial.startDate().plusDays(p.deviceMaximumDays());
      if (newEnd.isAfter(deviceLimit)) {
        f.deny("EXT-02", "endDate", "A device trial may not run past " + deviceLimit + ".");
      }
      f.add("EXT-03", Severity.APPROVAL, "trialTeam",
          "The trial team approves device-trial extensions, at " + p.deviceExtensionsEmail() + ".");
    }
  }

  // ---- 6. MOD ------------------------------------------------------------------------------

  void change(ServiceChangeRequest r, Findings f) {
    Trial trial = r.trial();
    // MOD-01: an added service is checked as a new one (EXIST-01, EXIST-02).
    for (String service : r.addServices()) {
      if (!p.services().contains(service)) {
        f.deny("MOD-01", service, service + " is not a service that can be trialed.");
      }
    }
    StartRules.notPurchasedNorTrialed(r.addServices(), trial.customer(), f);
    List<String> after = new ArrayList<>(trial.services().size() + r.addServices().size());
    for (String service : trial.services()) {
      if (!r.removeServices().contains(service)) {
        after.add(service);
      }
    }
    for (String service : r.addServices()) {
      if (!after.contains(service)) {
        after.add(service);
      }
    }
    // MOD-02, Reading: removing the last service is refused; cancel the trial instead.
    if (after.isEmpty()) {
      f.deny("MOD-02", "services", "A trial needs at least one service.", "Cancel the trial instead.");
    } else if (!r.addServices().isEmpty() || !r.removeServices().isEmpty()) {
      f.derive(DerivedValue.SERVICES, after);
      f.info("MOD-02", "services", "The trial's services become " + after + ".");
    }
    // MOD-03: NEW-05 applies to the new quantity.
    Integer quantity = r.newLicenseQuantity();
    if (quantity != null) {
      if (quantity < 1) {
        f.require("MOD-03", "newLicenseQuantity", "Give a licence quantity of at least 1.");
      } else if (p.maxLicenseQuantity() > 0 && quantity > p.maxLicenseQuantity()) {
        f.deny("MOD-03", "newLicenseQuantity", "At most " + p.maxLicenseQuantity() + " licences per trial.");
      } else {
        f.derive(DerivedValue.LICENSES_PER_SERVICE, StartRules.licensesPerService(after, quantity));
        f.info("MOD-03", "newLicenseQuantity", quantity + " licences for each service except Devices.");
      }
    }
  }

  // ---- 7. CONV -----------------------------------------------------------------------------

  void convert(ConversionRequest r, Findings f) {
    Trial trial = r.trial();
    if (trial.partner().tier() == PartnerTier.TIER_2) {
      f.deny("CONV-01", "partner", "A tier-2 partner cannot convert a trial itself.",
          "Ask your distributor to process the conversion.");
    }
    String contact = r.provisioningEmail();
    if (contact == null
        || !(trial.partner().adminEmails().contains(contact) || contact.equals(trial.customerAdminEmail()))) {
      f.deny("CONV-02", "provisioningEmail",
          "The provisioning e-mail must be a partner admin or the trial's customer admin.");
    }
    List<String> lost = new ArrayList<>();
    for (String service : trial.services()) {
      if (!r.orderedServices().contains(service)) {
        lost.add(service);
        f.warn("CONV-03", service, "The customer loses " + service + ": it is not on the paid order.");
      }
    }
    if (!lost.isEmpty()) {
      f.derive(DerivedValue.SERVICES_LOST, lost);
    }
    LocalDate deadline = graceEnd(trial);
    f.derive(DerivedValue.CONVERSION_DEADLINE, deadline);
    if (over(trial.status()) || r.today().isAfter(deadline)) {
      f.deny("CONV-04", "today", "The trial can be converted through " + deadline + " only.");
    } else {
      f.info("CONV-04", "usage", "Usage data from the trial is kept.");
    }
    if (trial.services().contains(Services.DEVICES)) {
      f.info("CONV-05", "devices",
          "Trial devices must still be returned; order new ones through Cisco Commerce Workspace.");
    }
  }

  // ---- 8. END-01 ---------------------------------------------------------------------------

  void cancel(CancellationRequest r, Findings f) {
    if (over(r.trial().status())) {
      f.deny("END-01", "status", "The trial is already " + r.trial().status() + ".");
      return;
    }
    f.derive(DerivedValue.TRIAL_STATUS, TrialStatus.CANCELLED);
    f.info("END-01", "status", "The trial is cancelled by the " + r.by() + ".");
  }

  // ---- 9. RET ------------------------------------------------------------------------------

  void returnDevices(DeviceReturnRequest r, Findings f) {
    Trial trial = r.trial();
    if (trial.deviceDueDate() != null) {
      LocalDate returnBy = trial.deviceDueDate().plusDays(p.deviceReturnDays());
      f.derive(DerivedValue.RETURN_BY, returnBy);
      f.info("RET-01", "returnBy", "Return the devices by " + returnBy + ".");
    }
    String country = trial.customer().country();
    String carrier = p.returnCarrierFor(country);
    if (carrier != null) {
      f.derive(DerivedValue.RETURN_CARRIER, carrier);
      f.info("RET-02", "carrier", carrier + " collects the return.");
    } else {
      f.info("RET-02", "carrier", "The partner determines the return process for the customer's location.");
    }
    if (r.labelsLost()) {
      if (country != null && p.replacementLabelCountries().contains(country)) {
        f.info("RET-03", "labels", "Replacement return labels can be requested.");
      } else {
        f.warn("RET-03", "labels", "Replacement return labels are available in the United States only.");
      }
    }
    Set<String> returned = new HashSet<>(r.returnedSerials());
    List<String> shipped = trial.serialNumbers();
    Set<String> shippedSet = new HashSet<>(shipped);
    List<String> missing = new ArrayList<>();
    for (String serial : shipped) {
      if (!returned.contains(serial)) {
        missing.add(serial);
      }
    }
    List<String> unexpected = new ArrayList<>();
    for (String serial : r.returnedSerials()) {
      if (!shippedSet.contains(serial)) {
        unexpected.add(serial);
      }
    }
    if (!missing.isEmpty() || !unexpected.isEmpty()) {
      f.derive(DerivedValue.MISSING_SERIALS, missing);
      f.derive(DerivedValue.UNEXPECTED_SERIALS, unexpected);
      f.deny("RET-04", "serials", "Missing " + missing + ", unexpected " + unexpected + ".");
    }
  }
}
