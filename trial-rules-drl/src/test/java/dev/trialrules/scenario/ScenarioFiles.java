package dev.trialrules.scenario;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.policy.ShippedPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Scenario files for the toolkit's tests, made from the shipped samples so that they stay real. */
final class ScenarioFiles {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path SHIPPED = Path.of("scenarios");
  static final Path TRIAL_CALLING = Path.of("../examples/requests/trial-calling.json");

  private ScenarioFiles() {}

  /**
   * The shipped engine, built once on first use: compiling the rules is the slow part, and a test
   * that only loads scenario files must not depend on the shipped rules compiling.
   */
  static TrialPolicyEngine engine() {
    return Shipped.ENGINE;
  }

  private static final class Shipped {
    static final TrialPolicyEngine ENGINE = TrialPolicyEngine.builder(ShippedPolicy.get()).build();
  }

  /** The shipped new-customer scenario, changed by {@code edit}, written as {@code name} into {@code dir}. */
  static Path decisionScenario(Path dir, String name, Consumer<ObjectNode> edit) {
    return write(dir, name, read(SHIPPED.resolve("new-customer-allowed.json")), edit);
  }

  /** A timeline scenario of the Calling sample trial, with its real events, changed by {@code edit}. */
  static Path timelineScenario(Path dir, String name, Consumer<ObjectNode> edit) {
    ObjectNode scenario = JSON.createObjectNode();
    scenario.put("description", "The Calling trial's dates");
    scenario.set("trial", read(TRIAL_CALLING));
    ObjectNode expect = scenario.putObject("expect");
    var events = expect.putArray("events");
    events.addObject().put("date", "2026-12-25").put("ruleId", "END-02");
    events.addObject().put("date", "2027-01-01").put("ruleId", "END-02");
    events.addObject().put("date", "2027-01-01").put("ruleId", "END-04").put("kind", "CHANGE").put("change", "EXPIRES");
    events.addObject().put("date", "2027-01-31").put("ruleId", "END-03").put("kind", "NOTICE")
        .putArray("recipients").add("USERS");
    events.addObject().put("date", "2027-02-01").put("ruleId", "END-05");
    events.addObject().put("date", "2027-02-01").put("ruleId", "END-06").put("change", "STOPS_CALLING");
    events.addObject().put("date", "2027-02-16").put("ruleId", "END-07");
    expect.putObject("stateOn").put("date", "2027-02-01").put("phase", "ENDED").put("daysLeft", 0)
        .put("callingStopped", true).put("numbersReleased", false);
    return write(dir, name, scenario, edit);
  }

  static Path text(Path dir, String name, String content) {
    try {
      return Files.writeString(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode read(Path file) {
    return (ObjectNode) JSON.readTree(file);
  }

  private static Path write(Path dir, String name, ObjectNode scenario, Consumer<ObjectNode> edit) {
    edit.accept(scenario);
    return text(dir, name, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(scenario));
  }

  static ObjectNode expect(ObjectNode scenario) {
    return (ObjectNode) scenario.get("expect");
  }
}
