package dev.trialrules.policy;

import static dev.trialrules.policy.RuleCase.fires;
import static dev.trialrules.policy.RuleCase.silent;
import static dev.trialrules.testing.Fixtures.TODAY;
import static dev.trialrules.testing.Fixtures.deviceTrial;
import static dev.trialrules.testing.Fixtures.partner;
import static dev.trialrules.testing.Fixtures.trial;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.Decision;
import dev.trialrules.DerivedValue;
import dev.trialrules.Finding;
import dev.trialrules.Outcome;
import dev.trialrules.Severity;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.facts.ConversionRequest;
import dev.trialrules.facts.ExtensionRequest;
import dev.trialrules.facts.Partner;
import dev.trialrules.facts.PartnerTier;
import dev.trialrules.facts.Services;
import dev.trialrules.facts.Trial;
import dev.trialrules.facts.TrialStatus;
import dev.trialrules.testing.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * conversion.drl: CONV-01..CONV-06. The fixture trial of Messaging and Meetings expires on
 * 2026-12-01 (E), so its grace period ends on 2026-12-31 (G); its partner is tier 1 with admin
 * sales@partner.example, its customer admin ceo@fjord.example, and its customer organization has
 * a second admin, it@fjord.example.
 *
 * <p>POLICY.md revision 2 split revision 1's CONV-02 in two: the provisioning contact may be any
 * partner admin or any customer admin, with the source's recommendation to enter the partner
 * (CONV-02); the address typed into Control Hub must be the trial's customer admin (CONV-06).
 * CONV-05 now reminds only a trial that shipped devices.
 */
class ConversionRulesTest {

  /** Every parameter a conversion reads, moved off its default; built once for this class. */
  static final TrialPolicyEngine MOVED = TrialPolicyEngine.builder(ShippedPolicy.get())
      .parameter("grace-period-days", "45")
      .build();

  static final String PARTNER_ADMIN = "sales@partner.example";

  /** An admin of the fixture's customer organization who is not the trial's customer admin. */
  static final String OTHER_CUSTOMER_ADMIN = "it@fjord.example";

  /**
   * A conversion on {@link Fixtures#TODAY} ordering every service of the trial, with the partner
   * admin as provisioning contact and the trial's own customer admin entered in Control Hub
   * (CONV-06), so that only what a row changes can shape the decision.
   */
  static ConversionRequest convert(Trial.Builder trial) {
    return convert(trial, TODAY);
  }

  static ConversionRequest convert(Trial.Builder trial, LocalDate today) {
    Trial built = trial.build();
    return ConversionRequest.builder(today, built).provisioningEmail(PARTNER_ADMIN)
        .orderedServices(built.services()).customerAdminEmail(built.customerAdminEmail()).build();
  }

  static ConversionRequest convert(Trial.Builder trial, String provisioningEmail, String... ordered) {
    Trial built = trial.build();
    return ConversionRequest.builder(TODAY, built).provisioningEmail(provisioningEmail)
        .orderedServices(List.of(ordered)).customerAdminEmail(built.customerAdminEmail()).build();
  }

  /** The fixture trial's conversion with {@code entered} typed into Control Hub as its customer admin. */
  static ConversionRequest enteringAdmin(String entered) {
    Trial built = trial().build();
    return ConversionRequest.builder(TODAY, built).provisioningEmail(PARTNER_ADMIN)
        .orderedServices(built.services()).customerAdminEmail(entered).build();
  }

  /** The fixture trial, run by another partner. */
  static Trial.Builder trialOf(Partner partner) {
    Trial fixture = trial().build();
    return Trial.builder(fixture.trialId(), partner, fixture.customer())
        .customerAdminEmail(fixture.customerAdminEmail()).services(fixture.services())
        .licenseQuantity(fixture.licenseQuantity()).period(fixture.startDate(), fixture.endDate())
        .status(fixture.status());
  }

