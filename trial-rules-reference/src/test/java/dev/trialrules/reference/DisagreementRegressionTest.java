package dev.trialrules.reference;

import static dev.trialrules.testing.FactArbitraries.FULL_ADMIN;
import static dev.trialrules.testing.FactArbitraries.PLAIN_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.Decision;
import dev.trialrules.DerivedValue;
import dev.trialrules.Outcome;
import dev.trialrules.Severity;
import dev.trialrules.facts.CancellationRequest;
import dev.trialrules.facts.CancelledBy;
import dev.trialrules.facts.ConsentAction;
import dev.trialrules.facts.ConsentRequest;
import dev.trialrules.facts.ConversionRequest;
import dev.trialrules.facts.CustomerAdmin;
import dev.trialrules.facts.CustomerOrg;
import dev.trialrules.facts.DeviceReturnRequest;
import dev.trialrules.facts.ExtensionRequest;
import dev.trialrules.facts.Flow;
import dev.trialrules.facts.MeetingsEdition;
import dev.trialrules.facts.Partner;
import dev.trialrules.facts.PartnerRole;
import dev.trialrules.facts.PartnerTier;
import dev.trialrules.facts.ServiceChangeRequest;
import dev.trialrules.facts.ShippedDevice;
import dev.trialrules.facts.ShippingSkipReason;
import dev.trialrules.facts.StartTrialRequest;
import dev.trialrules.facts.Trial;
import dev.trialrules.facts.TrialStatus;
import dev.trialrules.testing.FactArbitraries;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every disagreement the differential properties found between the engine and the model, kept
 * with the input that showed it. Each was a place where POLICY.md leaves a choice open and the
 * model had read it differently from the engine; in every case the model was changed to the
 * engine's reading (see the comments in the model citing the rule). The tests assert that the
 * two now agree, and where POLICY.md's text fixes part of the answer, that part too.
 *
 * <p>Where revision 2 of POLICY.md changed what an example's answer must be, the test first
 * asserts the model's new answer (marked "Revision 2"), through a model of its own, so that a
 * wrong model fails there rather than only as a disagreement with the engine.
 */
class DisagreementRegressionTest {
  private static final LocalDate LEAP_DAY = LocalDate.of(2028, 2, 29);
  private static final ReferencePolicy MODEL = new ReferencePolicy(ShippedParameters.shipped());

  /** The severities with which one rule speaks in the model's decision of a request. */
  private static java.util.Set<Severity> model(dev.trialrules.facts.PolicyRequest request, String ruleId) {
    return MODEL.decide(request).findings(ruleId).stream().map(dev.trialrules.Finding::severity)
        .collect(java.util.stream.Collectors.toSet());
  }

  private static Partner partner(boolean verified, PartnerTier tier, List<String> admins, PartnerRole... roles) {
    return Partner.builder(FactArbitraries.PARTNER_ORG).verified(verified).tier(tier).roles(roles)
        .adminEmails(admins).build();
  }

  private static Partner partner() {
    return partner(true, PartnerTier.TIER_1, List.of());
  }

  private static CustomerOrg org(String orgId, String country, List<CustomerAdmin> admins, List<String> purchased,
      List<String> otherPartners) {
    return CustomerOrg.builder(orgId).country(country).admins(admins).purchased(purchased)
        .otherPartnerTrials(otherPartners).build();
  }

  private static CustomerOrg org(String country, List<String> purchased, List<String> otherPartners) {
    return org(FactArbitraries.CUSTOMER_ORG, country, List.of(), purchased, otherPartners);
  }

  private static Trial trial(CustomerOrg customer, String adminEmail, List<String> services, int licences,
      LocalDate start, LocalDate end, TrialStatus status, List<ShippedDevice> devices, LocalDate due) {
    return Trial.builder("T-1", partner(), customer).customerAdminEmail(adminEmail).services(services)
        .licenseQuantity(licences).period(start, end).status(status).devices(devices).deviceDueDate(due).build();
  }

  private static ConsentRequest consent(ConsentAction action, LocalDate today, LocalDate sentOn, CustomerOrg customer,
      String adminEmail, TrialStatus status, String acceptedBy) {
    return ConsentRequest.builder(action, today).partner(partner()).customer(customer).adminEmail(adminEmail)
        .sentOn(sentOn).status(status).acceptedBy(acceptedBy).fullAdministration(true).build();
  }

