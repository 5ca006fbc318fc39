package dev.trialrules.policy;

import static dev.trialrules.policy.Fixtures.TODAY;
import static dev.trialrules.policy.Fixtures.deviceTrial;
import static dev.trialrules.policy.Fixtures.partner;
import static dev.trialrules.policy.Fixtures.trial;
import static dev.trialrules.policy.RuleCase.fires;
import static dev.trialrules.policy.RuleCase.silent;
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
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * conversion.drl: CONV-01..CONV-05. The fixture trial of Messaging and Meetings expires on
 * 2026-12-01 (E), so its grace period ends on 2026-12-31 (G); its partner is tier 1 with admin
 * sales@partner.example, its customer admin ceo@fjord.example.
 */
class ConversionRulesTest {

  /** Every parameter a conversion reads, moved off its default; built once for this class. */
  static final TrialPolicyEngine MOVED = TrialPolicyEngine.builder()
      .parameter("grace-period-days", "45")
      .parameter("device-return-days", "20")
      .build();

  static final String PARTNER_ADMIN = "sales@partner.example";

  /** A conversion on {@link Fixtures#TODAY} ordering every service of the trial. */
  static ConversionRequest convert(Trial.Builder trial) {
    Trial built = trial.build();
    return new ConversionRequest(TODAY, built, PARTNER_ADMIN, built.services());
  }

  static ConversionRequest convert(Trial.Builder trial, LocalDate today) {
    Trial built = trial.build();
    return new ConversionRequest(today, built, PARTNER_ADMIN, built.services());
  }

