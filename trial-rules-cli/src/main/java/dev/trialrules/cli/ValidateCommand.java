package dev.trialrules.cli;

import dev.trialrules.PolicyValidator;
import dev.trialrules.RuleMessage;
import dev.trialrules.policy.ShippedPolicy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code trial-policy validate [DIR]}: the policy author's check. Lays {@code DIR} over the
 * shipped policy (or takes the shipped policy alone), compiles it, and prints every problem as
 * {@code file:line:column: error: text} or {@code ... warning: text}, one a line, which editors
 * and CI logs link to the place, then a summary line.
 *
 * <pre>
 * java -jar trial-rules-cli/target/trial-policy.jar validate              # the shipped policy: ok: no problems
 * java -jar trial-rules-cli/target/trial-policy.jar validate my-policy/   # an author's directory over it
 * </pre>
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Compiles the shipped policy with DIR laid over it (or alone, without DIR) and prints every problem"
          + " as file:line:column: error|warning: text, one a line, then a summary line.",
      "Beyond compile errors and invalid parameters, it warns about a rule whose name starts with no rule ID,"
          + " a rule of an author's file that takes a rule ID the shipped policy uses in another file,"
          + " one rule name in two packages, and a custom(\"name\") parameter that is not defined."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:no errors (warnings alone do not fail)",
      "1:at least one error: the rules would not build",
      "2:DIR does not exist or is not a directory",
      "3:internal error",
      "4:the output cannot be written"
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
      description = "A rules directory, as for --rules: its *.drl files replace or add rule files, its"
          + " parameters.properties and regions.properties override key by key. Without it, the shipped policy.")
  private Path directory;

  @Override
  public Integer call() {
    List<RuleMessage> messages;
    PrintWriter out = spec.commandLine().getOut();
    if (directory == null) {
      messages = PolicyValidator.validate(ShippedPolicy.get());
    } else {
      // The validator would say the same, but as an IllegalArgumentException that reads like a bug.
      TrialPolicyCli.requireDirectory(spec, "", directory);
      messages = PolicyValidator.validate(ShippedPolicy.get(), directory);
      // What counted, before what was wrong: an author who misnames a file sees it missing here
      // as well as named in a warning.
      out.println(filesRead(directory));
    }
    messages.forEach(out::println);
    out.println(summary(messages));
    Output.flush(out);
    return messages.stream().anyMatch(RuleMessage::error) ? TrialPolicyCli.NOT_ALLOWED : TrialPolicyCli.ALLOWED;
  }

  /** {@code read 2 files from DIR: local.drl, parameters.properties}, or that none counted. */
  static String filesRead(Path directory) {
    List<Path> read = PolicyValidator.filesRead(directory);
    return "read " + read.size() + (read.size() == 1 ? " file" : " files") + " from " + directory
        // Only top-level files count, so a file's name says which it is.
        + (read.isEmpty() ? ": none, so the shipped policy alone" : ": " + read.stream()
            .map(file -> String.valueOf(file.getFileName())).collect(java.util.stream.Collectors.joining(", ")));
  }

  /** {@code 2 errors, 1 warning}, or {@code ok: no problems}. */
  static String summary(List<RuleMessage> messages) {
    if (messages.isEmpty()) {
      return "ok: no problems";
    }
    long errors = messages.stream().filter(RuleMessage::error).count();
    long warnings = messages.size() - errors;
    return count(errors, "error") + ", " + count(warnings, "warning");
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
