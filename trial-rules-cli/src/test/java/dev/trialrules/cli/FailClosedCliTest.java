package dev.trialrules.cli;

import static dev.trialrules.cli.TrialPolicyCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import dev.trialrules.cli.TrialPolicyCliTest.Result;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An author's rule that fails at run time, through {@code trial-policy evaluate --rules DIR}: the
 * request is DENIED (exit 1), the decision printed names the rule, and stderr says so in one line,
 * with no stack trace from the tool or from the engine's log.
 */
class FailClosedCliTest {
  private static final String REQUEST = Path.of("../examples/requests", "new-customer-allowed.json").toString();
  private static final String HEADER = """
      package author.failing;
      import dev.trialrules.facts.*;
      global dev.trialrules.rules.Verdict verdict;
      """;

  @TempDir
  Path rules;

  /** Beside the rules directory, not in it: the engine would read (and warn of) a file there. */
  @TempDir
  Path inputs;

  /** Runs with System.err captured too: the engine logs through slf4j-simple, which writes there. */
  private static Result runCapturingTheLog(String[] args, StringBuilder log) {
    PrintStream saved = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      return run(args);
    } finally {
      System.setErr(saved);
      log.append(captured.toString(StandardCharsets.UTF_8));
    }
  }

  private void assertFailsClosed(String rule, String... mentions) throws IOException {
    StringBuilder log = new StringBuilder();
    Result result = runCapturingTheLog(new String[] {"evaluate", REQUEST, "--rules", rules.toString()}, log);

    assertThat(result.status()).as("stderr: %s", result.err()).isEqualTo(TrialPolicyCli.NOT_ALLOWED);
    JsonNode decision = new ObjectMapper().readTree(result.out());
    assertThat(decision.get("outcome").asString()).isEqualTo("DENIED");
    assertThat(decision.get("ruleIds")).extracting(JsonNode::asString).containsExactly("ENGINE");
    JsonNode finding = decision.get("findings").get(0);
    assertThat(finding.get("ruleName").asString()).isEqualTo(rule);
    assertThat(finding.get("message").asString()).contains(mentions);

    assertThat(result.err().lines()).singleElement().asString()
        .startsWith("trial-policy: the rules failed, so the request is DENIED: ").contains(mentions);
    assertThat(result.err() + log).doesNotContain("\tat ", "Caused by", "Exception executing consequence");
  }

  @Test
  void aRuleThatThrows_deniesWithExitOneAndOneLineOnStderr() throws IOException {
    Files.writeString(rules.resolve("throws.drl"), HEADER + """
        rule "LOCAL-01 Divide by the number of services"
        when
            StartTrialRequest( $services : services )
        then
            int perService = 100 / ($services.size() - $services.size());
        end
        """);

    assertFailsClosed("LOCAL-01 Divide by the number of services", "rule 'LOCAL-01 Divide by the number of services'",
        "ArithmeticException");
  }

  @Test
  void aRuleThatKeepsRetriggering_deniesWithExitOne() throws IOException {
    Files.writeString(rules.resolve("loop.drl"), HEADER + """
        rule "LOCAL-01 Insert forever"
        when
            $n : Integer()
        then
            insert(Integer.valueOf($n.intValue() + 1));
        end
        rule "LOCAL-02 Seed"
        when
            StartTrialRequest()
        then
            insert(Integer.valueOf(0));
        end
        """);

    assertFailsClosed("ENGINE", "without settling");
  }

  /** A rule that throws while scheduling the trial {@code trialId}, and only that one. */
  private void aRuleThatThrowsFor(String trialId) throws IOException {
    Files.writeString(rules.resolve("schedule.drl"), HEADER + """
        rule "LOCAL-03 Divide the trial's days by nothing"
        when
            TimelineRequest( trial.trialId() == "%s", $trial : trial )
        then
            int perDay = 100 / ($trial.licenseQuantity() - $trial.licenseQuantity());
        end
        """.formatted(trialId));
  }

  private static String trialLine(String trialId) {
    return TrialPolicyCliTest.trial("").replace("\"t-1\"", "\"" + trialId + "\"") + "\n";
  }

  @Test
  void aTimelineARuleFailsFor_printsNothing_exitsThree_andNamesTheRuleInOneLine() throws IOException {
    aRuleThatThrowsFor("t-1");
    Path trial = Files.writeString(inputs.resolve("trial.json"), TrialPolicyCliTest.trial(""));
    StringBuilder log = new StringBuilder();

    Result result = runCapturingTheLog(new String[] {"timeline", trial.toString(), "--rules", rules.toString()}, log);

    assertThat(result.status()).as("stderr: %s", result.err()).isEqualTo(TrialPolicyCli.INTERNAL_ERROR);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines()).singleElement().asString()
        .startsWith("trial-policy: the rules failed, so trial t-1 has no timeline: ")
        .contains("rule 'LOCAL-03 Divide the trial's days by nothing' failed", "ArithmeticException");
    assertThat(result.err() + log).doesNotContain("\tat ", "Caused by", "Exception executing consequence");
  }

  @Test
  void aSweepWithATrialARuleFailsFor_writesEveryOtherTrialsEvents_namesTheFailedOne_andExitsThree()
      throws IOException {
    aRuleThatThrowsFor("b");
    String others = trialLine("a") + trialLine("c");
    Result clean = SweepCommandTest.sweep(others, "sweep", "--date", "2026-12-01", "--rules", rules.toString());
    assertThat(clean.status()).as("stderr: %s", clean.err()).isZero();
    assertThat(clean.out()).contains("\"a\"", "\"c\"");
    StringBuilder log = new StringBuilder();
    PrintStream saved = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    Result result;
    try {
      result = SweepCommandTest.sweep(trialLine("a") + "\n" + trialLine("b") + trialLine("c"),
          "sweep", "--date", "2026-12-01", "--rules", rules.toString());
    } finally {
      System.setErr(saved);
      log.append(captured.toString(StandardCharsets.UTF_8));
    }

    assertThat(result.status()).as("stderr: %s", result.err()).isEqualTo(TrialPolicyCli.INTERNAL_ERROR);
    assertThat(result.out()).isEqualTo(clean.out());
    assertThat(result.err().lines()).containsExactly(
        "trial-policy: stdin:3: the rules failed, so trial b is not swept: rule 'LOCAL-03 Divide the trial's days by"
            + " nothing' failed: ArithmeticException: / by zero",
        "trial-policy: the rules failed for 1 trial, which is not swept; every other trial's events are written");
    assertThat(result.err() + log).doesNotContain("\tat ", "Caused by", "Exception executing consequence");
  }

  @Test
  void theShippedPolicy_writesNothingOnStderr() {
    Result result = run("evaluate", REQUEST);

    assertThat(result.status()).isEqualTo(TrialPolicyCli.ALLOWED);
    assertThat(result.err()).isEmpty();
  }
}