  // ---- consent steps (EXIST-03..08) --------------------------------------------------------

  /** The model sent consent e-mails for an organization that does not exist; EXIST-03 refuses. */
  @Test
  void consentSentForNoOrganization() {
    Decision decision = Agreement.assertAgree(consent(ConsentAction.SEND, LEAP_DAY, LEAP_DAY, CustomerOrg.none(),
        null, TrialStatus.PENDING_CONSENT, null));
    assertThat(decision.ruleIds()).contains("EXIST-03");
  }

  /** The model accepted a resend without an address and mailed nobody; EXIST-04 requires it. */
  @Test
  void consentResentWithoutAnAddress() {
    Agreement.assertAgree(consent(ConsentAction.RESEND, LocalDate.of(2026, 5, 22), LocalDate.of(2026, 4, 30),
        org("BR", List.of(), List.of()), null, TrialStatus.PENDING_CONSENT, null));
  }

  /** The model refused only a resend or cancel outside pending consent; EXIST-08 refuses every step. */
  @Test
  void consentSentForAnEndedTrial() {
    Decision decision = Agreement.assertAgree(consent(ConsentAction.SEND, LocalDate.of(2026, 4, 15),
        LocalDate.of(2026, 4, 6), org("DK", List.of("CALLING"), List.of()), PLAIN_ADMIN, TrialStatus.ENDED, null));
    assertThat(decision.ruleIds()).contains("EXIST-08");
  }

  /** The model sent a consent request to an organization with no full admin, who alone can accept. */
  @Test
  void consentSentToAnOrganizationWithoutFullAdmin() {
    Agreement.assertAgree(consent(ConsentAction.SEND, LocalDate.of(2027, 3, 9), LocalDate.of(2027, 2, 28),
        org("CN", List.of(), List.of("MESSAGING")), "not-an-e-mail", TrialStatus.PENDING_CONSENT, null));
  }

  /** The model denied an acceptance naming nobody; the engine asks for the address (REQUIRE). */
  @Test
  void consentAcceptedByNobody() {
    Agreement.assertAgree(consent(ConsentAction.ACCEPT, LocalDate.of(2027, 2, 10), LocalDate.of(2027, 1, 31),
        org("BR", List.of("CALLING", "MESSAGING"), List.of()), null, TrialStatus.PENDING_CONSENT, null));
  }

  /** The model let an expiry check inside the window pass silently; EXIST-06 refuses it until R + 11. */
  @Test
  void consentExpiredOnTheLastDayOfTheWindow() {
    LocalDate sent = LEAP_DAY.minusDays(1);
    Decision decision = Agreement.assertAgree(consent(ConsentAction.EXPIRE, sent.plusDays(10), sent,
        org("RU", List.of(), List.of()), "not-an-e-mail", TrialStatus.PENDING_CONSENT, null));
    assertThat(decision.ruleIds()).contains("EXIST-06");
    assertThat(decision.value(dev.trialrules.DerivedValue.TRIAL_STATUS)).isEmpty();
  }

  // ---- starting a trial (ACT, NEW, EXIST, PAID) ---------------------------------------------

  private static StartTrialRequest.Builder start(Flow flow, LocalDate today, CustomerOrg customer) {
    return StartTrialRequest.builder(flow, today).partner(partner(true, PartnerTier.TIER_1, List.of(),
        PartnerRole.SALES_ADMIN)).customer(customer);
  }

  /** The model did not send the consent request when an existing customer's trial starts (EXIST-04, 05, 08). */
  @Test
  void existingCustomerTrialSendsTheConsentRequest() {
    CustomerOrg customer = org(FactArbitraries.CUSTOMER_ORG, "AE", List.of(CustomerAdmin.of(FULL_ADMIN, true)),
        List.of("DEVICES"), List.of());
    StartTrialRequest request = start(Flow.EXISTING_CUSTOMER, LocalDate.of(2026, 11, 24), customer)
        .companyName("Acme A/S").adminEmail(FULL_ADMIN).vertical("Education").country("GB").locationAcknowledged(true)
        .services("MESSAGING").licenseQuantity(200).durationDays(30).build();
    // Revision 2, EXIST-03: the organization found is not confirmed yet, so it is asked for.
    assertThat(model(request, "EXIST-03")).containsExactly(Severity.REQUIRE);
    assertThat(MODEL.decide(request).outcome()).isEqualTo(Outcome.INCOMPLETE);
    Decision decision = Agreement.assertAgree(request);
    assertThat(decision.ruleIds()).contains("EXIST-04", "EXIST-05", "EXIST-08");
  }

