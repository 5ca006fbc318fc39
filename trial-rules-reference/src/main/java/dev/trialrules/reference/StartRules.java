package dev.trialrules.reference;

import dev.trialrules.DerivedValue;
import dev.trialrules.Finding;
import dev.trialrules.PolicyParameters;
import dev.trialrules.facts.CustomerOrg;
import dev.trialrules.facts.DeviceShipment;
import dev.trialrules.facts.Flow;
import dev.trialrules.facts.MeetingsEdition;
import dev.trialrules.facts.Partner;
import dev.trialrules.facts.PartnerRole;
import dev.trialrules.facts.Services;
import dev.trialrules.facts.ShippingSkipReason;
import dev.trialrules.facts.StartTrialRequest;
import dev.trialrules.facts.TrialStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * POLICY.md sections 1-4: who may start a trial (ACT), a new customer's trial (NEW), an existing
 * customer's (EXIST-01..03) and a paid customer's (PAID). The consent steps of EXIST-04..08 are
 * in {@link ConsentRules}.
 */
final class StartRules {
  private final PolicyParameters p;
  private final ConsentRules consent;

  StartRules(PolicyParameters parameters, ConsentRules consent) {
    this.p = parameters;
    this.consent = consent;
  }

  void decide(StartTrialRequest r, Findings f) {
    who(r, f);
    Flow flow = r.flow();
    if (flow != Flow.PAID_CUSTOMER) {
      // Section 3: "All of ACT and NEW-01..NEW-11 apply" to an existing customer too. A paid
      // customer's company, country and location are on record already (PAID-01: the partner
      // only ticks services).
      companyDetails(r, f);
      region(r, f);
    }
    services(r, f);
    licenses(r, f);
    duration(r, f);
    meetingsSite(r, f);
    devices(r, f);
    // NEW-11 holds in every flow with Calling.
    callingNumbers(r, f);
    switch (flow) {
      case NEW_CUSTOMER -> welcomeMail(r, f);
      case EXISTING_CUSTOMER -> {
        orgExists(r, f);
        confirmed(r, f);
        notPurchasedNorTrialed(r.services(), r.customer(), f);
        if (r.customer().exists() && r.adminEmail() != null) {
          // EXIST-08: starting the trial sends the consent request; the trial waits for it.
          consent.request(r.customer(), r.adminEmail(), r.today(), f);
          f.derive(DerivedValue.TRIAL_STATUS, TrialStatus.PENDING_CONSENT);
          f.info("EXIST-08", Finding.REQUEST, "The trial starts pending customer consent.");
        }
      }
      case PAID_CUSTOMER -> {
        // Reading (engine): a trial added to a paid customer needs that customer's organization.
        orgExists(r, f);
        if (r.customer().exists()) {
          paid(r, f);
        }
      }
    }
  }

  // ---- 1. ACT ----------------------------------------------------------------------------

  private void who(StartTrialRequest r, Findings f) {
    Partner partner = r.partner();
    if (!partner.verified()) {
      f.deny("ACT-01", "partner", "Only verified Webex partners have Partner Hub and can start a trial.");
    }
    if (!partner.userRoles().contains(PartnerRole.SALES_ADMIN)
        && !partner.userRoles().contains(PartnerRole.SALES_FULL_ADMIN)) {
      f.deny("ACT-02", "partner.userRoles", "Only a Sales Admin or Sales Full Admin can start a trial.");
    }
    CustomerOrg customer = r.customer();
    if (customer.exists() && partner.orgId().equals(customer.orgId())) {
      f.deny("ACT-03", "customer", "A partner cannot start a trial for its own organization.",
          "Place a CUWP order on Cisco Commerce Workspace (CCW).");
    }
  }

  // ---- 2. NEW ----------------------------------------------------------------------------

  private void companyDetails(StartTrialRequest r, Findings f) {
    if (r.companyName() == null || r.companyName().isBlank()) {
      f.require("NEW-01", "companyName", "Give the company name.");
    }
    if (!p.isEmail(r.adminEmail())) {
      f.require("NEW-01", "adminEmail", "Give a valid customer admin e-mail address.");
    }
    // Reading of NEW-01: an unknown vertical is an error, not a guess.
    if (r.vertical() == null || !p.verticals().contains(r.vertical())) {
      f.require("NEW-01", "vertical", "Give one of the configured company verticals.");
    }
  }

