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

  @Test
  void theShippedPolicy_writesNothingOnStderr() {
    Result result = run("evaluate", REQUEST);

    assertThat(result.status()).isEqualTo(TrialPolicyCli.ALLOWED);
    assertThat(result.err()).isEmpty();
  }
}
