package dev.trialrules.cli;

import static dev.trialrules.cli.TrialPolicyCliTest.assertBadInput;
import static dev.trialrules.cli.TrialPolicyCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.cli.TrialPolicyCliTest.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trial-policy validate}: its exit status and its lines, as an editor or a CI log reads them. */
class ValidateCommandTest {
  /** {@code file:line:column: error: text} or {@code ... warning: text}, as README.md documents. */
  private static final String MESSAGE = ".+:\\d+:\\d+: (error|warning): .+";
  private static final String SUMMARY = "\\d+ errors?, \\d+ warnings?";

  private static final String HEADER = """
      package author.rules;
      import dev.trialrules.facts.*;
      global dev.trialrules.rules.Verdict verdict;

      """;

  @TempDir
  Path dir;

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void theShippedPolicy_validatesClean() {
    Result result = run("validate");

    assertThat(result.status()).as("stderr: %s", result.err()).isZero();
    assertThat(result.out()).isEqualTo("ok: no problems\n");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void anEmptyDirectory_validatesClean_sayingNothingWasRead() {
    Result result = run("validate", dir.toString());

    assertThat(result.status()).isZero();
    assertThat(result.out()).isEqualTo("read 0 files from " + dir + ": none, so the shipped policy alone\n"
        + "ok: no problems\n");
  }

  @Test
  void theFilesRead_areListedFirst_andOnlyThoseThatCount() throws IOException {
    file("local.drl", HEADER);
    file("parameters.properties", "grace-period-days = 45\n");
    file("parameter.properties", "grace-period-days = 45\n");

    Result result = run("validate", dir.toString());

    assertThat(result.out().lines().findFirst()).hasValue(
        "read 2 files from " + dir + ": local.drl, parameters.properties");
    assertThat(result.out()).contains("parameter.properties:0:0: warning: not read");
  }

  @Test
  void warningsAlone_exitZero_oneLineEach_thenTheSummary() throws IOException {
    Path local = file("local.drl", HEADER + """
        rule "Deny hospitals in Denmark"
        when
            StartTrialRequest( vertical == "Healthcare", country == "DK" )
        then
            verdict.deny("vertical", "Danish hospitals trial through the public tender.");
        end
        """);

    Result result = run("validate", dir.toString());

    assertThat(result.status()).as("stdout: %s", result.out()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out().lines()).containsExactly(
        "read 1 file from " + dir + ": local.drl",
        local + ":5:1: warning: rule \"Deny hospitals in Denmark\" does not start with a rule ID such as NEW-01 or"
            + " LOCAL-01, so its findings would carry its whole name as their rule ID",
        "0 errors, 1 warning");
  }

  @Test
  void anError_exitsOne_locatedByFileAndLine() throws IOException {
    Path broken = file("broken.drl", HEADER + """
        rule "LOCAL-01 Refers to a fact that does not exist"
        when
            NoSuchFact( )
        then
        end

        rule "Has no rule ID"
        when
        then
        end
        """);

    Result result = run("validate", dir.toString());

    assertThat(result.status()).as("stdout: %s", result.out()).isEqualTo(1);
    assertThat(result.err()).isEmpty();
    List<String> lines = result.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("read 1 file from " + dir + ": broken.drl");
    assertThat(lines.subList(1, lines.size() - 1)).isNotEmpty().allMatch(line -> line.matches(MESSAGE))
        .anyMatch(line -> line.startsWith(broken + ":7:") && line.contains(": error: ") && line.contains("NoSuchFact"))
        .anyMatch(line -> line.startsWith(broken + ":11:1: warning: "));
    assertThat(lines.get(lines.size() - 1)).matches(SUMMARY).doesNotStartWith("0 errors");
  }

  @Test
  void anInvalidParameter_exitsOne() throws IOException {
    Path parameters = file("parameters.properties", "grace-perod-days = 45\n");

    Result result = run("validate", dir.toString());

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out().lines()).containsExactly("read 1 file from " + dir + ": parameters.properties",
        parameters + ":1:1: error: parameter"
        + " grace-perod-days = '45' is unknown; an author's own parameters are named custom.*", "1 error, 0 warnings");
  }

  @Test
  void aMissingDirectory_exitsTwo() {
    assertBadInput(run("validate", dir.resolve("nowhere").toString()), "nowhere", "no such directory");
  }

  @Test
  void aFileForTheDirectory_exitsTwo() throws IOException {
    Path notADirectory = file("rules.drl", HEADER);

    assertBadInput(run("validate", notADirectory.toString()), "rules.drl", "not a directory");
  }

  @Test
  void help_describesItsArgumentAndStatuses() {
    Result result = run("validate", "--help");

    assertThat(result.status()).isZero();
    assertThat(result.out()).contains("DIR", "warning", "Exit status");
    assertThat(run("--help").out()).contains("validate");
  }

  @Test
  void problemsThatCannotBeWritten_exitFour() {
    TrialPolicyCliTest.Result result = TrialPolicyCliTest.runTo(new TrialPolicyCliTest.FullDisk(0),
        java.io.InputStream.nullInputStream(), "validate");

    TrialPolicyCliTest.assertOutputFailed(result.status(), result.err());
  }

  /**
   * A directory that exists but cannot be listed once failed deep in loading (exit 3, a stack
   * trace). Only a user without root's override can see it: as root the test is skipped.
   */
  @Test
  void anUnreadableDirectory_isBadInput_forValidateAndRules() throws IOException {
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, java.util.Set.of());
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "the user reads every directory");

      assertBadInput(run("validate", locked.toString()), "locked: permission denied");
      assertBadInput(run("evaluate", Path.of("../examples/requests", "new-customer-allowed.json").toString(),
          "--rules", locked.toString()), "--rules", "locked: permission denied");
    } finally {
      Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void shippedFilesOverlaidWithEmptyOnes_failNamingTheLostRuleIds_insteadOfOk() throws IOException {
    for (String name : List.of("dates.drl", "eligibility.drl", "services.drl", "changes.drl", "consent.drl",
        "lifecycle.drl", "extension.drl", "conversion.drl", "returns.drl")) {
      file(name, "");
    }

    Result result = run("validate", dir.toString());

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out().lines().toList()).hasSize(3).element(1).asString()
        .matches(MESSAGE).contains("error: the policy lacks shipped rule IDs", "NEW-01 (eligibility.drl)");
    assertThat(result.out()).endsWith("1 error, 0 warnings\n");
  }

  @Test
  void aFileThatDoesNotCount_isAWarningNamingIt() throws IOException {
    file("parameter.properties", "consent-window-days = 3\n");

    Result result = run("validate", dir.toString());

    assertThat(result.status()).isZero();
    assertThat(result.out()).isEqualTo("read 0 files from " + dir + ": none, so the shipped policy alone\n"
        + dir.resolve("parameter.properties") + ":0:0: warning: not read: only *.drl,"
        + " parameters.properties and regions.properties count\n0 errors, 1 warning\n");
  }
}