  /**
   * NEW-02 and NEW-03, each on its own: every country has a data region (the facts refuse a code
   * that names no country), and only a country on the not-offered list is refused.
   */
  private void region(StartTrialRequest r, Findings f) {
    String country = r.country();
    if (country == null) {
      f.require("NEW-02", "country", "Give the country with the most users.");
    } else {
      // Reading: the region is told for a country that is not offered too, since NEW-02 names
      // no exception; NEW-03's DENY says why the trial cannot start.
      // Every country has a region: PolicyParameters refuses a table that lacks one.
      String region = p.regionOf(country);
      f.derive(DerivedValue.DATA_REGION, region);
      f.info("NEW-02", "country", "Data is kept in region " + region + ".");
      if (!p.supports(country)) {
        f.deny("NEW-03", "country", "Webex is not offered in " + country + ".");
      }
    }
    if (!r.locationAcknowledged()) {
      f.require("NEW-03", "locationAcknowledged", "Acknowledge that the customer is in a supported location.");
    }
  }

  private void services(StartTrialRequest r, Findings f) {
    if (r.services().isEmpty()) {
      f.require("NEW-04", "services", "Choose at least one trial service.");
    }
    // Reading (engine): an unknown service is a choice still to be made, as a missing one is.
    for (String service : r.services()) {
      if (!p.services().contains(service)) {
        f.about("NEW-04", "services", service).require("'" + service + "' is not a trial service.");
      }
    }
  }

  private void licenses(StartTrialRequest r, Findings f) {
    // PAID-01: a paid customer's trial needs no quantity; one that is given is checked.
    if (r.flow() == Flow.PAID_CUSTOMER && r.licenseQuantity() == null) {
      return;
    }
    quantity(p, "NEW-05", "licenseQuantity", r.licenseQuantity(), r.services(), f);
  }

  /**
   * NEW-05, which MOD-03 applies to a new quantity. The upper bound (a parameter, off by default)
   * holds for any quantity given. The lower bound and the INFO hold only when a service with
   * licences is chosen (Reading, as the engine's: Devices alone needs no quantity); the INFO is
   * given even above the bound, which is the DENY's business.
   */
  static void quantity(PolicyParameters p, String ruleId, String field, Integer quantity, List<String> services,
      Findings f) {
    if (quantity != null && p.maxLicenseQuantity() > 0 && quantity > p.maxLicenseQuantity()) {
      f.deny(ruleId, field, "At most " + p.maxLicenseQuantity() + " licences per trial, not " + quantity + ".");
    }
    if (!needsLicences(services)) {
      return;
    }
    if (quantity == null || quantity < 1) {
      f.require(ruleId, field, "Give a licence quantity of at least 1.");
      return;
    }
    Map<String, Integer> perService = licensesPerService(p, services, quantity);
    if (!perService.isEmpty()) {
      f.derive(DerivedValue.LICENSES_PER_SERVICE, perService);
      f.info(ruleId, field, quantity + " licences for each of " + perService.keySet() + ".");
    }
  }

  /** NEW-05: whether any of the services, known or not, is one with licences (all but Devices). */
  static boolean needsLicences(List<String> services) {
    for (String service : services) {
      if (!Services.DEVICES.equals(service)) {
        return true;
      }
    }
    return false;
  }

  /**
   * NEW-05 (and MOD-03): the quantity applies to every configured service but Devices; an unknown
   * service has no licences.
   */
  static Map<String, Integer> licensesPerService(PolicyParameters p, List<String> services, int quantity) {
    Map<String, Integer> perService = new LinkedHashMap<>();
    for (String service : services) {
      if (!Services.DEVICES.equals(service) && p.services().contains(service)) {
        perService.put(service, quantity);
      }
    }
    return perService;
  }

  private void duration(StartTrialRequest r, Findings f) {
    // PAID-01: no duration is required of a paid customer's trial; one that is given is checked.
    if (r.flow() == Flow.PAID_CUSTOMER && r.durationDays() == null) {
      return;
    }
    if (r.durationDays() == null || !p.durationChoices().contains(r.durationDays())) {
      f.require("NEW-06", "durationDays", "Choose a trial duration from " + p.durationChoices() + ".");
    }
  }

