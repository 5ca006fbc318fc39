package dev.trialrules.scenario;

import dev.trialrules.PolicyCheck;
import dev.trialrules.RuleSetException;
import dev.trialrules.TrialPolicyEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every scenario file ({@code *.json}) of one directory, in file-name order, run against an
 * engine. The same suite serves a build (see {@code dev.trialrules.test.ScenarioTests} in
 * trial-rules-test), the command line ({@code trial-policy test DIR}) and hot reload
 * ({@link #asReloadCheck()}).
 *
 * <pre>{@code
 * ScenarioSuite suite = ScenarioSuite.load(Path.of("trial-rules-drl/scenarios"));
 * SuiteResult result = suite.run(TrialPolicyEngine.builder(ShippedPolicy.get()).build());
 * System.out.println(result);          // PASS/FAIL per scenario, then "10 passed, 0 failed"
 * }</pre>
 */
public final class ScenarioSuite {
  private final Path directory;
  private final List<Scenario> scenarios;

  private ScenarioSuite(Path directory, List<Scenario> scenarios) {
    this.directory = directory;
    this.scenarios = List.copyOf(scenarios);
  }

  /**
   * Reads every {@code *.json} entry of a directory (not its subdirectories), sorted by name. A
   * file that is not a valid scenario, or an entry that is not a regular file (a FIFO, which
   * would block reading forever), becomes a failing scenario with its reason, so one typo does
   * not hide the rest of the suite.
   *
   * @param directory the scenario directory
   * @throws IllegalArgumentException if it is not a directory
   * @throws UncheckedIOException if it cannot be listed
   */
  public static ScenarioSuite load(Path directory) {
    Objects.requireNonNull(directory, "directory");
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException(
          directory + ": " + (Files.exists(directory) ? "not a directory" : "no such directory"));
    }
    try (Stream<Path> files = Files.list(directory)) {
      return new ScenarioSuite(directory, files
          .filter(f -> f.getFileName().toString().endsWith(".json") && !Files.isDirectory(f))
          .sorted()
          .map(Scenario::load)
          .toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
  }

  /** The directory the suite was read from. */
  public Path directory() {
    return directory;
  }

  /** The scenarios, in file-name order. */
  public List<Scenario> scenarios() {
    return scenarios;
  }

  /**
   * Runs every scenario on the engine; never throws for a failing one. Scenarios with the same
   * {@linkplain Scenario#parameters() parameters} share one derived engine, so a suite pays one
   * build per distinct set of parameters, not one per scenario.
   */
  public SuiteResult run(TrialPolicyEngine engine) {
    Objects.requireNonNull(engine, "engine");
    Map<Map<String, String>, TrialPolicyEngine> derived = new HashMap<>();
    derived.put(Map.of(), engine);
    List<ScenarioResult> results = new ArrayList<>(scenarios.size());
    for (Scenario scenario : scenarios) {
      try {
        results.add(scenario.checkOn(derived.computeIfAbsent(scenario.parameters(), engine::withParameters)));
      } catch (RuleSetException refused) {
        results.add(scenario.refused(refused));
      }
    }
    return new SuiteResult(results);
  }

  /**
   * A reload check that refuses new rules unless every scenario of the directory passes on them.
   * It reads the directory afresh on every reload, so an author who changes a rule and its
   * scenario together is checked against the new scenario.
   *
   * <pre>{@code
   * TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get())
   *     .rulesDirectory(Path.of("policy"))
   *     .reloadCheck(ScenarioSuite.load(Path.of("scenarios")).asReloadCheck())
   *     .watchRulesDirectory()
   *     .build();
   * }</pre>
   *
   * @return a check that throws an {@link IllegalStateException} naming the failing scenarios,
   *     or saying the directory has no scenario left
   * @throws IllegalStateException if the directory has no scenario files: a check of nothing
   *     would pass any rules
   */
  public PolicyCheck asReloadCheck() {
    if (scenarios.isEmpty()) {
      throw new IllegalStateException(noScenarios());
    }
    return candidate -> {
      ScenarioSuite suite = load(directory);
      // No scenario checks nothing: a check that passes on it would let any rules in.
      if (suite.scenarios().isEmpty()) {
        throw new IllegalStateException(noScenarios());
      }
      SuiteResult result = suite.run(candidate);
      if (!result.allPassed()) {
        throw new IllegalStateException(result.failedCount() + " of " + result.results().size()
            + " scenarios in " + directory + " failed: "
            + result.failures().stream().map(ScenarioResult::name).collect(Collectors.joining(", ")));
      }
    };
  }

  private String noScenarios() {
    return "no scenario files (*.json) in " + directory + ": an empty suite cannot check new rules";
  }
}
