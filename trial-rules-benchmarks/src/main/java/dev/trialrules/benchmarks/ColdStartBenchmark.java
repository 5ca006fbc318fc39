package dev.trialrules.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * Cold start: the time a fresh JVM takes from its launch to the first decision with the whole
 * shipped policy, measured as a whole process ({@link ColdStart}) so that class loading, rule
 * compilation and the first, unjitted decision are all in it. Paired with the same process
 * deciding by the reference model, which is mostly JVM start.
 *
 * <p>The {@code AppCds} pair starts the same processes with an application class-data sharing
 * archive, which the JDK makes from a training run ({@code -XX:ArchiveClassesAtExit}) and a
 * deployment passes at start ({@code -XX:SharedArchiveFile}): the classes of Drools, MVEL and the
 * policy come parsed and verified from the archive instead of the jars. The setup makes both
 * archives once, from one run of each process, before anything is timed.
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
  private Path archives;

  /** Makes each process's class-data archive from a training run of it; not timed. */
  @Setup(Level.Trial)
  public void archive() throws IOException, InterruptedException {
    archives = Files.createTempDirectory("trial-rules-cds");
    for (String which : List.of("engine", "reference")) {
      launch(which, "-XX:ArchiveClassesAtExit=" + archives.resolve(which + ".jsa"));
    }
  }

  /** Removes the archives. */
  @TearDown(Level.Trial)
  public void removeArchives() throws IOException {
    for (String which : List.of("engine", "reference")) {
      Files.deleteIfExists(archives.resolve(which + ".jsa"));
    }
    Files.deleteIfExists(archives);
  }

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

  /** The engine's process started with its class-data archive. */
  @Benchmark
  public int engineColdStartAppCds() throws IOException, InterruptedException {
    return launch("engine", "-XX:SharedArchiveFile=" + archives.resolve("engine.jsa"));
  }

  /** The model's process started with its class-data archive. */
  @Benchmark
  public int referenceColdStartAppCds() throws IOException, InterruptedException {
    return launch("reference", "-XX:SharedArchiveFile=" + archives.resolve("reference.jsa"));
  }

  private static int launch(String which, String... jvmOptions) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", ColdStart.class.getName(), which));
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    int status = process.waitFor();
    if (status != 0) {
      throw new IllegalStateException("ColdStart " + which + " " + List.of(jvmOptions) + " exited with " + status);
    }
    return status;
  }
}