  /** The model added to a paid customer that does not exist, and denied an unknown code under PAID-01. */
  @Test
  void paidCustomerThatDoesNotExistAndAnUnknownService() {
    StartTrialRequest noOrganization = start(Flow.PAID_CUSTOMER, LocalDate.of(2027, 2, 28), CustomerOrg.none())
        .services("MEETINGS", "MESSAGING", "CALLING").licenseQuantity(0).durationDays(30).build();
    // Revision 2: NEW-11 applies in the paid flow too, and asks for nothing; PAID-01: the
    // Meetings edition is not required there, and the quantity given (0) is still checked.
    assertThat(model(noOrganization, "NEW-11")).containsExactly(Severity.INFO);
    assertThat(model(noOrganization, "NEW-07")).isEmpty();
    assertThat(model(noOrganization, "NEW-05")).containsExactly(Severity.REQUIRE);
    Agreement.assertAgree(noOrganization);
    Agreement.assertAgree(start(Flow.PAID_CUSTOMER, LocalDate.of(2026, 12, 31), org("AU", List.of("MESSAGING"),
        List.of("CALLING"))).services("FAX").licenseQuantity(200).durationDays(90).build());
  }

  /** The model asked for licences with only Devices chosen, and counted unknown services in them. */
  @Test
  void licencesOnlyForServicesThatHaveThem() {
    Agreement.assertAgree(start(Flow.NEW_CUSTOMER, LocalDate.of(2027, 3, 18), CustomerOrg.none())
        .services("DEVICES").licenseQuantity(0).durationDays(60).shippingSkipReason(ShippingSkipReason.CUSTOMER_HAS_DEVICES)
        .build());
    Agreement.assertAgree(start(Flow.NEW_CUSTOMER, LocalDate.of(2026, 12, 31), CustomerOrg.none())
        .services("MEETINGS", "FAX", "DEVICES").licenseQuantity(1).durationDays(60).meetingsEdition(MeetingsEdition.STANDARD)
        .ship("BOARD", 1).build());
  }

  /** Under a licence cap the engine denies any quantity above it, services or not (moved parameters). */
  @Test
  void licenceCapWithNoServices() {
    Agreement.assertAgree(true, start(Flow.PAID_CUSTOMER, LocalDate.of(2026, 12, 31), CustomerOrg.none())
        .licenseQuantity(5000).durationDays(45).build());
  }

  /** Meetings with no edition, shipments without Devices, a skip reason with shipments, an unknown type. */
  @Test
  void meetingsEditionAndShippingChoices() {
    StartTrialRequest paid = start(Flow.PAID_CUSTOMER, LocalDate.of(2026, 12, 31), org("DK", List.of(),
        List.of("DEVICES"))).services("MEETINGS").licenseQuantity(200).durationDays(90).ship("DESK_DEVICE", 2).build();
    // Revision 2, PAID-01: no Meetings edition is required of a paid customer's trial (revision 1
    // REQUIREd it); shipping without Devices is still refused.
    assertThat(model(paid, "NEW-07")).isEmpty();
    assertThat(model(paid, "NEW-08")).containsExactly(Severity.DENY);
    Agreement.assertAgree(paid);
    Agreement.assertAgree(start(Flow.NEW_CUSTOMER, LocalDate.of(2027, 1, 31), CustomerOrg.none())
        .services("DEVICES").durationDays(60).ship("PHONE", 3).ship("TOASTER", 1)
        .shippingSkipReason(ShippingSkipReason.PARTNER_SUPPLIES_DEVICES).build());
  }

  /**
   * Found by reading the DRL after the model was written, not by the properties: the generators
   * never listed a device type twice in one request, and the model did not deny it (NEW-09).
   */
  @Test
  void oneDeviceTypeListedTwiceInARequest() {
    Decision decision = Agreement.assertAgree(start(Flow.NEW_CUSTOMER, LEAP_DAY, CustomerOrg.none())
        .services("DEVICES").durationDays(30).ship("PHONE", 2).ship("PHONE", 3).poeSupported(true).build());
    // NEW-09: "shipping two phones and later three more is refused".
    assertThat(decision.ruleIds()).contains("NEW-09");
    assertThat(decision.outcome()).isEqualTo(dev.trialrules.Outcome.DENIED);
  }

