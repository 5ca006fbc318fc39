package dev.trialrules.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.Change;
import dev.trialrules.PolicyParameters;
import dev.trialrules.Timeline;
import dev.trialrules.TrialEvent;
import dev.trialrules.facts.Services;
import dev.trialrules.facts.Trial;
import dev.trialrules.facts.TrialStatus;
import dev.trialrules.testing.FactArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Metamorphic property 4: a timeline moves with its parameters and nothing else. For any trial,
 * scheduled by any of the {@link TunedEngine}s (the shipped numbers, every number zero, and
 * random ones), the events are in date order and they are exactly the events POLICY.md "Dates"
 * gives, each on the date its parameter puts it, with E the expiry date and G = E + grace:
 * admins mailed on E − lead and on E (END-02), the expiry on E (END-04), users mailed on
 * E + user notice (END-03), the move to the consumer organization on G + 1 (END-05) and for
 * Calling its end on G + 1 (END-06) and the numbers' release on G + retention + 1 (END-07); a
 * consent request sent on R cancelled on R + window + 1 (EXIST-06); devices due on D back by
 * D + return days (RET-01).
 *
 * <p>Which trials get which events follows the readings written at the top of lifecycle.drl and
 * returns.drl: END events for a trial that is running, awaiting provisioning, expired or ended;
 * EXIST-06 for one pending consent with a date sent; RET-01 for one with shipped devices and a
 * due date, whatever its status.
 *
 * <p>10,000 tries, one timeline a try: 100 s measured in the reactor build on two loaded cores,
 * about 40 s of it building the shipped engine and the {@link TunedEngine}s, which this class
 * happened to run first.
 */
class TimelinePropertiesTest {
  private static final EnumSet<TrialStatus> EXPIRING =
      EnumSet.of(TrialStatus.ACTIVE, TrialStatus.EXPIRED, TrialStatus.PENDING_PROVISIONING, TrialStatus.ENDED);

  @Property(tries = 10_000)
  void eventsAreInDateOrder_andFallWhereTheParametersPutThem(
      @ForAll("engines") TunedEngine tuned, @ForAll("trials") Trial trial) {
    Timeline timeline = tuned.engine().timeline(trial);

    assertThat(timeline.events()).as("%s", timeline).isSortedAccordingTo(Comparator.comparing(TrialEvent::date));
    assertThat(timeline.events()).as("%s", timeline).allSatisfy(e -> assertThat(e.trialId()).isEqualTo(trial.trialId()));
    assertThat(timeline.events().stream().map(TimelinePropertiesTest::describe).toList())
        .as("%s", timeline)
        .containsExactlyInAnyOrderElementsOf(expectedEvents(trial, tuned.engine().parameters()));
  }

  /** The events POLICY.md "Dates" gives for the trial, as {@link #describe} writes them. */
  private static List<String> expectedEvents(Trial trial, PolicyParameters p) {
    List<String> events = new ArrayList<>();
    if (EXPIRING.contains(trial.status())) {
      LocalDate expiry = trial.endDate();
      LocalDate graceEnd = expiry.plusDays(p.gracePeriodDays());
      events.add(event("END-02", expiry.minusDays(p.expiryNoticeLeadDays()), Change.NONE));
      events.add(event("END-02", expiry, Change.NONE));
      events.add(event("END-04", expiry, Change.EXPIRES));
      events.add(event("END-03", expiry.plusDays(p.userNoticeDays()), Change.NONE));
      events.add(event("END-05", graceEnd.plusDays(1), Change.MOVES_TO_CONSUMER_ORG));
      if (trial.services().contains(Services.CALLING)) {
        events.add(event("END-06", graceEnd.plusDays(1), Change.STOPS_CALLING));
        events.add(event("END-07", graceEnd.plusDays(p.numberRetentionDays()).plusDays(1), Change.RELEASES_NUMBERS));
      }
    }
    if (trial.status() == TrialStatus.PENDING_CONSENT && trial.consentSentOn() != null) {
      events.add(event("EXIST-06", trial.consentSentOn().plusDays(p.consentWindowDays()).plusDays(1), Change.CANCELS));
    }
    if (!trial.devices().isEmpty() && trial.deviceDueDate() != null) {
      events.add(event("RET-01", trial.deviceDueDate().plusDays(p.deviceReturnDays()), Change.NONE));
    }
    return events;
  }

  private static String describe(TrialEvent event) {
    return event(event.ruleId(), event.date(), event.change());
  }

  private static String event(String ruleId, LocalDate date, Change change) {
    return ruleId + " on " + date + " " + change;
  }

  @Provide
  Arbitrary<TunedEngine> engines() {
    return TunedEngine.any();
  }

  @Provide
  Arbitrary<Trial> trials() {
    return FactArbitraries.smallTrials(FactArbitraries.services());
  }
}
