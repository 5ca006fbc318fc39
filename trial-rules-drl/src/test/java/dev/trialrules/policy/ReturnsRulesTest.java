package dev.trialrules.policy;

import static dev.trialrules.policy.RuleCase.fires;
import static dev.trialrules.policy.RuleCase.silent;
import static dev.trialrules.testing.Fixtures.TODAY;
import static dev.trialrules.testing.Fixtures.customer;
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
import dev.trialrules.facts.CancellationRequest;
import dev.trialrules.facts.CancelledBy;
import dev.trialrules.facts.DeviceReturnRequest;
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
 * returns.drl's decisions on a device return: RET-01..RET-05. RET-01's timeline event is in
 * {@link TimelineRulesTest}. The device trial ships FOC0001 and FOC0002, due back per the EULA on
 * D = 2026-12-15, so by D + 14 = 2026-12-29.
 *
 * <p>POLICY.md revision 2: RET-02 takes EMEAR from an explicit list, not the data region; lost
 * labels outside the US are a WARN (RET-03), not a DENY; RET-04 denies only serials never shipped
 * and warns about shipped ones not yet back (a partial return); RET-05 is new.
 */
class ReturnsRulesTest {
  static final LocalDate RETURN_BY = LocalDate.of(2026, 12, 29);

  /**
   * The demo order number the helpers below give, so that RET-05, which speaks only when it is
   * unknown, stays out of every row but its own.
   */
  static final String DEMO_ORDER = "DEMO-4711";

