package dev.trialrules.json;

import dev.trialrules.Decision;
import dev.trialrules.Finding;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link Decision} as JSON, as described in {@code trial-rules-json/JSON-FORMAT.md}:
 *
 * <pre>{@code
 * System.out.print(DecisionJson.write(engine.decide(request)));
 * }</pre>
 *
 * <p>The properties come in a fixed order and findings in the decision's order, so that the
 * same decision always prints the same text and golden files can be compared as text.
 */
public final class DecisionJson {
  private DecisionJson() {}

  /** The decision as a JSON object. */
  public static ObjectNode toTree(Decision decision) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("outcome", decision.outcome().name());
    ArrayNode ruleIds = root.putArray("ruleIds");
    decision.ruleIds().forEach(ruleIds::add);
    ArrayNode findings = root.putArray("findings");
    for (Finding f : decision.findings()) {
      ObjectNode finding = findings.addObject()
          .put("ruleId", f.ruleId())
          .put("ruleName", f.ruleName())
          .put("severity", f.severity().name())
          .put("field", f.field());
      // Left out when empty, like the remedy, so that a property that is there always holds text.
      f.item().ifPresent(item -> finding.put("item", item));
      finding.put("message", f.message());
      f.remedy().ifPresent(remedy -> finding.put("remedy", remedy));
      f.source().ifPresent(source -> finding.put("source", source));
    }
    ObjectNode derived = root.putObject("derived");
    // The mapper writes dates as ISO strings and enums by name, lists and maps as JSON.
    decision.values().forEach((key, value) -> derived.set(key.name(), Json.MAPPER.valueToTree(value)));
    root.put("rulesRevision", decision.rulesRevision());
    return root;
  }

  /** The decision as indented JSON text, ending with a newline. */
  public static String write(Decision decision) {
    return Json.PRETTY.writeValueAsString(toTree(decision)) + "\n";
  }
}
