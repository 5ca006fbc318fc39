package dev.trialrules.policy;

import static dev.trialrules.Audience.CUSTOMER_ADMINS;
import static dev.trialrules.Audience.PARTNER_ADMINS;
import static dev.trialrules.Audience.USERS;
import static dev.trialrules.EventKind.CHANGE;
import static dev.trialrules.EventKind.DEADLINE;
import static dev.trialrules.EventKind.NOTICE;
import static dev.trialrules.testing.Fixtures.deviceTrial;
import static dev.trialrules.testing.Fixtures.trial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

import dev.trialrules.Audience;
import dev.trialrules.Change;
import dev.trialrules.Phase;
import dev.trialrules.Timeline;
import dev.trialrules.TrialEvent;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.TrialState;
import dev.trialrules.facts.CustomerOrg;
import dev.trialrules.facts.Partner;
import dev.trialrules.facts.Services;
import dev.trialrules.facts.Trial;
import dev.trialrules.facts.TrialStatus;
import dev.trialrules.testing.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The timeline rules: END-02..END-07 and EXIST-06 (lifecycle.drl) and RET-01 (returns.drl),
 * the state {@link Timeline#stateOn} derives from them, and the nightly sweep over many trials.
 *
 * <p>Expected dates are written out as calendar dates, worked out by hand from POLICY.md "Dates",
 * rather than computed the way the rules compute them, so that a wrong offset cannot agree with
 * itself. The fixture trial expires on E = 2026-12-01, so G = 2026-12-31 by default.
 */
class TimelineRulesTest {
  static final Set<Audience> ADMINS = EnumSet.of(CUSTOMER_ADMINS, PARTNER_ADMINS);
  static final Set<String> END_RULES = Set.of("END-02", "END-03", "END-04", "END-05", "END-06", "END-07");

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  static Timeline timeline(Trial trial) {
    return ShippedEngine.ENGINE.timeline(trial);
  }

  /** {@link Fixtures#trial()} with Calling. */
  static Trial.Builder callingTrial() {
    return trial().services(Services.MESSAGING, Services.CALLING);
  }

  /** A Calling trial of 60 days expiring on {@code end}. */
  static Trial.Builder callingTrialEndingOn(LocalDate end) {
    return callingTrial().period(end.minusDays(60), end);
  }

  static Set<String> ruleIds(Timeline timeline) {
    return timeline.events().stream().map(TrialEvent::ruleId).collect(Collectors.toSet());
  }

  static List<TrialEvent> events(Timeline timeline, String ruleId) {
    return timeline.events().stream().filter(e -> e.ruleId().equals(ruleId)).toList();
  }

  static TrialEvent only(Timeline timeline, String ruleId) {
    List<TrialEvent> events = events(timeline, ruleId);
    assertThat(events).as("%s in%n%s", ruleId, timeline).hasSize(1);
    return events.get(0);
  }

  /** Every event's date, by rule ID, each rule's dates in order. */
  static Map<String, List<LocalDate>> datesByRule(Timeline timeline) {
    Map<String, List<LocalDate>> dates = new TreeMap<>();
    timeline.events().forEach(e -> dates.computeIfAbsent(e.ruleId(), k -> new ArrayList<>()).add(e.date()));
    return dates;
  }

  // ---- the whole timeline -------------------------------------------------------------------

  @Test
  void callingDeviceTrial_hasEveryEventWithItsDateRuleAudienceAndChange() {
    Timeline timeline = timeline(deviceTrial().services(Services.MESSAGING, Services.CALLING, Services.DEVICES).build());

    assertThat(timeline.events()).as("%s", timeline)
        .extracting(TrialEvent::date, TrialEvent::ruleId, TrialEvent::kind, TrialEvent::recipients, TrialEvent::change)
        .containsExactly(
            tuple(date("2026-11-24"), "END-02", NOTICE, ADMINS, Change.NONE),                // E - 7
            tuple(date("2026-12-01"), "END-02", NOTICE, ADMINS, Change.NONE),                // E
            tuple(date("2026-12-01"), "END-04", CHANGE, Set.of(), Change.EXPIRES),           // E
            tuple(date("2026-12-29"), "RET-01", DEADLINE, Set.of(), Change.NONE),            // D + 14, D = 2026-12-15
            tuple(date("2026-12-31"), "END-03", NOTICE, Set.of(USERS), Change.NONE),         // E + 30
            tuple(date("2027-01-01"), "END-05", CHANGE, Set.of(), Change.MOVES_TO_CONSUMER_ORG), // G + 1
            tuple(date("2027-01-01"), "END-06", CHANGE, Set.of(), Change.STOPS_CALLING),     // G + 1
            tuple(date("2027-01-16"), "END-07", CHANGE, Set.of(), Change.RELEASES_NUMBERS)); // G + 16
    assertThat(timeline.events()).extracting(TrialEvent::trialId).containsOnly("trial-1");
    assertThat(timeline.rulesRevision()).isEqualTo(ShippedEngine.ENGINE.rulesRevision());
  }

  @ParameterizedTest(name = "on {0} a Calling trial is {1} with {2} days left, Calling stopped {3}, numbers released {4}")
  @CsvSource({
      "2026-10-01, RUNNING,  61, false, false",   // S: E - S days left
      "2026-11-24, RUNNING,   7, false, false",   // the first expiry notice changes nothing
      "2026-11-30, RUNNING,   1, false, false",   // E - 1, the last day it runs
      "2026-12-01, IN_GRACE,  0, false, false",   // E: expired, grace begins
      "2026-12-31, IN_GRACE,  0, false, false",   // G: conversion still possible
      "2027-01-01, ENDED,     0, true,  false",   // G + 1: moved, Calling stopped, numbers kept
      "2027-01-15, ENDED,     0, true,  false",   // G + 15: the last day numbers are kept
      "2027-01-16, ENDED,     0, true,  true",    // G + 16: numbers released
      "2030-06-30, ENDED,     0, true,  true"})
  void callingTrialState_followsItsTimeline(LocalDate day, Phase phase, int daysLeft, boolean callingStopped,
      boolean numbersReleased) {
    assertThat(timeline(callingTrial().build()).stateOn(day))
        .isEqualTo(new TrialState(phase, daysLeft, callingStopped, numbersReleased));
  }

  @Test
  void descriptions_sayWhatHappensAndUntilWhen() {
    Timeline timeline = timeline(callingTrial().build());
    assertThat(only(timeline, "END-04").description()).as("conversion possible through G").contains("2026-12-31");
    assertThat(only(timeline, "END-05").description()).contains("consumer organization", "irreversible");
    assertThat(only(timeline, "END-07").description()).as("numbers kept G + 1 through G + 15")
        .contains("2027-01-01", "2027-01-15");
    assertThat(only(timeline, "END-03").description()).contains("no longer have access");
  }

  // ---- which trials get which events --------------------------------------------------------

  @Test
  void trialWithoutCalling_hasNoEnd06OrEnd07_andCallingNeverStops() {
    Timeline timeline = timeline(trial().build());
    assertThat(ruleIds(timeline)).containsExactlyInAnyOrder("END-02", "END-03", "END-04", "END-05");
    assertThat(timeline.stateOn(date("2030-01-01"))).isEqualTo(new TrialState(Phase.ENDED, 0, false, false));
  }

  @ParameterizedTest(name = "a {0} trial expires and ends")
  @EnumSource(value = TrialStatus.class, names = {"ACTIVE", "EXPIRED", "PENDING_PROVISIONING", "ENDED"})
  void trialThatRunsOrHasExpired_getsEveryEndEvent(TrialStatus status) {
    Timeline timeline = timeline(callingTrial().status(status).build());
    assertThat(ruleIds(timeline)).isEqualTo(END_RULES);
    assertThat(timeline.stateOn(date("2026-11-30")).phase()).isEqualTo(Phase.RUNNING);
    assertThat(timeline.stateOn(date("2026-12-31")).phase()).isEqualTo(Phase.IN_GRACE);
    assertThat(timeline.stateOn(date("2027-01-01")).phase()).isEqualTo(Phase.ENDED);
  }

  @ParameterizedTest(name = "a {0} trial gets no END event")
  @EnumSource(value = TrialStatus.class, names = {"PENDING_CONSENT", "CANCELLED", "CONVERTED"})
  void trialThatHasNotBegunOrIsOver_getsNoEndEvent(TrialStatus status) {
    Timeline timeline = timeline(callingTrial().status(status).build());
    assertThat(timeline.events()).as("%s", timeline).isEmpty();
  }

  @ParameterizedTest(name = "a {0} trial stays {1} on every date")
  @CsvSource({"CANCELLED, CANCELLED", "CONVERTED, CONVERTED"})
  void trialThatIsOver_keepsItsPhase(TrialStatus status, Phase phase) {
    Timeline timeline = timeline(callingTrial().status(status).build());
    for (String day : List.of("2026-10-01", "2026-12-01", "2027-01-01", "2027-01-16")) {
      assertThat(timeline.stateOn(date(day))).as(day).isEqualTo(new TrialState(phase, 0, false, false));
    }
  }

  // ---- EXIST-06 -----------------------------------------------------------------------------

  @Test
  void pendingConsent_isCancelledTheDayAfterTheWindowCloses() {
    // Sent on R = 2026-11-20: it can be accepted through R + 10 = 2026-11-30; on R + 11 it is cancelled.
    Timeline timeline = timeline(callingTrial().status(TrialStatus.PENDING_CONSENT)
        .consentSentOn(date("2026-11-20")).build());

    assertThat(timeline.events())
        .extracting(TrialEvent::date, TrialEvent::ruleId, TrialEvent::kind, TrialEvent::recipients, TrialEvent::change)
        .containsExactly(tuple(date("2026-12-01"), "EXIST-06", CHANGE, Set.of(), Change.CANCELS));
    assertThat(timeline.events().get(0).description()).contains("2026-11-30", "removed from the partner's customer list");
    assertThat(timeline.stateOn(date("2026-11-30")).phase()).isEqualTo(Phase.PENDING_CONSENT);
    assertThat(timeline.stateOn(date("2026-12-01")).phase()).isEqualTo(Phase.CANCELLED);
    assertThat(timeline.stateOn(date("2027-06-01")).phase()).isEqualTo(Phase.CANCELLED);
  }

  @ParameterizedTest(name = "no EXIST-06 for a {0} trial whose consent e-mail went out")
  @EnumSource(value = TrialStatus.class, names = "PENDING_CONSENT", mode = EnumSource.Mode.EXCLUDE)
  void consentNotPending_schedulesNoConsentExpiry(TrialStatus status) {
    Timeline timeline = timeline(trial().status(status).consentSentOn(date("2026-09-20")).build());
    assertThat(ruleIds(timeline)).doesNotContain("EXIST-06");
  }

  @Test
  void pendingConsentWithoutTheDateItWasSent_hasNothingToCountFrom() {
    assertThat(timeline(trial().status(TrialStatus.PENDING_CONSENT).build()).events()).isEmpty();
  }

  // ---- RET-01 -------------------------------------------------------------------------------

  @ParameterizedTest(name = "a {0} device trial's devices are due back")
  @EnumSource(TrialStatus.class)
  void deviceReturn_isScheduledWhateverTheStatus(TrialStatus status) {
    TrialEvent due = only(timeline(deviceTrial().status(status).build()), "RET-01");
    assertThat(due.date()).isEqualTo(date("2026-12-29"));   // D = 2026-12-15, + 14
    assertThat(due.kind()).as("a deadline, not an e-mail").isEqualTo(DEADLINE);
    assertThat(due.recipients()).isEmpty();
    assertThat(due.change()).isEqualTo(Change.NONE);
    assertThat(due.description()).contains("2026-12-15");
  }

  @Test
  void trialWithoutDevices_orWithoutADueDate_hasNoReturnDeadline() {
    assertThat(ruleIds(timeline(trial().build()))).doesNotContain("RET-01");
    assertThat(ruleIds(timeline(deviceTrial().deviceDueDate(null).build()))).doesNotContain("RET-01");
    assertThat(ruleIds(timeline(trial().deviceDueDate(date("2026-12-15")).build())))
        .as("a due date but no devices shipped").doesNotContain("RET-01");
  }

  @Test
  void deviceReturnDeadline_changesNothingAboutTheState() {
    Timeline timeline = timeline(deviceTrial().build());
    assertThat(timeline.stateOn(date("2026-12-29"))).isEqualTo(timeline.stateOn(date("2026-12-28")));
  }

  // ---- dates: month ends, leap years, G + 16 ------------------------------------------------

  @Test
  void trialEndingOn31January_countsDaysAcrossTheShortFebruary() {
    // 2027 is not a leap year: 31 January + 30 days is 2 March.
    Timeline timeline = timeline(callingTrialEndingOn(date("2027-01-31")).build());
    assertThat(datesByRule(timeline)).isEqualTo(Map.of(
        "END-02", List.of(date("2027-01-24"), date("2027-01-31")),
        "END-04", List.of(date("2027-01-31")),
        "END-03", List.of(date("2027-03-02")),
        "END-05", List.of(date("2027-03-03")),
        "END-06", List.of(date("2027-03-03")),
        "END-07", List.of(date("2027-03-18"))));
    assertThat(timeline.stateOn(date("2027-03-02")).phase()).as("G").isEqualTo(Phase.IN_GRACE);
    assertThat(timeline.stateOn(date("2027-03-03")).phase()).as("G + 1").isEqualTo(Phase.ENDED);
  }

  @Test
  void gracePeriodEndingOn29February_allowsConversionThatDay_andEndsOn1March() {
    // E = 2028-01-30, so G = E + 30 = 2028-02-29, a leap day.
    Timeline timeline = timeline(callingTrialEndingOn(date("2028-01-30")).build());
    assertThat(datesByRule(timeline)).isEqualTo(Map.of(
        "END-02", List.of(date("2028-01-23"), date("2028-01-30")),
        "END-04", List.of(date("2028-01-30")),
        "END-03", List.of(date("2028-02-29")),
        "END-05", List.of(date("2028-03-01")),
        "END-06", List.of(date("2028-03-01")),
        "END-07", List.of(date("2028-03-16"))));
    assertThat(only(timeline, "END-04").description()).contains("2028-02-29");
    assertThat(timeline.stateOn(date("2028-02-29"))).isEqualTo(new TrialState(Phase.IN_GRACE, 0, false, false));
    assertThat(timeline.stateOn(date("2028-03-01"))).isEqualTo(new TrialState(Phase.ENDED, 0, true, false));
  }

  @ParameterizedTest(name = "E = {0}: G = {1}, moved on {2}, numbers released on {3}")
  @CsvSource({
      "2027-02-20, 2027-03-22, 2027-03-23, 2027-04-07",   // no 29 February in between
      "2028-02-20, 2028-03-21, 2028-03-22, 2028-04-06"})  // 29 February counts as a day
  void gracePeriodAcross29February_countsTheLeapDay(LocalDate end, LocalDate graceEnds, LocalDate moved, LocalDate released) {
    Timeline timeline = timeline(callingTrialEndingOn(end).build());
    assertThat(only(timeline, "END-04").description()).contains(graceEnds.toString());
    assertThat(only(timeline, "END-05").date()).isEqualTo(moved);
    assertThat(only(timeline, "END-06").date()).isEqualTo(moved);
    assertThat(only(timeline, "END-07").date()).isEqualTo(released);
    assertThat(timeline.stateOn(graceEnds).phase()).isEqualTo(Phase.IN_GRACE);
    assertThat(timeline.stateOn(moved).phase()).isEqualTo(Phase.ENDED);
  }

  @ParameterizedTest(name = "consent sent {0} is cancelled on {1}; devices due {2} are due back by {3}")
  @CsvSource({
      "2027-02-19, 2027-03-02, 2027-02-20, 2027-03-06",
      "2028-02-19, 2028-03-01, 2028-02-20, 2028-03-05"})   // R + 10 = 29 February; D + 14 spans it
  void consentExpiryAndReturnDeadline_countTheLeapDay(LocalDate sent, LocalDate cancelled, LocalDate due, LocalDate returnBy) {
    Timeline pending = timeline(trial().status(TrialStatus.PENDING_CONSENT).consentSentOn(sent).build());
    assertThat(only(pending, "EXIST-06").date()).isEqualTo(cancelled);
    assertThat(only(timeline(deviceTrial().deviceDueDate(due).build()), "RET-01").date()).isEqualTo(returnBy);
  }

  @Test
  void callingNumbers_areReleasedOnGPlus16_not15DaysAfterExpiry() {
    Timeline timeline = timeline(callingTrial().build());
    TrialEvent release = only(timeline, "END-07");
    assertThat(release.date()).isEqualTo(date("2027-01-16"))      // G + 16
        .isNotEqualTo(date("2026-12-16"))                          // E + 15
        .isNotEqualTo(date("2027-01-15"));                         // G + 15, still kept
    assertThat(timeline.eventsOn(date("2027-01-15"))).isEmpty();
    assertThat(timeline.stateOn(date("2026-12-16")).numbersReleased()).isFalse();
    assertThat(timeline.stateOn(date("2027-01-15")).numbersReleased()).isFalse();
    assertThat(timeline.stateOn(date("2027-01-16")).numbersReleased()).isTrue();
  }

  // ---- every date moves with its parameter --------------------------------------------------

  /** Every offset changed, each to a value no other has, so a rule reading the wrong one shows. */
  static final class Moved {
    static final TrialPolicyEngine ENGINE = TrialPolicyEngine.builder(ShippedPolicy.get())
        .parameter("expiry-notice-lead-days", "10")
        .parameter("user-notice-days", "40")
        .parameter("grace-period-days", "45")
        .parameter("number-retention-days", "20")
        .parameter("consent-window-days", "14")
        .parameter("device-return-days", "21")
        .build();
  }

  @Test
  void everyDate_movesWithItsParameter() {
    Trial trial = deviceTrial().services(Services.MESSAGING, Services.CALLING, Services.DEVICES).build();
    Timeline moved = Moved.ENGINE.timeline(trial);

    // E = 2026-12-01, G = E + 45 = 2027-01-15, D = 2026-12-15.
    assertThat(datesByRule(moved)).isEqualTo(Map.of(
        "END-02", List.of(date("2026-11-21"), date("2026-12-01")),   // E - 10, E
        "END-04", List.of(date("2026-12-01")),                       // E
        "END-03", List.of(date("2027-01-10")),                       // E + 40
        "RET-01", List.of(date("2027-01-05")),                       // D + 21
        "END-05", List.of(date("2027-01-16")),                       // G + 1
        "END-06", List.of(date("2027-01-16")),                       // G + 1
        "END-07", List.of(date("2027-02-05"))));                     // G + 20 + 1
    assertThat(moved.stateOn(date("2027-01-15"))).isEqualTo(new TrialState(Phase.IN_GRACE, 0, false, false));
    assertThat(moved.stateOn(date("2027-01-16"))).isEqualTo(new TrialState(Phase.ENDED, 0, true, false));
    assertThat(moved.stateOn(date("2027-02-04")).numbersReleased()).as("G + 20, still kept").isFalse();
    assertThat(moved.stateOn(date("2027-02-05")).numbersReleased()).isTrue();

    // None is fixed: each date but E itself differs from the shipped policy's.
    Map<String, List<LocalDate>> shipped = datesByRule(timeline(trial));
    assertThat(shipped.keySet()).isEqualTo(datesByRule(moved).keySet());
    shipped.forEach((rule, dates) -> {
      for (int i = 0; i < dates.size(); i++) {
        if (!dates.get(i).equals(trial.endDate())) {
          assertThat(datesByRule(moved).get(rule).get(i)).as("%s's date %d", rule, i).isNotEqualTo(dates.get(i));
        }
      }
    });
  }

  @Test
  void consentExpiry_movesWithTheConsentWindow() {
    // R = 2026-11-20: R + 14 + 1 = 2026-12-05, where the shipped policy says R + 10 + 1 = 2026-12-01.
    Trial pending = trial().status(TrialStatus.PENDING_CONSENT).consentSentOn(date("2026-11-20")).build();
    assertThat(only(Moved.ENGINE.timeline(pending), "EXIST-06").date()).isEqualTo(date("2026-12-05"));
    assertThat(only(timeline(pending), "EXIST-06").date()).isEqualTo(date("2026-12-01"));
  }

  // ---- the sweep ----------------------------------------------------------------------------

  private static final Partner PARTNER = Fixtures.partner().build();
  private static final CustomerOrg CUSTOMER = Fixtures.customer().build();
  private static final TrialStatus[] STATUSES = TrialStatus.values();

  /**
   * Trial number {@code i} of a varied population, the same every run: any status; expiring
   * within a month either side of 2026-12-01; Calling in about half; devices in about a third;
   * the consent e-mail's date for most of those pending consent.
   */
  static Trial generated(int i) {
    Random random = new Random(i);
    LocalDate end = date("2026-12-01").plusDays(random.nextInt(61) - 30);
    TrialStatus status = STATUSES[random.nextInt(STATUSES.length)];
    List<String> services = new ArrayList<>(List.of(Services.MESSAGING));
    if (random.nextBoolean()) {
      services.add(Services.CALLING);
    }
    Trial.Builder trial = Trial.builder("trial-" + i, PARTNER, CUSTOMER).customerAdminEmail("ceo@fjord.example")
        .licenseQuantity(1 + random.nextInt(500)).period(end.minusDays(30 + random.nextInt(91)), end)
        .status(status);
    if (random.nextInt(3) == 0) {
      services.add(Services.DEVICES);
      trial.device("FOC" + i, "PHONE").deviceDueDate(end.plusDays(random.nextInt(30)));
    }
    if (status == TrialStatus.PENDING_CONSENT && random.nextInt(10) > 0) {
      trial.consentSentOn(end.minusDays(random.nextInt(30)));
    }
    return trial.services(services).build();
  }

  @Test
  void sweep_returnsExactlyTheEventsDueThatDay_inTheOrderOfTheTrials() {
    List<Trial> trials = IntStream.range(0, 3_500).mapToObj(TimelineRulesTest::generated).toList();
    List<Timeline> timelines = trials.stream().map(TimelineRulesTest::timeline).toList();

    Set<String> seen = new TreeSet<>();
    for (String day : List.of("2026-11-24", "2026-12-01", "2026-12-20", "2027-01-01", "2027-01-16", "2027-02-10")) {
      List<TrialEvent> expected = timelines.stream().flatMap(t -> t.eventsOn(date(day)).stream()).toList();
      try (Stream<TrialEvent> swept = ShippedEngine.ENGINE.sweep(date(day), trials.stream(), f -> fail(f.toString()))) {
        assertThat(swept.toList()).as("events due on %s", day).isEqualTo(expected);
      }
      assertThat(expected).as("some events are due on %s", day).isNotEmpty();
      assertThat(expected).as("trials from more than one batch on %s", day)
          .anyMatch(e -> Integer.parseInt(e.trialId().substring("trial-".length())) > 2_000);
      expected.forEach(e -> seen.add(e.ruleId()));
    }
    assertThat(seen).as("the days swept cover every timeline rule")
        .containsAll(END_RULES).contains("EXIST-06", "RET-01");
  }

  @Test
  void sweep_onADayWithNothingDue_isEmpty() {
    assertThat(ShippedEngine.ENGINE.sweep(date("2020-01-01"), IntStream.range(0, 50).mapToObj(TimelineRulesTest::generated),
        f -> fail(f.toString())))
        .isEmpty();
  }

  @Test
  void sweep_readsAnEndlessStreamOfTrialsLazily() {
    LocalDate day = date("2026-12-01");
    AtomicInteger read = new AtomicInteger();
    Stream<Trial> endless = Stream.generate(() -> callingTrial()
        .period(date("2026-10-01"), day).build()).map(t -> rename(t, "trial-" + read.getAndIncrement()));

    List<TrialEvent> first = ShippedEngine.ENGINE.sweep(day, endless, f -> fail(f.toString())).limit(6).toList();

    assertThat(first).extracting(TrialEvent::trialId, TrialEvent::ruleId).containsExactly(
        tuple("trial-0", "END-02"), tuple("trial-0", "END-04"),
        tuple("trial-1", "END-02"), tuple("trial-1", "END-04"),
        tuple("trial-2", "END-02"), tuple("trial-2", "END-04"));
    assertThat(read.get()).as("trials read from an endless stream").isPositive().isLessThan(10_000);
  }

  @Test
  void sweep_readsNoMoreTrialsThanItNeeds() {
    int total = 5_000;
    AtomicInteger read = new AtomicInteger();
    Stream<Trial> trials = IntStream.range(0, total).peek(i -> read.incrementAndGet())
        .mapToObj(TimelineRulesTest::generated);
    assertThat(ShippedEngine.ENGINE.sweep(date("2026-12-01"), trials, f -> fail(f.toString())).findFirst()).isPresent();
    assertThat(read.get()).as("trials read to find the first event due").isLessThan(total);
  }

  @Test
  void sweep_closesTheTrialsWhenClosed() {
    AtomicInteger closed = new AtomicInteger();
    Stream<Trial> trials = Stream.of(trial().build()).onClose(closed::incrementAndGet);
    try (Stream<TrialEvent> due = ShippedEngine.ENGINE.sweep(date("2026-12-01"), trials, f -> fail(f.toString()))) {
      assertThat(due).extracting(TrialEvent::ruleId).containsExactly("END-02", "END-04");
    }
    assertThat(closed).hasValue(1);
  }

  private static Trial rename(Trial trial, String trialId) {
    return trial.toBuilder().trialId(trialId).build();
  }

  @Test
  void aCallingTrialAlreadyRecordedAsEnded_stillHasItsNumbersReleasedOnGPlus16() {
    Timeline timeline = timeline(callingTrial().status(TrialStatus.ENDED).build());
    assertThat(timeline.eventsOn(date("2027-01-16"))).extracting(TrialEvent::ruleId).contains("END-07");
    assertThat(timeline.stateOn(date("2027-01-16"))).isEqualTo(new TrialState(Phase.ENDED, 0, true, true));
  }
}
