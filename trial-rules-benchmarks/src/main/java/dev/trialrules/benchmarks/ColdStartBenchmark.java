package dev.trialrules.benchmarks;

import java.io.IOException;
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
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start: the time a fresh JVM takes from its launch to the first decision with the whole
 * shipped policy, measured as a whole process ({@link ColdStart}) so that class loading, rule
 * compilation and the first, unjitted decision are all in it. Paired with the same process
 * deciding by the reference model, which is mostly JVM start.
 *
 * <p>Run from the project root:
 * <pre>
 * mvn -o -B -q -pl trial-rules-benchmarks -am package -DskipTests
 * java -cp trial-rules-benchmarks/target/benchmarks.jar dev.trialrules.benchmarks.BenchmarkTable ColdStartBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 7)
@Fork(1)
@State(Scope.Benchmark)
public class ColdStartBenchmark {
  /** A JVM with default options (as a service would start it) building and deciding once. */
  @Benchmark
  public int engineColdStart() throws IOException, InterruptedException {
    return launch("engine");
  }

  /** The same process deciding by the reference model. */
  @Benchmark
  public int referenceColdStart() throws IOException, InterruptedException {
    return launch("reference");
  }

  private static int launch(String which) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", ColdStart.class.getName(), which))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    int status = process.waitFor();
    if (status != 0) {
      throw new IllegalStateException("ColdStart " + which + " exited with " + status);
    }
    return status;
  }
}