  /**
   * Found once the agreement also compared each rule's severities (same rule IDs, same outcome):
   * NEW-08's either-or and unknown device types hold without Devices too, and a change that
   * would empty the trial removes nothing (no MOD-02 INFO per removed service).
   */
  @Test
  void severitiesWithinOneRule() {
    StartTrialRequest paid = start(Flow.PAID_CUSTOMER, LocalDate.of(2026, 11, 24), CustomerOrg.none())
        .services("MEETINGS", "CALLING").licenseQuantity(0).durationDays(1).ship("DESK_DEVICE", 3).ship("TOASTER", 1)
        .shippingSkipReason(ShippingSkipReason.OTHER).build();
    // Revision 2, PAID-01: the values given are checked (the quantity 0, the duration 1), the
    // missing Meetings edition is not asked for.
    assertThat(model(paid, "NEW-05")).containsExactly(Severity.REQUIRE);
    assertThat(model(paid, "NEW-06")).containsExactly(Severity.REQUIRE);
    assertThat(model(paid, "NEW-07")).isEmpty();
    assertThat(model(paid, "NEW-08")).containsExactlyInAnyOrder(Severity.DENY, Severity.REQUIRE);
    Agreement.assertAgree(paid);
    Trial devicesOnly = trial(org("US", List.of("CALLING", "MEETINGS", "DEVICES", "MESSAGING"), List.of()),
        FULL_ADMIN, List.of("DEVICES"), 1, LocalDate.of(2028, 3, 1), LocalDate.of(2028, 3, 12), TrialStatus.EXPIRED,
        List.of(), null);
    ServiceChangeRequest emptying = ServiceChangeRequest.builder(LocalDate.of(2028, 5, 29), devicesOnly)
        .removeServices(List.of("DEVICES")).build();
    // Revision 2, MOD-04: 2028-05-29 is past G (2028-04-11), so the change is refused outright.
    assertThat(model(emptying, "MOD-04")).containsExactly(Severity.DENY);
    Agreement.assertAgree(emptying);
  }

  /**
   * Found by reading the DRL: a return after D + 14 is late (a WARN under RET-01), which the
   * rule-ID comparison could not see since RET-01 speaks anyway.
   */
  @Test
  void lateReturn() {
    Trial trial = trial(org("US", List.of(), List.of()), FULL_ADMIN, List.of("DEVICES"), 1,
        LocalDate.of(2026, 11, 24), LocalDate.of(2026, 12, 24), TrialStatus.EXPIRED,
        List.of(ShippedDevice.of("SN-1", "PHONE")), LocalDate.of(2026, 12, 24));
    // Revision 2, RET-05: no demo order number is given, so the model says whom to e-mail.
    assertThat(model(DeviceReturnRequest.builder(LocalDate.of(2027, 1, 7), trial)
        .returnedSerials(List.of("SN-1")).build(), "RET-05"))
        .containsExactly(Severity.INFO);
    // Dates: devices due on D are returned by D + 14 at the latest.
    Decision onTime = Agreement.assertAgree(DeviceReturnRequest.builder(LocalDate.of(2027, 1, 7), trial)
        .returnedSerials(List.of("SN-1")).build());
    Decision late = Agreement.assertAgree(DeviceReturnRequest.builder(LocalDate.of(2027, 1, 8), trial)
        .returnedSerials(List.of("SN-1")).build());
    assertThat(onTime.value(dev.trialrules.DerivedValue.RETURN_BY)).contains(LocalDate.of(2027, 1, 7));
    assertThat(onTime.findings(dev.trialrules.Severity.WARN)).isEmpty();
    assertThat(late.findings(dev.trialrules.Severity.WARN)).extracting(dev.trialrules.Finding::ruleId)
        .containsExactly("RET-01");
  }

