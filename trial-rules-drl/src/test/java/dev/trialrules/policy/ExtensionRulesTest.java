package dev.trialrules.policy;

import static dev.trialrules.policy.RuleCase.fires;
import static dev.trialrules.policy.RuleCase.silent;
import static dev.trialrules.testing.Fixtures.TODAY;
import static dev.trialrules.testing.Fixtures.deviceTrial;
import static dev.trialrules.testing.Fixtures.trial;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.Decision;
import dev.trialrules.DerivedValue;
import dev.trialrules.Finding;
import dev.trialrules.Outcome;
import dev.trialrules.Severity;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.facts.ExtensionRequest;
import dev.trialrules.facts.ServiceChangeRequest;
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
 * extension.drl: EXT-01..EXT-04. The fixture trial starts on 2026-10-01 (S) and expires on
 * 2026-12-01 (E), so its grace period ends on 2026-12-31 (G) and, with Devices, it may run until
 * 2027-01-29 (S + 120).
 *
 * <p>POLICY.md revision 2, EXT-01: an extension always sets E = today + 30, as the source's own
 * example has it (65 days left, extended "by 30 days from today", leaves 30, not 95). When that
 * shortens the trial it is a WARN, or a DENY under shortening-extension-severity=DENY; revision 1
 * denied it always.
 */
class ExtensionRulesTest {

  /** Every parameter an extension reads, moved off its default; built once for this class. */
  static final TrialPolicyEngine MOVED = TrialPolicyEngine.builder(ShippedPolicy.get())
      .parameter("extension-step-days", "20")
      .parameter("device-maximum-days", "90")
      .parameter("grace-period-days", "45")
      .parameter("device-extensions-email", "approvals@trials.example")
      .parameter("shortening-extension-severity", "DENY")
      .build();

  /** The shipped policy, but refusing an extension that shortens the trial; built once. */
  static final TrialPolicyEngine SHORTENING_DENIED = TrialPolicyEngine.builder(ShippedPolicy.get())
      .parameter("shortening-extension-severity", "DENY")
      .build();

  static ExtensionRequest extend(Trial.Builder trial) {
    return ExtensionRequest.of(TODAY, trial.build());
  }

  static ExtensionRequest extend(Trial.Builder trial, LocalDate today) {
    return ExtensionRequest.of(today, trial.build());
  }

  /** The fixture trial with this many days left on {@link Fixtures#TODAY}. */
  static Trial.Builder daysLeft(int days) {
    return trial().period(LocalDate.of(2026, 10, 1), TODAY.plusDays(days));
  }

