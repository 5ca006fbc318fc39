package dev.trialrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** README.md's embedding example is this module's EmbeddingExample, and it runs. */
class EmbeddingExampleTest {
  private static final Path MODULE = Path.of("").toAbsolutePath();

  @Test
  void theExample_decidesAndExplains() {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      EmbeddingExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed).startsWith("ALLOWED because of [");
    assertThat(printed).contains("NEW-02", "data region EU");
  }

  @Test
  void theReadme_quotesTheExampleWordForWord() throws IOException {
    String source = Files.readString(MODULE.resolve("src/main/java/dev/trialrules/examples/EmbeddingExample.java"));
    Matcher body = Pattern.compile("// README:begin\\n(.*?)\\n\\s*// README:end", Pattern.DOTALL).matcher(source);
    assertThat(body.find()).as("markers in EmbeddingExample.java").isTrue();
    String readme = Files.readString(MODULE.resolve("../README.md"));
    assertThat(normalize(readme)).contains(normalize(body.group(1)));
    // The imports too, in one block: a newcomer copies them before anything else.
    String imports = source.lines().filter(l -> l.startsWith("import ")).reduce("", (a, b) -> a + b + "\n");
    assertThat(imports).contains("import dev.trialrules.policy.ShippedPolicy;");
    assertThat(normalize(readme)).contains(normalize(imports));
  }

  /** Indentation differs between a method body and a Markdown block; the words must not. */
  private static String normalize(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
  }
}
