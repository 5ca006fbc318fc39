package dev.trialrules.cli;

import dev.trialrules.Timeline;
import dev.trialrules.json.TrialJson;
import dev.trialrules.facts.Trial;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code trial-policy timeline TRIAL.json [--on DATE]}: prints every dated event of one trial
 * (END-02..07, EXIST-06, RET-01) and, with {@code --on}, the trial's state on that date.
 */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = "Prints every dated event of one JSON trial, in date order, and with --on its state on that date.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:the timeline was printed",
      "2:the trial, an option or the rules cannot be read",
      "3:the rules failed for this trial (one line on standard error names the rule; nothing is printed);"
          + " or an internal error",
      "4:the output cannot be written"
    })
final class TimelineCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TRIAL.json", description = "The trial; see JSON-FORMAT.md.")
  private Path trial;

  @Option(names = "--on", paramLabel = "YYYY-MM-DD",
      description = "Also print the trial's state (phase, daysLeft, callingStopped, numbersReleased) at the end of this"
          + " date.")
  private LocalDate on;

  @Option(names = "--format", paramLabel = "json|text", defaultValue = "json",
      description = "Print the timeline as JSON (default) or as text.")
  private OutputFormat format;

  @Mixin
  private RulesOption rules;

  @Override
  public Integer call() {
    // The trial first: a typo should be reported without waiting for the rules to compile.
    Trial trialFact = TrialJson.read(trial);
    Timeline timeline = rules.buildEngine().timeline(trialFact);
    if (timeline.failed()) {
      // Nothing on stdout: an empty timeline there would read as a trial with nothing scheduled.
      // Exit 3, not 1 as evaluate's failed decision: a timeline has no outcome to deny, and this
      // is the rules' fault. The engine's log of it is off in this tool, as for evaluate.
      PrintWriter err = spec.commandLine().getErr();
      String message = timeline.failure().message().replaceAll("\\s*\\R\\s*", " ");
      err.println("trial-policy: the rules failed, so trial " + TerminalText.escape(trialFact.trialId())
          + " has no timeline: " + TerminalText.escape(message));
      err.flush();
      return TrialPolicyCli.INTERNAL_ERROR;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.write(timeline, on));
    Output.flush(out);
    return TrialPolicyCli.ALLOWED;
  }
}