  public static Stream<RuleCase> cases() {
    return Stream.of(
        fires("CONV-01", Severity.DENY, "trial.partner.tier", "a tier-2 partner cannot convert a trial itself",
            convert(trialOf(partner().tier(PartnerTier.TIER_2).build()))),
        fires("CONV-01", Severity.INFO, "trial.partner.tier", "a tier-1 partner converts through Cisco Commerce",
            convert(trial())),
        silent("CONV-01", "an extension converts nothing", ExtensionRequest.of(TODAY, trial().build())),

        fires("CONV-02", Severity.REQUIRE, "provisioningEmail", "a missing provisioning e-mail is required",
            convert(trial(), null, Services.MESSAGING, Services.MEETINGS)),
        fires("CONV-02", Severity.REQUIRE, "provisioningEmail", "a blank provisioning e-mail counts as missing",
            convert(trial(), "  ", Services.MESSAGING, Services.MEETINGS)),
        fires("CONV-02", Severity.DENY, "provisioningEmail", "another address as provisioning contact is denied",
            convert(trial(), "someone@else.example", Services.MESSAGING, Services.MEETINGS)),
        silent("CONV-02", "a partner admin as provisioning contact passes", convert(trial())),
        fires("CONV-02", Severity.INFO, "provisioningEmail",
            "the trial's customer admin, in any case, passes with the recommendation to enter the partner",
            convert(trial(), "CEO@Fjord.example", Services.MESSAGING, Services.MEETINGS)),
        fires("CONV-02", Severity.INFO, "provisioningEmail",
            "any other admin of the customer organization passes with the recommendation",
            convert(trial(), OTHER_CUSTOMER_ADMIN, Services.MESSAGING, Services.MEETINGS)),

        fires("CONV-03", Severity.WARN, "orderedServices " + Services.MEETINGS, "a trial service missing from the order is named",
            convert(trial(), PARTNER_ADMIN, Services.MESSAGING)),
        silent("CONV-03", "an order of every trial service and more loses nothing",
            convert(trial(), PARTNER_ADMIN, Services.MEETINGS, Services.MESSAGING, Services.CALLING)),

        fires("CONV-04", Severity.INFO, "trial.endDate", "a running trial can be converted, keeping usage data",
            convert(trial())),
        fires("CONV-04", Severity.INFO, "trial.endDate", "a trial can be converted on G",
            convert(trial().status(TrialStatus.EXPIRED), LocalDate.of(2026, 12, 31))),
        fires("CONV-04", Severity.DENY, "today", "a trial cannot be converted on G + 1",
            convert(trial().status(TrialStatus.EXPIRED), LocalDate.of(2027, 1, 1))),
        fires("CONV-04", Severity.DENY, "trial.status", "a cancelled trial cannot be converted",
            convert(trial().status(TrialStatus.CANCELLED))),
        fires("CONV-04", Severity.DENY, "trial.status", "a converted trial cannot be converted again",
            convert(trial().status(TrialStatus.CONVERTED))),
        fires("CONV-04", Severity.DENY, "trial.status", "an ended trial cannot be converted",
            convert(trial().status(TrialStatus.ENDED))),
        silent("CONV-04", "an extension has no conversion window", ExtensionRequest.of(TODAY, trial().build())),

        fires("CONV-05", Severity.INFO, "trial.services " + Services.DEVICES, "a device trial's devices still go back",
            convert(deviceTrial())),
        silent("CONV-05", "a trial without Devices has nothing to return", convert(trial())),
        silent("CONV-05", "a Devices trial that shipped nothing has nothing to return",
            convert(trial().services(Services.MESSAGING, Services.DEVICES))),

        fires("CONV-06", Severity.REQUIRE, "customerAdminEmail", "the address entered in Control Hub is required",
            enteringAdmin(null)),
        fires("CONV-06", Severity.DENY, "customerAdminEmail",
            "another admin of the customer entered in Control Hub is denied: it is not the trial's",
            enteringAdmin(OTHER_CUSTOMER_ADMIN)),
        fires("CONV-06", Severity.DENY, "customerAdminEmail", "a mistyped address entered in Control Hub is denied",
            enteringAdmin("ceo@fjord.exampel")),
        silent("CONV-06", "the trial's customer admin entered in Control Hub, in any case, passes",
            enteringAdmin("CEO@Fjord.example")),
        silent("CONV-06", "an extension enters no address", ExtensionRequest.of(TODAY, trial().build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(RuleCase row) {
    row.check();
  }

  private static Decision decide(ConversionRequest request) {
    Decision decision = ShippedEngine.ENGINE.decide(request);
    DecisionInvariants.check(decision);
    return decision;
  }

  @Test
  void conversion_ofTheFixtureTrial_isAllowed() {
    Decision decision = decide(convert(trial()));
    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(decision.ruleIds()).containsExactlyInAnyOrder("CONV-01", "CONV-04");
    assertThat(decision.value(DerivedValue.CONVERSION_DEADLINE)).contains(LocalDate.of(2026, 12, 31));
    assertThat(decision.value(DerivedValue.SERVICES_LOST)).isEmpty();
  }

  // ---- CONV-01, CONV-02 ---------------------------------------------------------------------

  @Test
  void tier2Partner_isToldToAskItsDistributor() {
    Decision decision = decide(convert(trialOf(partner().tier(PartnerTier.TIER_2).build())));
    assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(decision.findings("CONV-01")).singleElement()
        .satisfies(f -> assertThat(f.remedy()).contains("Ask your distributor to process the conversion."));
  }

  @Test
  void provisioningContact_outsideBothAdminLists_isDenied_namingBothLists() {
    Decision decision = decide(convert(trial(), "someone@else.example", Services.MESSAGING, Services.MEETINGS));
    assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(decision.findings(Severity.DENY)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("CONV-02");
      assertThat(f.message()).contains("someone@else.example", PARTNER_ADMIN, "ceo@fjord.example", OTHER_CUSTOMER_ADMIN);
    });
  }

  @Test
  void provisioningContact_canBeTheCustomerAdmin_evenWhenThePartnerHasNoAdmins() {
    Trial.Builder noPartnerAdmins = trialOf(partner().adminEmails(List.of()).build());
    Decision decision = decide(convert(noPartnerAdmins, "ceo@fjord.example", Services.MESSAGING, Services.MEETINGS));
    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(decision.findings("CONV-02")).extracting(Finding::severity).containsExactly(Severity.INFO);
  }

  // Revision 1 accepted only the trial's customer admin; revision 2 "a partner admin or a customer admin".
  @Test
  void provisioningContact_isAnyAdminOfTheCustomer_evenWhenTheTrialRecordsNoCustomerAdmin() {
    Trial.Builder noRecordedAdmin = trialOf(partner().adminEmails(List.of()).build()).customerAdminEmail(null);
    Decision decision = decide(convert(noRecordedAdmin, OTHER_CUSTOMER_ADMIN, Services.MESSAGING, Services.MEETINGS));
    assertThat(decision.findings("CONV-02")).extracting(Finding::severity).containsExactly(Severity.INFO);
  }

  @Test
  void customerAdminAsProvisioningContact_isToldTheRecommendationToEnterThePartner() {
    Decision decision = decide(convert(trial(), OTHER_CUSTOMER_ADMIN, Services.MESSAGING, Services.MEETINGS));
    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(decision.findings("CONV-02")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).contains(OTHER_CUSTOMER_ADMIN, "recommends", "provisioning contact");
    });
  }

  @Test
  void anAddressThatIsBothPartnerAndCustomerAdmin_isThePartner_soNoRecommendation() {
    Trial.Builder shared = trialOf(partner().adminEmails(List.of(PARTNER_ADMIN, OTHER_CUSTOMER_ADMIN)).build());
    Decision decision = decide(convert(shared, OTHER_CUSTOMER_ADMIN, Services.MESSAGING, Services.MEETINGS));
    assertThat(decision.ruleIds()).doesNotContain("CONV-02");
  }

  // ---- CONV-06 ------------------------------------------------------------------------------

  @Test
  void anotherAddressInControlHub_wouldLeaveTheTrialUnconverted() {
    Decision decision = decide(enteringAdmin(OTHER_CUSTOMER_ADMIN));
    assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(decision.findings(Severity.DENY)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("CONV-06");
      assertThat(f.message()).contains(OTHER_CUSTOMER_ADMIN, "ceo@fjord.example", "would not convert",
          "new Webex organization");
      assertThat(f.remedy()).isPresent();
    });
  }

