package dev.trialrules.benchmarks;

import dev.trialrules.PolicyParameters;
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
 * The day's sweep over one million trials: the engine's {@code sweep} (one rule session per
 * thousand trials) against {@link PlainTimeline}, the same schedule in plain Java, in the same
 * run. Both generate the same trials lazily, so the generator's cost is in both. Trials per
 * second is {@code trials} divided by the score.
 *
 * <p>Run from the project root:
 * <pre>
 * mvn -q -B install -DskipTests &amp;&amp; java -jar trial-rules-benchmarks/target/benchmarks.jar SweepBenchmark
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
  private PolicyParameters parameters;

  /** Builds the engine once; building is not what this measures. */
  @Setup
  public void setUp() {
    engine = TrialPolicyEngine.builder().build();
    parameters = engine.parameters();
  }

  /** The events due on {@link Trials#DAY}, found by the DRL rules. */
  @Benchmark
  public long engineSweep() {
    try (Stream<TrialEvent> due = engine.sweep(Trials.DAY, Trials.generate(trials, 42))) {
      return due.count();
    }
  }

  /** The same events found by {@link PlainTimeline}: the baseline. */
  @Benchmark
  public long plainJavaSweep() {
    return Trials.generate(trials, 42)
        .flatMap(trial -> PlainTimeline.events(trial, parameters).stream())
        .filter(event -> event.date().equals(Trials.DAY))
        .count();
  }
}