  /** The model skipped NEW-11 without a location count and without a user count; the welcome goes to the address given. */
  @Test
  void callingNumbersAndWelcomeMail() {
    StartTrialRequest noUsers = start(Flow.NEW_CUSTOMER, LocalDate.of(2027, 1, 31), CustomerOrg.none())
        .adminEmail("not-an-e-mail").services("CALLING").durationDays(90).callingLocations(3).didsHeld(5).build();
    // Revision 2, NEW-11: with neither a user count nor a licence quantity the numbers needed are
    // not known (revision 1's engine counted no users: 6 needed, a WARN); what is needed is told.
    assertThat(model(noUsers, "NEW-11")).containsExactly(Severity.INFO);
    assertThat(MODEL.decide(noUsers).value(DerivedValue.DIDS_NEEDED)).isEmpty();
    Agreement.assertAgree(noUsers);
    StartTrialRequest noLocations = start(Flow.NEW_CUSTOMER, LocalDate.of(2026, 12, 31), CustomerOrg.none())
        .services("CALLING").licenseQuantity(1).durationDays(30).callingUsers(10).build();
    // Revision 2, NEW-11: the location count is never REQUIREd (revision 1's engine asked for it).
    assertThat(model(noLocations, "NEW-11")).containsExactly(Severity.INFO);
    Agreement.assertAgree(noLocations);
  }

  // ---- actions on a trial ------------------------------------------------------------------

