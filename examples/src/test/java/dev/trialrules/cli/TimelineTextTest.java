package dev.trialrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.Audience;
import dev.trialrules.Change;
import dev.trialrules.Timeline;
import dev.trialrules.TrialEvent;
import dev.trialrules.facts.CustomerOrg;
import dev.trialrules.facts.Partner;
import dev.trialrules.facts.Trial;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimelineTextTest {
  private static final Trial TRIAL = Trial.builder("t-1", Partner.builder("p").build(), CustomerOrg.builder("c").build())
      .period(LocalDate.of(2026, 10, 2), LocalDate.of(2026, 12, 1)).build();

  @Test
  void aTimeline_readsAsTrialEventsByDateThenTheState() {
    Timeline timeline = new Timeline(TRIAL, List.of(
        new TrialEvent("t-1", LocalDate.of(2027, 1, 1), "END-06", Set.of(Audience.USERS), Change.STOPS_CALLING,
            "Calling stops."),
        new TrialEvent("t-1", LocalDate.of(2026, 11, 24), "END-02", Set.of(Audience.PARTNER_ADMINS, Audience.CUSTOMER_ADMINS),
            Change.NONE, "It expires in 7 days.")), "rev-1");

    assertThat(TimelineText.write(timeline, LocalDate.of(2027, 1, 1))).isEqualTo("""
        t-1
          2026-11-24 END-02 [CUSTOMER_ADMINS, PARTNER_ADMINS] It expires in 7 days.
          2027-01-01 END-06 [USERS] Calling stops. (STOPS_CALLING)
        state on 2027-01-01
          phase = RUNNING
          callingStopped = true
          numbersReleased = false
        """);
  }

  @Test
  void anEmptyTimeline_saysSo() {
    assertThat(TimelineText.write(new Timeline(TRIAL, List.of(), "rev-1"), null)).isEqualTo("""
        t-1
          (no events)
        """);
  }
}
