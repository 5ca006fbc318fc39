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
        TrialEvent.change("t-1", LocalDate.of(2027, 1, 1), "END-06", Change.STOPS_CALLING, "Calling stops."),
        TrialEvent.deadline("t-1", LocalDate.of(2026, 12, 15), "RET-01", "Return the devices by today."),
        TrialEvent.notice("t-1", LocalDate.of(2026, 11, 24), "END-02",
            Set.of(Audience.PARTNER_ADMINS, Audience.CUSTOMER_ADMINS), "It expires in 7 days.")), "rev-1");

    assertThat(TimelineText.write(timeline, LocalDate.of(2027, 1, 1))).isEqualTo("""
        t-1
          2026-11-24 END-02 NOTICE [CUSTOMER_ADMINS, PARTNER_ADMINS] It expires in 7 days.
          2026-12-15 RET-01 DEADLINE Return the devices by today.
          2027-01-01 END-06 CHANGE Calling stops. (STOPS_CALLING)
        state on 2027-01-01
          phase = RUNNING
          daysLeft = 0
          callingStopped = true
          numbersReleased = false
        """);
  }

  @Test
  void theState_ofARunningTrial_givesItsDaysLeft() {
    // The trial ends on 2026-12-01: 7 days after 2026-11-24.
    assertThat(TimelineText.write(new Timeline(TRIAL, List.of(), "rev-1"), LocalDate.of(2026, 11, 24)))
        .contains("  phase = RUNNING\n  daysLeft = 7\n");
  }

  @Test
  void anEmptyTimeline_saysSo() {
    assertThat(TimelineText.write(new Timeline(TRIAL, List.of(), "rev-1"), null)).isEqualTo("""
        t-1
          (no events)
        """);
  }

  /** An event's description cannot drive the terminal: see {@code DecisionTextTest}. */
  @Test
  void controlBidiAndInvisibleCharacters_arePrintedEscaped() {
    Timeline timeline = new Timeline(TRIAL, List.of(TrialEvent.deadline("t-1", LocalDate.of(2026, 12, 15), "RET-01",
        "Return\u001b]0;owned\u0007 by \u202etoday\u2069\u200d\ufeff.")), "rev-1");

    assertThat(TimelineText.write(timeline, null)).isEqualTo("t-1\n"
        + "  2026-12-15 RET-01 DEADLINE Return\\u001B]0;owned\\u0007 by \\u202Etoday\\u2069\\u200D\\uFEFF.\n");
  }
}
