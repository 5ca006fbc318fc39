package dev.trialrules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.TrialEvent;
import dev.trialrules.facts.Services;
import dev.trialrules.facts.Trial;
import dev.trialrules.facts.TrialStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
  /** Every rule of POLICY.md. */
  static final Set<String> ALL_RULES = new TreeSet<>(List.of(
      "ACT-01", "ACT-02", "ACT-03",
      "NEW-01", "NEW-02", "NEW-03", "NEW-04", "NEW-05", "NEW-06", "NEW-07", "NEW-08", "NEW-09",
      "NEW-10", "NEW-11", "NEW-12",
      "EXIST-01", "EXIST-02", "EXIST-03", "EXIST-04", "EXIST-05", "EXIST-06", "EXIST-07", "EXIST-08",
      "PAID-01", "PAID-02",
      "EXT-01", "EXT-02", "EXT-03", "EXT-04",
      "MOD-01", "MOD-02", "MOD-03",
      "CONV-01", "CONV-02", "CONV-03", "CONV-04", "CONV-05",
      "END-01", "END-02", "END-03", "END-04", "END-05", "END-06", "END-07",
      "RET-01", "RET-02", "RET-03", "RET-04"));

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
  void everyPolicyRule_isNamedInTheShippedDrl() {
    Set<String> drlIds = Fixtures.ENGINE.ruleNames().stream().map(RULE_ID::matcher)
        .filter(Matcher::find).map(m -> m.group(1)).collect(Collectors.toCollection(TreeSet::new));
    assertThat(drlIds).containsAll(ALL_RULES);
  }

  @Test
  void everyRuleInTheDrl_startsWithAPolicyRuleId() {
    assertThat(Fixtures.ENGINE.ruleNames()).allSatisfy(name -> assertThat(name).containsPattern(RULE_ID));
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
        .map(t -> Fixtures.ENGINE.timeline(t).events().stream().map(TrialEvent::ruleId)
            .collect(Collectors.toSet()))
        .toList();
    for (String rule : TIMELINE_RULES) {
      assertThat(scheduled).as("%s schedules for some trial", rule).anyMatch(ids -> ids.contains(rule));
      assertThat(scheduled).as("%s does not schedule for every trial", rule).anyMatch(ids -> !ids.contains(rule));
    }
  }

  /** Keeps the list above honest when the specification is beside the checkout, as in CI. */
  @Test
  void theListOfRules_matchesPolicyMd() throws IOException {
    Path policy = locatePolicy();
    org.junit.jupiter.api.Assumptions.assumeTrue(policy != null, "../shared/POLICY.md is not beside the checkout");
    Set<String> ids = new TreeSet<>();
    Matcher m = Pattern.compile("(?m)^- \\*\\*([A-Z]+-\\d{2})").matcher(Files.readString(policy));
    while (m.find()) {
      ids.add(m.group(1));
    }
    assertThat(ids).isEqualTo(ALL_RULES);
  }

  private static Path locatePolicy() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("POLICY.md");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
