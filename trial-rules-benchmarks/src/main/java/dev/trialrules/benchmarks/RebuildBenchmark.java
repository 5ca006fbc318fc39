package dev.trialrules.benchmarks;

import dev.trialrules.policy.ShippedPolicy;
import dev.trialrules.reference.ReferencePolicy;
import dev.trialrules.PolicyParameters;
import dev.trialrules.TrialPolicyEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A warm rebuild, as a hot reload does it: an author has changed a rule file in the engine's
 * rules directory, and {@code reload()} reads, compiles and swaps in the whole policy, shipped
 * rules and the author's. The author's file changes before every reload (its rule names a new
 * number), so no revision is ever the one in force. Ten reloads warm the JIT first, as a
 * service that has been running for a while is warm. Paired with building the reference model
 * from the same parameters.
 *
 * <p>Run from the project root:
 * <pre>
 * mvn -o -B -q -pl trial-rules-benchmarks -am package -DskipTests
 * java -cp trial-rules-benchmarks/target/benchmarks.jar dev.trialrules.benchmarks.BenchmarkTable RebuildBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class RebuildBenchmark {
  private Path directory;
  private TrialPolicyEngine engine;
  private Map<String, String> parameters;
  private int edits;

  /** An engine serving the shipped policy and an author's rule file. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    directory = Files.createTempDirectory("trial-rules-rebuild");
    edit();
    engine = TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(directory).build();
    parameters = ShippedPolicy.get().parameters();
  }

  /** The author edits the rule before each reload; not part of the time. */
  @Setup(Level.Invocation)
  public void edit() throws IOException {
    edits++;
    Files.writeString(directory.resolve("authors.drl"), """
        package dev.trialrules.authors;

        import dev.trialrules.facts.StartTrialRequest;

        global dev.trialrules.rules.Verdict verdict;

        rule "AUTH-%d Warn about very large trials"
        when
            StartTrialRequest( licenseQuantity != null, licenseQuantity > 900 )
        then
            verdict.warn("licenseQuantity", "A large trial; edit %d.");
        end
        """.formatted(edits, edits));
  }

  /** Reloads after the author's edit and waits for the new rules to be in force. */
  @Benchmark
  public String engineRebuild() {
    return engine.reload().join();
  }

  /** Builds the reference model from the same parameters. */
  @Benchmark
  public Object referenceRebuild() {
    return new ReferencePolicy(PolicyParameters.fromProperties(parameters));
  }

  /** Stops the engine and removes the author's directory. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    engine.close();
    Files.deleteIfExists(directory.resolve("authors.drl"));
    Files.deleteIfExists(directory);
  }
}
