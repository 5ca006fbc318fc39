package dev.trialrules.test;

import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.scenario.ScenarioResult;
import dev.trialrules.scenario.ScenarioSuite;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The JUnit 5 entry point: one test per scenario file of a directory, each failing with the
 * differences between expected and actual, field by field.
 *
 * <pre>{@code
 * class PolicyScenariosTest {
 *   @TestFactory
 *   Stream<DynamicTest> scenarios() {
 *     return ScenarioTests.from(Path.of("src/test/scenarios"), TrialPolicyEngine.builder(ShippedPolicy.get()).build());
 *   }
 * }
 * }</pre>
 */
public final class ScenarioTests {
  private ScenarioTests() {}

  /**
   * One dynamic test per scenario file, named by its file name. A directory without scenario
   * files yields one failing test, so that a wrong path cannot pass as an empty suite.
   *
   * @param directory the scenario directory
   * @param engine the engine to run them on
   * @throws IllegalArgumentException if {@code directory} is not a directory
   */
  public static Stream<DynamicTest> from(Path directory, TrialPolicyEngine engine) {
    ScenarioSuite suite = ScenarioSuite.load(directory);
    if (suite.scenarios().isEmpty()) {
      return Stream.of(DynamicTest.dynamicTest(directory.toString(), () -> {
        throw new AssertionError("no scenario files (*.json) in " + directory);
      }));
    }
    // No file URI as the test source: Surefire filters tests by class and would drop them silently.
    return suite.scenarios().stream().map(scenario -> DynamicTest.dynamicTest(scenario.name(), () -> {
      ScenarioResult result = scenario.check(engine);
      if (!result.passed()) {
        throw new AssertionError(scenario.name() + ": " + result.description() + "\n" + result.details());
      }
    }));
  }
}
