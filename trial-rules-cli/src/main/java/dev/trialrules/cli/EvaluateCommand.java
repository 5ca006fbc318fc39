package dev.trialrules.cli;

import dev.trialrules.Decision;
import dev.trialrules.Finding;
import dev.trialrules.json.RequestJson;
import dev.trialrules.facts.PolicyRequest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code trial-policy evaluate REQUEST.json}: decides one request and prints the decision. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Decides one JSON request and prints the decision.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:ALLOWED",
      "1:DENIED, INCOMPLETE or NEEDS_APPROVAL",
      "2:the request, an option or the rules cannot be read",
      "3:internal error",
      "4:the output cannot be written"
    })
final class EvaluateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "REQUEST.json", description = "The request; see JSON-FORMAT.md.")
  private Path request;

  @Option(names = "--format", paramLabel = "json|text", defaultValue = "json",
      description = "Print the decision as JSON (default) or as text.")
  private OutputFormat format;

  @Option(names = "--today", paramLabel = "YYYY-MM-DD",
      description = "Decide as of this date instead of the request's \"today\".")
  private LocalDate today;

  @Mixin
  private RulesOption rules;

  @Override
  public Integer call() {
    // The request first: a typo should be reported without waiting for the rules to compile.
    PolicyRequest policyRequest = RequestJson.read(request, today);
    Decision decision = rules.buildEngine().decide(policyRequest);
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.write(decision));
    Output.flush(out);
    reportEngineFailure(decision);
    return decision.isAllowed() ? TrialPolicyCli.ALLOWED : TrialPolicyCli.NOT_ALLOWED;
  }

  /**
   * A rule that failed is a fault of the rules, not a reason of the policy: the decision on
   * stdout is DENIED and names it, and stderr says so in one line, where a script's log keeps
   * it. The engine's own log of it, with the stack trace, is off in this tool (see
   * {@code simplelogger.properties}): a user would read a stack trace as the tool crashing.
   */
  private void reportEngineFailure(Decision decision) {
    PrintWriter err = spec.commandLine().getErr();
    for (Finding finding : decision.findings(Finding.ENGINE)) {
      err.println("trial-policy: the rules failed, so the request is " + decision.outcome() + ": "
          + TerminalText.escape(finding.message().replaceAll("\\s*\\R\\s*", " ")));
    }
    err.flush();
  }
}
