package dev.trialrules.json;

import dev.trialrules.facts.PolicyRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import tools.jackson.databind.ObjectReader;

/**
 * Reads a request from JSON, as described in {@code trial-rules-json/JSON-FORMAT.md}:
 *
 * <pre>{@code
 * PolicyRequest request = RequestJson.read(Path.of("examples/requests/new-customer-allowed.json"), null);
 * Decision decision = engine.decide(request);
 * }</pre>
 *
 * <p>Every {@code "type"} of request is read here: the start and consent steps and the actions
 * on a started trial (extension, service change, conversion, cancellation, device return),
 * whose {@code "trial"} object is read exactly as {@link TrialJson} reads a trial file.
 *
 * <p>Anything that keeps the file from becoming a request throws an
 * {@link InvalidRequestException} whose one-line message names the file, the position or the
 * JSON path ({@code request.partner.tier}, {@code request.trial.devices[1].serialNumber}) and the
 * offending value.
 */
public final class RequestJson {
  private static final ObjectReader READER = Json.MAPPER.readerFor(RequestDto.class);
  private static final JsonInput.Target TARGET = new JsonInput.Target(RequestDto.ROOT, "file", RequestDto.typeIds());

  private RequestJson() {}

  /**
   * Reads a request file.
   *
   * @param file a JSON request
   * @param todayOverride the date to decide on instead of the file's {@code today}; null to keep it
   * @throws InvalidRequestException if the file is missing, unreadable, not a valid request, or a
   *     fact refuses one of its values
   */
  public static PolicyRequest read(Path file, LocalDate todayOverride) {
    return parse(JsonInput.readFile(file), file.toString(), todayOverride);
  }

  /**
   * Reads a request from JSON text.
   *
   * @param json the request
   * @param source what to call the text in messages, such as a file name
   * @param todayOverride the date to decide on instead of the JSON's {@code today}; null to keep it
   * @throws InvalidRequestException if the text is not a valid request or a fact refuses a value
   */
  public static PolicyRequest parse(String json, String source, LocalDate todayOverride) {
    return parse(json.getBytes(StandardCharsets.UTF_8), source, todayOverride);
  }

  private static PolicyRequest parse(byte[] json, String source, LocalDate todayOverride) {
    RequestDto request = JsonInput.read(json, READER, TARGET, source, 1);
    return request.toFact(todayOverride, source);
  }
}
