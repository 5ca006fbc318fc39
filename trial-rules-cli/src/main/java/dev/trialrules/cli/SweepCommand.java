package dev.trialrules.cli;

import dev.trialrules.ScheduleFailure;
import dev.trialrules.TrialEvent;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.json.InvalidRequestException;
import dev.trialrules.json.TimelineJson;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code trial-policy sweep --date DATE < trials.jsonl}: the nightly job. Reads trials as JSON
 * lines from standard input and writes the events due on the date as JSON lines (each with its
 * kind, so that a mailer downstream sends the notices alone, to their recipients), streaming both:
 * input is read a batch at a time as the engine asks for it, and each event is flushed as soon
 * as it is known, so that memory does not grow with the input and a pipeline sees events early.
 */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = {
      "Reads trials from standard input, one JSON trial a line (blank lines are skipped), and writes"
          + " the events due on --date to standard output, one JSON event a line.",
      "Each event has a kind: only a NOTICE is an e-mail, to its recipients; a CHANGE or a DEADLINE has"
          + " none.",
      "A line that is not a trial, or whose trialId an earlier line has, stops the sweep: the events of the"
          + " lines before it are written, then one line on standard error names its line number and field.",
      "A trial the rules fail for is not swept, and the others are: one line on standard error names its line"
          + " number, its trialId and the rule, and a last line counts them."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every line was swept",
      "2:a line, an option or the rules cannot be read",
      "3:the rules failed for a trial (every other trial was swept); or an internal error",
      "4:the output cannot be written"
    })
final class SweepCommand implements Callable<Integer> {
  /** What standard input is called in messages: {@code stdin:7:12: trial.status must be ...}. */
  static final String STDIN = "stdin";

  @Spec
  private CommandSpec spec;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD",
      description = "The day to sweep: events dated this day are written.")
  private LocalDate date;

  @Mixin
  private RulesOption rules;

  /** Standard input; tests give their own, since picocli replaces only the output streams. */
  private final InputStream input;

  /** A sweep of standard input. */
  SweepCommand() {
    this(System.in);
  }

  /** A sweep of {@code input}, for tests. */
  SweepCommand(InputStream input) {
    this.input = input;
  }

  @Override
  public Integer call() {
    // The rules before the input: a rules error should stop the job before it consumes a line.
    TrialPolicyEngine engine = rules.buildEngine();
    TrialLines trials = new TrialLines(input, STDIN);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long[] failed = {0};
    // Reported as each trial fails, beside the events still streaming, so that a job watching
    // stderr can alert while the sweep goes on; the count at the end is what it alerts on.
    Consumer<ScheduleFailure> report = failure -> {
      failed[0]++;
      err.println("trial-policy: " + STDIN + ":" + trials.lineOf(failure.trialId()) + ": the rules failed, so trial "
          + TerminalText.escape(failure.trialId()) + " is not swept: "
          + TerminalText.escape(failure.message().replaceAll("\\s*\\R\\s*", " ")));
      err.flush();
    };
    try (Stream<TrialEvent> due = engine.sweep(date, trials.stream(), report)) {
      Iterator<TrialEvent> events = due.iterator();
      while (events.hasNext()) {
        out.print(TimelineJson.line(events.next()));
        // Per event, not per run: a consumer downstream acts on events while the sweep goes on,
        // and whatever was swept before a failure is out; and a reader that has gone (a closed
        // pipe, a full disk) stops the sweep here instead of after the rest of the input.
        Output.flush(out);
      }
    }
    InvalidRequestException failure = trials.failure();
    if (failure != null) {
      throw failure;
    }
    if (failed[0] > 0) {
      err.println("trial-policy: the rules failed for " + failed[0] + (failed[0] == 1 ? " trial" : " trials")
          + ", which " + (failed[0] == 1 ? "is" : "are") + " not swept; every other trial's events are written");
      err.flush();
      return TrialPolicyCli.INTERNAL_ERROR;
    }
    return TrialPolicyCli.ALLOWED;
  }
}
