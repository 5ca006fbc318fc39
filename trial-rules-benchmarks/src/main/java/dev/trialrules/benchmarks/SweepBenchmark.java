package dev.trialrules.benchmarks;

import dev.trialrules.policy.ShippedPolicy;
import dev.trialrules.reference.ReferencePolicy;
import dev.trialrules.TrialEvent;
import dev.trialrules.TrialPolicyEngine;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The day's sweep over one million trials: the engine's {@code sweep} against the
 * {@linkplain ReferencePolicy reference model}'s timelines filtered to the day, in the same run. Both
 * generate the same trials lazily, so the generator's cost is in both. Trials per second is
 * {@code trials} divided by the score.
 *
 * <p>Run from the project root:
 * <pre>
 * mvn -o -B -q -pl trial-rules-benchmarks -am package -DskipTests
 * java -cp trial-rules-benchmarks/target/benchmarks.jar dev.trialrules.benchmarks.BenchmarkTable SweepBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class SweepBenchmark {
  /** How many trials one sweep reads. */
  @Param("1000000")
  public int trials;

  private TrialPolicyEngine engine;
  private ReferencePolicy reference;

  /** Builds the engine once; building is not what this measures. */
  @Setup
  public void setUp() {
    engine = TrialPolicyEngine.builder(ShippedPolicy.get()).build();
    reference = new ReferencePolicy(engine.parameters());
  }

  /** The events due on {@link Trials#DAY}, found by the DRL rules. */
  @Benchmark
  public long engineSweep() {
    try (Stream<TrialEvent> due = engine.sweep(Trials.DAY, Trials.generate(trials, 42), failure -> {
      // The shipped rules fail for no trial; a count that silently left one out would not compare.
      throw new IllegalStateException(failure.toString());
    })) {
      return due.count();
    }
  }

  /** The same events found by the reference model: the baseline. */
  @Benchmark
  public long referenceSweep() {
    return Trials.generate(trials, 42)
        .flatMap(trial -> reference.timeline(trial).stream())
        .filter(event -> event.date().equals(Trials.DAY))
        .count();
  }
}
