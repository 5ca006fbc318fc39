package dev.trialrules.cli;

import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.policy.ShippedPolicy;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code --rules DIR}, shared by every subcommand that decides, so that each builds its engine
 * the same way: the shipped policy, with an author's directory laid over it when given.
 */
final class RulesOption {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(names = "--rules", paramLabel = "DIR",
      description = "A rules directory laid over the shipped policy: its *.drl files replace or add"
          + " rule files, its parameters.properties and regions.properties override key by key.")
  private Path directory;

  /**
   * Builds the engine; compiling takes a moment, so a command builds it once.
   *
   * @throws ParameterException if the directory does not exist
   * @throws dev.trialrules.RuleSetException if the rules do not compile
   */
  TrialPolicyEngine buildEngine() {
    return directory == null ? Shipped.ENGINE : builder().build();
  }

  /**
   * A builder on the shipped policy, with the directory laid over it when given, for a command
   * that configures more than the rules (a listener, say) before building.
   *
   * @throws ParameterException if the directory does not exist
   */
  TrialPolicyEngine.Builder builder() {
    TrialPolicyEngine.Builder builder = TrialPolicyEngine.builder(ShippedPolicy.get());
    if (directory != null) {
      // The engine would say the same, but as an IllegalArgumentException that reads like a bug.
      TrialPolicyCli.requireDirectory(spec, "--rules ", directory);
      builder.rulesDirectory(directory);
    }
    return builder;
  }

  /**
   * The shipped policy, compiled on first use and then shared: it cannot change while the
   * process runs, and a process that runs many commands (the tests, a shell that embeds the
   * command line) should not compile it for each. An author's directory is compiled every time,
   * since its files may have changed.
   */
  private static final class Shipped {
    static final TrialPolicyEngine ENGINE = TrialPolicyEngine.builder(ShippedPolicy.get()).build();
  }
}