  private void meetingsSite(StartTrialRequest r, Findings f) {
    if (!r.services().contains(Services.MEETINGS)) {
      return;
    }
    // PAID-01: in a paid customer's trial only what is given is checked; nothing is required.
    boolean paid = r.flow() == Flow.PAID_CUSTOMER;
    // Reading (engine): which edition decides whether a site is needed, so it must be given.
    if (r.meetingsEdition() == null) {
      if (!paid) {
        f.require("NEW-07", "meetingsEdition", "Choose the Webex Meetings edition.");
      }
      return;
    }
    if (r.meetingsEdition() != MeetingsEdition.ENTERPRISE) {
      return;
    }
    // Reading (engine): a blank site URL counts as not given, as blank addresses do; the paid
    // flow requires no site at all (PAID-01: the partner only ticks the services).
    if (!paid && (r.siteUrl() == null || r.siteUrl().isBlank())) {
      f.require("NEW-07", "siteUrl", "Give the Webex Meetings site URL.");
    }
    if (r.timeZone() == null && !paid) {
      f.require("NEW-07", "timeZone", "Give the site's time zone.");
    }
  }

  private void devices(StartTrialRequest r, Findings f) {
    if (r.services().contains(Services.DEVICES)) {
      if (r.deviceShipments().isEmpty()) {
        ShippingSkipReason reason = r.shippingSkipReason();
        // PAID-01: a paid customer's trial need not say how devices ship; a reason given is checked.
        if (reason == null) {
          if (r.flow() != Flow.PAID_CUSTOMER) {
            f.require("NEW-08", "deviceShipments", "List devices to ship or say why none are shipped.");
          }
        } else if (reason == ShippingSkipReason.OTHER
            || reason == ShippingSkipReason.TEST_ONLY && r.flow() != Flow.EXISTING_CUSTOMER) {
          f.deny("NEW-08", "shippingSkipReason", "Shipping cannot be skipped for the reason " + reason + ".");
        }
      }
    } else if (!r.deviceShipments().isEmpty()) {
      f.deny("NEW-08", "deviceShipments", "Devices can be shipped only in a trial that includes Devices.");
    }
    if (!r.deviceShipments().isEmpty() && r.shippingSkipReason() != null) {
      // NEW-08 says either-or: devices listed and a reason to skip them is a contradiction.
      f.require("NEW-08", "shippingSkipReason", "Devices are listed to ship, so there is nothing to skip.");
    }
    boolean powerless = false;
    Set<String> types = new HashSet<>();
    for (DeviceShipment shipment : r.deviceShipments()) {
      if (!p.deviceTypes().contains(shipment.deviceType())) {
        // Reading (engine): like an unknown service, an unknown type is a choice still to make.
        f.about("NEW-08", "deviceShipments", shipment.deviceType()).require("'" + shipment.deviceType() + "' is not a device type that ships.");
      }
      if (r.alreadyShippedDeviceTypes().contains(shipment.deviceType())) {
        f.about("NEW-09", "deviceShipments", shipment.deviceType()).deny(shipment.deviceType() + " was already shipped for this trial.");
      }
      // NEW-09: two entries of one type in a request are two shipments of it too.
      if (!types.add(shipment.deviceType())) {
        f.about("NEW-09", "deviceShipments", shipment.deviceType()).deny(shipment.deviceType() + " is listed more than once.");
      }
      powerless |= p.poeDeviceTypes().contains(shipment.deviceType());
    }
    // NEW-10: an unknown PoE answer (null) counts as not confirmed.
    if (powerless && !Boolean.TRUE.equals(r.poeSupported())) {
      f.warn("NEW-10", "deviceShipments",
          "Phones come without a power supply; contact the enterprise trial team.");
    }
  }

  /**
   * NEW-11. The source's newer text says the customer need not add any numbers to finish setting
   * up, so nothing about numbers is ever REQUIRED; what will be needed is told, and holding fewer
   * numbers without a CCP provider is a finding of the calling-numbers severity.
   */
  private void callingNumbers(StartTrialRequest r, Findings f) {
    if (!r.services().contains(Services.CALLING)) {
      return;
    }
    // The licence quantity stands in for the Calling users when no user count is given.
    Integer users = r.callingUsers() != null ? r.callingUsers() : r.licenseQuantity();
    Integer locations = r.callingLocations();
    if (users == null || locations == null) {
      // Reading: with a count missing the total is not known, so it is neither derived nor
      // compared with the numbers held; the INFO says what will be needed per user and location.
      String forUsers = users == null ? p.didsPerUser() + " per Calling user"
          : product(p.didsPerUser(), users) + " for " + users + " Calling users";
      String forLocations = locations == null ? p.didsPerLocation() + " per location"
          : product(p.didsPerLocation(), locations) + " for " + locations + " locations";
      f.about("NEW-11", "services", Services.CALLING).info("No numbers are needed to finish setting up; Calling will need "
          + forUsers + " and " + forLocations + ".");
      return;
    }
    int needed = sum(product(p.didsPerUser(), users), product(p.didsPerLocation(), locations));
    f.derive(DerivedValue.DIDS_NEEDED, needed);
    f.about("NEW-11", "services", Services.CALLING).info("Calling needs " + needed + " phone numbers: " + p.didsPerUser()
        + " per user for " + users + " users and " + p.didsPerLocation() + " per location for " + locations
        + " locations; none are needed to finish setting up.");
    // With a CCP provider the customer admin orders the numbers in Control Hub: holding fewer is
    // no concern then.
    if (r.didsHeld() < needed && !r.pstnSupportsCcp()) {
      f.add("NEW-11", p.callingNumbersSeverity(), "didsHeld",
          "The customer holds " + r.didsHeld() + " of the " + needed + " numbers Calling needs.");
    }
  }

