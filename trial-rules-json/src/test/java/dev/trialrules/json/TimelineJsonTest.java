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
  private static final TrialEvent EXPIRY = TrialEvent.change("t-1", LocalDate.of(2026, 12, 1), "END-04",
      Change.EXPIRES, "The trial expires.");
  private static final TrialEvent NOTICE = TrialEvent.notice("t-1", LocalDate.of(2026, 11, 24), "END-02",
      Set.of(Audience.PARTNER_ADMINS, Audience.CUSTOMER_ADMINS), "It expires in 7 days.");
  private static final TrialEvent RETURN_BY = TrialEvent.deadline("t-1", LocalDate.of(2026, 12, 15), "RET-01",
      "Return the devices by today.");

  @Test
  void aTimelineWithAState_isWrittenInTheDocumentedShape() {
    Timeline timeline = new Timeline(TRIAL, List.of(RETURN_BY, EXPIRY, NOTICE), "rev-1");

    assertThat(TimelineJson.write(timeline, LocalDate.of(2026, 12, 1))).isEqualTo("""
        {
          "trialId": "t-1",
          "events": [
            {
              "date": "2026-11-24",
              "ruleId": "END-02",
              "kind": "NOTICE",
              "recipients": [
                "CUSTOMER_ADMINS",
                "PARTNER_ADMINS"
              ],
              "change": "NONE",
              "description": "It expires in 7 days."
            },
            {
              "date": "2026-12-01",
              "ruleId": "END-04",
              "kind": "CHANGE",
              "recipients": [],
              "change": "EXPIRES",
              "description": "The trial expires."
            },
            {
              "date": "2026-12-15",
              "ruleId": "RET-01",
              "kind": "DEADLINE",
              "recipients": [],
              "change": "NONE",
              "description": "Return the devices by today."
            }
          ],
          "state": {
            "date": "2026-12-01",
            "phase": "IN_GRACE",
            "daysLeft": 0,
            "callingStopped": false,
            "numbersReleased": false
          },
          "rulesRevision": "rev-1"
        }
        """);
  }

  @Test
  void theState_ofARunningTrial_givesItsDaysLeft() {
    Timeline timeline = new Timeline(TRIAL, List.of(EXPIRY, NOTICE), "rev-1");

    // 2026-11-24 is 7 days before the end date 2026-12-01.
    assertThat(TimelineJson.toTree(timeline, LocalDate.of(2026, 11, 24)).get("state").toString())
        .isEqualTo("{\"date\":\"2026-11-24\",\"phase\":\"RUNNING\",\"daysLeft\":7,"
            + "\"callingStopped\":false,\"numbersReleased\":false}");
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
    TrialEvent multiLine = TrialEvent.change("t-2", LocalDate.of(2026, 12, 1), "END-05", Change.MOVES_TO_CONSUMER_ORG,
        "Line one.\nLine \"two\".");

    assertThat(TimelineJson.line(NOTICE)).isEqualTo("{\"trialId\":\"t-1\",\"date\":\"2026-11-24\",\"ruleId\":\"END-02\","
        + "\"kind\":\"NOTICE\",\"recipients\":[\"CUSTOMER_ADMINS\",\"PARTNER_ADMINS\"],\"change\":\"NONE\","
        + "\"description\":\"It expires in 7 days.\"}\n");
    assertThat(TimelineJson.line(multiLine)).isEqualTo("{\"trialId\":\"t-2\",\"date\":\"2026-12-01\",\"ruleId\":\"END-05\","
        + "\"kind\":\"CHANGE\",\"recipients\":[],\"change\":\"MOVES_TO_CONSUMER_ORG\","
        + "\"description\":\"Line one.\\nLine \\\"two\\\".\"}\n");
  }
}
