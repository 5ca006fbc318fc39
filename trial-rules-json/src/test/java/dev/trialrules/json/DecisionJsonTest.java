package dev.trialrules.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.Decision;
import dev.trialrules.DerivedValue;
import dev.trialrules.Finding;
import dev.trialrules.Severity;
import dev.trialrules.facts.TrialStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The decision JSON is stable text: fixed property order, ISO dates, enum names. */
class DecisionJsonTest {

  /**
   * The EXIST-05 finding names no item and declares no source and no remedy, so it has none of
   * those properties, not a null; the EXIST-01 finding's item follows its field.
   */
  @Test
  void aDecision_isWrittenInTheDocumentedShape() {
    Decision decision = Decision.of(
        List.of(
            Finding.builder("EXIST-01", Severity.DENY, "services", "MEETINGS is already bought.")
                .ruleName("EXIST-01 Deny a purchased service").item("MEETINGS").build(),
            Finding.builder("EXIST-05", Severity.INFO, "sentOn", "Accept by 2026-12-03.")
                .ruleName("EXIST-05 Give the last day a full admin can accept").build(),
            Finding.builder("ACT-03", Severity.DENY, "customer", "This is your own organization.")
                .ruleName("ACT-03 Deny a trial for the partner's own organization")
                .remedy("Place a CUWP order on CCW.")
                .source("(17) \"din egen partnerorganisation, skal du placere en CUWP-ordre\"").build()),
        Map.of(DerivedValue.CONSENT_DEADLINE, LocalDate.of(2026, 12, 3),
            DerivedValue.TRIAL_STATUS, TrialStatus.PENDING_CONSENT,
            DerivedValue.CONSENT_RECIPIENTS, List.of("cio@example.com")),
        "rev-1");

    assertThat(DecisionJson.write(decision)).isEqualTo("""
        {
          "outcome": "DENIED",
          "ruleIds": [
            "ACT-03",
            "EXIST-01",
            "EXIST-05"
          ],
          "findings": [
            {
              "ruleId": "ACT-03",
              "ruleName": "ACT-03 Deny a trial for the partner's own organization",
              "severity": "DENY",
              "field": "customer",
              "message": "This is your own organization.",
              "remedy": "Place a CUWP order on CCW.",
              "source": "(17) \\"din egen partnerorganisation, skal du placere en CUWP-ordre\\""
            },
            {
              "ruleId": "EXIST-01",
              "ruleName": "EXIST-01 Deny a purchased service",
              "severity": "DENY",
              "field": "services",
              "item": "MEETINGS",
              "message": "MEETINGS is already bought."
            },
            {
              "ruleId": "EXIST-05",
              "ruleName": "EXIST-05 Give the last day a full admin can accept",
              "severity": "INFO",
              "field": "sentOn",
              "message": "Accept by 2026-12-03."
            }
          ],
          "derived": {
            "consentRecipients": [
              "cio@example.com"
            ],
            "consentDeadline": "2026-12-03",
            "trialStatus": "PENDING_CONSENT"
          },
          "rulesRevision": "rev-1"
        }
        """);
  }

  @Test
  void aFindingsSource_isWrittenWithoutARemedy() {
    Decision decision = Decision.of(List.of(Finding.builder("NEW-02", Severity.INFO, "country", "Customer data for DK is stored in data region EU.")
        .ruleName("NEW-02 Store the data in the region")
        .source("(24) \"V\u00e6lg et land\"").build()), Map.of(), "rev-1");

    var finding = DecisionJson.toTree(decision).get("findings").get(0);

    assertThat(finding.has("remedy")).isFalse();
    assertThat(finding.get("source").asString()).isEqualTo("(24) \"V\u00e6lg et land\"");
  }

  @Test
  void aDecisionWithoutFindings_hasEmptyListsNotMissingOnes() {
    assertThat(DecisionJson.write(Decision.of(List.of(), Map.of(), "rev-1"))).isEqualTo("""
        {
          "outcome": "ALLOWED",
          "ruleIds": [],
          "findings": [],
          "derived": {},
          "rulesRevision": "rev-1"
        }
        """);
  }
}
