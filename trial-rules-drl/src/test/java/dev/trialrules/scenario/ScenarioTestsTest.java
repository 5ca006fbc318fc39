package dev.trialrules.scenario;




import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static dev.trialrules.scenario.ScenarioFiles.decisionScenario;
import static dev.trialrules.scenario.ScenarioFiles.engine;
import static dev.trialrules.scenario.ScenarioFiles.expect;

import dev.trialrules.test.ScenarioTests;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JUnit entry point: one test per file, named by it, failing with the differences. */
class ScenarioTestsTest {
  @TempDir
  Path dir;

  @Test
  void oneTestPerFile_passingAndFailingAsTheScenarios() {
    decisionScenario(dir, "good.json", s -> { });
    decisionScenario(dir, "wrong.json", s -> expect(s).put("outcome", "DENIED"));

    List<DynamicTest> tests = ScenarioTests.from(dir, engine()).toList();

    assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly("good.json", "wrong.json");
    // No test source: Surefire's class filter would drop a test whose source is a file.
    assertThat(tests).allMatch(t -> t.getTestSourceUri().isEmpty());
    assertThatCode(() -> tests.get(0).getExecutable().execute()).doesNotThrowAnyException();
    assertThatThrownBy(() -> tests.get(1).getExecutable().execute())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("wrong.json: A new customer's")
        .hasMessageContaining(new Difference("outcome", "\"DENIED\"", "\"ALLOWED\"").toString().replace("\n", "\n    "));
  }

  @Test
  void anEmptyDirectory_isOneFailingTest_notAnEmptySuite() {
    List<DynamicTest> tests = ScenarioTests.from(dir, engine()).toList();

    assertThat(tests).hasSize(1);
    assertThatThrownBy(() -> tests.get(0).getExecutable().execute())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("no scenario files");
  }
}
