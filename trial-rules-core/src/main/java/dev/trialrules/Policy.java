package dev.trialrules;

import dev.trialrules.internal.ExecutableModel;
import dev.trialrules.internal.PolicySource;
import dev.trialrules.internal.RuleFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A policy as a value: its rule files, its parameters and, where its module's build made one, the
 * executable model of its rules. An engine decides by the policy it is {@linkplain
 * TrialPolicyEngine#builder(Policy) given}; the core assumes none. The shipped one comes from
 * trial-rules-drl:
 *
 * <pre>{@code
 * Policy shipped = dev.trialrules.policy.ShippedPolicy.get();
 * TrialPolicyEngine engine = TrialPolicyEngine.builder(shipped).build();
 * }</pre>
 *
 * <p>An author's rules directory is laid over a policy by the engine's {@link
 * TrialPolicyEngine.Builder#rulesDirectory(Path)}, which can reload it, or once by {@link
 * #overlay(Path)}. A policy made only of text, a test's fixture for one, is compiled from DRL when
 * an engine is built:
 *
 * <pre>{@code
 * Policy fixture = Policy.builder("fixture")
 *     .ruleFile("fixture/rules.drl", drlText)
 *     .parametersFile("fixture/parameters.properties", parametersText)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and safe to share; building an engine from it does not change it.
 */
public final class Policy {
  private final String name;
  private final PolicySource source;
  private final PolicySource provided;
  private final @Nullable ExecutableModel model;

  private Policy(String name, PolicySource source, PolicySource provided, ExecutableModel model) {
    this.name = name;
    this.source = source;
    this.provided = provided;
    this.model = model;
  }

  /**
   * Starts a policy of rule files and parameters given as text.
   *
   * @param name what logs and messages call the policy, such as {@code "trial-rules-drl 1.0.0"}
   */
  public static Builder builder(String name) {
    return new Builder(Objects.requireNonNull(name, "name"));
  }

  /** What logs and messages call this policy. */
  public String name() {
    return name;
  }

  /**
   * This policy with an author's rules directory laid over it: each {@code *.drl} file there
   * replaces the file of the same name or adds its rules; a {@code parameters.properties} and a
   * {@code regions.properties} there override this policy's key by key. Only the directory's own
   * regular files of those names count (see {@link PolicyValidator#filesRead(Path)}). The rule IDs
   * an engine requires the result to keep are still this policy's.
   *
   * @throws IllegalArgumentException if {@code directory} is not a directory
   * @throws RuleSetException if a file there cannot be read or a properties file cannot be parsed
   */
  public Policy overlay(Path directory) {
    return overlay(PolicySource.list(Objects.requireNonNull(directory, "directory")));
  }

  Policy overlay(PolicySource.Listing listing) {
    return new Policy(name, source.overlay(listing), provided, model);
  }

  /**
   * This policy with some parameters replaced, written as in {@code parameters.properties}; they
   * are checked when an engine is built from it.
   */
  public Policy withParameters(Map<String, String> overrides) {
    return new Policy(name, source.withParameters(Map.copyOf(overrides)), provided, model);
  }

  /** Every parameter as text, regions keyed {@code region.XX}, by key. */
  public Map<String, String> parameters() {
    return source.parameters();
  }

  /** Where each rule file of this policy was read from, in the order they are compiled. */
  public List<String> ruleFiles() {
    return source.files().stream().map(RuleFile::path).toList();
  }

  PolicySource source() {
    return source;
  }

  /** The policy as its provider built it: the rule IDs an overlay must keep are its. */
  PolicySource provided() {
    return provided;
  }

  ExecutableModel model() {
    return model;
  }

  @Override
  public String toString() {
    return "Policy[" + name + ", " + source.files().size() + " rule files]";
  }

  /** Gathers a {@link Policy}; every setter returns this builder. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private final List<RuleFile> files = new ArrayList<>();
    private final List<RuleFile> parameterFiles = new ArrayList<>();
    private @Nullable ClassLoader modelLoader;
    private @Nullable String modelIndex;
    private @Nullable String modelClasses;

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Adds a DRL file. A rules directory replaces it by its file name, the part of {@code path}
     * after the last {@code /}.
     *
     * @param path where it came from, as messages show it
     */
    public Builder ruleFile(String path, String drl) {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(drl, "drl");
      files.add(new RuleFile(path.substring(path.lastIndexOf('/') + 1), path, drl));
      return this;
    }

    /** Adds parameters in {@code parameters.properties} form; a later file overrides an earlier one key by key. */
    public Builder parametersFile(String path, String text) {
      parameterFiles.add(new RuleFile(PolicySource.PARAMETERS, Objects.requireNonNull(path, "path"),
          Objects.requireNonNull(text, "text")));
      return this;
    }

    /** Adds a country-to-region table in {@code regions.properties} form ({@code DK = EMEAR}). */
    public Builder regionsFile(String path, String text) {
      parameterFiles.add(new RuleFile(PolicySource.REGIONS, Objects.requireNonNull(path, "path"),
          Objects.requireNonNull(text, "text")));
      return this;
    }

    /**
     * The executable model the policy module's build generated from these rule files, as two
     * resources of {@code loader}: an index and a zip of classes, in the format trial-rules-drl's
     * build writes. Each package whose files are unchanged is then built from it; a missing or
     * unreadable model is logged and the DRL compiled instead. For policy modules built like
     * trial-rules-drl; a policy of text needs none.
     */
    public Builder executableModel(ClassLoader loader, String indexResource, String classesResource) {
      this.modelLoader = Objects.requireNonNull(loader, "loader");
      this.modelIndex = Objects.requireNonNull(indexResource, "indexResource");
      this.modelClasses = Objects.requireNonNull(classesResource, "classesResource");
      return this;
    }

    /**
     * The policy. Parses its parameters files; compiling the rules waits for an engine.
     *
     * @throws RuleSetException if a parameters or regions file cannot be parsed or sets a key twice,
     *     naming the file and line
     * @throws IllegalStateException if no rule file was added
     */
    public Policy build() {
      if (files.isEmpty()) {
        throw new IllegalStateException("policy " + name + " has no rule files");
      }
      PolicySource source = PolicySource.of(files, parameterFiles);
      ExecutableModel model = modelLoader == null ? null
          : ExecutableModel.read(modelLoader, modelIndex, modelClasses).orElse(null);
      return new Policy(name, source, source, model);
    }
  }
}