  /** The model told no days left and approved device extensions the engine's EXT-01/02 refuse. */
  @Test
  void extensionDaysLeftAndDeviceApproval() {
    CustomerOrg customer = org("DK", List.of(), List.of());
    Agreement.assertAgree(ExtensionRequest.of(LocalDate.of(2026, 6, 22), trial(customer, PLAIN_ADMIN, List.of(), 50,
        LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 30), TrialStatus.PENDING_PROVISIONING, List.of(), null)));
    Agreement.assertAgree(ExtensionRequest.of(LocalDate.of(2028, 6, 19), trial(customer, PLAIN_ADMIN,
        List.of("DEVICES"), 50, LocalDate.of(2028, 2, 28), LocalDate.of(2028, 6, 27), TrialStatus.ACTIVE, List.of(),
        null)));
    Agreement.assertAgree(ExtensionRequest.of(LocalDate.of(2027, 3, 15), trial(customer, null,
        List.of("DEVICES", "MESSAGING"), 50, LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 14),
        TrialStatus.CANCELLED, List.of(), null)));
  }

  /** MOD-01 reports EXIST-01/02 under its own ID; removing what is not there and licences for added services. */
  @Test
  void serviceChanges() {
    Trial trial = trial(org("AE", List.of("CALLING", "MESSAGING", "MEETINGS"), List.of("MESSAGING")), PLAIN_ADMIN,
        List.of("MEETINGS", "CALLING"), 0, LocalDate.of(2027, 2, 28), LocalDate.of(2027, 5, 28),
        TrialStatus.PENDING_PROVISIONING, List.of(), null);
    Agreement.assertAgree(ServiceChangeRequest.builder(LocalDate.of(2027, 5, 28), trial)
        .addServices(List.of("MESSAGING")).build());
    Agreement.assertAgree(ServiceChangeRequest.builder(LocalDate.of(2027, 5, 28), trial)
        .addServices(List.of("MEETINGS", "FAX")).removeServices(List.of("DEVICES"))
        .newLicenseQuantity(0).build());
    Agreement.assertAgree(ServiceChangeRequest.builder(LocalDate.of(2027, 5, 28), trial)
        .newLicenseQuantity(75).build());
  }

  /** CONV-01 informs a tier-1 partner, CONV-02 asks for a missing address, no deadline once it passed. */
  @Test
  void conversion() {
    Trial trial = trial(org("BR", List.of("CALLING"), List.of()), PLAIN_ADMIN, List.of("CALLING"), 50,
        LocalDate.of(2026, 1, 11), LocalDate.of(2026, 5, 12), TrialStatus.PENDING_PROVISIONING, List.of(), null);
    ConversionRequest noContact = ConversionRequest.builder(LocalDate.of(2026, 6, 11), trial)
        .orderedServices(List.of("CALLING")).build();
    // Revision 2, CONV-06: no customer admin address was entered in Control Hub, so it is asked for.
    assertThat(model(noContact, "CONV-06")).containsExactly(Severity.REQUIRE);
    Agreement.assertAgree(noContact);
    ConversionRequest customerAdmin = ConversionRequest.builder(LocalDate.of(2026, 6, 12), trial)
        .provisioningEmail(PLAIN_ADMIN).orderedServices(List.of("CALLING")).build();
    // Revision 2, CONV-02: a customer admin as provisioning contact hears the recommendation.
    assertThat(model(customerAdmin, "CONV-02")).containsExactly(Severity.INFO);
    Decision late = Agreement.assertAgree(customerAdmin);
    // CONV-04 and the Dates section: G = E + 30 is the last day; on G + 1 conversion is denied.
    assertThat(late.ruleIds()).contains("CONV-04");
    assertThat(late.outcome()).isEqualTo(dev.trialrules.Outcome.DENIED);
  }

  /** The model cancelled trials after their grace period; the engine refuses, except while consent is pending. */
  @Test
  void cancellationAfterTheGracePeriod() {
    CustomerOrg customer = org("BR", List.of(), List.of());
    Agreement.assertAgree(CancellationRequest.of(LocalDate.of(2027, 2, 23), trial(customer, FULL_ADMIN,
        List.of("CALLING"), 0, LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 25), TrialStatus.ACTIVE, List.of(),
        null), CancelledBy.CUSTOMER));
    Agreement.assertAgree(CancellationRequest.of(LocalDate.of(2027, 3, 31), trial(customer, FULL_ADMIN,
        List.of("MEETINGS"), 0, LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 23), TrialStatus.PENDING_CONSENT,
        List.of(), null), CancelledBy.PARTNER));
  }

  /** Nothing shipped, no due date, no country, labels lost outside the US, and a matching return. */
  @Test
  void deviceReturns() {
    Agreement.assertAgree(DeviceReturnRequest.builder(LocalDate.of(2028, 2, 22), trial(org(null, List.of(), List.of()),
        null, List.of(), 0, LEAP_DAY, LocalDate.of(2028, 3, 1), TrialStatus.PENDING_CONSENT, List.of(), null)).returnedSerials(List.of()).labelsLost(true).build());
    Trial shipped = trial(org("GB", List.of(), List.of()), FULL_ADMIN, List.of("DEVICES"), 1,
        LocalDate.of(2026, 11, 24), LocalDate.of(2027, 3, 25), TrialStatus.ACTIVE,
        List.of(ShippedDevice.of("SN-3", "PHONE")), null);
    DeviceReturnRequest labelsLost = DeviceReturnRequest.builder(LocalDate.of(2027, 3, 26), shipped)
        .returnedSerials(List.of("SN-3")).labelsLost(true).build();
    // Revision 2, RET-03: lost labels outside the US are a WARN (revision 1: DENY); the return stands.
    assertThat(model(labelsLost, "RET-03")).containsExactly(Severity.WARN);
    assertThat(MODEL.decide(labelsLost).findings(Severity.DENY)).isEmpty();
    Agreement.assertAgree(labelsLost);
    Trial noCountry = trial(org(null, List.of(), List.of()), PLAIN_ADMIN, List.of("DEVICES"), 0,
        LocalDate.of(2027, 1, 31), LocalDate.of(2027, 4, 1), TrialStatus.ACTIVE,
        List.of(ShippedDevice.of("SN-1", "PHONE"), ShippedDevice.of("SN-2", "BOARD")), LocalDate.of(2027, 4, 1));
    DeviceReturnRequest mixed = DeviceReturnRequest.builder(LocalDate.of(2027, 5, 2), noCountry)
        .returnedSerials(List.of("SN-1", "SN-9")).labelsLost(true).build();
    // Revision 2, RET-04: the serial never shipped (SN-9) rejects the return, the one not yet
    // returned (SN-2) is a WARN (revision 1: one DENY for any mismatch).
    assertThat(model(mixed, "RET-04")).containsExactlyInAnyOrder(Severity.DENY, Severity.WARN);
    Decision decision = Agreement.assertAgree(mixed);
    // RET-04 names the missing and the unexpected serials.
    assertThat(decision.value(dev.trialrules.DerivedValue.MISSING_SERIALS)).contains(List.of("SN-2"));
    assertThat(decision.value(dev.trialrules.DerivedValue.UNEXPECTED_SERIALS)).contains(List.of("SN-9"));
  }
}
