package dev.trialrules.scenario;

import dev.trialrules.EventKind;
import dev.trialrules.RuleSetException;
import dev.trialrules.Timeline;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.facts.PolicyRequest;
import dev.trialrules.facts.Trial;
import dev.trialrules.json.DecisionJson;
import dev.trialrules.json.InvalidRequestException;
import dev.trialrules.json.JsonTree;
import dev.trialrules.json.RequestJson;
import dev.trialrules.json.TimelineJson;
import dev.trialrules.json.TrialJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One scenario file: facts, and what the engine must make of them. Two kinds, described in
 * {@code trial-rules-json/JSON-FORMAT.md}:
 *
 * <ul>
 *   <li>a request and its decision: {@code {"description", "request": {...}, "expect": {"outcome",
 *       "ruleIds" (exactly these), "findings" (each among the decision's, matched on the fields
 *       given), "derived" (exactly these; none when absent)}}};
 *   <li>a started trial and its timeline: {@code {"description", "trial": {...}, "expect":
 *       {"events": [{"date", "ruleId", "kind"?, "recipients"?, "change"?}] (exactly these dates and
 *       rule IDs), "stateOn"?: {"date", "phase"?, "daysLeft"?, "callingStopped"?, "numbersReleased"?}}}}.
 * </ul>
 *
 * <p>Either kind may carry {@code "parameters": {"max-license-quantity": 500}}: the scenario then
 * runs on an engine with the same rules and those parameters on top, so a rule that is off under
 * the shipped numbers can still be proved.
 *
 * <pre>{@code
 * Scenario scenario = Scenario.load(Path.of("trial-rules-drl/scenarios/new-customer-allowed.json"));
 * ScenarioResult result = scenario.check(engine);
 * }</pre>
 *
 * <p>Loading never throws: a file that cannot be read, is not JSON, is not a scenario, or holds
 * facts that cannot be built is a scenario whose {@link #problem()} says why in one line, and
 * which fails when checked. The request and trial are read by the same strict binding as the
 * command line's, so a scenario cannot hold a request that {@code trial-policy evaluate} would
 * refuse.
 */
public final class Scenario {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> TOP = Set.of("description", "parameters", "request", "trial", "expect");
  private static final Set<String> DECISION_EXPECT = Set.of("outcome", "ruleIds", "findings", "derived");
  private static final Set<String> TIMELINE_EXPECT = Set.of("events", "stateOn");
  private static final Set<String> EVENT = Set.of("date", "ruleId", "kind", "recipients", "change");
  private static final Set<String> STATE = Set.of("date", "phase", "daysLeft", "callingStopped", "numbersReleased");
  private static final Set<String> KINDS =
      Arrays.stream(EventKind.values()).map(EventKind::name).collect(Collectors.toCollection(TreeSet::new));
  private static final String NONE = "(none)";

  private final String name;
  private final String description;
  private final Map<String, String> parameters;
  private final PolicyRequest request;
  private final Trial trial;
  private final ObjectNode expect;
  private final String problem;

  private Scenario(String name, String description, Map<String, String> parameters, PolicyRequest request,
      Trial trial, ObjectNode expect, String problem) {
    this.name = name;
    this.description = description;
    this.parameters = parameters;
    this.request = request;
    this.trial = trial;
    this.expect = expect;
    this.problem = problem;
  }

  /**
   * Reads a scenario file. Never throws for the file's content or absence; see {@link #problem()}.
   *
   * @param file a scenario file
   */
  public static Scenario load(Path file) {
    String name = String.valueOf(file.getFileName());
    // A FIFO named *.json would block the reader forever; a link to a regular file is fine.
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      return unreadable(name, new InvalidRequestException(name,
          "not a regular file (a FIFO, device or socket), so not read"));
    }
    ObjectNode root;
    try {
      root = JsonTree.readObject(file, "scenario");
    } catch (InvalidRequestException e) {
      // Named by the file name alone, as the scenario is.
      return unreadable(name, new InvalidRequestException(name, e.line(), e.column(), e.detail()));
    }
    try {
      return parse(name, root);
    } catch (InvalidRequestException e) {
      // The binding saw the request or trial as text of its own, so a line and column would
      // point into that text, not the file; the JSON path it names is what finds the value.
      return unreadable(name, new InvalidRequestException(name, e.detail()));
    }
  }

  private static Scenario unreadable(String name, InvalidRequestException reason) {
    return new Scenario(name, "", Map.of(), null, null, null, reason.getMessage());
  }

  private static Scenario parse(String name, ObjectNode root) {
    onlyKnown(name, "", root, TOP);
    JsonNode description = root.get("description");
    if (description == null || !description.isString()) {
      throw new InvalidRequestException(name, "\"description\" must be a string");
    }
    JsonNode expect = root.get("expect");
    if (expect == null || !expect.isObject()) {
      throw new InvalidRequestException(name, "\"expect\" must be an object");
    }
    Map<String, String> parameters = parameters(name, root.get("parameters"));
    if (root.has("request") == root.has("trial")) {
      throw new InvalidRequestException(name, "a scenario has either \"request\" or \"trial\", not both or neither");
    }
    if (root.has("request")) {
      checkDecisionExpectations(name, expect);
      PolicyRequest request = RequestJson.parse(JsonTree.toText(root.get("request")), name, null);
      return new Scenario(name, description.asString(), parameters, request, null, (ObjectNode) expect, null);
    }
    checkTimelineExpectations(name, expect);
    Trial trial = TrialJson.parse(JsonTree.toText(root.get("trial")), name);
    return new Scenario(name, description.asString(), parameters, null, trial, (ObjectNode) expect, null);
  }

  /** Parameter values may be written as JSON numbers or strings, as a properties file holds text. */
  private static Map<String, String> parameters(String name, JsonNode node) {
    if (node == null) {
      return Map.of();
    }
    require(name, node.isObject(), "parameters must be an object of parameter names and values");
    Map<String, String> parameters = new TreeMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      require(name, field.getValue().isValueNode() && !field.getValue().isNull(),
          "parameters." + field.getKey() + " must be a string or a number, was " + field.getValue());
      parameters.put(field.getKey(), field.getValue().asString());
    }
    return Collections.unmodifiableMap(parameters);
  }

  private static void checkDecisionExpectations(String name, JsonNode expect) {
    onlyKnown(name, "expect.", expect, DECISION_EXPECT);
    require(name, expect.path("outcome").isString(), "expect.outcome must be a string");
    require(name, expect.path("ruleIds").isArray(), "expect.ruleIds must be an array of rule IDs");
    require(name, !expect.has("findings") || expect.get("findings").isArray(), "expect.findings must be an array");
    expect.path("findings").forEach(f -> require(name, f.isObject(), "expect.findings must hold objects"));
    require(name, !expect.has("derived") || expect.get("derived").isObject(), "expect.derived must be an object");
  }

  private static void checkTimelineExpectations(String name, JsonNode expect) {
    onlyKnown(name, "expect.", expect, TIMELINE_EXPECT);
    require(name, expect.path("events").isArray(), "expect.events must be an array of events");
    int index = 0;
    for (JsonNode event : expect.get("events")) {
      String at = "expect.events[" + index++ + "]";
      require(name, event.isObject(), at + " must be an object");
      // Revision 1's one list for every event; said outright, since a scenario written then
      // fails here first.
      require(name, !event.has("audience"), at + ".audience is no longer a scenario property: an event"
          + " has a kind, and a NOTICE has recipients; expected one of " + new TreeSet<>(EVENT));
      onlyKnown(name, at + ".", event, EVENT);
      date(name, event.get("date"), at + ".date");
      require(name, event.path("ruleId").isString(), at + ".ruleId must be a string");
      require(name, !event.has("kind") || KINDS.contains(event.get("kind").asString(null)),
          at + ".kind must be one of " + KINDS + ", was " + event.get("kind"));
      require(name, !event.has("recipients") || event.get("recipients").isArray(), at + ".recipients must be an array");
    }
    if (expect.has("stateOn")) {
      JsonNode state = expect.get("stateOn");
      require(name, state.isObject(), "expect.stateOn must be an object");
      onlyKnown(name, "expect.stateOn.", state, STATE);
      date(name, state.get("date"), "expect.stateOn.date");
    }
  }

  private static void onlyKnown(String name, String path, JsonNode node, Set<String> known) {
    for (String field : node.propertyNames()) {
      require(name, known.contains(field), path + field + " is not a scenario property; expected one of " + new TreeSet<>(known));
    }
  }

  private static LocalDate date(String name, JsonNode node, String path) {
    require(name, node != null && node.isString(), path + " must be a date written YYYY-MM-DD");
    try {
      return LocalDate.parse(node.asString());
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(name, path + " must be a date written YYYY-MM-DD, was \"" + node.asString() + "\"");
    }
  }

  private static void require(String name, boolean condition, String detail) {
    if (!condition) {
      throw new InvalidRequestException(name, detail);
    }
  }

  /** The file name, such as {@code new-customer-allowed.json}. */
  public String name() {
    return name;
  }

  /** What the scenario shows, in a sentence; empty if the file could not be read. */
  public String description() {
    return description;
  }

  /** The parameters the scenario runs with on top of the engine's; empty for none. */
  public Map<String, String> parameters() {
    return parameters;
  }

  /** The request a decision scenario decides; empty for a timeline scenario or an unreadable file. */
  public Optional<PolicyRequest> request() {
    return Optional.ofNullable(request);
  }

  /** The trial a timeline scenario schedules; empty for a decision scenario or an unreadable file. */
  public Optional<Trial> trial() {
    return Optional.ofNullable(trial);
  }

  /** A copy of the file's {@code "expect"} object; empty if the file could not be read. */
  public Optional<ObjectNode> expected() {
    return Optional.ofNullable(expect).map(ObjectNode::deepCopy);
  }

  /** Why the file is not a scenario, as one line starting with its name; empty if it is one. */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /**
   * Runs the scenario on an engine, or on {@linkplain TrialPolicyEngine#withParameters one
   * derived from it} when the scenario has {@linkplain #parameters() parameters}, and compares
   * what it decides or schedules with the expectations. Never throws for a failing scenario, nor
   * for a rule that throws or a parameter the rules refuse.
   */
  public ScenarioResult check(TrialPolicyEngine engine) {
    Objects.requireNonNull(engine, "engine");
    // An unreadable file has no parameters, so checkOn reports its problem.
    TrialPolicyEngine derived;
    try {
      derived = parameters.isEmpty() ? engine : engine.withParameters(parameters);
    } catch (RuleSetException e) {
      return refused(e);
    }
    return checkOn(derived);
  }

  /** The failure of a scenario whose parameters the rules refuse. */
  ScenarioResult refused(RuleSetException reason) {
    return ScenarioResult.problem(this, name + ": its parameters are refused: " + reason.getMessage());
  }

  /** Runs the scenario on exactly this engine, whose parameters the caller has already applied. */
  ScenarioResult checkOn(TrialPolicyEngine engine) {
    if (problem != null) {
      return ScenarioResult.problem(this, problem);
    }
    try {
      List<Difference> differences = new ArrayList<>();
      if (request != null) {
        compareDecision(DecisionJson.toTree(engine.decide(request)), differences);
      } else {
        compareTimeline(engine.timeline(trial), differences);
      }
      return ScenarioResult.compared(this, differences);
    } catch (RuntimeException e) {
      return ScenarioResult.problem(this, name + ": the engine failed: " + e);
    }
  }

  private void compareDecision(ObjectNode actual, List<Difference> differences) {
    compare("outcome", expect.get("outcome"), actual.get("outcome"), differences);
    compare("ruleIds", sortedTexts(expect.get("ruleIds")), sortedTexts(actual.get("ruleIds")), differences);
    for (JsonNode wanted : expect.path("findings")) {
      boolean found = false;
      for (JsonNode finding : actual.get("findings")) {
        found |= subsetOf(wanted, finding);
      }
      if (!found) {
        differences.add(new Difference("findings", wanted.toString(), "(no such finding)"));
      }
    }
    JsonNode expectedDerived = expect.path("derived");
    JsonNode actualDerived = actual.get("derived");
    Set<String> names = new TreeSet<>();
    names.addAll(expectedDerived.propertyNames());
    names.addAll(actualDerived.propertyNames());
    for (String derived : names) {
      compare("derived." + derived, expectedDerived.get(derived), actualDerived.get(derived), differences);
    }
  }

  private void compareTimeline(Timeline timeline, List<Difference> differences) {
    LocalDate on = expect.has("stateOn") ? LocalDate.parse(expect.get("stateOn").get("date").asString()) : null;
    ObjectNode actual = TimelineJson.toTree(timeline, on);
    // Events compare as a set of "date ruleId": the order of one day's events is not policy.
    Set<String> expectedKeys = new TreeSet<>();
    expect.get("events").forEach(e -> expectedKeys.add(eventKey(e)));
    Set<String> actualKeys = new TreeSet<>();
    actual.get("events").forEach(e -> actualKeys.add(eventKey(e)));
    for (String key : expectedKeys) {
      if (!actualKeys.contains(key)) {
        differences.add(new Difference("events", key, "(no such event)"));
      }
    }
    for (String key : actualKeys) {
      if (!expectedKeys.contains(key)) {
        differences.add(new Difference("events", "(no such event)", key));
      }
    }
    for (JsonNode wanted : expect.get("events")) {
      List<JsonNode> sameKey = new ArrayList<>();
      actual.get("events").forEach(e -> {
        if (eventKey(e).equals(eventKey(wanted))) {
          sameKey.add(e);
        }
      });
      if (!sameKey.isEmpty() && sameKey.stream().noneMatch(e -> eventMatches(wanted, e))) {
        differences.add(new Difference("events[" + eventKey(wanted) + "]",
            detailsOf(wanted), String.join(", ", sameKey.stream().map(Scenario::detailsOf).toList())));
      }
    }
    if (on != null) {
      JsonNode state = actual.get("state");
      for (Map.Entry<String, JsonNode> field : expect.get("stateOn").properties()) {
        if (!field.getKey().equals("date")) {
          compare("stateOn." + field.getKey(), field.getValue(), state.get(field.getKey()), differences);
        }
      }
    }
  }

  private static String eventKey(JsonNode event) {
    return event.get("date").asString() + " " + event.get("ruleId").asString();
  }

  private static boolean eventMatches(JsonNode wanted, JsonNode event) {
    return (!wanted.has("kind") || wanted.get("kind").equals(event.get("kind")))
        && (!wanted.has("recipients")
            || sortedTexts(wanted.get("recipients")).equals(sortedTexts(event.get("recipients"))))
        && (!wanted.has("change") || wanted.get("change").equals(event.get("change")));
  }

  /** The kind, recipients and change of an event, the fields an expected event may add to its date and rule. */
  private static String detailsOf(JsonNode event) {
    ObjectNode details = NODES.objectNode();
    if (event.has("kind")) {
      details.set("kind", event.get("kind"));
    }
    if (event.has("recipients")) {
      details.set("recipients", sortedTexts(event.get("recipients")));
    }
    if (event.has("change")) {
      details.set("change", event.get("change"));
    }
    return details.toString();
  }

  private static void compare(String field, JsonNode expected, JsonNode actual, List<Difference> differences) {
    if (!Objects.equals(expected, actual)) {
      differences.add(new Difference(field, expected == null ? NONE : expected.toString(),
          actual == null ? NONE : actual.toString()));
    }
  }

  private static boolean subsetOf(JsonNode wanted, JsonNode finding) {
    for (Map.Entry<String, JsonNode> field : wanted.properties()) {
      if (!field.getValue().equals(finding.get(field.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private static JsonNode sortedTexts(JsonNode array) {
    List<String> items = new ArrayList<>();
    // Jackson 3 refuses to read an array or object as text (Jackson 2 read it as ""), and an
    // expected list may hold one, or a null, by mistake: it compares, and is shown, as its JSON.
    array.forEach(n -> items.add(n.isContainer() || n.isNull() ? n.toString() : n.asString()));
    items.sort(null);
    ArrayNode sorted = NODES.arrayNode();
    items.forEach(sorted::add);
    return sorted;
  }

  @Override
  public String toString() {
    return name + ": " + (problem != null ? problem : description);
  }
}