  static ConversionRequest convert(Trial.Builder trial, String provisioningEmail, String... ordered) {
    return new ConversionRequest(TODAY, trial.build(), provisioningEmail, List.of(ordered));
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
        fires("CONV-01", Severity.DENY, "partner.tier", "a tier-2 partner cannot convert a trial itself",
            convert(trialOf(partner().tier(PartnerTier.TIER_2).build()))),
        fires("CONV-01", Severity.INFO, "partner.tier", "a tier-1 partner converts through Cisco Commerce",
            convert(trial())),
        silent("CONV-01", "an extension converts nothing", new ExtensionRequest(TODAY, trial().build())),

        fires("CONV-02", Severity.REQUIRE, "provisioningEmail", "a missing provisioning e-mail is required",
            convert(trial(), null, Services.MESSAGING, Services.MEETINGS)),
        fires("CONV-02", Severity.REQUIRE, "provisioningEmail", "a blank provisioning e-mail counts as missing",
            convert(trial(), "  ", Services.MESSAGING, Services.MEETINGS)),
        fires("CONV-02", Severity.DENY, "provisioningEmail", "another address as provisioning contact is denied",
            convert(trial(), "someone@else.example", Services.MESSAGING, Services.MEETINGS)),
        silent("CONV-02", "a partner admin as provisioning contact passes", convert(trial())),
        silent("CONV-02", "the trial's customer admin, in any case, passes",
            convert(trial(), "CEO@Fjord.example", Services.MESSAGING, Services.MEETINGS)),

        fires("CONV-03", Severity.WARN, Services.MEETINGS, "a trial service missing from the order is named",
            convert(trial(), PARTNER_ADMIN, Services.MESSAGING)),
        silent("CONV-03", "an order of every trial service and more loses nothing",
            convert(trial(), PARTNER_ADMIN, Services.MEETINGS, Services.MESSAGING, Services.CALLING)),

        fires("CONV-04", Severity.INFO, "conversionDeadline", "a running trial can be converted, keeping usage data",
            convert(trial())),
        fires("CONV-04", Severity.INFO, "conversionDeadline", "a trial can be converted on G",
            convert(trial().status(TrialStatus.EXPIRED), LocalDate.of(2026, 12, 31))),
        fires("CONV-04", Severity.DENY, "today", "a trial cannot be converted on G + 1",
            convert(trial().status(TrialStatus.EXPIRED), LocalDate.of(2027, 1, 1))),
        fires("CONV-04", Severity.DENY, "status", "a cancelled trial cannot be converted",
            convert(trial().status(TrialStatus.CANCELLED))),
        fires("CONV-04", Severity.DENY, "status", "a converted trial cannot be converted again",
            convert(trial().status(TrialStatus.CONVERTED))),
        fires("CONV-04", Severity.DENY, "status", "an ended trial cannot be converted",
            convert(trial().status(TrialStatus.ENDED))),
        silent("CONV-04", "an extension has no conversion window", new ExtensionRequest(TODAY, trial().build())),

        fires("CONV-05", Severity.INFO, Services.DEVICES, "a device trial's devices still go back",
            convert(deviceTrial())),
        silent("CONV-05", "a trial without Devices has nothing to return", convert(trial())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(RuleCase row) {
    row.check();
  }

  private static Decision decide(ConversionRequest request) {
    Decision decision = Fixtures.ENGINE.decide(request);
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
  void provisioningContact_outsideBothAdminLists_wouldLeaveTheTrialUnconverted() {
    Decision decision = decide(convert(trial(), "someone@else.example", Services.MESSAGING, Services.MEETINGS));
    assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(decision.findings("CONV-02")).singleElement().extracting(Finding::message).asString()
        .contains("someone@else.example", "would not convert", "new Webex organization");
  }

  @Test
  void provisioningContact_canBeTheCustomerAdmin_evenWhenThePartnerHasNoAdmins() {
    Trial.Builder noPartnerAdmins = trialOf(partner().adminEmails(List.of()).build());
    assertThat(decide(convert(noPartnerAdmins, "ceo@fjord.example", Services.MESSAGING, Services.MEETINGS))
        .outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(decide(convert(trialOf(partner().adminEmails(List.of()).build()).customerAdminEmail(null),
        "ceo@fjord.example", Services.MESSAGING, Services.MEETINGS)).outcome()).isEqualTo(Outcome.DENIED);
  }

  // ---- CONV-03 ------------------------------------------------------------------------------

  @Test
  void everyServiceMissingFromTheOrder_isWarnedAboutByName_inTheTrialsOrder() {
    Trial.Builder three = trial().services(Services.MESSAGING, Services.MEETINGS, Services.CALLING);
    Decision decision = decide(convert(three, PARTNER_ADMIN, Services.MEETINGS));

    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(decision.findings("CONV-03")).extracting(Finding::severity, Finding::subject).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple(Severity.WARN, Services.MESSAGING),
        org.assertj.core.groups.Tuple.tuple(Severity.WARN, Services.CALLING));
    assertThat(decision.findings("CONV-03")).allSatisfy(f -> assertThat(f.message()).contains(f.subject()));
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
    assertThat(decision.findings("CONV-04")).extracting(Finding::severity, Finding::subject)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.DENY, "status"));
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
  void deviceTrial_isRemindedToReturnTheDevicesByTheirReturnDate_andToOrderNewOnesThroughCcw() {
    Decision decision = decide(convert(deviceTrial()));
    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    // Due 2026-12-15 per the EULA e-mail; returned within 14 days.
    assertThat(decision.findings("CONV-05")).singleElement().extracting(Finding::message).asString()
        .contains("returned by 2026-12-29", "Cisco Commerce Workspace");
  }

  @Test
  void deviceTrial_withoutADueDate_isStillReminded() {
    Decision decision = decide(convert(deviceTrial().deviceDueDate(null)));
    assertThat(decision.findings("CONV-05")).singleElement().extracting(Finding::message).asString()
        .contains("returned", "Cisco Commerce Workspace").doesNotContain(" by ");
  }

  // ---- Every date moves with its parameter --------------------------------------------------

  @Test
  void gracePeriod_isAParameter() {
    // E = 2026-12-01: G = 2026-12-31 by default, 2027-01-15 with 45 days.
    Trial.Builder expired = trial().status(TrialStatus.EXPIRED);
    assertThat(Fixtures.ENGINE.decide(convert(expired, LocalDate.of(2027, 1, 1))).outcome()).isEqualTo(Outcome.DENIED);

    Decision later = MOVED.decide(convert(expired, LocalDate.of(2027, 1, 1)));
    assertThat(later.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(later.value(DerivedValue.CONVERSION_DEADLINE)).contains(LocalDate.of(2027, 1, 15));
    assertThat(MOVED.decide(convert(expired, LocalDate.of(2027, 1, 15))).outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(MOVED.decide(convert(expired, LocalDate.of(2027, 1, 16))).outcome()).isEqualTo(Outcome.DENIED);
  }

  @Test
  void deviceReturnWindow_isAParameter() {
    assertThat(MOVED.decide(convert(deviceTrial())).findings("CONV-05")).singleElement()
        .extracting(Finding::message).asString().contains("returned by 2027-01-04");
  }
}
