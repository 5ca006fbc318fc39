package dev.trialrules.examples;

import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.policy.ShippedPolicy;
import dev.trialrules.test.ScenarioTests;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The authoring walkthrough's scenarios, {@code examples/authoring/scenarios/*.json}, on its
 * example policy in {@code examples/authoring/policy}: the walkthrough's claims stay true.
 */
class AuthoringScenariosTest {
  private static final Path AUTHORING = Path.of("authoring").toAbsolutePath();

  @TestFactory
  Stream<DynamicTest> everyAuthoringScenario() {
    return ScenarioTests.from(AUTHORING.resolve("scenarios"),
        TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(AUTHORING.resolve("policy")).build());
  }
}
