package dev.trialrules.reference;

import dev.trialrules.DerivedValue;
import dev.trialrules.Finding;
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
  /**
   * RET-05's address, which POLICY.md names and no parameter holds (the device-extensions address
   * of EXT-03 is a different mailbox).
   */

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
    LocalDate end = trial.endDate();
    live("EXT-04", "extended", r.trial(), today, f);
    // EXT-01: from today, not from E, whatever E was ("you add 30 days to the trial, not 95").
    int step = p.extensionStepDays();
    LocalDate newEnd = today.plusDays(step);
    // Days left are E - today while the trial runs, none once E has come (Dates).
    int before = (int) Math.max(0, ChronoUnit.DAYS.between(today, end));
    f.derive(DerivedValue.DAYS_REMAINING, before);
    f.derive(DerivedValue.NEW_END_DATE, newEnd);
    f.info("EXT-01", "today", "The trial would end on " + newEnd + ", " + step + " days from today.");
    boolean shortens = !newEnd.isAfter(end);
    if (shortens) {
      // The first day T with T + step later than E.
      LocalDate lengthensFrom = end.minusDays(step).plusDays(1);
      f.add("EXT-01", p.shorteningExtensionSeverity(), "trial.endDate", "The trial has " + before
          + " days left; extended from today it would have " + step + " days left, ending on " + newEnd
          + " instead of " + end + ". An extension lengthens it from " + lengthensFrom + " on.");
    }
    boolean refusedByExt01 = shortens && p.shorteningExtensionSeverity() == Severity.DENY;
    if (trial.services().contains(Services.DEVICES)) {
      // EXT-02: devices for at most the device maximum from S, so the new E may be S + 120 at the latest.
      LocalDate deviceLimit = trial.startDate().plusDays(p.deviceMaximumDays());
      boolean tooLong = newEnd.isAfter(deviceLimit);
      if (tooLong) {
        f.about("EXT-02", "trial.services", Services.DEVICES).deny("A device trial may not run past " + deviceLimit + ".");
      }
      // EXT-03: an extension that EXT-01 and EXT-02 allow still waits for the trial team.
      // Reading: a shortening extension that EXT-01 only WARNs about is one EXT-01 allows.
      // Reading (engine), unchanged by revision 2: EXT-04's DENY does not silence the APPROVAL.
      if (!refusedByExt01 && !tooLong) {
        f.about("EXT-03", "trial.services", Services.DEVICES).report(Severity.APPROVAL,
            "The trial team approves device-trial extensions, at " + p.deviceExtensionsEmail() + ".");
      }
    }
  }

  /**
   * EXT-04 and MOD-04: a live trial, or an expired one inside its grace period (through G, not
   * G + 1); a cancelled, converted or ended trial cannot be {@code done}.
   */
  private void live(String ruleId, String done, Trial trial, LocalDate today, Findings f) {
    // POLICY.md gives the rule two reasons, the trial's status and today's date past G; when both
    // hold, each is a reason the person acting must see, and each concerns a field of its own.
    if (over(trial.status())) {
      f.deny(ruleId, "trial.status", "A " + trial.status() + " trial cannot be " + done + ".");
    }
    if (today.isAfter(graceEnd(trial))) {
      f.deny(ruleId, "today", "The trial's grace period ended on " + graceEnd(trial) + ".");
    }
  }

  // ---- 6. MOD ------------------------------------------------------------------------------

  void change(ServiceChangeRequest r, Findings f) {
    Trial trial = r.trial();
    // MOD-04, as EXT-04 for extensions. Reading: the other MOD rules still say what the change
    // would do, as EXT-01 still gives the new end date of an extension EXT-04 refuses.
    live("MOD-04", "changed", trial, r.today(), f);
    List<String> current = trial.services();
    // MOD-01: an added service is checked as a new one (EXIST-01, EXIST-02), under MOD-01's ID.
    for (String service : r.addServices()) {
      if (!p.services().contains(service)) {
        f.about("MOD-01", "addServices", service).require("'" + service + "' is not a trial service.");
        continue;
      }
      boolean present = current.contains(service);
      if (present) {
        f.about("MOD-01", "addServices", service).require("The trial already has " + service + ".");
      }
      boolean purchased = trial.customer().purchasedServices().contains(service);
      boolean trialed = trial.customer().otherPartnerTrials().contains(service);
      if (purchased) {
        f.about("MOD-01", "addServices", service).deny("The customer already purchased " + service + " (EXIST-01).");
      }
      if (trialed) {
        f.about("MOD-01", "addServices", service).deny("Another partner already runs a " + service + " trial (EXIST-02).");
      }
      if (!present && !purchased && !trialed) {
        f.about("MOD-01", "addServices", service).info(service + " is added to the trial.");
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
        f.about("MOD-02", "removeServices", service).require("The trial has no " + service + " to remove.");
      } else if (!after.isEmpty()) {
        f.about("MOD-02", "removeServices", service).info(service + " is removed from the trial.");
      }
    }
    if (!r.addServices().isEmpty() || !r.removeServices().isEmpty()) {
      if (after.isEmpty()) {
        // MOD-02, Reading: removing the last service is refused.
        f.deny("MOD-02", "removeServices", "The change would leave the trial without services.",
            "Cancel the trial instead.");
      } else {
        f.derive(DerivedValue.SERVICES, after);
        f.info("MOD-02", "trial.services", "After the change the trial has " + after + ".");
      }
    }
    licences(r, after, f);
  }

  /** MOD-03: NEW-05 applies to the new quantity, and to services added to a trial with none. */
  private void licences(ServiceChangeRequest r, List<String> after, Findings f) {
    Integer quantity = r.newLicenseQuantity();
    if (quantity != null) {
      // Reading (engine): "NEW-05 applies to the new value" is taken literally: NEW-05's checks and
      // its licences per service speak under NEW-05's ID, and MOD-03 says what changes.
      f.info("MOD-03", "newLicenseQuantity", "The licence quantity changes from " + r.trial().licenseQuantity()
          + " to " + quantity + ".");
      StartRules.quantity(p, "NEW-05", "newLicenseQuantity", quantity, after, f);
    } else if (StartRules.needsLicences(after) && StartRules.needsLicences(r.addServices())
        && r.trial().licenseQuantity() < 1) {
      f.require("MOD-03", "newLicenseQuantity", "The trial has no licences yet; give a quantity of at least 1.");
    }
  }

  // ---- 7. CONV -----------------------------------------------------------------------------

  void convert(ConversionRequest r, Findings f) {
    Trial trial = r.trial();
    if (trial.partner().tier() == PartnerTier.TIER_2) {
      f.deny("CONV-01", "trial.partner.tier", "A tier-2 partner cannot convert a trial itself.",
          "Ask your distributor to process the conversion.");
    } else {
      f.info("CONV-01", "trial.partner.tier", "A tier-1 partner converts the trial itself through Cisco Commerce.");
    }
    provisioningContact(r, f);
    customerAdminAddress(r, f);
    List<String> lost = new ArrayList<>();
    for (String service : trial.services()) {
      if (!r.orderedServices().contains(service)) {
        lost.add(service);
        f.about("CONV-03", "orderedServices", service).warn("The customer loses " + service + ": it is not on the paid order.");
      }
    }
    if (!lost.isEmpty()) {
      f.derive(DerivedValue.SERVICES_LOST, lost);
    }
    // CONV-04: while the trial runs and through G, the grace period's last day.
    LocalDate deadline = graceEnd(trial);
    boolean over = over(trial.status());
    boolean past = r.today().isAfter(deadline);
    // POLICY.md gives the rule two reasons, the trial's status and today's date past G; when both
    // hold, each is a reason the person acting must see, and each concerns a field of its own.
    if (over) {
      f.deny("CONV-04", "trial.status", "A " + trial.status() + " trial cannot be converted.");
    }
    if (past) {
      f.deny("CONV-04", "today", "The grace period ended on " + deadline + ".");
    }
    if (!over && !past) {
      f.derive(DerivedValue.CONVERSION_DEADLINE, deadline);
      f.info("CONV-04", "trial.endDate", "Convertible until " + deadline + "; usage data is kept.");
    }
    // CONV-05: only devices that were shipped can be returned.
    if (!trial.devices().isEmpty()) {
      f.about("CONV-05", "trial.services", Services.DEVICES).info(
          "Trial devices must still be returned; order new ones through Cisco Commerce Workspace.");
    }
  }

  /**
   * CONV-02: any admin of the partner or of the customer organization; a customer admin is told
   * the source's recommendation that the partner enter itself.
   */
  private static void provisioningContact(ConversionRequest r, Findings f) {
    Trial trial = r.trial();
    String contact = r.provisioningEmail();
    if (contact == null) {
      f.require("CONV-02", "provisioningEmail", "Give the provisioning e-mail address.");
      return;
    }
    boolean partnerAdmin = trial.partner().adminEmails().contains(contact);
    // Reading: the trial's customer admin is an admin of the customer organization even when the
    // organization's admin list, as the caller found it, does not name them.
    boolean customerAdmin = trial.customer().adminEmails().contains(contact)
        || contact.equals(trial.customerAdminEmail());
    if (!partnerAdmin && !customerAdmin) {
      f.deny("CONV-02", "provisioningEmail",
          "The provisioning e-mail must be an admin of the partner or of the customer organization.");
    } else if (!partnerAdmin) {
      // Reading: an address that is a partner admin as well is the partner entering itself.
      f.info("CONV-02", "provisioningEmail", "We recommend that you enter yourself as the provisioning"
          + " contact, so that every service converts correctly.");
    }
  }

  /**
   * CONV-06: the customer admin address entered in Control Hub must be the trial's customer
   * admin, or the trial does not convert and a new organization may be created.
   */
  private static void customerAdminAddress(ConversionRequest r, Findings f) {
    String entered = r.customerAdminEmail();
    String expected = r.trial().customerAdminEmail();
    if (entered == null) {
      // Reading: a conversion is not finished before the address is entered in Control Hub, so
      // a missing one is asked for, as CONV-02 asks for a missing provisioning address.
      f.require("CONV-06", "customerAdminEmail", "Enter the e-mail address of the trial's customer admin"
          + (expected == null ? "" : ", " + expected) + ", in Control Hub.");
    } else if (expected == null) {
      // Reading: with no customer admin on the trial's record the address cannot be checked, so
      // the record is asked for, as RET-01 asks for a missing device due date.
      f.require("CONV-06", "trial.customerAdminEmail",
          "Give the trial's customer admin, so that the address entered in Control Hub can be checked.");
    } else if (!entered.equals(expected)) {
      f.deny("CONV-06", "customerAdminEmail", "The address entered in Control Hub, " + entered
          + ", is not the trial's customer admin: the trial would not convert, and a new Webex"
          + " organization could be created for the customer.", "Enter " + expected + ".");
    }
  }

  // ---- 8. END-01 ---------------------------------------------------------------------------

  void cancel(CancellationRequest r, Findings f) {
    Trial trial = r.trial();
    if (over(trial.status())) {
      f.deny("END-01", "trial.status", "The trial is already " + trial.status() + ".");
    } else if (trial.status() != TrialStatus.PENDING_CONSENT && r.today().isAfter(graceEnd(trial))) {
      // From G + 1 the users are in the consumer organization (END-05): nothing is left to cancel.
      // A trial still waiting for consent never started, so its dates do not end it.
      f.deny("END-01", "today", "The trial ended after its grace period, on " + graceEnd(trial) + ".");
    } else {
      f.derive(DerivedValue.TRIAL_STATUS, TrialStatus.CANCELLED);
      f.info("END-01", Finding.REQUEST, "The trial is cancelled by the " + r.by() + ".");
    }
  }

  // ---- 9. RET ------------------------------------------------------------------------------

  void returnDevices(DeviceReturnRequest r, Findings f) {
    Trial trial = r.trial();
    List<String> shipped = trial.serialNumbers();
    if (shipped.isEmpty()) {
      // RET-04: with nothing shipped there is nothing to return. Reading: RET-05 is not told
      // either, since there is no demo order to identify.
      f.derive(DerivedValue.MISSING_SERIALS, List.of());
      f.derive(DerivedValue.UNEXPECTED_SERIALS, List.copyOf(r.returnedSerials()));
      f.deny("RET-04", "returnedSerials", "No devices were shipped for the trial: there is nothing to return.");
      return;
    }
    // RET-01: D + return days, D being the due date of the EULA e-mail, not E.
    if (trial.deviceDueDate() == null) {
      f.require("RET-01", "trial.deviceDueDate", "Give the device due date stated in the EULA e-mail.");
    } else {
      LocalDate returnBy = trial.deviceDueDate().plusDays(p.deviceReturnDays());
      f.derive(DerivedValue.RETURN_BY, returnBy);
      f.info("RET-01", "trial.deviceDueDate", "Return the devices by " + returnBy + ".");
      if (r.today().isAfter(returnBy)) {
        f.warn("RET-01", "today", "The return is late: the devices were due back by " + returnBy + ".");
      }
    }
    String country = trial.customer().country();
    if (country == null) {
      f.require("RET-02", "trial.customer.country", "Give the customer's country: it decides the carrier.");
    } else {
      // RET-02: the country's own carrier, else EMEAR's for a listed EMEAR country, else none.
      String carrier = p.returnCarrierFor(country);
      if (carrier != null) {
        f.derive(DerivedValue.RETURN_CARRIER, carrier);
        f.info("RET-02", "trial.customer.country", "Devices from " + country + " go back by " + carrier + ".");
      } else {
        f.info("RET-02", "trial.customer.country", "The partner determines the return process for " + country + ".");
      }
      if (r.labelsLost()) {
        lostLabels(country, carrier, f);
      }
    }
    serials(r, shipped, f);
    // RET-05: without the demo order number the trial team identifies the devices another way.
    if (!r.demoOrderNumberKnown()) {
      String org = trial.customer().orgId() != null ? trial.customer().orgId() : "the customer's organization ID";
      String admin = trial.customerAdminEmail() != null ? trial.customerAdminEmail() : "the customer admin's address";
      f.info("RET-05", "demoOrderNumber", "The demo order number is not known: e-mail " + p.unknownOrderEmail()
          + " with " + org + " and " + admin + ", or the serial numbers of every trial device " + shipped + ".");
    }
  }

  /**
   * RET-03: replacement labels where they exist; elsewhere the return still stands, but the
   * partner arranges it, with the carrier where RET-02 names one.
   */
  private void lostLabels(String country, String carrier, Findings f) {
    if (p.replacementLabelCountries().contains(country)) {
      f.info("RET-03", "labelsLost", "The partner can request replacement return labels for the customer.");
    } else {
      f.warn("RET-03", "labelsLost", "Replacement labels are available only in " + p.replacementLabelCountries()
          + "; the partner determines the return process for " + country
          + (carrier != null ? ", with " + carrier : "") + ".");
    }
  }

  /**
   * RET-04: a serial that was never shipped for the trial rejects the return; shipped serials
   * not yet among those returned are a partial return, named but not refused.
   */
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
    if (!unexpected.isEmpty()) {
      f.deny("RET-04", "returnedSerials", "Not shipped for this trial: " + unexpected + ".");
    }
    // Reading: a return naming no serial at all is the partial return of nothing, so it is
    // WARNed about with every shipped serial, not refused.
    if (!missing.isEmpty()) {
      f.warn("RET-04", "returnedSerials", "Shipped but not returned yet: " + missing + ".");
    }
    if (missing.isEmpty() && unexpected.isEmpty()) {
      f.info("RET-04", "returnedSerials", "The returned serial numbers match those shipped.");
    }
  }
}
