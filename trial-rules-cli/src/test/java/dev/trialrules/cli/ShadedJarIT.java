package dev.trialrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The shaded {@code trial-policy.jar}, an application that embeds the engine in one jar, run with
 * {@code java -jar} as a user runs it, on the policy author's overlay of {@code examples/authoring}
 * (README, "Fat jars"). And the same jar merged without {@code ServicesResourceTransformer}
 * ({@code target/no-services-transformer/trial-policy.jar}, built for this test only), which
 * fails on the same rules directory: Drools finds its DRL compiler, wiring and session factories
 * through {@code META-INF/services}, and a plain merge keeps one jar's service file of each name.
 *
 * <p>Run by maven-failsafe-plugin after {@code package}, in {@code mvn verify}.
 */
class ShadedJarIT {
  private static final Path TARGET = Path.of("target");
  private static final Path SHADED = TARGET.resolve("trial-policy.jar");
  private static final Path WITHOUT_TRANSFORMER =
      TARGET.resolve("no-services-transformer").resolve("trial-policy.jar");
  private static final Path AUTHORING = Path.of("../examples/authoring");
  private static final Path POLICY = AUTHORING.resolve("policy");
  private static final Path SCENARIOS = AUTHORING.resolve("scenarios");

  record Run(int status, String out, String err) {
    String describe() {
      return "exit " + status + "\nstdout:\n" + out + "\nstderr:\n" + err;
    }
  }

  @Test
  void theShadedJar_validatesTheAuthorsRulesDirectory() throws Exception {
    Run run = javaJar(SHADED, "validate", POLICY.toString());

    assertThat(run.status()).as(run.describe()).isZero();
    assertThat(run.out()).as(run.describe()).contains("local-rules.drl");
  }

  @Test
  void theShadedJar_passesTheAuthorsScenariosOnTheAuthorsRules() throws Exception {
    Run run = javaJar(SHADED, "test", SCENARIOS.toString(), "--rules", POLICY.toString());

    assertThat(run.status()).as(run.describe()).isZero();
    assertThat(run.out()).as(run.describe()).contains("4 passed, 0 failed");
  }

  @Test
  void theSameJarMergedWithoutTheServicesTransformer_failsOnTheAuthorsRules() throws Exception {
    assertThat(WITHOUT_TRANSFORMER).as("built by the shade execution without-services-transformer").isRegularFile();

    Run run = javaJar(WITHOUT_TRANSFORMER, "test", SCENARIOS.toString(), "--rules", POLICY.toString());

    // Exit 2 and "the rule set does not build: ... (and 603 more errors)" on Drools 10.2.0: the
    // first wiring service file kept, drools-wiring-static's, cannot build field extractors.
    assertThat(run.status()).as(run.describe()).isNotZero();
    assertThat(run.out() + run.err()).as(run.describe())
        .contains("does not build")
        .doesNotContain("4 passed, 0 failed");
  }

  private static Run javaJar(Path jar, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("shaded-jar-it", ".out");
    Path err = Files.createTempFile("shaded-jar-it", ".err");
    try {
      Process process = new ProcessBuilder(command)
          .redirectOutput(out.toFile())
          .redirectError(err.toFile())
          .start();
      process.getOutputStream().close();
      if (!process.waitFor(3, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("java -jar " + jar + " " + String.join(" ", args) + " ran over 3 minutes");
      }
      return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
