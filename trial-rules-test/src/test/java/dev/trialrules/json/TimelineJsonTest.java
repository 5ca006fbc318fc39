package dev.trialrules.json;

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

/** Timelines and sweep lines are stable text: fixed property order, events by date, ISO dates. */
class TimelineJsonTest {
  private static final Trial TRIAL = Trial.builder("t-1", Partner.builder("p").build(), CustomerOrg.builder("c").build())
      .period(LocalDate.of(2026, 10, 2), LocalDate.of(2026, 12, 1)).build();
  private static final TrialEvent EXPIRY = new TrialEvent("t-1", LocalDate.of(2026, 12, 1), "END-04",
      Set.of(Audience.PARTNER_ADMINS, Audience.CUSTOMER_ADMINS), Change.EXPIRES, "The trial expires.");
  private static final TrialEvent NOTICE = new TrialEvent("t-1", LocalDate.of(2026, 11, 24), "END-02",
      Set.of(Audience.CUSTOMER_ADMINS), Change.NONE, "It expires in 7 days.");

  @Test
  void aTimelineWithAState_isWrittenInTheDocumentedShape() {
    Timeline timeline = new Timeline(TRIAL, List.of(EXPIRY, NOTICE), "rev-1");

    assertThat(TimelineJson.write(timeline, LocalDate.of(2026, 12, 1))).isEqualTo("""
        {
          "trialId": "t-1",
          "events": [
            {
              "date": "2026-11-24",
              "ruleId": "END-02",
              "audience": [
                "CUSTOMER_ADMINS"
              ],
              "change": "NONE",
              "description": "It expires in 7 days."
            },
            {
              "date": "2026-12-01",
              "ruleId": "END-04",
              "audience": [
                "CUSTOMER_ADMINS",
                "PARTNER_ADMINS"
              ],
              "change": "EXPIRES",
              "description": "The trial expires."
            }
          ],
          "state": {
            "date": "2026-12-01",
            "phase": "IN_GRACE",
            "callingStopped": false,
            "numbersReleased": false
          },
          "rulesRevision": "rev-1"
        }
        """);
  }

  @Test
  void aTimelineWithoutADate_hasNoState_andAnEmptyOneHasAnEmptyList() {
    assertThat(TimelineJson.write(new Timeline(TRIAL, List.of(), "rev-1"), null)).isEqualTo("""
        {
          "trialId": "t-1",
          "events": [],
          "rulesRevision": "rev-1"
        }
        """);
  }

  @Test
  void anEvent_isOneSelfContainedLine() {
    TrialEvent multiLine = new TrialEvent("t-2", LocalDate.of(2026, 12, 1), "END-05", Set.of(), Change.NONE,
        "Line one.\nLine \"two\".");

    assertThat(TimelineJson.line(EXPIRY)).isEqualTo("{\"trialId\":\"t-1\",\"date\":\"2026-12-01\",\"ruleId\":\"END-04\","
        + "\"audience\":[\"CUSTOMER_ADMINS\",\"PARTNER_ADMINS\"],\"change\":\"EXPIRES\",\"description\":\"The trial expires.\"}\n");
    assertThat(TimelineJson.line(multiLine)).isEqualTo("{\"trialId\":\"t-2\",\"date\":\"2026-12-01\",\"ruleId\":\"END-05\","
        + "\"audience\":[],\"change\":\"NONE\",\"description\":\"Line one.\\nLine \\\"two\\\".\"}\n");
  }
}
