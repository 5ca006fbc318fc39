package dev.trialrules.json;

import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a file holding one JSON object as a tree, as strictly as requests and trials are read
 * (a duplicate key is an error, text after the object is an error) and with the same one-line
 * messages; for formats that wrap a request or a trial, such as scenario files.
 *
 * <pre>{@code
 * ObjectNode scenario = JsonTree.readObject(Path.of("trial-rules-drl/scenarios/new-customer-allowed.json"), "scenario");
 * }</pre>
 */
public final class JsonTree {
  private static final ObjectReader READER = Json.MAPPER.readerFor(ObjectNode.class);

  private JsonTree() {}

  /**
   * Reads the file's one JSON object.
   *
   * @param file the file
   * @param root what to call the object in messages, such as {@code scenario}
   * @throws InvalidRequestException if the file is missing, unreadable, or not one JSON object
   */
  public static ObjectNode readObject(Path file, String root) {
    return JsonInput.read(JsonInput.readFile(file), READER, new JsonInput.Target(root, "file", List.of()),
        file.toString(), 1);
  }

  /**
   * A part of a tree read here as compact JSON text, such as a scenario's {@code "request"} to
   * hand to {@link RequestJson#parse}. Use this rather than {@code toString()}, which in
   * Jackson 3 refuses a tree deeper than 500 levels that this module reads (up to 1000).
   *
   * @param node a node of a tree read by {@link #readObject}
   */
  public static String toText(JsonNode node) {
    return Json.MAPPER.writeValueAsString(node);
  }
}