  /** {@link Fixtures#deviceTrial()} for a customer in {@code country} (none when null). */
  static Trial.Builder deviceTrialIn(String country) {
    return Trial.builder("trial-1", partner().build(), customer().country(country).build())
        .customerAdminEmail("ceo@fjord.example")
        .services(Services.MESSAGING, Services.DEVICES).licenseQuantity(50)
        .period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 1))
        .device("FOC0001", "PHONE").device("FOC0002", "PHONE")
        .deviceDueDate(LocalDate.of(2026, 12, 15));
  }

  /** A return today of these serial numbers, labels and demo order number at hand. */
  static DeviceReturnRequest returning(Trial trial, String... serials) {
    return DeviceReturnRequest.builder(TODAY, trial).returnedSerials(List.of(serials))
        .demoOrderNumber(DEMO_ORDER).build();
  }

  /** A complete return of the device trial's two phones. */
  static DeviceReturnRequest complete(Trial trial) {
    return returning(trial, "FOC0001", "FOC0002");
  }

  static DeviceReturnRequest labelsLost(Trial trial) {
    return DeviceReturnRequest.builder(TODAY, trial).returnedSerials(List.of("FOC0001", "FOC0002"))
        .labelsLost(true).demoOrderNumber(DEMO_ORDER).build();
  }

  static DeviceReturnRequest on(LocalDate today, Trial trial) {
    return DeviceReturnRequest.builder(today, trial).returnedSerials(List.of("FOC0001", "FOC0002"))
        .demoOrderNumber(DEMO_ORDER).build();
  }

  /** A complete return today whose demo order number the partner does not know. */
  static DeviceReturnRequest withoutOrderNumber(Trial trial, String... serials) {
    return DeviceReturnRequest.builder(TODAY, trial).returnedSerials(List.of(serials)).build();
  }

  static Stream<RuleCase> cases() {
    return Stream.of(
        fires("RET-01", Severity.INFO, "trial.deviceDueDate", "a return gives the last day, 14 days after the device due date",
            complete(deviceTrial().build())),
        fires("RET-01", Severity.REQUIRE, "trial.deviceDueDate", "a device trial without a due date needs one",
            complete(deviceTrial().deviceDueDate(null).build())),
        fires("RET-01", Severity.WARN, "today", "a return after the last day is late",
            on(RETURN_BY.plusDays(1), deviceTrial().build())),
        silent("RET-01", "a trial that shipped no devices has no return window", returning(trial().build())),

        fires("RET-02", Severity.INFO, "trial.customer.country", "devices from an EMEAR country go back by DHL",
            complete(deviceTrial().build())),
        fires("RET-02", Severity.INFO, "trial.customer.country", "devices from the United States go back by UPS",
            complete(deviceTrialIn("US").build())),
        fires("RET-02", Severity.INFO, "trial.customer.country", "where no carrier serves, the partner decides",
            complete(deviceTrialIn("BR").build())),
        fires("RET-02", Severity.REQUIRE, "trial.customer.country", "the carrier needs the customer's country",
            complete(deviceTrialIn(null).build())),
        silent("RET-02", "a trial that shipped no devices has no carrier", returning(trial().build())),

        fires("RET-03", Severity.INFO, "labelsLost", "a US customer can ask for replacement labels",
            labelsLost(deviceTrialIn("US").build())),
        fires("RET-03", Severity.WARN, "labelsLost", "a customer elsewhere is warned that the partner determines the return",
            labelsLost(deviceTrial().build())),
        fires("RET-03", Severity.WARN, "labelsLost", "a customer where no carrier serves is warned too",
            labelsLost(deviceTrialIn("BR").build())),
        silent("RET-03", "a customer with the labels needs no replacement", complete(deviceTrialIn("US").build())),

        fires("RET-04", Severity.INFO, "returnedSerials", "a return of exactly the devices shipped is accepted",
            complete(deviceTrial().build())),
        fires("RET-04", Severity.WARN, "returnedSerials", "a return with a device missing is a partial return",
            returning(deviceTrial().build(), "FOC0001")),
        fires("RET-04", Severity.DENY, "returnedSerials", "a return with a device never shipped is rejected",
            returning(deviceTrial().build(), "FOC0001", "FOC0002", "FOC9999")),
        fires("RET-04", Severity.DENY, "returnedSerials", "a return for a trial that shipped nothing is rejected",
            returning(trial().build(), "FOC0001")),
        silent("RET-04", "cancelling a device trial checks no serial numbers",
            CancellationRequest.of(TODAY, deviceTrial().build(), CancelledBy.PARTNER)),

        fires("RET-05", Severity.INFO, "demoOrderNumber", "a partner without the demo order number is told whom to e-mail",
            withoutOrderNumber(deviceTrial().build(), "FOC0001", "FOC0002")),
        fires("RET-05", Severity.INFO, "demoOrderNumber", "a blank demo order number counts as unknown",
            DeviceReturnRequest.builder(TODAY, deviceTrial().build())
                .returnedSerials(List.of("FOC0001", "FOC0002")).demoOrderNumber("  ").build()),
        silent("RET-05", "a partner with the demo order number needs no help", complete(deviceTrial().build())),
        silent("RET-05", "a trial that shipped no devices has no demo order",
            withoutOrderNumber(trial().build(), "FOC0001")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(RuleCase row) {
    row.check();
  }

  static Decision decide(DeviceReturnRequest request) {
    Decision decision = ShippedEngine.ENGINE.decide(request);
    DecisionInvariants.check(decision);
    return decision;
  }

  // ---- RET-01 -------------------------------------------------------------------------------

  @Test
  void completeReturnInTime_isAllowed_andSaysWhenAndHow() {
    Decision decision = decide(complete(deviceTrial().build()));
    assertThat(decision.outcome()).as("%s", decision).isEqualTo(Outcome.ALLOWED);
    assertThat(decision.value(DerivedValue.RETURN_BY)).contains(RETURN_BY);
    assertThat(decision.value(DerivedValue.RETURN_CARRIER)).contains("DHL");
    assertThat(decision.value(DerivedValue.MISSING_SERIALS)).contains(List.of());
    assertThat(decision.value(DerivedValue.UNEXPECTED_SERIALS)).contains(List.of());
    assertThat(decision.findings("RET-01")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("2026-12-29", "2026-12-15", "not the expiry date"));
  }

  @ParameterizedTest(name = "a return on {0} is late: {1}")
  @CsvSource({"2026-12-15, false", "2026-12-29, false", "2026-12-30, true", "2027-03-01, true"})
  void return_isLateOnlyAfterTheLastDay(LocalDate today, boolean late) {
    Decision decision = decide(on(today, deviceTrial().build()));
    assertThat(decision.findings(Severity.WARN)).extracting(Finding::ruleId)
        .as("%s", decision).containsExactlyElementsOf(late ? List.of("RET-01") : List.of());
    assertThat(decision.outcome()).as("late is a warning, not a refusal").isEqualTo(Outcome.ALLOWED);
  }

  @Test
  void returnWindow_countsAcross29February_andMovesWithItsParameter() {
    Trial leap = deviceTrial().deviceDueDate(LocalDate.of(2028, 2, 20)).build();
    assertThat(decide(complete(leap)).value(DerivedValue.RETURN_BY)).contains(LocalDate.of(2028, 3, 5));

    TrialPolicyEngine threeWeeks = TrialPolicyEngine.builder(ShippedPolicy.get()).parameter("device-return-days", "21")
        .build();
    assertThat(threeWeeks.decide(complete(deviceTrial().build())).value(DerivedValue.RETURN_BY))
        .contains(LocalDate.of(2027, 1, 5));
    assertThat(threeWeeks.decide(on(LocalDate.of(2026, 12, 30), deviceTrial().build())).findings(Severity.WARN))
        .as("2026-12-30 is late with 14 days, not with 21").isEmpty();
  }

  @Test
  void returnByDerivation_needsTheDueDate() {
    Decision decision = decide(complete(deviceTrial().deviceDueDate(null).build()));
    assertThat(decision.outcome()).isEqualTo(Outcome.INCOMPLETE);
    assertThat(decision.value(DerivedValue.RETURN_BY)).isEmpty();
  }

  // ---- RET-02 -------------------------------------------------------------------------------

  // GB, SA and AE have data regions of their own and KZ, ET, FO and GL are new to the EMEAR list in
  // revision 2, so a carrier read from the data region would get them wrong; RU is named by RET-02.
  @ParameterizedTest(name = "devices from {0} go back by {1}")
  @CsvSource({"US, UPS", "CA, DHL", "AU, Expeditors", "DK, DHL", "DE, DHL", "GB, DHL", "SA, DHL", "AE, DHL",
      "RU, DHL", "KZ, DHL", "ET, DHL", "FO, DHL", "GL, DHL", "IQ, DHL"})
  void carrier_followsTheCustomersCountry(String country, String carrier) {
    Decision decision = decide(complete(deviceTrialIn(country).build()));
    assertThat(decision.value(DerivedValue.RETURN_CARRIER)).contains(carrier);
    assertThat(decision.findings("RET-02")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains(carrier, country));
  }

  @Test
  void carrierInTheUnitedStates_usesTheLabelInTheBoxAndTheOriginalPackaging() {
    assertThat(decide(complete(deviceTrialIn("US").build())).findings("RET-02")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("UPS", "return label in the box", "original packaging"));
    assertThat(decide(complete(deviceTrialIn("CA").build())).findings("RET-02")).singleElement()
        .satisfies(f -> assertThat(f.message()).doesNotContain("label"));
  }

  // AF and PK are in the EU-adjacent part of the world but outside EMEAR.
  @ParameterizedTest(name = "no carrier serves {0}: the partner decides")
  @CsvSource({"BR", "JP", "SG", "IN", "AF", "PK"})
  void noCarrier_leavesTheProcessToThePartner(String country) {
    Decision decision = decide(complete(deviceTrialIn(country).build()));
    assertThat(decision.value(DerivedValue.RETURN_CARRIER)).isEmpty();
    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(decision.findings("RET-02")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).contains("partner determines the return process for the customer's location");
    });
  }

  @Test
  void carrier_isNotReadFromTheDataRegion() {
    // POLICY.md RET-02, revision 2: an author who moves a country's data region must not move its carrier.
    TrialPolicyEngine denmarkInUs = TrialPolicyEngine.builder(ShippedPolicy.get()).parameter("region.DK", "US")
        .build();
    assertThat(denmarkInUs.decide(complete(deviceTrialIn("DK").build())).value(DerivedValue.RETURN_CARRIER))
        .contains("DHL");
    TrialPolicyEngine brazilInEu = TrialPolicyEngine.builder(ShippedPolicy.get()).parameter("region.BR", "EU")
        .build();
    assertThat(brazilInEu.decide(complete(deviceTrialIn("BR").build())).value(DerivedValue.RETURN_CARRIER))
        .isEmpty();
  }

  // ---- RET-03 -------------------------------------------------------------------------------

  // Revision 1 denied the return; revision 2: "the return itself stands".
  @Test
  void lostLabelsOutsideTheUnitedStates_areAWarning_namingThePartnersProcessAndTheCarrier() {
    Decision decision = decide(labelsLost(deviceTrialIn("CA").build()));
    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(decision.findings("RET-03")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARN);
      assertThat(f.message()).contains("CA", "partner determines the return process", "DHL");
    });
  }

  @Test
  void lostLabelsWhereNoCarrierServes_warnWithoutNamingACarrier() {
    Decision decision = decide(labelsLost(deviceTrialIn("BR").build()));
    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(decision.findings("RET-03")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARN);
      assertThat(f.message()).contains("BR", "partner determines the return process")
          .doesNotContain("DHL", "UPS", "Expeditors");
    });
  }

  @Test
  void lostLabelsInTheUnitedStates_canBeReplaced() {
    Decision decision = decide(labelsLost(deviceTrialIn("US").build()));
    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(decision.findings("RET-03")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("replacement labels can be requested"));
  }

  @Test
  void replacementLabelCountries_areAParameter() {
    TrialPolicyEngine alsoCanada = TrialPolicyEngine.builder(ShippedPolicy.get()).parameter("replacement-label-countries", "US, CA")
        .build();
    assertThat(alsoCanada.decide(labelsLost(deviceTrialIn("CA").build())).outcome()).isEqualTo(Outcome.ALLOWED);
  }

  // ---- RET-04 -------------------------------------------------------------------------------

  @Test
  void returnWithOneMissingAndOneUnknown_deniesTheUnknown_andWarnsAboutTheMissing() {
    Decision decision = decide(returning(deviceTrial().build(), "FOC0002", "XYZ0042"));

    assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(decision.findings("RET-04")).extracting(Finding::severity)
        .containsExactlyInAnyOrder(Severity.DENY, Severity.WARN);
    assertThat(decision.findings("RET-04")).filteredOn(f -> f.severity() == Severity.DENY).singleElement()
        .extracting(Finding::message).asString().contains("XYZ0042").doesNotContain("FOC0001", "FOC0002");
    assertThat(decision.findings("RET-04")).filteredOn(f -> f.severity() == Severity.WARN).singleElement()
        .extracting(Finding::message).asString().contains("FOC0001").doesNotContain("XYZ0042", "FOC0002");
    assertThat(decision.value(DerivedValue.MISSING_SERIALS)).contains(List.of("FOC0001"));
    assertThat(decision.value(DerivedValue.UNEXPECTED_SERIALS)).contains(List.of("XYZ0042"));
  }

  // Revision 1 rejected it; revision 2 names the devices still out and lets the return stand.
  @Test
  void partialReturn_isAllowed_namingTheDevicesStillOut() {
    Decision decision = decide(returning(deviceTrial().build(), "FOC0002"));
    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(decision.findings("RET-04")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARN);
      assertThat(f.message()).contains("partial return", "FOC0001").doesNotContain("FOC0002");
    });
    assertThat(decision.value(DerivedValue.MISSING_SERIALS)).contains(List.of("FOC0001"));
  }

  @Test
  void unexpectedSerial_rejectsTheReturn_evenWhenEveryShippedDeviceIsBack() {
    Decision decision = decide(returning(deviceTrial().build(), "FOC0001", "FOC0002", "FOC9999"));
    assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(decision.findings("RET-04")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.DENY);
      assertThat(f.message()).contains("FOC9999");
    });
  }

  @Test
  void serialLists_keepTheShippedAndTheReturnedOrder() {
    Trial four = deviceTrial().device("FOC0003", "DESK_DEVICE").device("FOC0004", "HEADSET").build();
    Decision decision = decide(returning(four, "ZZZ9", "FOC0003", "AAA1", "MMM5"));
    assertThat(decision.value(DerivedValue.MISSING_SERIALS)).contains(List.of("FOC0001", "FOC0002", "FOC0004"));
    assertThat(decision.value(DerivedValue.UNEXPECTED_SERIALS)).contains(List.of("ZZZ9", "AAA1", "MMM5"));
  }

  @Test
  void returnInAnotherOrder_matches() {
    Decision decision = decide(returning(deviceTrial().build(), "FOC0002", "FOC0001"));
    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(decision.findings("RET-04")).extracting(Finding::severity).containsExactly(Severity.INFO);
  }

  @Test
  void emptyReturn_missesEveryDevice_andSaysSo() {
    // POLICY.md RET-04 denies only serials never shipped, so a return of nothing is warned about, naming all.
    Decision decision = decide(returning(deviceTrial().build()));
    assertThat(decision.findings("RET-04")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARN);
      assertThat(f.message()).contains("FOC0001", "FOC0002");
    });
    assertThat(decision.value(DerivedValue.MISSING_SERIALS)).contains(List.of("FOC0001", "FOC0002"));
  }

  @Test
  void returnForATrialThatShippedNothing_isDenied_andEveryDeviceInItIsUnexpected() {
    Decision decision = decide(returning(trial().build(), "FOC0001"));
    assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(decision.ruleIds()).containsExactly("RET-04");
    assertThat(decision.findings("RET-04")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("No devices were shipped", "trial-1", "FOC0001"));
    assertThat(decision.value(DerivedValue.UNEXPECTED_SERIALS)).contains(List.of("FOC0001"));
    assertThat(decision.value(DerivedValue.MISSING_SERIALS)).contains(List.of());
  }

  // ---- RET-05 -------------------------------------------------------------------------------

  @Test
  void unknownDemoOrder_namesTheAddress_theOrganizationAndTheCustomerAdmin() {
    Trial trial = deviceTrial().build();
    Decision decision = decide(withoutOrderNumber(trial, "FOC0001", "FOC0002"));
    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(decision.findings("RET-05")).singleElement().extracting(Finding::message).asString()
        .contains("webextrials_info@cisco.com", trial.customer().orgId(), trial.customerAdminEmail(), "serial numbers");
  }

  @Test
  void unknownOrderAddress_isAParameter() {
    TrialPolicyEngine moved = TrialPolicyEngine.builder(ShippedPolicy.get()).parameter("unknown-order-email", "orders@trials.example")
        .build();
    assertThat(moved.decide(withoutOrderNumber(deviceTrial().build(), "FOC0001", "FOC0002")).findings("RET-05"))
        .singleElement().extracting(Finding::message).asString()
        .contains("orders@trials.example").doesNotContain("webextrials_info@cisco.com");
  }

  @Test
  void devicesComeBackWhateverTheTrialsStatus() {
    for (TrialStatus status : TrialStatus.values()) {
      Decision decision = decide(complete(deviceTrial().status(status).build()));
      assertThat(decision.outcome()).as("%s: %s", status, decision).isEqualTo(Outcome.ALLOWED);
    }
  }
}
