package dev.trialrules.cli;

import static dev.trialrules.cli.TrialPolicyCliTest.assertBadInput;
import static dev.trialrules.cli.TrialPolicyCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.cli.TrialPolicyCliTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trial-policy test}: its lines, its coverage report and its exit status. */
class TestCommandTest {
  private static final Path SCENARIOS = Path.of("../trial-rules-drl/scenarios");
  private static final Path AUTHORING = Path.of("../examples/authoring");
  private static final String COVERAGE = "coverage: \\d+ of \\d+ rules fired \\(\\d+\\.\\d%\\)";

  @TempDir
  Path dir;

  @Test
  void theShippedScenarios_passOnTheShippedPolicy() {
    Result result = run("test", SCENARIOS.toString());

    assertThat(result.status()).as("stdout: %s%nstderr: %s", result.out(), result.err()).isZero();
    List<String> lines = result.out().lines().toList();
    int summary = lines.indexOf(lines.stream().filter(l -> l.matches("\\d+ passed, 0 failed")).findFirst().orElseThrow());
    assertThat(lines.subList(0, summary)).isNotEmpty().allMatch(l -> l.startsWith("PASS ") && l.endsWith(".json"));
    assertThat(lines.get(summary + 1)).matches(COVERAGE);
    // Then the rules no scenario fired, one a line, indented.
    assertThat(lines.subList(summary + 2, lines.size())).allMatch(l -> l.matches("  [A-Z]+-\\d+ .+"));
  }

  @Test
  void theAuthorsScenarios_passOnTheAuthorsPolicy() {
    Result result = run("test", AUTHORING.resolve("scenarios").toString(), "--rules", AUTHORING.resolve("policy").toString());

    assertThat(result.status()).as("stdout: %s", result.out()).isZero();
    assertThat(result.out()).contains("PASS hospital-in-denmark-denied.json\n", "4 passed, 0 failed\n");
  }

  @Test
  void aFailingScenario_exitsOne_withItsDifferencesIndentedUnderIt() throws IOException {
    String scenario = Files.readString(SCENARIOS.resolve("new-customer-allowed.json"))
        .replace("\"outcome\": \"ALLOWED\"", "\"outcome\": \"DENIED\"");
    Files.writeString(dir.resolve("wrong.json"), scenario);
    Files.writeString(dir.resolve("broken.json"), "{");

    Result result = run("test", dir.toString());

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out()).startsWith("""
        FAIL broken.json
            broken.json:1:2: malformed JSON: Unexpected end-of-input: expected close marker for Object (start marker at line 1, column 1)
        FAIL wrong.json
            outcome                      expected "DENIED"
                                         actual   "ALLOWED"
        0 passed, 2 failed
        coverage: """);
  }

  @Test
  void coverageBelowTheMinimum_exitsOne_andSaysSo() throws IOException {
    // One scenario that passes fires a handful of the rules, far below the minimum.
    Files.copy(SCENARIOS.resolve("new-customer-allowed.json"), dir.resolve("new-customer-allowed.json"));
    Result result = run("test", dir.toString(), "--min-coverage", "99.5");

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out()).containsPattern("coverage \\d+\\.\\d% is below the minimum of 99\\.5%\n$");
  }

  @Test
  void theShippedScenarios_coverEveryRule() {
    Result result = run("test", SCENARIOS.toString(), "--min-coverage", "100");

    assertThat(result.status()).isZero();
    assertThat(result.out()).containsPattern("coverage: (\\d+) of \\1 rules fired \\(100\\.0%\\)\n$");
  }

  @Test
  void aDirectoryThatIsNotOne_isBadInput() throws IOException {
    assertBadInput(run("test", dir.resolve("nope").toString()), "nope: no such directory");
    Path file = Files.writeString(dir.resolve("file.json"), "{}");
    assertBadInput(run("test", file.toString()), "not a directory");
  }

  @Test
  void aMinimumOutsideZeroToHundred_isBadInput() {
    assertBadInput(run("test", SCENARIOS.toString(), "--min-coverage", "101"), "--min-coverage");
  }

  @Test
  void rulesThatDoNotBuild_areBadInput() throws IOException {
    Path rules = Files.createDirectory(dir.resolve("rules"));
    Files.writeString(rules.resolve("broken.drl"), "package x;\nrule \"LOCAL-01 broken\" when NoSuchFact() then end\n");

    assertBadInput(run("test", SCENARIOS.toString(), "--rules", rules.toString()), "does not build");
  }

  /** A folder with no scenario once passed as "0 passed, 0 failed", letting a wrong path pass a CI job. */
  @Test
  void aFolderWithNoScenarioFile_isBadInput() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertBadInput(run("test", empty.toString()), "no scenario files in " + empty);

    Files.writeString(empty.resolve("README.md"), "not a scenario");
    assertBadInput(run("test", empty.toString()), "no scenario files in " + empty);
  }

  /** NaN fails every comparison, so a range check written as two refusals once let it through. */
  @Test
  void aMinimumThatIsNoPercentage_isBadInput() {
    for (String minimum : List.of("NaN", "Infinity", "-Infinity", "-0.5", "100.01")) {
      assertBadInput(run("test", SCENARIOS.toString(), "--min-coverage", minimum), "--min-coverage");
    }
  }
}