  /** A device trial started on 2026-10-01 and ending 2027-01-15: the device maximum is 2027-01-29. */
  static Trial.Builder longDeviceTrial() {
    return deviceTrial().period(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 15));
  }

  public static Stream<RuleCase> cases() {
    return Stream.of(
        fires("EXT-01", Severity.INFO, "today", "an extension with 8 days left ends 30 days from today",
            extend(trial())),
        fires("EXT-01", Severity.WARN, "trial.endDate", "an extension with 65 days left shortens the trial, with a warning",
            extend(daysLeft(65))),
        fires("EXT-01", Severity.INFO, "today", "an extension with 65 days left still ends 30 days from today",
            extend(daysLeft(65))),
        fires("EXT-01", Severity.WARN, "trial.endDate", "an extension ending exactly on the current end does not lengthen it",
            extend(daysLeft(30))),
        fires("EXT-01", Severity.DENY, "trial.endDate",
            "an extension with 65 days left is refused with shortening-extension-severity=DENY",
            extend(daysLeft(65))).decidedBy(SHORTENING_DENIED),
        fires("EXT-01", Severity.INFO, "today", "an expired trial inside its grace period gets a new end",
            extend(trial().status(TrialStatus.EXPIRED), LocalDate.of(2026, 12, 10))),
        silent("EXT-01", "a service change sets no end date",
            ServiceChangeRequest.builder(TODAY, trial().build())
                .addServices(List.of(Services.DEVICES)).build()),

        fires("EXT-02", Severity.DENY, "trial.services " + Services.DEVICES, "a device trial extended past S + 120 is denied",
            extend(longDeviceTrial(), LocalDate.of(2027, 1, 5))),
        silent("EXT-02", "a device trial extended to exactly S + 120 passes",
            extend(longDeviceTrial(), LocalDate.of(2026, 12, 30))),
        silent("EXT-02", "a trial without Devices has no device maximum",
            extend(longDeviceTrial().services(Services.MESSAGING), LocalDate.of(2027, 1, 5))),

        fires("EXT-03", Severity.APPROVAL, "trial.services " + Services.DEVICES, "a device trial extension goes to the trial team",
            extend(deviceTrial())),
        silent("EXT-03", "a trial without Devices needs no approval", extend(trial())),
        silent("EXT-03", "a device extension past the maximum is denied, not sent for approval",
            extend(longDeviceTrial(), LocalDate.of(2027, 1, 5))),
        fires("EXT-03", Severity.APPROVAL, "trial.services " + Services.DEVICES,
            "a device extension that shortens the trial still changes its end date, so the trial team approves it",
            extend(deviceTrial().period(LocalDate.of(2026, 10, 1), TODAY.plusDays(65)))),
        silent("EXT-03", "a shortening device extension refused with shortening-extension-severity=DENY has nothing to approve",
            extend(deviceTrial().period(LocalDate.of(2026, 10, 1), TODAY.plusDays(65))))
            .decidedBy(SHORTENING_DENIED),

        fires("EXT-04", Severity.DENY, "trial.status", "a cancelled trial cannot be extended",
            extend(trial().status(TrialStatus.CANCELLED))),
        fires("EXT-04", Severity.DENY, "trial.status", "a converted trial cannot be extended",
            extend(trial().status(TrialStatus.CONVERTED))),
        fires("EXT-04", Severity.DENY, "trial.status", "an ended trial cannot be extended",
            extend(trial().status(TrialStatus.ENDED))),
        fires("EXT-04", Severity.DENY, "today", "a trial cannot be extended on G + 1",
            extend(trial().status(TrialStatus.EXPIRED), LocalDate.of(2027, 1, 1))),
        silent("EXT-04", "a trial can be extended on G, the grace period's last day",
            extend(trial().status(TrialStatus.EXPIRED), LocalDate.of(2026, 12, 31))),
        silent("EXT-04", "a running trial can be extended", extend(trial())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(RuleCase row) {
    row.check();
  }

  private static Decision decide(ExtensionRequest request) {
    Decision decision = ShippedEngine.ENGINE.decide(request);
    DecisionInvariants.check(decision);
    return decision;
  }

  // ---- EXT-01 -------------------------------------------------------------------------------

  // The source's own example (line 114): 65 days left, extended by 30 days from today, gives 30.
  @Test
  void extension_with65DaysLeft_endsTodayPlus30_warningNaming65And30_notDenied() {
    Decision decision = decide(extend(daysLeft(65)));

    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(decision.value(DerivedValue.NEW_END_DATE)).contains(TODAY.plusDays(30));
    assertThat(decision.value(DerivedValue.DAYS_REMAINING)).contains(65);
    assertThat(decision.findings("EXT-01")).filteredOn(f -> f.severity() == Severity.WARN).singleElement()
        .extracting(Finding::message).asString()
        .contains("65 days left", "leaving 30 days", TODAY.plusDays(65).toString(), TODAY.plusDays(30).toString());
    assertThat(decision.findings(Severity.DENY)).isEmpty();
  }

  @Test
  void shorteningExtension_isDenied_whenThePolicySaysSo_yetStillGivesTheEndDateItWouldSet() {
    Decision decision = SHORTENING_DENIED.decide(extend(daysLeft(65)));
    DecisionInvariants.check(decision, SHORTENING_DENIED);

    assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(decision.findings(Severity.DENY)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("EXT-01");
      assertThat(f.message()).contains("65 days left", "leaving 30 days");
    });
    // POLICY.md EXT-01: "INFO the new end date in every case".
    assertThat(decision.value(DerivedValue.NEW_END_DATE)).contains(TODAY.plusDays(30));
    // A lengthening extension is the same under either severity.
    Decision lengthening = SHORTENING_DENIED.decide(extend(daysLeft(10)));
    assertThat(lengthening.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(lengthening.findings("EXT-01")).extracting(Finding::severity).containsExactly(Severity.INFO);
  }

  @Test
  void extension_with10DaysLeft_endsExactly30DaysAfterToday() {
    Decision decision = decide(extend(daysLeft(10)));

    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(decision.value(DerivedValue.NEW_END_DATE)).contains(TODAY.plusDays(30));
    assertThat(decision.value(DerivedValue.NEW_END_DATE)).contains(LocalDate.of(2026, 12, 23));
    assertThat(decision.value(DerivedValue.DAYS_REMAINING)).contains(10);
  }

  @Test
  void extension_warnsExactlyWhenItDoesNotEndTheTrialLater() {
    // 30 days left: today + 30 is the current end, not later. 29 days left: one day later.
    Decision sameDay = decide(extend(daysLeft(30)));
    assertThat(sameDay.findings(Severity.WARN)).extracting(Finding::ruleId).containsExactly("EXT-01");
    assertThat(sameDay.outcome()).isEqualTo(Outcome.ALLOWED);
    Decision oneDayLater = decide(extend(daysLeft(29)));
    assertThat(oneDayLater.findings(Severity.WARN)).isEmpty();
    assertThat(oneDayLater.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(oneDayLater.value(DerivedValue.NEW_END_DATE)).contains(TODAY.plusDays(30));
    // The same boundary decides between DENIED and ALLOWED when shortening is refused.
    assertThat(SHORTENING_DENIED.decide(extend(daysLeft(30))).outcome()).isEqualTo(Outcome.DENIED);
    assertThat(SHORTENING_DENIED.decide(extend(daysLeft(29))).outcome()).isEqualTo(Outcome.ALLOWED);
  }

  @Test
  void shorteningExtension_saysFromWhichDayAnExtensionWouldLengthenTheTrial() {
    // E = 2027-01-27; today + 30 > E from 2026-12-29 on.
    Decision decision = decide(extend(daysLeft(65)));
    assertThat(decision.findings("EXT-01")).filteredOn(f -> f.severity() == Severity.WARN).singleElement()
        .extracting(Finding::message).asString().contains("from 2026-12-29 on");
    assertThat(decide(extend(daysLeft(65), LocalDate.of(2026, 12, 29))).findings(Severity.WARN)).isEmpty();
    assertThat(decide(extend(daysLeft(65), LocalDate.of(2026, 12, 28))).findings(Severity.WARN))
        .extracting(Finding::ruleId).containsExactly("EXT-01");
    assertThat(SHORTENING_DENIED.decide(extend(daysLeft(65), LocalDate.of(2026, 12, 29))).outcome())
        .isEqualTo(Outcome.ALLOWED);
    assertThat(SHORTENING_DENIED.decide(extend(daysLeft(65), LocalDate.of(2026, 12, 28))).outcome())
        .isEqualTo(Outcome.DENIED);
  }

  @Test
  void extension_ofATrialEndingOn31January_countsAcrossTheMonthEnd() {
    Trial.Builder endsOn31January = trial().period(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31));

    Decision before = decide(extend(endsOn31January, LocalDate.of(2027, 1, 20)));
    assertThat(before.value(DerivedValue.NEW_END_DATE)).contains(LocalDate.of(2027, 2, 19));
    assertThat(before.value(DerivedValue.DAYS_REMAINING)).contains(11);

    // On E itself the trial has expired: no days left, and 30 days run past February's 28.
    Decision onTheDay = decide(extend(endsOn31January.status(TrialStatus.EXPIRED), LocalDate.of(2027, 1, 31)));
    assertThat(onTheDay.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(onTheDay.value(DerivedValue.NEW_END_DATE)).contains(LocalDate.of(2027, 3, 2));
    assertThat(onTheDay.value(DerivedValue.DAYS_REMAINING)).contains(0);
  }

  @Test
  void extension_from29February_countsTheLeapDay() {
    Trial.Builder leap = trial().period(LocalDate.of(2028, 1, 10), LocalDate.of(2028, 3, 10));

    Decision decision = decide(extend(leap, LocalDate.of(2028, 2, 29)));

    assertThat(decision.value(DerivedValue.NEW_END_DATE)).contains(LocalDate.of(2028, 3, 30));
    assertThat(decision.value(DerivedValue.DAYS_REMAINING)).contains(10);
  }

  @ParameterizedTest(name = "from {0} to {1}: {2} days left")
  @CsvSource({
      "2028-02-01, 2028-03-01, 29",   // February of a leap year
      "2027-02-01, 2027-03-01, 28",   // February of a common year
      "2027-01-01, 2027-01-31, 30",   // to a 31st
      "2026-12-31, 2027-01-30, 30"})  // across the year end
  void daysRemaining_areCalendarDaysUntilTheCurrentEnd(LocalDate today, LocalDate end, int remaining) {
    Trial.Builder trial = trial().period(today.minusDays(60), end);
    assertThat(decide(extend(trial, today)).value(DerivedValue.DAYS_REMAINING)).contains(remaining);
  }

  // ---- EXT-02, EXT-03 -----------------------------------------------------------------------

  @Test
  void deviceExtension_past120DaysFromTheStart_isDenied() {
    Decision decision = decide(extend(longDeviceTrial(), LocalDate.of(2027, 1, 5)));

    assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(decision.findings("EXT-02")).singleElement().extracting(Finding::message).asString()
        .contains("120 days", "2027-01-29", "2027-02-04");
    assertThat(decision.findings("EXT-03")).isEmpty();
  }

  @Test
  void deviceExtension_within120Days_needsTheTrialTeamsApproval() {
    Decision decision = decide(extend(deviceTrial()));

    assertThat(decision.outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    assertThat(decision.findings("EXT-03")).singleElement().extracting(Finding::message).asString()
        .contains("webextrials_deviceextensions@cisco.com");
    assertThat(decision.value(DerivedValue.NEW_END_DATE)).contains(LocalDate.of(2026, 12, 23));
  }

  @Test
  void deviceExtension_endingOnS120_needsApproval_andOneDayLater_isDenied() {
    assertThat(decide(extend(longDeviceTrial(), LocalDate.of(2026, 12, 30))).outcome())
        .isEqualTo(Outcome.NEEDS_APPROVAL);
    assertThat(decide(extend(longDeviceTrial(), LocalDate.of(2026, 12, 31))).outcome())
        .isEqualTo(Outcome.DENIED);
  }

  @ParameterizedTest(name = "a device trial started on {0} may run until {1}")
  @CsvSource({
      "2028-01-01, 2028-04-30",   // through 29 February 2028
      "2027-01-01, 2027-05-01",   // a common year
      "2027-10-31, 2028-02-28"})  // from a month end, to the day before the leap day
  void deviceMaximum_countsCalendarDaysFromTheStart(LocalDate start, LocalDate lastDay) {
    Trial.Builder trial = deviceTrial().period(start, lastDay.minusDays(10));
    LocalDate lastAllowedRequest = lastDay.minusDays(30);

    assertThat(decide(extend(trial, lastAllowedRequest)).outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    Decision tooLate = decide(extend(trial, lastAllowedRequest.plusDays(1)));
    assertThat(tooLate.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(tooLate.findings("EXT-02")).singleElement().extracting(Finding::message).asString()
        .contains(lastDay.toString());
  }

  // ---- EXT-04 -------------------------------------------------------------------------------

  @Test
  void expiredTrial_withinItsGracePeriod_canBeExtended() {
    Decision decision = decide(extend(trial().status(TrialStatus.EXPIRED), LocalDate.of(2026, 12, 31)));

    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(decision.value(DerivedValue.NEW_END_DATE)).contains(LocalDate.of(2027, 1, 30));
    assertThat(decision.value(DerivedValue.DAYS_REMAINING)).contains(0);
  }

  @Test
  void trial_pastItsGracePeriod_cannotBeExtended() {
    Decision decision = decide(extend(trial().status(TrialStatus.EXPIRED), LocalDate.of(2027, 1, 1)));

    assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(decision.findings("EXT-04")).singleElement().extracting(Finding::message).asString()
        .contains("2026-12-31");
  }

  @ParameterizedTest(name = "a trial expiring on {0} can be extended through {1}")
  @CsvSource({
      "2027-01-31, 2027-03-02",   // common year: February has 28 days
      "2028-01-31, 2028-03-01",   // leap year: February has 29
      "2028-02-29, 2028-03-30"})  // expiring on the leap day
  void gracePeriod_endsOnG_acrossMonthEndsAndLeapYears(LocalDate end, LocalDate g) {
    Trial.Builder expired = trial().period(end.minusDays(60), end).status(TrialStatus.EXPIRED);

    assertThat(decide(extend(expired, g)).findings("EXT-04")).isEmpty();
    assertThat(decide(extend(expired, g)).value(DerivedValue.NEW_END_DATE)).contains(g.plusDays(30));
    assertThat(decide(extend(expired, g.plusDays(1))).findings("EXT-04"))
        .extracting(Finding::severity, RuleCase::aboutOf)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.DENY, "today"));
  }

  @Test
  void cancelledTrial_isDeniedEvenInsideItsDates() {
    Decision decision = decide(extend(trial().status(TrialStatus.CANCELLED)));
    assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(decision.findings(Severity.DENY)).extracting(Finding::ruleId).containsExactly("EXT-04");
  }

  // ---- Every date moves with its parameter --------------------------------------------------

  @Test
  void extensionStep_isAParameter() {
    Decision decision = MOVED.decide(extend(daysLeft(10)));
    assertThat(decision.value(DerivedValue.NEW_END_DATE)).contains(TODAY.plusDays(20));
    // 25 days left: 30 days from today would lengthen it, 20 do not (MOVED also refuses shortening).
    assertThat(ShippedEngine.ENGINE.decide(extend(daysLeft(25))).findings(Severity.WARN)).isEmpty();
    Decision shorter = MOVED.decide(extend(daysLeft(25)));
    assertThat(shorter.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(shorter.value(DerivedValue.NEW_END_DATE)).contains(TODAY.plusDays(20));
    assertThat(shorter.findings("EXT-01")).filteredOn(f -> f.severity() == Severity.DENY).singleElement()
        .extracting(Finding::message).asString().contains("25 days left", "20 days from today");
  }

  @Test
  void deviceMaximum_isAParameter() {
    // S = 2026-10-01: S + 90 = 2026-12-30, S + 120 = 2027-01-29. Today + 20 = 2026-12-13 passes both.
    assertThat(MOVED.decide(extend(deviceTrial())).outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    LocalDate today = LocalDate.of(2026, 12, 11);  // + 20 = 2026-12-31, one day past S + 90
    assertThat(ShippedEngine.ENGINE.decide(extend(deviceTrial(), today)).outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    Decision decision = MOVED.decide(extend(deviceTrial(), today));
    assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(decision.findings("EXT-02")).singleElement().extracting(Finding::message).asString()
        .contains("90 days", "2026-12-30");
    assertThat(MOVED.decide(extend(deviceTrial(), today.minusDays(1))).outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
  }

  @Test
  void deviceExtensionsAddress_isAParameter() {
    assertThat(MOVED.decide(extend(deviceTrial())).findings("EXT-03")).singleElement()
        .extracting(Finding::message).asString().contains("approvals@trials.example");
  }

  @Test
  void gracePeriod_isAParameter() {
    // E = 2026-12-01: G = 2026-12-31 by default, 2027-01-15 with 45 days.
    Trial.Builder expired = trial().status(TrialStatus.EXPIRED);
    assertThat(ShippedEngine.ENGINE.decide(extend(expired, LocalDate.of(2027, 1, 1))).outcome()).isEqualTo(Outcome.DENIED);
    assertThat(MOVED.decide(extend(expired, LocalDate.of(2027, 1, 1))).outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(MOVED.decide(extend(expired, LocalDate.of(2027, 1, 15))).outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(MOVED.decide(extend(expired, LocalDate.of(2027, 1, 16))).findings("EXT-04"))
        .singleElement().extracting(Finding::message).asString().contains("2027-01-15");
  }
}
