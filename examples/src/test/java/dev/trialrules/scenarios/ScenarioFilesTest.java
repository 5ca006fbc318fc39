package dev.trialrules.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.facts.ConsentRequest;
import dev.trialrules.facts.PolicyRequest;
import dev.trialrules.facts.StartTrialRequest;
import dev.trialrules.test.CoverageReport;
import dev.trialrules.test.RuleCoverage;
import dev.trialrules.test.Scenario;
import dev.trialrules.test.ScenarioSuite;
import dev.trialrules.test.ScenarioTests;
import dev.trialrules.test.SuiteResult;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden scenarios: {@code examples/scenarios/*.json} on the shipped policy, and
 * {@code examples/authoring/scenarios/*.json} on the authors' example policy in
 * {@code examples/authoring/policy}. One test per file, through the toolkit's JUnit entry point;
 * a failure lists every field that differs, expected over actual.
 */
class ScenarioFilesTest {
  private static final Path SCENARIOS = Path.of("scenarios").toAbsolutePath();
  private static final Path AUTHORING = Path.of("authoring").toAbsolutePath();

  @TestFactory
  Stream<DynamicTest> everyScenario() {
    return ScenarioTests.from(SCENARIOS, TrialPolicyEngine.builder().build());
  }

  @TestFactory
  Stream<DynamicTest> everyAuthoringScenario() {
    return ScenarioTests.from(AUTHORING.resolve("scenarios"),
        TrialPolicyEngine.builder().rulesDirectory(AUTHORING.resolve("policy")).build());
  }

  @Test
  void theShippedScenarios_fireEveryShippedRule() {
    RuleCoverage coverage = new RuleCoverage();
    TrialPolicyEngine engine = TrialPolicyEngine.builder().listener(coverage).build();

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
