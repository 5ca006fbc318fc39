package dev.trialrules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.policy.ShippedPolicy;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Rule coverage: which rules fired, the share that did, and that it counts across threads. */
class RuleCoverageTest {

  @Test
  void theReport_namesTheRulesThatNeverFired_andTheShareThatDid() {
    RuleCoverage coverage = new RuleCoverage();
    coverage.onRuleFired("A-01 one");
    coverage.onRuleFired("A-01 one");
    coverage.onRuleFired("C-01 three");
    coverage.onRuleFired("OLD-01 of an earlier revision");

    CoverageReport report = coverage.report(List.of("C-01 three", "B-01 two", "A-01 one"));

    assertThat(report.firedCount()).isEqualTo(2);
    assertThat(report.notFired()).containsExactly("B-01 two");
    assertThat(report.toString()).isEqualTo("coverage: 2 of 3 rules fired (66.7%)");
    assertThat(report.meets(66.6)).isTrue();
    assertThat(report.meets(67)).isFalse();
  }

  @Test
  void theFigure_isTheSameUnderAnyLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(new CoverageReport(8, List.of("x")).toString()).isEqualTo("coverage: 7 of 8 rules fired (87.5%)");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void noRules_isFullCoverage() {
    assertThat(new RuleCoverage().report(List.of()).percent()).isEqualTo(100.0);
  }

  @Test
  void aReport_refusesMoreRulesNotFiredThanRules() {
    assertThatThrownBy(() -> new CoverageReport(0, List.of("x"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void firingsFromManyThreads_areAllCounted() {
    RuleCoverage coverage = new RuleCoverage();
    IntStream.range(0, 10_000).parallel().forEach(i -> coverage.onRuleFired("R-" + (i % 100)));

    assertThat(coverage.fired()).hasSize(100);
    coverage.reset();
    assertThat(coverage.fired()).isEmpty();
  }

  @Test
  void asAListener_itSeesTheRulesOfTheScenarios() {
    RuleCoverage coverage = new RuleCoverage();
    TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).listener(coverage).build();

    ScenarioSuite.load(ScenarioFiles.SHIPPED).run(engine);
    CoverageReport report = coverage.report(engine.ruleNames());

    assertThat(report.ruleCount()).isEqualTo(engine.ruleNames().size());
    assertThat(coverage.fired()).anyMatch(rule -> rule.startsWith("NEW-02"));
    assertThat(report.notFired()).doesNotContainAnyElementsOf(coverage.fired());
    assertThat(report.firedCount()).isEqualTo(coverage.fired().size());
  }
}