  /**
   * A count times a number per unit. The facts and parameters are bounded so that it fits; should
   * it not, it is refused as bad input rather than wrapped ("Arithmetic ... never overflows").
   */
  private static int product(int perUnit, int count) {
    try {
      return Math.multiplyExact(perUnit, count);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("NEW-11: " + perUnit + " numbers for each of " + count
          + " is more than a decision can count", e);
    }
  }

  private static int sum(int a, int b) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("NEW-11: " + a + " + " + b + " numbers is more than a decision can count", e);
    }
  }

  /** NEW-12: the address given is welcomed; NEW-01 separately says whether it is valid. */
  private void welcomeMail(StartTrialRequest r, Findings f) {
    if (r.adminEmail() != null) {
      f.derive(DerivedValue.MAIL_RECIPIENTS, List.of(r.adminEmail()));
      f.info("NEW-12", "adminEmail", "The customer admin receives a welcome e-mail.");
    }
  }

  // ---- 3. EXIST (starting) ----------------------------------------------------------------

  private void orgExists(StartTrialRequest r, Findings f) {
    if (!r.customer().exists()) {
      f.deny("EXIST-03", "adminEmail", "The admin e-mail belongs to no existing organization.",
          "Check the e-mail, or start a new-customer trial.");
    }
  }

  /**
   * EXIST-03: the organization found for the admin e-mail must be confirmed as the intended
   * customer on the source's confirmation screen. Reading: only in the existing-customer flow,
   * where the source shows that screen; a paid customer is picked from the partner's own list.
   */
  private void confirmed(StartTrialRequest r, Findings f) {
    if (r.customer().exists() && !r.organizationConfirmed()) {
      f.require("EXIST-03", "organizationConfirmed", "Confirm that organization " + r.customer().orgId()
          + " is the customer you mean to start the trial for.");
    }
  }

  /** EXIST-01 and EXIST-02, also applied by MOD-01 to added services. */
  static void notPurchasedNorTrialed(List<String> services, CustomerOrg customer, Findings f) {
    for (String service : services) {
      if (customer.purchasedServices().contains(service)) {
        f.about("EXIST-01", "services", service).deny("The customer already purchased " + service + ".");
      }
      if (customer.otherPartnerTrials().contains(service)) {
        f.about("EXIST-02", "services", service).deny("Another partner already runs a " + service + " trial for this customer.");
      }
    }
  }

  // ---- 4. PAID -----------------------------------------------------------------------------

  private void paid(StartTrialRequest r, Findings f) {
    CustomerOrg customer = r.customer();
    List<String> available = new ArrayList<>(p.services().size());
    for (String service : p.services()) {
      if (!customer.purchasedServices().contains(service) && !customer.otherPartnerTrials().contains(service)) {
        available.add(service);
      }
    }
    f.derive(DerivedValue.AVAILABLE_SERVICES, available);
    f.info("PAID-01", "services", "Services that can still be trialed: " + available + ".");
    // Reading (engine): "any other" service means a configured one; an unknown code is NEW-04's.
    for (String service : r.services()) {
      if (p.services().contains(service) && !available.contains(service)) {
        f.about("PAID-01", "services", service).deny(service + " cannot be trialed for this customer.");
      }
    }
    List<String> admins = customer.adminEmails();
    f.derive(DerivedValue.MAIL_RECIPIENTS, admins);
    f.info("PAID-02", "customer.admins", "Every customer admin is e-mailed that the trial began.");
  }
}
