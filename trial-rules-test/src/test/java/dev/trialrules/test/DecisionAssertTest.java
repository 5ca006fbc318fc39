package dev.trialrules.test;

import static dev.trialrules.test.TrialRulesAssertions.assertThat;
import static dev.trialrules.test.TrialRulesAssertions.assertThatThrownBy;

import dev.trialrules.Decision;
import dev.trialrules.DerivedValue;
import dev.trialrules.Finding;
import dev.trialrules.Outcome;
import dev.trialrules.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The decision assertions pass on what a decision is and fail, printing it, on what it is not. */
class DecisionAssertTest {
  private static final Decision DENIED = Decision.of(List.of(
          Finding.builder("EXIST-01", Severity.DENY, "services", "Purchased.").item("MEETINGS").build(),
          Finding.of("NEW-02", Severity.INFO, "country", "EU region.")),
      Map.of(DerivedValue.DATA_REGION, "EU"), "rev-1");
  private static final Decision ALLOWED = Decision.of(List.of(), Map.of(), "rev-1");
  private static final Decision INCOMPLETE = Decision.of(List.of(
      Finding.of("NEW-01", Severity.REQUIRE, "companyName", "Give it.")), Map.of(), "rev-1");
  private static final Decision APPROVAL = Decision.of(List.of(
      Finding.builder("EXT-03", Severity.APPROVAL, "trial.services", "Ask.").item("DEVICES").build()), Map.of(),
      "rev-1");

  @Test
  void outcomes_passOnTheirOwn() {
    assertThat(ALLOWED).isAllowed().hasOutcome(Outcome.ALLOWED);
    assertThat(DENIED).isDenied();
    assertThat(INCOMPLETE).isIncomplete();
    assertThat(APPROVAL).needsApproval();
  }

  @Test
  void aWrongOutcome_failsPrintingTheDecision() {
    assertThatThrownBy(() -> assertThat(DENIED).isAllowed())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting outcome ALLOWED but was DENIED")
        .hasMessageContaining(DENIED.toString());
    assertThatThrownBy(() -> assertThat(ALLOWED).isDenied()).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(ALLOWED).isIncomplete()).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(ALLOWED).needsApproval()).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat((Decision) null).isAllowed()).isInstanceOf(AssertionError.class);
  }

  @Test
  void ruleIds_areAnExactSet() {
    assertThat(DENIED).hasRuleIds("NEW-02", "EXIST-01");
    assertThat(ALLOWED).hasRuleIds();

    assertThatThrownBy(() -> assertThat(DENIED).hasRuleIds("EXIST-01"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting exactly the rule IDs [EXIST-01] but was [EXIST-01, NEW-02]");
  }

  @Test
  void findings_matchOnRuleSeverityFieldAndItem() {
    assertThat(DENIED).hasFinding("EXIST-01", Severity.DENY, "services")
        .hasFinding("EXIST-01", Severity.DENY, "services", "MEETINGS")
        .hasFinding("NEW-02", Severity.INFO, "country")
        .hasNoFindingFrom("EXIST-02");

    assertThatThrownBy(() -> assertThat(DENIED).hasFinding("EXIST-01", Severity.DENY, "services", "CALLING"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting a finding DENY EXIST-01 [services CALLING] in decision:")
        .hasMessageContaining(DENIED.toString());
    assertThatThrownBy(() -> assertThat(DENIED).hasFinding("EXIST-01", Severity.DENY, "addServices"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting a finding DENY EXIST-01 [addServices] in decision:");
    assertThatThrownBy(() -> assertThat(DENIED).hasFinding("NEW-02", Severity.INFO, "country", "DK"))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(DENIED).hasNoFindingFrom("NEW-02"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting no finding from NEW-02");
  }

  @Test
  void derivedValues_areComparedByKey() {
    assertThat(DENIED).hasDerived(DerivedValue.DATA_REGION, "EU").doesNotDerive(DerivedValue.DIDS_NEEDED);

    assertThatThrownBy(() -> assertThat(DENIED).hasDerived(DerivedValue.DATA_REGION, "US"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting dataRegion = US but was EU");
    assertThatThrownBy(() -> assertThat(ALLOWED).hasDerived(DerivedValue.DATA_REGION, "EU"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but was (not derived)");
    assertThatThrownBy(() -> assertThat(DENIED).doesNotDerive(DerivedValue.DATA_REGION))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting no dataRegion but it was EU");
  }

  @Test
  void theEntryPoint_alsoGivesAssertJsOwnAssertions() {
    assertThat(DENIED.ruleIds()).contains("NEW-02");
  }
}
