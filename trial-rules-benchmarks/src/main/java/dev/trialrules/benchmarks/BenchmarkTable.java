package dev.trialrules.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs JMH benchmarks and prints a Markdown table of medians, each engine benchmark beside the
 * reference model's from the same run, the ratio of the two and the target it is held to: on a
 * shared, noisy machine a median and a same-run ratio mean something, a mean of absolute times
 * does not. A benchmark named {@code engineX} is paired with {@code referenceX} of the same class.
 *
 * <p>Takes JMH's own command-line options (a benchmark pattern first), after two of its own:
 * {@code --heap} also measures the heap a built engine keeps ({@link EngineHeap}, median of five
 * fresh JVMs), and {@code --out FILE} writes the table there as well as to standard output. From
 * the project root:
 * <pre>
 * mvn -o -B -q -pl trial-rules-benchmarks -am package -DskipTests
 * java -cp trial-rules-benchmarks/target/benchmarks.jar dev.trialrules.benchmarks.BenchmarkTable SweepBenchmark
 * </pre>
 * {@code trial-rules-benchmarks/run-benchmarks} runs the whole suite and writes RESULTS.md.
 */
public final class BenchmarkTable {
  private static final int HEAP_RUNS = 5;
  private static final double MB = 1024.0 * 1024.0;

  /** What issue 6 holds each engine figure to; checked against the median. */
  private static final Map<String, Target> TARGETS = Map.of(
      "DecisionBenchmark.engineNewCustomer", Target.ratio(25),
      "DecisionBenchmark.engineExistingCustomer", Target.ratio(25),
      "DecisionBenchmark.engineNewCustomer2Threads", Target.atLeast(400_000, "decisions/s"),
      "DecisionBenchmark.engineExistingCustomer2Threads", Target.atLeast(400_000, "decisions/s"),
      "SweepBenchmark.engineSweep (trials=1000000)", Target.atMost(5_000, "ms"),
      "ColdStartBenchmark.engineColdStart", Target.atMost(1_000, "ms"),
      "ColdStartBenchmark.engineColdStartAppCds", Target.atMost(1_000, "ms"),
      "RebuildBenchmark.engineRebuild", Target.atMost(100, "ms"),
      "EngineHeap.engine", Target.atMost(20, "MB"));

  private BenchmarkTable() {}

  /**
   * Runs the benchmarks JMH's options select and prints the table.
   *
   * @param args {@code [--heap] [--out FILE]} then JMH command-line options
   * @throws Exception if JMH cannot parse the options or run, or a heap run fails
   */
  public static void main(String[] args) throws Exception {
    boolean heap = false;
    Path out = null;
    int i = 0;
    for (; i < args.length; i++) {
      if (args[i].equals("--heap")) {
        heap = true;
      } else if (args[i].equals("--out") && i + 1 < args.length) {
        out = Path.of(args[++i]);
      } else {
        break;
      }
    }
    String[] jmh = Arrays.copyOfRange(args, i, args.length);
    Map<String, Row> rows = new LinkedHashMap<>();
    if (jmh.length > 0) {
      rows.putAll(rows(new Runner(new CommandLineOptions(jmh)).run()));
    }
    if (heap) {
      rows.putAll(heapRows());
    }
    String table = table(rows);
    System.out.print(table);
    if (out != null) {
      Files.writeString(out, table, StandardCharsets.UTF_8);
    }
  }

  /** One figure: median, range and count of its samples, and whether more is better. */
  record Row(double median, double min, double max, int samples, String unit, boolean higherIsBetter) {
    static Row of(List<Double> samples, String unit, boolean higherIsBetter) {
      List<Double> sorted = new ArrayList<>(samples);
      sorted.sort(null);
      int n = sorted.size();
      double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
      return new Row(median, sorted.get(0), sorted.get(n - 1), n, unit, higherIsBetter);
    }
  }

  /** A target: a bound on the median, or on the ratio to the reference model. */
  record Target(double bound, String unit, boolean atLeast, boolean onRatio) {
    static Target atMost(double bound, String unit) {
      return new Target(bound, unit, false, false);
    }

    static Target atLeast(double bound, String unit) {
      return new Target(bound, unit, true, false);
    }

    static Target ratio(double bound) {
      return new Target(bound, "x reference", false, true);
    }

    String check(Row row, Double ratio) {
      double value = onRatio ? (ratio == null ? Double.NaN : ratio) : row.median();
      boolean met = atLeast ? value >= bound : value <= bound;
      return String.format(Locale.ROOT, "%s %,.0f %s: %s", atLeast ? "≥" : "≤", bound, unit,
          Double.isNaN(value) ? "no figure" : met ? "met" : "NOT met");
    }
  }

  static Map<String, Row> rows(Collection<RunResult> results) {
    Map<String, Row> rows = new LinkedHashMap<>();
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
      String unit = run.getPrimaryResult().getScoreUnit();
      rows.put(key, Row.of(samples, unit, unit.startsWith("ops/")));
    }
    return rows;
  }

  /** Runs {@link EngineHeap} in fresh JVMs and gives a row for the engine and one for the model. */
  static Map<String, Row> heapRows() throws IOException, InterruptedException {
    List<Double> engine = new ArrayList<>();
    List<Double> reference = new ArrayList<>();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (int run = 0; run < HEAP_RUNS; run++) {
      Process process = new ProcessBuilder(java, "-Xms512m", "-Xmx512m",
          "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
          EngineHeap.class.getName()).redirectErrorStream(true).start();
      try (BufferedReader lines = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          String[] words = line.split(" ");
          if (words.length == 2 && words[0].equals("engine")) {
            engine.add(Long.parseLong(words[1]) / MB);
          } else if (words.length == 2 && words[0].equals("reference")) {
            reference.add(Long.parseLong(words[1]) / MB);
          }
        }
      }
      if (process.waitFor() != 0) {
        throw new IllegalStateException("EngineHeap exited with " + process.exitValue());
      }
    }
    Map<String, Row> rows = new LinkedHashMap<>();
    rows.put("EngineHeap.engine", Row.of(engine, "MB", false));
    rows.put("EngineHeap.reference", Row.of(reference, "MB", false));
    return rows;
  }

  static String table(Map<String, Row> rows) {
    StringBuilder out = new StringBuilder(
        "| benchmark | median | min | max | samples | unit | engine ÷ reference | target |\n"
        + "| --- | ---: | ---: | ---: | ---: | --- | ---: | --- |\n");
    rows.forEach((key, row) -> {
      Row base = key.contains(".engine") ? rows.get(key.replace(".engine", ".reference")) : null;
      // How many times slower (or bigger) the engine is: time and size divide directly,
      // throughput the other way round.
      Double ratio = base == null ? null
          : row.higherIsBetter() ? base.median() / row.median() : row.median() / base.median();
      Target target = TARGETS.get(key);
      out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %d | %s | %s | %s |%n", key,
          number(row.median()), number(row.min()), number(row.max()), row.samples(), row.unit(),
          ratio == null ? "" : String.format(Locale.ROOT, "%.1fx", ratio),
          target == null ? "" : target.check(row, ratio)));
    });
    return out.toString();
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, value >= 100 ? "%,.0f" : value >= 1 ? "%.2f" : "%.4f", value);
  }
}
