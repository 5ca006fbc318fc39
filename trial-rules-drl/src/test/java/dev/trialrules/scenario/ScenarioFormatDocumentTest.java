package dev.trialrules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario examples of JSON-FORMAT.md are scenarios that pass on the shipped policy. */
class ScenarioFormatDocumentTest {
  private static final Path DOCUMENT = Path.of("../trial-rules-json/JSON-FORMAT.md");
  private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

  @TempDir
  Path dir;

  @Test
  void everyScenarioExample_loadsAndPasses() throws IOException {
    Matcher block = JSON_BLOCK.matcher(Files.readString(DOCUMENT));
    int examples = 0;
    while (block.find()) {
      if (ScenarioFiles.JSON.readTree(block.group(1)).has("expect")) {
        ScenarioFiles.text(dir, "example-" + examples++ + ".json", block.group(1));
      }
    }

    SuiteResult result = ScenarioSuite.load(dir).run(ScenarioFiles.engine());

    assertThat(examples).isPositive();
    assertThat(result.failures()).as("%s", result).isEmpty();
  }
}
