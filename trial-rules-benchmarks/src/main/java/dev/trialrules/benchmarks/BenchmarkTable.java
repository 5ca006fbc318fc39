package dev.trialrules.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs JMH benchmarks and prints a Markdown table of medians, each engine benchmark beside its
 * plain-Java baseline from the same run and the ratio of the two: on a shared, noisy machine a
 * median and a same-run ratio mean something, a mean of absolute times does not.
 *
 * <p>Takes JMH's own command-line options (a benchmark pattern first). From the project root:
 * <pre>
 * mvn -q -B install -DskipTests
 * java -cp trial-rules-benchmarks/target/benchmarks.jar dev.trialrules.benchmarks.BenchmarkTable SweepBenchmark
 * </pre>
 * A benchmark named {@code engineX} is paired with {@code plainJavaX} of the same class.
 */
public final class BenchmarkTable {
  private BenchmarkTable() {}

  /**
   * Runs the benchmarks JMH's options select and prints the table.
   *
   * @param args JMH command-line options
   * @throws Exception if JMH cannot parse the options or run
   */
  public static void main(String[] args) throws Exception {
    Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
    System.out.print(table(results));
  }

  static String table(Collection<RunResult> results) throws RunnerException {
    Map<String, double[]> medians = new LinkedHashMap<>();
    Map<String, String> units = new LinkedHashMap<>();
    for (RunResult run : results) {
      String name = run.getParams().getBenchmark();
      String params = run.getParams().getParamsKeys().stream()
          .map(k -> k + "=" + run.getParams().getParam(k)).reduce((a, b) -> a + "," + b).orElse("");
      String key = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1)
          + (params.isEmpty() ? "" : " (" + params + ")");
      List<Double> samples = new ArrayList<>();
      for (BenchmarkResult benchmark : run.getBenchmarkResults()) {
        for (IterationResult iteration : benchmark.getIterationResults()) {
          samples.add(iteration.getPrimaryResult().getScore());
        }
      }
      samples.sort(null);
      int n = samples.size();
      double median = n % 2 == 1 ? samples.get(n / 2) : (samples.get(n / 2 - 1) + samples.get(n / 2)) / 2;
      medians.put(key, new double[] {median, samples.get(0), samples.get(n - 1), n});
      units.put(key, run.getPrimaryResult().getScoreUnit());
    }
    StringBuilder out = new StringBuilder(
        "| benchmark | median | min | max | samples | unit | engine / plain Java |\n"
        + "| --- | ---: | ---: | ---: | ---: | --- | ---: |\n");
    medians.forEach((key, m) -> {
      String baseline = key.replace(".engine", ".plainJava");
      double[] base = key.contains(".engine") ? medians.get(baseline) : null;
      out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d | %s | %s |%n", key, m[0], m[1], m[2],
          (int) m[3], units.get(key), base == null ? "" : String.format(Locale.ROOT, "%.1f", m[0] / base[0])));
    });
    return out.toString();
  }
}
