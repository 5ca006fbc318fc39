package dev.trialrules.benchmarks;

import dev.trialrules.policy.ShippedPolicy;
import dev.trialrules.reference.ReferencePolicy;
import dev.trialrules.Decision;
import dev.trialrules.TrialEvent;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.facts.ConversionRequest;
import dev.trialrules.facts.ExtensionRequest;
import dev.trialrules.facts.StartTrialRequest;
import dev.trialrules.facts.Trial;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One decision of each kind, by the engine and by the {@linkplain ReferencePolicy reference model} in
 * the same run, on one thread and on two: throughput in decisions per second, summed over the
 * threads. A method {@code engineX} is paired with {@code referenceX}; the results table divides
 * the model's throughput by the engine's, so the ratio says how many times slower the engine is.
 * The engine is shared by both threads, as a service shares it. Ten seconds of warm-up, because
 * on a shared machine the JIT gets a fraction of a core and the engine has far more code to
 * compile than the model.
 *
 * <p>Run from the project root:
 * <pre>
 * mvn -o -B -q -pl trial-rules-benchmarks -am package -DskipTests
 * java -cp trial-rules-benchmarks/target/benchmarks.jar dev.trialrules.benchmarks.BenchmarkTable DecisionBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class DecisionBenchmark {
  private TrialPolicyEngine engine;
  private ReferencePolicy reference;
  private StartTrialRequest newCustomer;
  private StartTrialRequest existingCustomer;
  private ExtensionRequest extension;
  private ConversionRequest conversion;
  private Trial trial;

  /** Builds the engine and the model once; building is not what this measures. */
  @Setup
  public void setUp() {
    engine = TrialPolicyEngine.builder(ShippedPolicy.get()).build();
    reference = new ReferencePolicy(engine.parameters());
    newCustomer = Requests.newCustomer();
    existingCustomer = Requests.existingCustomer();
    extension = Requests.extension();
    conversion = Requests.conversion();
    trial = Requests.trial();
  }

  /** A new customer's start decision by the rules. */
  @Benchmark
  public Decision engineNewCustomer() {
    return engine.decide(newCustomer);
  }

  /** The same decision by the model. */
  @Benchmark
  public Decision referenceNewCustomer() {
    return reference.decide(newCustomer);
  }

  /** An existing customer's start decision by the rules. */
  @Benchmark
  public Decision engineExistingCustomer() {
    return engine.decide(existingCustomer);
  }

  /** The same decision by the model. */
  @Benchmark
  public Decision referenceExistingCustomer() {
    return reference.decide(existingCustomer);
  }

  /** An extension decision by the rules. */
  @Benchmark
  public Decision engineExtension() {
    return engine.decide(extension);
  }

  /** The same decision by the model. */
  @Benchmark
  public Decision referenceExtension() {
    return reference.decide(extension);
  }

  /** A conversion decision by the rules. */
  @Benchmark
  public Decision engineConversion() {
    return engine.decide(conversion);
  }

  /** The same decision by the model. */
  @Benchmark
  public Decision referenceConversion() {
    return reference.decide(conversion);
  }

  /** A trial's timeline by the rules. */
  @Benchmark
  public List<TrialEvent> engineTimeline() {
    return engine.timeline(trial).events();
  }

  /** The same timeline by the model. */
  @Benchmark
  public List<TrialEvent> referenceTimeline() {
    return reference.timeline(trial);
  }

  /** {@link #engineNewCustomer} on two threads. */
  @Benchmark
  @Threads(2)
  public Decision engineNewCustomer2Threads() {
    return engine.decide(newCustomer);
  }

  /** {@link #referenceNewCustomer} on two threads. */
  @Benchmark
  @Threads(2)
  public Decision referenceNewCustomer2Threads() {
    return reference.decide(newCustomer);
  }

  /** {@link #engineExistingCustomer} on two threads. */
  @Benchmark
  @Threads(2)
  public Decision engineExistingCustomer2Threads() {
    return engine.decide(existingCustomer);
  }

  /** {@link #referenceExistingCustomer} on two threads. */
  @Benchmark
  @Threads(2)
  public Decision referenceExistingCustomer2Threads() {
    return reference.decide(existingCustomer);
  }

  /** {@link #engineExtension} on two threads. */
  @Benchmark
  @Threads(2)
  public Decision engineExtension2Threads() {
    return engine.decide(extension);
  }

  /** {@link #referenceExtension} on two threads. */
  @Benchmark
  @Threads(2)
  public Decision referenceExtension2Threads() {
    return reference.decide(extension);
  }

  /** {@link #engineConversion} on two threads. */
  @Benchmark
  @Threads(2)
  public Decision engineConversion2Threads() {
    return engine.decide(conversion);
  }

  /** {@link #referenceConversion} on two threads. */
  @Benchmark
  @Threads(2)
  public Decision referenceConversion2Threads() {
    return reference.decide(conversion);
  }

  /** {@link #engineTimeline} on two threads. */
  @Benchmark
  @Threads(2)
  public List<TrialEvent> engineTimeline2Threads() {
    return engine.timeline(trial).events();
  }

  /** {@link #referenceTimeline} on two threads. */
  @Benchmark
  @Threads(2)
  public List<TrialEvent> referenceTimeline2Threads() {
    return reference.timeline(trial);
  }
}
