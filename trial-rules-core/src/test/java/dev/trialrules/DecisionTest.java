package dev.trialrules;

import static dev.trialrules.Findings.finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionTest {
  private static final Finding DENY_ACT = finding(Severity.DENY, "ACT-01");
  private static final Finding DENY_NEW = finding(Severity.DENY, "NEW-09", "PHONE");
  private static final Finding DENY_NEW_BOARD = finding(Severity.DENY, "NEW-09", "BOARD");
  private static final Finding REQUIRE_NEW = finding(Severity.REQUIRE, "NEW-01");
  private static final Finding WARN_NEW = finding(Severity.WARN, "NEW-10");
  private static final Finding INFO_NEW = finding(Severity.INFO, "NEW-02");

  private static Decision decision(Finding... findings) {
    return Decision.of(List.of(findings), Map.of(), "rev-1");
  }

  private static Decision decisionWith(Map<DerivedValue<?>, ?> values) {
    return Decision.of(List.of(), values, "rev-1");
  }

  @Test
  void outcome_isComputedFromTheFindings() {
    assertThat(decision(WARN_NEW, REQUIRE_NEW).outcome()).isEqualTo(Outcome.INCOMPLETE);
    assertThat(decision(INFO_NEW, DENY_NEW).outcome()).isEqualTo(Outcome.DENIED);
  }

  @Test
  void aDecisionWithoutFindings_isAllowed() {
    Decision empty = decision();

    assertThat(empty.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(empty.isAllowed()).isTrue();
    assertThat(empty.ruleIds()).isEmpty();
  }

  @Test
  void aDecisionNeedingApproval_isNotAllowed() {
    assertThat(decision(finding(Severity.APPROVAL, "NEW-05")).isAllowed()).isFalse();
  }

  @Test
  void findings_areSortedStrongestFirstThenByRuleIdThenBySubject() {
    Decision d = decision(INFO_NEW, WARN_NEW, DENY_NEW, REQUIRE_NEW, DENY_ACT, DENY_NEW_BOARD);

    assertThat(d.findings()).containsExactly(DENY_ACT, DENY_NEW_BOARD, DENY_NEW, REQUIRE_NEW, WARN_NEW, INFO_NEW);
  }

  @Test
  void ruleIds_nameEachRuleOnceStrongestFirst() {
    Decision d = decision(WARN_NEW, DENY_NEW, INFO_NEW, DENY_NEW_BOARD, DENY_ACT);

    assertThat(d.ruleIds()).containsExactly("ACT-01", "NEW-09", "NEW-10", "NEW-02");
  }

  @Test
  void findingsOfOneSeverity_keepTheDecisionsOrder() {
    Decision d = decision(WARN_NEW, DENY_NEW, REQUIRE_NEW, DENY_ACT);

    assertThat(d.findings(Severity.DENY)).containsExactly(DENY_ACT, DENY_NEW);
    assertThat(d.findings(Severity.APPROVAL)).isEmpty();
  }

  @Test
  void findingsOfOneRule_areEveryFindingWithThatId() {
    Decision d = decision(DENY_NEW, WARN_NEW, DENY_NEW_BOARD);

    assertThat(d.findings("NEW-09")).containsExactly(DENY_NEW_BOARD, DENY_NEW);
    assertThat(d.findings("NEW-0")).isEmpty();
  }

  @Test
  void findingsAndRuleIds_areUnmodifiable() {
    Decision d = decision(DENY_NEW);

    assertThatThrownBy(() -> d.findings().add(WARN_NEW)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> d.findings(Severity.DENY).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> d.ruleIds().add("X-1")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void findings_areCopiedFromTheCallersList() {
    List<Finding> findings = new ArrayList<>(List.of(WARN_NEW));
    Decision d = Decision.of(findings, Map.of(), "rev-1");

    findings.add(DENY_NEW);

    assertThat(d.findings()).containsExactly(WARN_NEW);
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOWED);
  }

  @Test
  void value_isTypedAndEmptyWhenNotDerived() {
    Decision d = decisionWith(Map.of(
        DerivedValue.DATA_REGION, "EU",
        DerivedValue.CONSENT_DEADLINE, LocalDate.of(2026, 12, 3)));

    String region = d.value(DerivedValue.DATA_REGION).orElseThrow();
    LocalDate deadline = d.value(DerivedValue.CONSENT_DEADLINE).orElseThrow();

    assertThat(region).isEqualTo("EU");
    assertThat(deadline).isEqualTo(LocalDate.of(2026, 12, 3));
    assertThat(d.value(DerivedValue.DIDS_NEEDED)).isEmpty();
  }

  @Test
  void aValueOfTheWrongType_isRefusedNamingTheKey() {
    assertThatIllegalArgumentException().isThrownBy(() -> decisionWith(Map.of(DerivedValue.DATA_REGION, 42)))
        .withMessageContainingAll("dataRegion", "String", "Integer");
  }

  @Test
  void values_areInTheOrderTheKeysAreDeclared() {
    Map<DerivedValue<?>, Object> values = new LinkedHashMap<>();
    values.put(DerivedValue.MAIL_RECIPIENTS, List.of("it@fjord.example"));
    values.put(DerivedValue.DIDS_NEEDED, 206);
    values.put(DerivedValue.DATA_REGION, "EU");

    assertThat(decisionWith(values).values().keySet())
        .containsExactly(DerivedValue.DATA_REGION, DerivedValue.DIDS_NEEDED, DerivedValue.MAIL_RECIPIENTS);
  }

  @Test
  void aDerivedList_isAnImmutableCopy() {
    List<String> recipients = new ArrayList<>(List.of("ceo@fjord.example"));
    Decision d = decisionWith(Map.of(DerivedValue.CONSENT_RECIPIENTS, recipients));

    recipients.add("it@fjord.example");

    List<String> derived = d.value(DerivedValue.CONSENT_RECIPIENTS).orElseThrow();
    assertThat(derived).containsExactly("ceo@fjord.example");
    assertThatThrownBy(() -> derived.add("x@fjord.example")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aDerivedMap_isAnImmutableCopyInTheGivenOrder() {
    Map<String, Integer> licences = new LinkedHashMap<>();
    licences.put("MESSAGING", 200);
    licences.put("CALLING", 150);
    Decision d = decisionWith(Map.of(DerivedValue.LICENSES_PER_SERVICE, licences));

    licences.put("MEETINGS", 1);

    Map<String, Integer> derived = d.value(DerivedValue.LICENSES_PER_SERVICE).orElseThrow();
    assertThat(derived.keySet()).containsExactly("MESSAGING", "CALLING");
    assertThatThrownBy(() -> derived.put("MEETINGS", 1)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void values_areUnmodifiable() {
    Decision d = decisionWith(Map.of(DerivedValue.DATA_REGION, "EU"));

    assertThatThrownBy(() -> d.values().put(DerivedValue.DIDS_NEEDED, 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void decisions_areEqualByFindingsValuesAndRevisionWhateverTheFindingsOrder() {
    Decision d = inRegion(List.of(WARN_NEW, DENY_NEW), "EU", "rev-1");
    Decision same = inRegion(List.of(DENY_NEW, WARN_NEW), "EU", "rev-1");

    assertThat(d).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(d).isNotEqualTo(inRegion(List.of(DENY_NEW, WARN_NEW), "EU", "rev-2"));
    assertThat(d).isNotEqualTo(inRegion(List.of(DENY_NEW, WARN_NEW), "UK", "rev-1"));
    assertThat(d).isNotEqualTo(inRegion(List.of(DENY_NEW), "EU", "rev-1"));
  }

  private static Decision inRegion(List<Finding> findings, String region, String revision) {
    return Decision.of(findings, Map.of(DerivedValue.DATA_REGION, region), revision);
  }

  @Test
  void toString_namesTheOutcomeTheRuleIdsAndTheValues() {
    Decision d = inRegion(List.of(WARN_NEW, DENY_ACT), "EU", "rev-1");

    assertThat(d.toString()).startsWith("DENIED").contains("ACT-01", "NEW-10", "dataRegion = EU");
  }

  @Test
  void rulesRevision_isKept() {
    assertThat(decision().rulesRevision()).isEqualTo("rev-1");
  }

  @Test
  void missingArguments_areRefusedNamingThem() {
    assertThatNullPointerException().isThrownBy(() -> Decision.of(null, Map.of(), "rev-1"))
        .withMessage("findings");
    assertThatNullPointerException().isThrownBy(() -> Decision.of(List.of(), null, "rev-1"))
        .withMessage("values");
    assertThatNullPointerException().isThrownBy(() -> Decision.of(List.of(), Map.of(), null))
        .withMessage("rulesRevision");
  }
}
