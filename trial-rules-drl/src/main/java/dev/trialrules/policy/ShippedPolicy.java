package dev.trialrules.policy;

import dev.trialrules.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Webex trial policy as shipped: the DRL files, parameters and region table of this module,
 * with the executable model its build generated from them.
 *
 * <pre>{@code
 * TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).build();
 * }</pre>
 */
public final class ShippedPolicy {
  /** Where this module keeps its files on the class path. */
  static final String ROOT = "dev/trialrules/policy/";
  /** Lists the rule files, one path a line, relative to {@link #ROOT}. */
  static final String INDEX = "ruleset.index";
  /** The executable model's index and classes, which the build writes beside the rule files. */
  static final String MODEL_INDEX = "executable-model.index";
  static final String MODEL_CLASSES = "executable-model.zip";

  private ShippedPolicy() {}

  /**
   * The shipped policy, read once and shared: a {@link Policy} is immutable, so every engine and
   * every overlay can start from the same one.
   *
   * @throws IllegalStateException if this module's files are missing from its own jar
   */
  public static Policy get() {
    return Holder.POLICY;
  }

  /** The rule files this module ships, relative to its resource folder, in the order they compile. */
  static List<String> ruleFiles() {
    List<String> files = new ArrayList<>();
    for (String line : text(INDEX).split("\n")) {
      String relative = line.strip();
      if (!relative.isEmpty() && !relative.startsWith("#")) {
        files.add(relative);
      }
    }
    return List.copyOf(files);
  }

  /** A resource of this module, as text. */
  static String text(String relative) {
    try (InputStream in = ShippedPolicy.class.getClassLoader().getResourceAsStream(ROOT + relative)) {
      if (in == null) {
        throw new IllegalStateException(ROOT + relative + " is missing from trial-rules-drl's jar; a jar that"
            + " merges others must keep every resource under " + ROOT);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ROOT + relative, e);
    }
  }

  private static Policy read() {
    Policy.Builder policy = Policy.builder("trial-rules-drl");
    for (String relative : ruleFiles()) {
      policy.ruleFile(ROOT + relative, text(relative));
    }
    return policy.parametersFile(ROOT + "parameters.properties", text("parameters.properties"))
        .regionsFile(ROOT + "regions.properties", text("regions.properties"))
        .executableModel(ShippedPolicy.class.getClassLoader(), ROOT + MODEL_INDEX, ROOT + MODEL_CLASSES)
        .build();
  }

  /** Reads the policy on first use, not when the class is merely loaded. */
  private static final class Holder {
    static final Policy POLICY = read();
  }
}
