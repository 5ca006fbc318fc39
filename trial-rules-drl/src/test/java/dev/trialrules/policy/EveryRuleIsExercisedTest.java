package dev.trialrules.policy;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Every policy rule of the sections implemented so far is a DRL rule, shapes a decision in some
 * row of a rule table, and is shown not to in another; as the Drools decision-table tests check
 * that every row fires.
 */
class EveryRuleIsExercisedTest {
  /** POLICY.md sections 1-4. */
  static final Set<String> SECTIONS_1_TO_4 = new TreeSet<>(List.of(
      "ACT-01", "ACT-02", "ACT-03",
      "NEW-01", "NEW-02", "NEW-03", "NEW-04", "NEW-05", "NEW-06", "NEW-07", "NEW-08", "NEW-09",
      "NEW-10", "NEW-11", "NEW-12",
      "EXIST-01", "EXIST-02", "EXIST-03", "EXIST-04", "EXIST-05", "EXIST-06", "EXIST-07", "EXIST-08",
      "PAID-01", "PAID-02"));

  private static final Pattern RULE_ID = Pattern.compile("^([A-Z]+-\\d{2})\\s");

  static List<RuleCase> allRows() {
    return Stream.of(EligibilityRulesTest.cases(), ServicesRulesTest.cases(), ConsentRulesTest.cases(),
        LifecycleRulesTest.cases()).flatMap(s -> s).toList();
  }

  @Test
  void everyPolicyRule_isNamedInTheShippedDrl() {
    Set<String> drlIds = Fixtures.ENGINE.ruleNames().stream().map(RULE_ID::matcher)
        .filter(Matcher::find).map(m -> m.group(1)).collect(Collectors.toCollection(TreeSet::new));
    assertThat(drlIds).containsAll(SECTIONS_1_TO_4);
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
    assertThat(firing).as("rules shown to fire").containsAll(SECTIONS_1_TO_4);
    assertThat(silent).as("rules shown not to fire").containsAll(SECTIONS_1_TO_4);
  }

  /** Keeps the list above honest when the specification is beside the checkout, as in CI. */
  @Test
  void theListOfSections1To4_matchesPolicyMd() throws IOException {
    Path policy = locatePolicy();
    org.junit.jupiter.api.Assumptions.assumeTrue(policy != null, "../shared/POLICY.md is not beside the checkout");
    Set<String> ids = new TreeSet<>();
    Matcher m = Pattern.compile("(?m)^- \\*\\*((?:ACT|NEW|EXIST|PAID)-\\d{2})").matcher(Files.readString(policy));
    while (m.find()) {
      ids.add(m.group(1));
    }
    assertThat(ids).isEqualTo(SECTIONS_1_TO_4);
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
