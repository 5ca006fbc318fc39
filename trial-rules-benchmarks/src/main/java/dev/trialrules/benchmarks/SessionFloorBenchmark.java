package dev.trialrules.benchmarks;

import dev.trialrules.Decision;
import dev.trialrules.PolicyRule;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.facts.StartTrialRequest;
import dev.trialrules.policy.ShippedPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a decision costs with the engine's machinery and almost no policy: every shipped rule file
 * replaced by an empty package, and one rule (a licence count above a parameter) added. The
 * same request, the same session pool, parameters, recorder and listener as
 * {@link DecisionBenchmark}; only the rules are gone. The difference between this and
 * {@code DecisionBenchmark.engineNewCustomer} is what the 131 shipped rules cost; this figure is
 * the floor no rule change can go below.
 *
 * <p>Run from the project root:
 * <pre>
 * mvn -o -B -q -pl trial-rules-benchmarks -am package -DskipTests
 * java -cp trial-rules-benchmarks/target/benchmarks.jar dev.trialrules.benchmarks.BenchmarkTable SessionFloorBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class SessionFloorBenchmark {

  private Path rules;
  private TrialPolicyEngine engine;
  private StartTrialRequest newCustomer;

  /** Writes the one-rule policy and builds the engine on it. */
  @Setup
  public void setUp() throws IOException {
    rules = Files.createTempDirectory("trial-rules-floor");
    // Each shipped file is named after its package's last part; reading them from the shipped
    // policy keeps the floor at one rule when a file is added.
    List<PolicyRule> shipped;
    try (TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).build()) {
      shipped = engine.rules();
    }
    List<String> packages = shipped.stream()
        .map(r -> r.packageName().substring(r.packageName().lastIndexOf('.') + 1)).distinct().sorted().toList();
    for (String name : packages) {
      Files.writeString(rules.resolve(name + ".drl"), "package dev.trialrules.policy." + name + ";\n");
    }
    Files.writeString(rules.resolve("eligibility.drl"), """
        package dev.trialrules.policy.eligibility;

        import dev.trialrules.PolicyParameters;
        import dev.trialrules.facts.StartTrialRequest;

        global dev.trialrules.rules.Verdict verdict;

        rule "FLOOR-01 Deny a licence count above the maximum"
        when
            PolicyParameters( maxLicenseQuantity > 0, $max : maxLicenseQuantity )
            StartTrialRequest( licenseQuantity != null, licenseQuantity > $max )
        then
            verdict.deny("licenseQuantity", "At most " + $max + " licences.");
        end
        """);
    // The floor drops every shipped rule on purpose, which the engine wants said.
    String removed = shipped.stream().map(r -> r.ruleId()).distinct().sorted()
        .collect(java.util.stream.Collectors.joining(", "));
    engine = TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules).parameter("removed-rules", removed).build();
    if (engine.ruleNames().size() != 1) {
      throw new IllegalStateException("the floor policy has rules " + engine.ruleNames());
    }
    newCustomer = Requests.newCustomer();
  }

  /** Removes the rules directory. */
  @TearDown
  public void tearDown() {
    engine.close();
    try (var files = Files.list(rules)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
      Files.delete(rules);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new customer's start decided by the one-rule policy. */
  @Benchmark
  public Decision oneRule() {
    return engine.decide(newCustomer);
  }

  /** {@link #oneRule} on two threads. */
  @Benchmark
  @Threads(2)
  public Decision oneRule2Threads() {
    return engine.decide(newCustomer);
  }
}
