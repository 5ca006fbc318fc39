package dev.trialrules.reference;

import dev.trialrules.DerivedValue;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * POLICY.md sections 1-4: who may start a trial (ACT), a new customer's trial (NEW), an existing
 * customer's (EXIST-01..03) and a paid customer's (PAID). The consent steps of EXIST-04..08 are
 * in {@link ConsentRules}.
 */
final class StartRules {
  private final PolicyParameters p;

  StartRules(PolicyParameters parameters) {
    this.p = parameters;
  }

  void decide(StartTrialRequest r, Findings f) {
    who(r, f);
    Flow flow = r.flow();
    if (flow != Flow.PAID_CUSTOMER) {
      // Section 3: "All of ACT and NEW-01..NEW-10 apply" to an existing customer too.
      companyDetails(r, f);
      region(r, f);
    }
    services(r, f);
    licenses(r, f);
    duration(r, f);
    meetingsSite(r, f);
    devices(r, f);
    switch (flow) {
      case NEW_CUSTOMER -> {
        callingNumbers(r, f);
        welcomeMail(r, f);
      }
      case EXISTING_CUSTOMER -> {
        orgExists(r, f);
        notPurchasedNorTrialed(r.services(), r.customer(), f);
      }
      case PAID_CUSTOMER -> paid(r, f);
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
      f.deny("ACT-02", "partner", "Only a Sales Admin or Sales Full Admin can start a trial.");
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

  private void region(StartTrialRequest r, Findings f) {
    String country = r.country();
    if (country == null) {
      f.require("NEW-02", "country", "Give the country with the most users.");
    } else if (p.supports(country)) {
      String region = p.regionOf(country);
      f.derive(DerivedValue.DATA_REGION, region);
      f.info("NEW-02", "country", "Data is kept in region " + region + ".");
    } else {
      f.deny("NEW-03", "country", "Webex services are not offered in " + country + ".");
    }
    if (!r.locationAcknowledged()) {
      f.require("NEW-03", "locationAcknowledged", "Acknowledge that the customer is in a supported location.");
    }
  }

  private void services(StartTrialRequest r, Findings f) {
    if (r.services().isEmpty()) {
      f.require("NEW-04", "services", "Choose at least one trial service.");
    }
    for (String service : r.services()) {
      if (!p.services().contains(service)) {
        f.deny("NEW-04", service, service + " is not a service that can be trialed.");
      }
    }
  }

  private void licenses(StartTrialRequest r, Findings f) {
    Integer quantity = r.licenseQuantity();
    if (quantity == null || quantity < 1) {
      f.require("NEW-05", "licenseQuantity", "Give a licence quantity of at least 1.");
      return;
    }
    if (p.maxLicenseQuantity() > 0 && quantity > p.maxLicenseQuantity()) {
      f.deny("NEW-05", "licenseQuantity", "At most " + p.maxLicenseQuantity() + " licences per trial.");
      return;
    }
    f.derive(DerivedValue.LICENSES_PER_SERVICE, licensesPerService(r.services(), quantity));
    f.info("NEW-05", "licenseQuantity", quantity + " licences for each service except Devices.");
  }

  /** NEW-05 (and MOD-03): the quantity applies to every service but Devices. */
  static Map<String, Integer> licensesPerService(List<String> services, int quantity) {
    Map<String, Integer> perService = new LinkedHashMap<>();
    for (String service : services) {
      if (!Services.DEVICES.equals(service)) {
        perService.put(service, quantity);
      }
    }
    return perService;
  }

  private void duration(StartTrialRequest r, Findings f) {
    if (r.durationDays() == null || !p.durationChoices().contains(r.durationDays())) {
      f.require("NEW-06", "durationDays", "Choose a trial duration from " + p.durationChoices() + ".");
    }
  }

  private void meetingsSite(StartTrialRequest r, Findings f) {
    if (!r.services().contains(Services.MEETINGS) || r.meetingsEdition() != MeetingsEdition.ENTERPRISE) {
      return;
    }
    if (r.siteUrl() == null || r.siteUrl().isBlank()) {
      f.require("NEW-07", "siteUrl", "Give the Webex Meetings site URL.");
    }
    if (r.timeZone() == null) {
      f.require("NEW-07", "timeZone", "Give the site's time zone.");
    }
  }

  private void devices(StartTrialRequest r, Findings f) {
    if (r.services().contains(Services.DEVICES)) {
      if (r.deviceShipments().isEmpty()) {
        ShippingSkipReason reason = r.shippingSkipReason();
        if (reason == null) {
          f.require("NEW-08", "shippingSkipReason", "List devices to ship or say why none are shipped.");
        } else if (reason == ShippingSkipReason.OTHER
            || reason == ShippingSkipReason.TEST_ONLY && r.flow() != Flow.EXISTING_CUSTOMER) {
          f.deny("NEW-08", "shippingSkipReason", "Shipping cannot be skipped for the reason " + reason + ".");
        }
      }
      for (DeviceShipment shipment : r.deviceShipments()) {
        if (!p.deviceTypes().contains(shipment.deviceType())) {
          f.deny("NEW-08", shipment.deviceType(), shipment.deviceType() + " is not a device type that ships.");
        }
      }
    }
    boolean powerless = false;
    for (DeviceShipment shipment : r.deviceShipments()) {
      if (r.alreadyShippedDeviceTypes().contains(shipment.deviceType())) {
        f.deny("NEW-09", shipment.deviceType(), shipment.deviceType() + " was already shipped for this trial.");
      }
      powerless |= p.poeDeviceTypes().contains(shipment.deviceType());
    }
    // NEW-10: an unknown PoE answer (null) counts as not confirmed.
    if (powerless && !Boolean.TRUE.equals(r.poeSupported())) {
      f.warn("NEW-10", "poeSupported",
          "Phones come without a power supply; contact the enterprise trial team.");
    }
  }

  private void callingNumbers(StartTrialRequest r, Findings f) {
    if (!r.services().contains(Services.CALLING)) {
      return;
    }
    Integer users = r.callingUsers() != null ? r.callingUsers() : r.licenseQuantity();
    if (users == null) {
      return;
    }
    int locations = r.callingLocations() == null ? 0 : r.callingLocations();
    int needed = users + p.didsPerLocation() * locations;
    f.derive(DerivedValue.DIDS_NEEDED, needed);
    f.info("NEW-11", "didsNeeded", "The customer needs " + needed + " phone numbers.");
    // Reading of NEW-11: numbers are not needed up front when a CCP provider orders them.
    if (r.didsHeld() < needed && !r.pstnSupportsCcp()) {
      f.add("NEW-11", p.callingNumbersSeverity(), "didsHeld",
          "The customer holds " + r.didsHeld() + " of the " + needed + " numbers it needs.");
    }
  }

  private void welcomeMail(StartTrialRequest r, Findings f) {
    if (p.isEmail(r.adminEmail())) {
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

  /** EXIST-01 and EXIST-02, also applied by MOD-01 to added services. */
  static void notPurchasedNorTrialed(List<String> services, CustomerOrg customer, Findings f) {
    for (String service : services) {
      if (customer.purchasedServices().contains(service)) {
        f.deny("EXIST-01", service, "The customer already purchased " + service + ".");
      }
      if (customer.otherPartnerTrials().contains(service)) {
        f.deny("EXIST-02", service, "Another partner already runs a " + service + " trial for this customer.");
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
    for (String service : r.services()) {
      if (!available.contains(service)) {
        f.deny("PAID-01", service, service + " cannot be trialed for this customer.");
      }
    }
    List<String> admins = customer.adminEmails();
    f.derive(DerivedValue.MAIL_RECIPIENTS, admins);
    f.info("PAID-02", "customer", "Every customer admin is e-mailed that the trial began.");
  }
}
