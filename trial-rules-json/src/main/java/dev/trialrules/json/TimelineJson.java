package dev.trialrules.json;

import dev.trialrules.Audience;
import dev.trialrules.EventKind;
import dev.trialrules.Timeline;
import dev.trialrules.TrialEvent;
import dev.trialrules.TrialState;
import java.time.LocalDate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes timelines and their events as JSON, as described in {@code trial-rules-json/JSON-FORMAT.md}:
 * a whole {@link Timeline} for {@code trial-policy timeline}, one {@link TrialEvent} a line for
 * {@code trial-policy sweep}.
 *
 * <pre>{@code
 * System.out.print(TimelineJson.write(engine.timeline(trial), LocalDate.of(2027, 2, 1)));
 * engine.sweep(day, trials, failed::add).forEach(event -> System.out.print(TimelineJson.line(event)));
 * }</pre>
 *
 * <p>Properties come in a fixed order, events in timeline order and recipients in
 * {@link Audience}'s order, so the same timeline always prints the same text. Every event has
 * every property, whatever its {@link EventKind}: a change or a deadline has {@code "recipients": []}
 * and a notice {@code "change": "NONE"}, so that a reader of the stream meets one shape and a job
 * that mails tests {@code kind} rather than whether a property is there.
 */
public final class TimelineJson {
  private TimelineJson() {}

  /**
   * A timeline as a JSON object: {@code trialId}, {@code events}, then {@code state} when
   * {@code on} is given, then {@code rulesRevision}.
   *
   * @param on the date to give the trial's state on; null for no {@code state}
   * @throws IllegalArgumentException if the timeline {@linkplain Timeline#failed() failed}: written,
   *     it would read as a trial with nothing scheduled
   */
  public static ObjectNode toTree(Timeline timeline, LocalDate on) {
    if (timeline.failed()) {
      throw new IllegalArgumentException("a failed timeline has no JSON form: " + timeline.failure());
    }
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("trialId", timeline.trial().trialId());
    ArrayNode events = root.putArray("events");
    // The trial's ID is said once above, not on every event of its own timeline.
    timeline.events().forEach(event -> events.add(eventFields(Json.MAPPER.createObjectNode(), event)));
    if (on != null) {
      root.set("state", stateTree(on, timeline.stateOn(on)));
    }
    root.put("rulesRevision", timeline.rulesRevision());
    return root;
  }

  /** The timeline as indented JSON text, ending with a newline; see {@link #toTree}. */
  public static String write(Timeline timeline, LocalDate on) {
    return pretty(toTree(timeline, on));
  }

  /**
   * The state on a date: {@code date}, {@code phase}, {@code daysLeft}, {@code callingStopped},
   * {@code numbersReleased}.
   */
  public static ObjectNode stateTree(LocalDate on, TrialState state) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("date", on.toString());
    node.put("phase", state.phase().name());
    node.put("daysLeft", state.daysLeft());
    node.put("callingStopped", state.callingStopped());
    node.put("numbersReleased", state.numbersReleased());
    return node;
  }

  /**
   * One event as a self-contained JSON object, for a stream of events from many trials:
   * {@code trialId}, {@code date}, {@code ruleId}, {@code kind}, {@code recipients},
   * {@code change}, {@code description}.
   */
  public static ObjectNode eventTree(TrialEvent event) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("trialId", event.trialId());
    return eventFields(node, event);
  }

  /** One event as one line of compact JSON (see {@link #eventTree}), ending with a newline. */
  public static String line(TrialEvent event) {
    // The compact writer escapes line breaks inside strings, so an event is exactly one line.
    return Json.MAPPER.writeValueAsString(eventTree(event)) + "\n";
  }

  private static ObjectNode eventFields(ObjectNode node, TrialEvent event) {
    node.put("date", event.date().toString());
    node.put("ruleId", event.ruleId());
    node.put("kind", event.kind().name());
    ArrayNode recipients = node.putArray("recipients");
    event.recipients().forEach(a -> recipients.add(a.name()));
    node.put("change", event.change().name());
    node.put("description", event.description());
    return node;
  }

  private static String pretty(JsonNode tree) {
    return Json.PRETTY.writeValueAsString(tree) + "\n";
  }
}