  @Test
  void aTrialThatRecordsNoCustomerAdmin_isAskedForIt_beforeTheAddressEnteredCanBeChecked() {
    Trial built = trial().customerAdminEmail(null).build();
    Decision decision = decide(ConversionRequest.builder(TODAY, built)
        .provisioningEmail(PARTNER_ADMIN).orderedServices(built.services())
        .customerAdminEmail("ceo@fjord.example").build());
    assertThat(decision.outcome()).isEqualTo(Outcome.INCOMPLETE);
    assertThat(decision.findings("CONV-06")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.REQUIRE);
      assertThat(RuleCase.aboutOf(f)).isEqualTo("trial.customerAdminEmail");
    });
  }

  @Test
  void theAddressInControlHub_isRequiredBeforeTheConversion() {
    Decision decision = decide(enteringAdmin(" "));
    assertThat(decision.outcome()).isEqualTo(Outcome.INCOMPLETE);
    assertThat(decision.findings(Severity.REQUIRE)).extracting(f -> f.ruleId() + ":" + RuleCase.aboutOf(f))
        .containsExactly("CONV-06:customerAdminEmail");
  }

  // ---- CONV-03 ------------------------------------------------------------------------------

  @Test
  void everyServiceMissingFromTheOrder_isWarnedAboutByName_inTheTrialsOrder() {
    Trial.Builder three = trial().services(Services.MESSAGING, Services.MEETINGS, Services.CALLING);
    Decision decision = decide(convert(three, PARTNER_ADMIN, Services.MEETINGS));

    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(decision.findings("CONV-03")).extracting(Finding::severity, RuleCase::aboutOf).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple(Severity.WARN, "orderedServices " + Services.MESSAGING),
        org.assertj.core.groups.Tuple.tuple(Severity.WARN, "orderedServices " + Services.CALLING));
    assertThat(decision.findings("CONV-03")).allSatisfy(f -> assertThat(f.message()).contains(f.item().orElseThrow()));
    assertThat(decision.value(DerivedValue.SERVICES_LOST)).contains(List.of(Services.MESSAGING, Services.CALLING));
  }

  // ---- CONV-04 ------------------------------------------------------------------------------

  @Test
  void conversionOnG_isAllowed_andOnGPlus1_isRefused() {
    Trial.Builder expired = trial().status(TrialStatus.EXPIRED);

    Decision onG = decide(convert(expired, LocalDate.of(2026, 12, 31)));
    assertThat(onG.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(onG.findings("CONV-04")).singleElement().extracting(Finding::message).asString()
        .contains("usage data", "kept");

    Decision afterG = decide(convert(expired, LocalDate.of(2027, 1, 1)));
    assertThat(afterG.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(afterG.findings("CONV-04")).singleElement().extracting(Finding::message).asString()
        .contains("2026-12-31");
    assertThat(afterG.value(DerivedValue.CONVERSION_DEADLINE)).isEmpty();
  }

  @Test
  void cancelledTrial_cannotBeConverted_andIsToldNoDeadline() {
    Decision decision = decide(convert(trial().status(TrialStatus.CANCELLED)));
    assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(decision.findings("CONV-04")).extracting(Finding::severity, RuleCase::aboutOf)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.DENY, "trial.status"));
    assertThat(decision.value(DerivedValue.CONVERSION_DEADLINE)).isEmpty();
  }

  @ParameterizedTest(name = "a trial expiring on {0} can be converted through {1}")
  @CsvSource({
      "2026-12-01, 2026-12-31",
      "2027-01-31, 2027-03-02",   // from 31 January, across a 28-day February
      "2028-01-31, 2028-03-01",   // from 31 January, across a 29-day February
      "2028-02-29, 2028-03-30",   // from the leap day
      "2027-12-15, 2028-01-14"})  // across the year end
  void conversionDeadline_isG_acrossMonthEndsAndLeapYears(LocalDate end, LocalDate g) {
    Trial.Builder trial = trial().period(end.minusDays(60), end).status(TrialStatus.EXPIRED);

    Decision onG = decide(convert(trial, g));
    assertThat(onG.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(onG.value(DerivedValue.CONVERSION_DEADLINE)).contains(g);
    assertThat(decide(convert(trial, g.plusDays(1))).outcome()).isEqualTo(Outcome.DENIED);
  }

  @Test
  void runningTrial_isToldItsConversionDeadline() {
    assertThat(decide(convert(trial(), LocalDate.of(2026, 10, 2))).value(DerivedValue.CONVERSION_DEADLINE))
        .contains(LocalDate.of(2026, 12, 31));
  }

  // ---- CONV-05 ------------------------------------------------------------------------------

  @Test
  void deviceTrial_isRemindedToReturnTheDevices_andToOrderNewOnesThroughCcw() {
    Decision decision = decide(convert(deviceTrial()));
    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(decision.findings("CONV-05")).singleElement().extracting(Finding::message).asString()
        .contains("returned", "Cisco Commerce Workspace");
  }

  // The return date is RET-01's, decided on a return; the reminder depends only on shipped devices.
  @Test
  void deviceTrial_withoutADueDate_isRemindedAlike() {
    Decision withDate = decide(convert(deviceTrial()));
    Decision withoutDate = decide(convert(deviceTrial().deviceDueDate(null)));
    assertThat(withoutDate.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(withoutDate.findings("CONV-05")).singleElement().extracting(Finding::message)
        .isEqualTo(withDate.findings("CONV-05").get(0).message());
  }

  @Test
  void devicesTrialThatShippedNothing_convertsWithoutAReminder() {
    Decision decision = decide(convert(trial().services(Services.MESSAGING, Services.DEVICES)));
    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(decision.ruleIds()).containsExactlyInAnyOrder("CONV-01", "CONV-04");
  }

  // ---- Every date moves with its parameter --------------------------------------------------

  @Test
  void gracePeriod_isAParameter() {
    // E = 2026-12-01: G = 2026-12-31 by default, 2027-01-15 with 45 days.
    Trial.Builder expired = trial().status(TrialStatus.EXPIRED);
    assertThat(ShippedEngine.ENGINE.decide(convert(expired, LocalDate.of(2027, 1, 1))).outcome()).isEqualTo(Outcome.DENIED);

    Decision later = MOVED.decide(convert(expired, LocalDate.of(2027, 1, 1)));
    assertThat(later.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(later.value(DerivedValue.CONVERSION_DEADLINE)).contains(LocalDate.of(2027, 1, 15));
    assertThat(MOVED.decide(convert(expired, LocalDate.of(2027, 1, 15))).outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(MOVED.decide(convert(expired, LocalDate.of(2027, 1, 16))).outcome()).isEqualTo(Outcome.DENIED);
  }
}
