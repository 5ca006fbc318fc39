package dev.trialrules.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.cli.json.DecisionJson;
import dev.trialrules.cli.json.RequestJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden scenarios: {@code examples/scenarios/*.json} for the main flows of the shipped
 * policy, and {@code examples/authoring/scenarios/*.json} for the authors' example policy in
 * {@code examples/authoring/policy}. Each file holds a request and what its decision must be (the
 * outcome, exactly these rule IDs, findings that must be among the decision's, exactly these
 * derived values). One test per file; a failure lists every field that differs, expected beside
 * actual.
 */
class ScenarioFilesTest {
  private static final Path SCENARIOS = Path.of("scenarios").toAbsolutePath();
  private static final Path AUTHORING = Path.of("authoring").toAbsolutePath();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TrialPolicyEngine ENGINE = TrialPolicyEngine.builder().build();

  @TestFactory
  Stream<DynamicTest> everyScenario() throws IOException {
    // No file URI as the test source: Surefire filters tests by class and would drop them.
    return scenarioFiles(SCENARIOS).stream().map(file -> DynamicTest.dynamicTest(
        file.getFileName().toString(), () -> check(file, ENGINE)));
  }

  @TestFactory
  Stream<DynamicTest> everyAuthoringScenario() throws IOException {
    TrialPolicyEngine authors = TrialPolicyEngine.builder().rulesDirectory(AUTHORING.resolve("policy")).build();
    return scenarioFiles(AUTHORING.resolve("scenarios")).stream().map(file -> DynamicTest.dynamicTest(
        "authoring/" + file.getFileName(), () -> check(file, authors)));
  }

  @Test
  void theScenariosCoverEveryFlowAndConsentStep() throws IOException {
    Set<String> kinds = new TreeSet<>();
    for (Path file : scenarioFiles(SCENARIOS)) {
      JsonNode request = JSON.readTree(file.toFile()).get("request");
      kinds.add(request.has("flow") ? request.get("flow").asText() : "consent " + request.get("action").asText());
    }
    assertThat(kinds).contains("NEW_CUSTOMER", "EXISTING_CUSTOMER", "PAID_CUSTOMER", "consent ACCEPT", "consent EXPIRE");
  }

  private static List<Path> scenarioFiles(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  private static void check(Path file, TrialPolicyEngine engine) throws IOException {
    JsonNode scenario = JSON.readTree(file.toFile());
    JsonNode expect = scenario.get("expect");
    ObjectNode actual = DecisionJson.toTree(engine.decide(
        RequestJson.parse(scenario.get("request").toString(), file.getFileName().toString(), null)));

    List<String> differences = new ArrayList<>();
    compare("outcome", expect.get("outcome"), actual.get("outcome"), differences);
    compare("ruleIds", sorted(expect.get("ruleIds")), sorted(actual.get("ruleIds")), differences);
    for (JsonNode wanted : iterable(expect.path("findings"))) {
      boolean found = false;
      for (JsonNode finding : iterable(actual.get("findings"))) {
        found |= subsetOf(wanted, finding);
      }
      if (!found) {
        differences.add(String.format("%-28s expected %s%n%28s actual   (no such finding)", "findings", wanted, ""));
      }
    }
    JsonNode expectedDerived = expect.path("derived");
    Set<String> names = new TreeSet<>();
    expectedDerived.fieldNames().forEachRemaining(names::add);
    actual.get("derived").fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      compare("derived." + name, expectedDerived.get(name), actual.get("derived").get(name), differences);
    }
    assertThat(differences)
        .as("%s: %s%n%s", file.getFileName(), scenario.get("description").asText(), String.join("\n", differences))
        .isEmpty();
  }

  private static void compare(String field, JsonNode expected, JsonNode actual, List<String> differences) {
    if (expected == null ? actual != null : !expected.equals(actual)) {
      differences.add(String.format("%-28s expected %s%n%28s actual   %s", field, expected, "", actual));
    }
  }

  private static boolean subsetOf(JsonNode wanted, JsonNode finding) {
    for (Iterator<Map.Entry<String, JsonNode>> it = wanted.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (!field.getValue().equals(finding.get(field.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private static JsonNode sorted(JsonNode array) {
    List<String> items = new ArrayList<>();
    iterable(array).forEach(n -> items.add(n.asText()));
    items.sort(null);
    return JSON.valueToTree(items);
  }

  private static Iterable<JsonNode> iterable(JsonNode node) {
    return node == null ? List.of() : node::elements;
  }
}
