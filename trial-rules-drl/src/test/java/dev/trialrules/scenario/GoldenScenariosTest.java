package dev.trialrules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.facts.ConsentRequest;
import dev.trialrules.facts.PolicyRequest;
import dev.trialrules.facts.StartTrialRequest;
import dev.trialrules.policy.ShippedPolicy;
import dev.trialrules.test.ScenarioTests;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden scenarios of the shipped policy, {@code trial-rules-drl/scenarios/*.json}, kept beside
 * the rules they pin. One test per file, through the toolkit's JUnit entry point; a failure lists
 * every field that differs, expected over actual.
 */
class GoldenScenariosTest {
  private static final Path SCENARIOS = Path.of("scenarios").toAbsolutePath();

  @TestFactory
  Stream<DynamicTest> everyScenario() {
    return ScenarioTests.from(SCENARIOS, TrialPolicyEngine.builder(ShippedPolicy.get()).build());
  }

  @Test
  void theShippedScenarios_fireEveryShippedRule() {
    RuleCoverage coverage = new RuleCoverage();
    TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).listener(coverage).build();

    SuiteResult result = ScenarioSuite.load(SCENARIOS).run(engine);
    CoverageReport report = coverage.report(engine.ruleNames());

    assertThat(result.allPassed()).as("%s", result).isTrue();
    assertThat(report.notFired()).as("%s", report).isEmpty();
  }

  @Test
  void theScenariosCoverEveryFlowAndConsentStep() {
    Set<String> kinds = new TreeSet<>();
    for (Scenario scenario : ScenarioSuite.load(SCENARIOS).scenarios()) {
      PolicyRequest request = scenario.request().orElse(null);
      if (request instanceof StartTrialRequest start) {
        kinds.add(start.flow().name());
      } else if (request instanceof ConsentRequest consent) {
        kinds.add("consent " + consent.action());
      }
    }
    assertThat(kinds).contains("NEW_CUSTOMER", "EXISTING_CUSTOMER", "PAID_CUSTOMER", "consent ACCEPT", "consent EXPIRE");
  }
}
