package dev.trialrules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.PolicyRule;
import dev.trialrules.TrialEvent;
import dev.trialrules.facts.Services;
import dev.trialrules.facts.Trial;
import dev.trialrules.facts.TrialStatus;
import dev.trialrules.testing.Fixtures;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule of POLICY.md is a DRL rule, shapes a decision or a timeline in one test and is
 * shown not to in another; as the Drools decision-table tests check that every row fires.
 */
class EveryRuleIsExercisedTest {
  /** Every rule of POLICY.md, revision 2: 52 IDs. */
  static final Set<String> ALL_RULES = new TreeSet<>(List.of(
      "ACT-01", "ACT-02", "ACT-03",
      "NEW-01", "NEW-02", "NEW-03", "NEW-04", "NEW-05", "NEW-06", "NEW-07", "NEW-08", "NEW-09",
      "NEW-10", "NEW-11", "NEW-12",
      "EXIST-01", "EXIST-02", "EXIST-03", "EXIST-04", "EXIST-05", "EXIST-06", "EXIST-07", "EXIST-08",
      "EXIST-09",
      "PAID-01", "PAID-02",
      "EXT-01", "EXT-02", "EXT-03", "EXT-04",
      "MOD-01", "MOD-02", "MOD-03", "MOD-04",
      "CONV-01", "CONV-02", "CONV-03", "CONV-04", "CONV-05", "CONV-06",
      "END-01", "END-02", "END-03", "END-04", "END-05", "END-06", "END-07",
      "RET-01", "RET-02", "RET-03", "RET-04", "RET-05"));

  /** Rules that schedule timeline events rather than (or as well as) shape decisions. */
  static final Set<String> TIMELINE_RULES = new TreeSet<>(List.of(
      "END-02", "END-03", "END-04", "END-05", "END-06", "END-07", "EXIST-06", "RET-01"));

  private static final Pattern RULE_ID = Pattern.compile("^([A-Z]+-\\d{2})\\s");

  static List<RuleCase> allRows() {
    return Stream.of(EligibilityRulesTest.cases(), ServicesRulesTest.cases(), ConsentRulesTest.cases(),
        LifecycleRulesTest.cases(), ExtensionRulesTest.cases(), ServiceChangeRulesTest.cases(),
        ConversionRulesTest.cases(), ReturnsRulesTest.cases()).flatMap(s -> s).toList();
  }

  @Test
  void everyPolicyRule_isTheIdOfAShippedDrlRule_andEveryShippedRuleHasOneOfThem() {
    Set<String> drlIds = ShippedEngine.ENGINE.rules().stream().map(PolicyRule::ruleId)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(drlIds).isEqualTo(ALL_RULES);
  }

  @Test
  void everyShippedRule_declaresItsIdAsMetadata_andItsNameStartsWithIt() {
    // PolicyRule falls back to the ID that starts a name when @id is missing; the shipped rules
    // must not lean on that, so the metadata is read here directly from each rule's name.
    assertThat(ShippedEngine.ENGINE.rules()).allSatisfy(rule -> {
      assertThat(rule.name()).as("%s", rule).startsWith(rule.ruleId() + " ");
      assertThat(RULE_ID.matcher(rule.name()).find()).as("%s", rule).isTrue();
    });
  }

  @Test
  void everyShippedRule_citesItsSourceOrStatesItsReading() {
    assertThat(ShippedEngine.ENGINE.rules()).allSatisfy(rule -> assertThat(rule.source().isPresent()
        || rule.reading().isPresent()).as("%s has neither @source nor @reading", rule).isTrue());
    assertThat(ShippedEngine.ENGINE.rules()).filteredOn(rule -> rule.source().isPresent())
        .allSatisfy(rule -> assertThat(rule.source().orElseThrow())
            .as("%s cites a line of the source document", rule).matches("\\d+(, \\d+)*: .+"));
  }

  @Test
  void everyPolicyRule_firesInOneRowAndStaysSilentInAnother() {
    List<RuleCase> rows = allRows();
    Set<String> firing = rows.stream().filter(RuleCase::shouldFire).map(RuleCase::ruleId).collect(Collectors.toSet());
    Set<String> silent = rows.stream().filter(r -> !r.shouldFire()).map(RuleCase::ruleId).collect(Collectors.toSet());
    Set<String> decisionRules = new TreeSet<>(ALL_RULES);
    decisionRules.removeAll(TIMELINE_RULES);
    assertThat(firing).as("rules shown to fire").containsAll(decisionRules);
    assertThat(silent).as("rules shown not to fire").containsAll(decisionRules);
  }

  @Test
  void everyTimelineRule_schedulesForOneTrialAndNotForAnother() {
    List<Trial> trials = List.of(
        Fixtures.trial().services(Services.CALLING).build(),
        Fixtures.trial().build(),
        Fixtures.deviceTrial().build(),
        Fixtures.trial().status(TrialStatus.CANCELLED).build(),
        Fixtures.trial().status(TrialStatus.PENDING_CONSENT).consentSentOn(Fixtures.TODAY).build());
    List<Set<String>> scheduled = trials.stream()
        .map(t -> ShippedEngine.ENGINE.timeline(t).events().stream().map(TrialEvent::ruleId)
            .collect(Collectors.toSet()))
        .toList();
    for (String rule : TIMELINE_RULES) {
      assertThat(scheduled).as("%s schedules for some trial", rule).anyMatch(ids -> ids.contains(rule));
      assertThat(scheduled).as("%s does not schedule for every trial", rule).anyMatch(ids -> !ids.contains(rule));
    }
  }
}
