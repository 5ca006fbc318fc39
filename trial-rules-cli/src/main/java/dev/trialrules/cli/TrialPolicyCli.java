package dev.trialrules.cli;

import dev.trialrules.RuleMessage;
import dev.trialrules.RuleSetException;
import dev.trialrules.json.InvalidRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code trial-policy} command line: decides trial requests written as JSON, and schedules
 * started trials' events, by the shipped policy or an author's rules; and checks an author's rules.
 *
 * <pre>
 * java -jar trial-rules-cli/target/trial-policy.jar evaluate examples/requests/new-customer-allowed.json
 * java -jar trial-rules-cli/target/trial-policy.jar timeline examples/requests/trial-calling.json --on 2027-02-01
 * java -jar trial-rules-cli/target/trial-policy.jar sweep --date 2026-12-25 &lt; examples/requests/trials.jsonl
 * java -jar trial-rules-cli/target/trial-policy.jar validate
 * java -jar trial-rules-cli/target/trial-policy.jar test trial-rules-drl/scenarios --min-coverage 50
 * </pre>
 *
 * <p>Exit status: {@value #ALLOWED} when a request is allowed, a timeline or sweep is done,
 * rules validate (warnings allowed) or every scenario passes, {@value #NOT_ALLOWED} for any other
 * outcome of a request, rules with an error, or a failing scenario or too little coverage, {@value #BAD_INPUT} for input the tool cannot read (printed as one line on
 * stderr, never a stack trace), {@value #INTERNAL_ERROR} for a bug in the tool, the engine or the
 * rules, {@value #OUTPUT_FAILED} when the output cannot be written (one line on stderr).
 */
@Command(
    name = "trial-policy",
    mixinStandardHelpOptions = true,
    versionProvider = TrialPolicyCli.Version.class,
    description = "Decides Webex enterprise-trial requests, and schedules trials' events, by the trial-rules policy;"
        + " validates an author's rules and runs their scenarios.",
    subcommands = {EvaluateCommand.class, TimelineCommand.class, SweepCommand.class, ValidateCommand.class,
        TestCommand.class, HelpCommand.class},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:the request is allowed; the timeline or sweep is done; the rules validate (warnings allowed);"
          + " every scenario passed",
      "1:the request is denied, incomplete or needs approval; the rules have an error; a scenario failed"
          + " or coverage is below --min-coverage",
      "2:the input (request, trial, line, option, rules or rules directory) cannot be read",
      "3:the rules failed for a trial of a timeline or a sweep; internal error",
      "4:the output cannot be written (a full disk, a closed pipe)"
    })
public final class TrialPolicyCli {
  /** The outcome is {@link dev.trialrules.Outcome#ALLOWED}, a timeline or sweep is done, or rules validate. */
  public static final int ALLOWED = 0;
  /** Any other outcome: denied, incomplete or needs approval; or rules that do not validate. */
  public static final int NOT_ALLOWED = 1;
  /** A request, an option or a rules directory that cannot be read. */
  public static final int BAD_INPUT = 2;
  /** A failure that is not the input's fault. */
  public static final int INTERNAL_ERROR = 3;
  /**
   * The output could not be written, such as a full disk or a reader that closed the pipe: what
   * was printed is incomplete, and a sweep stops at the first event it cannot write.
   */
  public static final int OUTPUT_FAILED = 4;

  private static final String NAME = "trial-policy";

  private TrialPolicyCli() {}

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    CommandLine commandLine = commandLine();
    int status = commandLine.execute(args);
    // The commands check their own output; this catches what picocli prints, such as --help.
    if (status == ALLOWED) {
      try {
        Output.flush(commandLine.getOut());
      } catch (Output.FailedException e) {
        status = outputFailed(commandLine.getErr(), e);
      }
    }
    System.exit(status);
  }

  /**
   * The configured command line, for {@link #main} and for tests, which call
   * {@link CommandLine#execute} and read the status instead of exiting.
   */
  public static CommandLine commandLine() {
    return commandLine(System.in);
  }

  /** The command line with {@code sweep} reading {@code stdin} instead of {@code System.in}, for tests. */
  static CommandLine commandLine(InputStream stdin) {
    // picocli can swap stdout and stderr but has no notion of stdin, so the factory hands it over.
    IFactory factory = new IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        return type == SweepCommand.class ? type.cast(new SweepCommand(stdin)) : CommandLine.defaultFactory().create(type);
      }
    };
    return new CommandLine(new TrialPolicyCli(), factory)
        .setOut(Output.stdout())
        .setErr(Output.stderr())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .registerConverter(LocalDate.class, TrialPolicyCli::date)
        .setParameterExceptionHandler((e, args) -> {
          CommandLine command = e.getCommandLine();
          String help = command.getCommandSpec().qualifiedName() + " --help";
          return fail(command.getErr(), e.getMessage() + " (see '" + help + "')");
        })
        .setExecutionExceptionHandler((e, command, parseResult) -> {
          PrintWriter err = command.getErr();
          if (e instanceof InvalidRequestException invalid) {
            return fail(err, invalid.getMessage());
          }
          if (e instanceof RuleSetException rules) {
            return fail(err, summary(rules));
          }
          if (e instanceof Output.FailedException failed) {
            return outputFailed(err, failed);
          }
          // Not the user's input: the stack trace is what a bug report needs.
          err.println(NAME + ": internal error: " + e);
          e.printStackTrace(err);
          err.flush();
          return INTERNAL_ERROR;
        });
  }

  /**
   * Refuses a path that is not a directory, or one that cannot be listed, as a usage error (exit
   * 2, one line), naming it with {@code label} (an option name, or empty for a positional
   * parameter).
   */
  static void requireDirectory(CommandSpec spec, String label, Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new ParameterException(spec.commandLine(),
          label + directory + ": " + (Files.exists(directory) ? "not a directory" : "no such directory"));
    }
    // Listed here because the engine and the validator meet an unreadable directory as an
    // UncheckedIOException deep in their loading, which reads as a bug (exit 3, a stack trace).
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      entries.iterator().hasNext();
    } catch (AccessDeniedException e) {
      throw new ParameterException(spec.commandLine(), label + directory + ": permission denied");
    } catch (IOException | DirectoryIteratorException e) {
      throw new ParameterException(spec.commandLine(),
          label + directory + ": cannot read: " + Objects.toString(e.getMessage(), e.toString()));
    }
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + text + "' is not a date written YYYY-MM-DD");
    }
  }

  private static int fail(PrintWriter err, String message) {
    // Messages quote the input's values, which may hold escape sequences or bidi overrides.
    err.println(NAME + ": " + TerminalText.escape(message.replaceAll("\\s*\\R\\s*", " ")));
    err.flush();
    return BAD_INPUT;
  }

  private static int outputFailed(PrintWriter err, Output.FailedException e) {
    err.println(NAME + ": " + TerminalText.escape(e.getMessage()));
    err.flush();
    return OUTPUT_FAILED;
  }

  /** The first error of a rule set, with a count of the rest: the one line stderr gets. */
  private static String summary(RuleSetException e) {
    var errors = e.messages().stream().filter(RuleMessage::error).toList();
    if (errors.isEmpty()) {
      return e.getMessage();
    }
    int more = errors.size() - 1;
    return "the rule set does not build: " + errors.get(0)
        + (more > 0 ? " (and " + more + " more error" + (more == 1 ? ")" : "s)") : "");
  }

  /** Reads the version off the jar's manifest; a build from the IDE has none. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = TrialPolicyCli.class.getPackage().getImplementationVersion();
      return new String[] {NAME + " " + (version == null ? "(development build)" : version)};
    }
  }
}
