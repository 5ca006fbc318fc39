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
import java.util.Map;
import java.util.Set;

/**
 * POLICY.md sections 5-9, the actions on a started trial: extending it (EXT), changing its
 * services (MOD), converting it (CONV), cancelling it (END-01) and returning its devices (RET).
 * Each rule is checked on its own, as the policy lists them, so one request can collect several
 * findings.
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

  /** Cancelled, converted and ended trials are over: nothing can extend, convert or cancel them. */
  private static boolean over(TrialStatus status) {
    return status == TrialStatus.CANCELLED || status == TrialStatus.CONVERTED || status == TrialStatus.ENDED;
  }

  // ---- 5. EXT ------------------------------------------------------------------------------

  void extend(ExtensionRequest r, Findings f) {
    Trial trial = r.trial();
    LocalDate today = r.today();
    // EXT-04: a live trial, or an expired one inside its grace period (through G, not G + 1).
    if (over(trial.status())) {
      f.deny("EXT-04", "status", "A " + trial.status() + " trial cannot be extended.");
    } else if (today.isAfter(graceEnd(trial))) {
      f.deny("EXT-04", "today", "The trial's grace period ended on " + graceEnd(trial) + ".");
    }
    // EXT-01: from today, not from E. Reading: refused when it would not end later than now, and
    // the days left are told (none once E has passed).
    LocalDate newEnd = today.plusDays(p.extensionStepDays());
    int remaining = (int) Math.max(0, ChronoUnit.DAYS.between(today, trial.endDate()));
    f.derive(DerivedValue.DAYS_REMAINING, remaining);
    if (newEnd.isAfter(trial.endDate())) {
      f.derive(DerivedValue.NEW_END_DATE, newEnd);
      f.info("EXT-01", "newEndDate", "The trial would end on " + newEnd + " (" + remaining + " days left now).");
    } else {
      f.deny("EXT-01", "newEndDate", "The trial has " + remaining + " days left; extending would not lengthen it.");
    }
    if (trial.services().contains(Services.DEVICES)) {
      // EXT-02: devices for at most the device maximum from S, so the new E may be S + 120 at the latest.
      LocalDate deviceLimit = trial.startDate().plusDays(p.deviceMaximumDays());
      if (newEnd.isAfter(deviceLimit)) {
        f.deny("EXT-02", Services.DEVICES, "A device trial may not run past " + deviceLimit + ".");
      }
      // EXT-03: an extension that EXT-01 and EXT-02 allow still waits for the trial team.
      if (newEnd.isAfter(trial.endDate()) && !newEnd.isAfter(deviceLimit)) {
        f.add("EXT-03", Severity.APPROVAL, "trialTeam",
            "The trial team approves device-trial extensions, at " + p.deviceExtensionsEmail() + ".");
      }
    }
  }

  // ---- 6. MOD ------------------------------------------------------------------------------

  void change(ServiceChangeRequest r, Findings f) {
    Trial trial = r.trial();
    List<String> current = trial.services();
    // MOD-01: an added service is checked as a new one (EXIST-01, EXIST-02), under MOD-01's ID.
    for (String service : r.addServices()) {
      if (!p.services().contains(service)) {
        f.require("MOD-01", "addServices", "'" + service + "' is not a trial service.");
        continue;
      }
      boolean present = current.contains(service);
      if (present) {
        f.require("MOD-01", "addServices", "The trial already has " + service + ".");
      }
      boolean purchased = trial.customer().purchasedServices().contains(service);
      boolean trialed = trial.customer().otherPartnerTrials().contains(service);
      if (purchased) {
        f.deny("MOD-01", service, "The customer already purchased " + service + " (EXIST-01).");
      }
      if (trialed) {
        f.deny("MOD-01", service, "Another partner already runs a " + service + " trial (EXIST-02).");
      }
      if (!present && !purchased && !trialed) {
        f.info("MOD-01", service, service + " is added to the trial.");
      }
    }
    List<String> after = new ArrayList<>(current.size() + r.addServices().size());
    for (String service : current) {
      if (!r.removeServices().contains(service)) {
        after.add(service);
      }
    }
    for (String service : r.addServices()) {
      if (!after.contains(service)) {
        after.add(service);
      }
    }
    // MOD-02: removing is allowed; removing what the trial does not have is a mistake to correct.
    for (String service : r.removeServices()) {
      if (!current.contains(service)) {
        f.require("MOD-02", "removeServices", "The trial has no " + service + " to remove.");
      } else if (!after.isEmpty()) {
        f.info("MOD-02", service, service + " is removed from the trial.");
      }
    }
    if (!r.addServices().isEmpty() || !r.removeServices().isEmpty()) {
      if (after.isEmpty()) {
        // MOD-02, Reading: removing the last service is refused.
        f.deny("MOD-02", "removeServices", "The change would leave the trial without services.",
            "Cancel the trial instead.");
      } else {
        f.derive(DerivedValue.SERVICES, after);
        f.info("MOD-02", "services", "After the change the trial has " + after + ".");
      }
    }
    licences(r, after, f);
  }

  /** MOD-03: NEW-05 applies to the new quantity, and to services added to a trial with none. */
  private void licences(ServiceChangeRequest r, List<String> after, Findings f) {
    Integer quantity = r.newLicenseQuantity();
    if (quantity != null) {
      StartRules.quantity(p, "MOD-03", "newLicenseQuantity", quantity, after, f);
    } else if (StartRules.needsLicences(after) && StartRules.needsLicences(r.addServices())
        && r.trial().licenseQuantity() < 1) {
      f.require("MOD-03", "newLicenseQuantity", "The trial has no licences yet; give a quantity of at least 1.");
    }
  }

  // ---- 7. CONV -----------------------------------------------------------------------------

  void convert(ConversionRequest r, Findings f) {
    Trial trial = r.trial();
    if (trial.partner().tier() == PartnerTier.TIER_2) {
      f.deny("CONV-01", "partner.tier", "A tier-2 partner cannot convert a trial itself.",
          "Ask your distributor to process the conversion.");
    } else {
      f.info("CONV-01", "partner.tier", "A tier-1 partner converts the trial itself through Cisco Commerce.");
    }
    String contact = r.provisioningEmail();
    if (contact == null) {
      f.require("CONV-02", "provisioningEmail", "Give the provisioning e-mail address.");
    } else if (!trial.partner().adminEmails().contains(contact) && !contact.equals(trial.customerAdminEmail())) {
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
    // CONV-04: while the trial runs and through G, the grace period's last day.
    LocalDate deadline = graceEnd(trial);
    if (over(trial.status())) {
      f.deny("CONV-04", "status", "A " + trial.status() + " trial cannot be converted.");
    } else if (r.today().isAfter(deadline)) {
      f.deny("CONV-04", "today", "The grace period ended on " + deadline + ".");
    } else {
      f.derive(DerivedValue.CONVERSION_DEADLINE, deadline);
      f.info("CONV-04", "conversionDeadline", "Convertible until " + deadline + "; usage data is kept.");
    }
    if (trial.services().contains(Services.DEVICES)) {
      f.info("CONV-05", "devices",
          "Trial devices must still be returned; order new ones through Cisco Commerce Workspace.");
    }
  }

  // ---- 8. END-01 ---------------------------------------------------------------------------

  void cancel(CancellationRequest r, Findings f) {
    Trial trial = r.trial();
    if (over(trial.status())) {
      f.deny("END-01", "status", "The trial is already " + trial.status() + ".");
    } else if (trial.status() != TrialStatus.PENDING_CONSENT && r.today().isAfter(graceEnd(trial))) {
      // From G + 1 the users are in the consumer organization (END-05): nothing is left to cancel.
      // A trial still waiting for consent never started, so its dates do not end it.
      f.deny("END-01", "today", "The trial ended after its grace period, on " + graceEnd(trial) + ".");
    } else {
      f.derive(DerivedValue.TRIAL_STATUS, TrialStatus.CANCELLED);
      f.info("END-01", "status", "The trial is cancelled by the " + r.by() + ".");
    }
  }

  // ---- 9. RET ------------------------------------------------------------------------------

  void returnDevices(DeviceReturnRequest r, Findings f) {
    Trial trial = r.trial();
    List<String> shipped = trial.serialNumbers();
    if (shipped.isEmpty()) {
      // Reading (engine): with nothing shipped there is nothing to return, so the return is refused.
      f.derive(DerivedValue.MISSING_SERIALS, List.of());
      f.derive(DerivedValue.UNEXPECTED_SERIALS, List.copyOf(r.returnedSerials()));
      f.deny("RET-04", "returnedSerials", "No devices were shipped for the trial.");
      return;
    }
    // RET-01: D + return days, D being the due date of the EULA e-mail, not E.
    if (trial.deviceDueDate() == null) {
      f.require("RET-01", "trial.deviceDueDate", "Give the device due date stated in the EULA e-mail.");
    } else {
      LocalDate returnBy = trial.deviceDueDate().plusDays(p.deviceReturnDays());
      f.derive(DerivedValue.RETURN_BY, returnBy);
      f.info("RET-01", "returnBy", "Return the devices by " + returnBy + ".");
      if (r.today().isAfter(returnBy)) {
        f.warn("RET-01", "today", "The return is late: the devices were due back by " + returnBy + ".");
      }
    }
    String country = trial.customer().country();
    if (country == null) {
      f.require("RET-02", "customer.country", "Give the customer's country: it decides the carrier.");
    } else {
      String carrier = p.returnCarrierFor(country);
      if (carrier != null) {
        f.derive(DerivedValue.RETURN_CARRIER, carrier);
        f.info("RET-02", "returnCarrier", "Devices from " + country + " go back by " + carrier + ".");
      } else {
        f.info("RET-02", "returnCarrier", "The partner determines the return process for " + country + ".");
      }
      if (r.labelsLost()) {
        if (p.replacementLabelCountries().contains(country)) {
          f.info("RET-03", "labelsLost", "Replacement return labels can be requested.");
        } else {
          f.deny("RET-03", "labelsLost", "Replacement labels are available only in "
              + p.replacementLabelCountries() + ".", "The partner determines the return process.");
        }
      }
    }
    serials(r, shipped, f);
  }

  /** RET-04: the return must hold exactly the serial numbers shipped; name what differs. */
  private static void serials(DeviceReturnRequest r, List<String> shipped, Findings f) {
    Set<String> returned = new HashSet<>(r.returnedSerials());
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
    f.derive(DerivedValue.MISSING_SERIALS, missing);
    f.derive(DerivedValue.UNEXPECTED_SERIALS, unexpected);
    if (missing.isEmpty() && unexpected.isEmpty()) {
      f.info("RET-04", "returnedSerials", "The returned serial numbers match those shipped.");
    } else {
      f.deny("RET-04", "returnedSerials", "Missing " + missing + ", unexpected " + unexpected + ".");
    }
  }
}
