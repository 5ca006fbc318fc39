package dev.trialrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.Decision;
import dev.trialrules.DerivedValue;
import dev.trialrules.Finding;
import dev.trialrules.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionTextTest {

  @Test
  void aDecision_readsAsOutcomeFindingsThenValues() {
    Decision decision = Decision.of(
        List.of(
            Finding.builder("NEW-02", Severity.INFO, "country", "Customer data for DK is stored in data region EU.")
                .ruleName("NEW-02 Store the data in the region").build(),
            Finding.builder("ACT-03", Severity.DENY, "customer", "This is your own organization.")
                .ruleName("ACT-03 Deny the partner's own organization")
                .remedy("Place a CUWP order on CCW.").build(),
            Finding.builder("EXIST-01", Severity.DENY, "services", "The customer already purchased MEETINGS.")
                .item("MEETINGS").build()),
        Map.of(DerivedValue.DATA_REGION, "EU", DerivedValue.CONSENT_DEADLINE, LocalDate.of(2026, 12, 3)),
        "rev-1");

    assertThat(DecisionText.write(decision)).isEqualTo("""
        DENIED
          DENY ACT-03 [customer] This is your own organization. (remedy: Place a CUWP order on CCW.)
          DENY EXIST-01 [services MEETINGS] The customer already purchased MEETINGS.
          INFO NEW-02 [country] Customer data for DK is stored in data region EU.
          dataRegion = EU
          consentDeadline = 2026-12-03
        """);
  }

  @Test
  void aFindingThatAsksSomething_isFollowedByItsSource_anInfoIsNot() {
    Decision decision = Decision.of(
        List.of(
            Finding.builder("NEW-02", Severity.INFO, "country", "Customer data for DK is stored in data region EU.")
                .ruleName("NEW-02 Store the data in the region").source("(24) V\u00e6lg et land").build(),
            Finding.builder("EXIST-03", Severity.REQUIRE, "organizationConfirmed", "Confirm that org-aarhus is the customer.")
                .ruleName("EXIST-03 Require the confirmation")
                .source("(71) bekr\u00e6fte, at du starter en pr\u00f8veversion for den korrekte kundeorganisation").build(),
            Finding.builder("ACT-03", Severity.DENY, "customer", "This is your own organization.")
                .ruleName("ACT-03 Deny the partner's own organization")
                .remedy("Place a CUWP order on CCW.")
                .source("(17) din egen partnerorganisation").build()),
        Map.of(), "rev-1");

    assertThat(DecisionText.write(decision)).isEqualTo("""
        DENIED
          DENY ACT-03 [customer] This is your own organization. (remedy: Place a CUWP order on CCW.)
            source: (17) din egen partnerorganisation
          REQUIRE EXIST-03 [organizationConfirmed] Confirm that org-aarhus is the customer.
            source: (71) bekr\u00e6fte, at du starter en pr\u00f8veversion for den korrekte kundeorganisation
          INFO NEW-02 [country] Customer data for DK is stored in data region EU.
        """);
  }

  /**
   * Whatever a value holds, text output cannot drive the terminal: escape sequences, bidi
   * overrides and isolates, zero-width characters and a BOM are printed as escapes. The JSON
   * escapes the control characters itself, as JSON must.
   */
  @Test
  void controlBidiAndInvisibleCharacters_arePrintedEscaped() {
    String hostile = "Fjord\u001b[2J\u0007\u009b31m\u202eSA/S\u202c\u2066x\u2069\u200b\u200f\ufeff\nend";
    Decision decision = Decision.of(
        List.of(Finding.builder("NEW-01", Severity.DENY, "companyName", "Refused: " + hostile)
            .ruleName("NEW-01 Name").item(hostile).remedy("Fix " + hostile).source("(1) " + hostile).build()),
        Map.of(DerivedValue.DATA_REGION, hostile), "rev-1");

    String text = DecisionText.write(decision);

    String escaped = "Fjord\\u001B[2J\\u0007\\u009B31m\\u202ESA/S\\u202C\\u2066x\\u2069\\u200B\\u200F\\uFEFF\\u000Aend";
    assertThat(text).isEqualTo("DENIED\n"
        + "  DENY NEW-01 [companyName " + escaped + "] Refused: " + escaped + " (remedy: Fix " + escaped + ")\n"
        + "    source: (1) " + escaped + "\n"
        + "  dataRegion = " + escaped + "\n");
    assertThat(text.chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();

    String json = dev.trialrules.json.DecisionJson.write(decision);
    assertThat(json).contains("\\u001B[2J\\u0007").doesNotContain("\u001b", "\u0007");
  }
}
