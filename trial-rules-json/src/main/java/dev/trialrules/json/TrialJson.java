package dev.trialrules.json;

import dev.trialrules.facts.Trial;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.ObjectReader;

/**
 * Reads a started {@link Trial} from JSON, as described in {@code trial-rules-json/JSON-FORMAT.md}: the
 * same object an action request carries as {@code "trial"}, here at the top level.
 *
 * <pre>{@code
 * Trial trial = TrialJson.read(Path.of("examples/requests/trial-calling.json"));
 * Timeline timeline = engine.timeline(trial);
 * }</pre>
 *
 * <p>Errors are {@link InvalidRequestException}s whose one-line message names the source, the
 * line and the JSON path from {@code trial} ({@code trial.devices[1].serialNumber}).
 */
public final class TrialJson {
  /** The JSON path of the trial object in every message. */
  public static final String ROOT = "trial";

  private static final ObjectReader READER = Json.MAPPER.readerFor(TrialDto.class);
  private static final JsonInput.Target IN_FILE = new JsonInput.Target(ROOT, "file", List.of());
  private static final JsonInput.Target IN_LINE = new JsonInput.Target(ROOT, "line", List.of());

  private TrialJson() {}

  /**
   * Reads a trial file.
   *
   * @throws InvalidRequestException if the file is missing, unreadable, not a valid trial, or
   *     the fact refuses one of its values
   */
  public static Trial read(Path file) {
    return parse(JsonInput.readFile(file), file.toString(), IN_FILE, 1);
  }

  /**
   * Reads a trial from JSON text.
   *
   * @param json the trial object
   * @param source what to call the text in messages, such as a file name
   * @throws InvalidRequestException if the text is not a valid trial or the fact refuses a value
   */
  public static Trial parse(String json, String source) {
    return parse(json.getBytes(StandardCharsets.UTF_8), source, IN_FILE, 1);
  }

  /**
   * Reads one line of a JSON-lines stream: one trial object, alone on its line.
   *
   * @param line the line's text, without its line terminator
   * @param source what to call the stream in messages, such as {@code stdin}
   * @param lineNumber the line's number in the stream, from 1; every message names it
   * @throws InvalidRequestException if the line is not a valid trial or the fact refuses a value
   */
  public static Trial parseLine(String line, String source, int lineNumber) {
    return parse(line.getBytes(StandardCharsets.UTF_8), source, IN_LINE, lineNumber);
  }

  private static Trial parse(byte[] json, String source, JsonInput.Target target, int firstLine) {
    TrialDto trial = JsonInput.read(json, READER, target, source, firstLine);
    try {
      return trial.toFact(source, ROOT);
    } catch (InvalidRequestException e) {
      // A fact's refusal has no column, but on a line of a stream the line is what finds it.
      if (target == IN_LINE && e.line() == 0) {
        throw new InvalidRequestException(source, firstLine, 0, e.detail());
      }
      throw e;
    }
  }
}
