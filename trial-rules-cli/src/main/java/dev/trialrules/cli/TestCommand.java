package dev.trialrules.cli;

import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.scenario.CoverageReport;
import dev.trialrules.scenario.RuleCoverage;
import dev.trialrules.scenario.ScenarioSuite;
import dev.trialrules.scenario.SuiteResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code trial-policy test DIR [--rules RULES_DIR] [--min-coverage N]}: the policy author's
 * scenario run. Runs every scenario file of {@code DIR} and prints {@code PASS name} or
 * {@code FAIL name} with the differences under it, then {@code N passed, M failed}, then the
 * rule coverage and the rules that fired in no scenario, one a line:
 *
 * <pre>
 * java -jar trial-rules-cli/target/trial-policy.jar test trial-rules-drl/scenarios
 * java -jar trial-rules-cli/target/trial-policy.jar test examples/authoring/scenarios --rules examples/authoring/policy
 * </pre>
 */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = {
      "Runs every scenario file (*.json) of DIR: a request and its expected decision, or a trial and its"
          + " expected timeline (see JSON-FORMAT.md). Prints PASS or FAIL per scenario, the differences"
          + " under a failure, a summary line, then the rule coverage and the rules that fired in no scenario."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every scenario passed, and coverage is at least --min-coverage",
      "1:a scenario failed, or coverage is below --min-coverage",
      "2:DIR is not a directory or holds no scenario file, or the rules cannot be read or do not build",
      "3:internal error",
      "4:the output cannot be written"
    })
final class TestCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "A directory of scenario files.")
  private Path directory;

  @Option(names = "--min-coverage", paramLabel = "N",
      description = "Fail unless at least N percent of the rules fired in some scenario.")
  private Double minCoverage;

  @Mixin
  private RulesOption rules;

  @Override
  public Integer call() {
    // The scenarios first: a wrong path should be reported without waiting for the rules to compile.
    TrialPolicyCli.requireDirectory(spec, "", directory);
    // Written so that NaN, which fails every comparison, fails this one too.
    if (minCoverage != null && !(minCoverage >= 0 && minCoverage <= 100)) {
      throw new ParameterException(spec.commandLine(), "--min-coverage must be between 0 and 100, was " + minCoverage);
    }
    ScenarioSuite suite = ScenarioSuite.load(directory);
    if (suite.scenarios().isEmpty()) {
      // "0 passed, 0 failed" and exit 0 would let a wrong path pass a CI job.
      throw new ParameterException(spec.commandLine(), "no scenario files in " + directory);
    }
    RuleCoverage coverage = new RuleCoverage();
    TrialPolicyEngine engine = rules.builder().listener(coverage).build();
    SuiteResult result = suite.run(engine);
    CoverageReport report = coverage.report(engine.ruleNames());

    PrintWriter out = spec.commandLine().getOut();
    out.println(result);
    out.println(report);
    report.notFired().forEach(rule -> out.println("  " + rule));
    boolean enoughCoverage = minCoverage == null || report.meets(minCoverage);
    if (!enoughCoverage) {
      out.println(String.format(Locale.ROOT, "coverage %.1f%% is below the minimum of %.1f%%", report.percent(), minCoverage));
    }
    Output.flush(out);
    return result.allPassed() && enoughCoverage ? TrialPolicyCli.ALLOWED : TrialPolicyCli.NOT_ALLOWED;
  }
}
