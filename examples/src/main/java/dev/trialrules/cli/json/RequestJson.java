package dev.trialrules.cli.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.trialrules.facts.PolicyRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reads a request from JSON, as described in {@code examples/JSON-FORMAT.md}:
 *
 * <pre>{@code
 * PolicyRequest request = RequestJson.read(Path.of("examples/requests/new-customer-allowed.json"), null);
 * Decision decision = engine.decide(request);
 * }</pre>
 *
 * <p>Anything that keeps the file from becoming a request throws an
 * {@link InvalidRequestException} whose one-line message names the file, the position or the
 * JSON path ({@code request.partner.tier}) and the offending value.
 */
public final class RequestJson {
  private static final ObjectReader READER = Json.MAPPER.readerFor(RequestDto.class);

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
    String source = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InvalidRequestException(source, "no such file");
    } catch (AccessDeniedException e) {
      throw new InvalidRequestException(source, "permission denied");
    } catch (IOException e) {
      throw new InvalidRequestException(source, "cannot read: " + Objects.toString(e.getMessage(), e.toString()));
    }
    return parse(bytes, source, todayOverride);
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
    RequestDto request;
    try (JsonParser parser = Json.MAPPER.createParser(json)) {
      try {
        JsonToken first = parser.nextToken();
        if (first == null) {
          throw new InvalidRequestException(source, "the file is empty; expected a JSON request object");
        }
        // Checked here because Jackson would read an array as [type, request] and say so obscurely.
        if (first != JsonToken.START_OBJECT) {
          throw new InvalidRequestException(source, line(parser.currentTokenLocation()),
              column(parser.currentTokenLocation()), RequestDto.ROOT + " must be an object, was " + found(parser));
        }
        request = READER.readValue(parser);
        // Reading stops after the first value; text after it is most likely a botched edit.
        if (parser.nextToken() != null) {
          throw new InvalidRequestException(source, line(parser.currentTokenLocation()),
              column(parser.currentTokenLocation()),
              "expected the end of the file after the request object, found " + found(parser));
        }
      } catch (JacksonException e) {
        throw translate(e, parser, source);
      }
    } catch (IOException e) {
      // Reading a byte array fails only as a JacksonException, handled above; this is close().
      throw new IllegalStateException(e);
    }
    return request.toFact(todayOverride, source);
  }

  /** One line about a Jackson failure: where, which JSON path, what was expected and found. */
  private static InvalidRequestException translate(JacksonException e, JsonParser parser, String source) {
    // Databind wraps a low-level read error (malformed JSON, a number out of range) to add the
    // path; the low-level one knows the exact position and what was wrong.
    JacksonException cause = e instanceof JsonMappingException && e.getCause() instanceof StreamReadException s
        ? s : e;
    JsonLocation at = cause.getLocation();
    return new InvalidRequestException(source, line(at), column(at), detail(cause, e, parser));
  }

  private static String detail(JacksonException e, JacksonException wrapper, JsonParser parser) {
    if (e instanceof UnrecognizedPropertyException u) {
      return path(u) + " is not a known property; known properties here: "
          + u.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
    }
    if (e instanceof InvalidTypeIdException t) {
      String prefix = path(t) + ".type must be \"start\" or \"consent\", was ";
      return prefix + (t.getTypeId() == null ? "missing" : "\"" + t.getTypeId() + "\"");
    }
    if (e instanceof InvalidNullException n) {
      return path(n) + " must not be null";
    }
    if (e instanceof InvalidFormatException f) {
      return path(f) + " must be " + expected(f.getTargetType()) + ", was " + quote(f.getValue());
    }
    if (e instanceof MismatchedInputException m) {
      return path(m) + " must be " + expected(m.getTargetType()) + ", was " + found(parser);
    }
    if (e instanceof InputCoercionException c) {
      return pathOf(parser.getParsingContext()) + " must be " + expected(c.getTargetType())
          + " in range, was " + found(parser);
    }
    if (e instanceof StreamReadException) {
      // The line and column say where; the parser's path would name the field before the error.
      return "malformed JSON: " + clean(e.getOriginalMessage());
    }
    String path = wrapper instanceof JsonMappingException m ? path(m) : pathOf(parser.getParsingContext());
    return path + ": " + clean(e.getOriginalMessage());
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder(RequestDto.ROOT);
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** The path where a low-level read stopped, which has no databind path of its own. */
  private static String pathOf(JsonStreamContext context) {
    if (context == null || context.inRoot()) {
      return RequestDto.ROOT;
    }
    String parent = pathOf(context.getParent());
    if (context.inArray()) {
      return parent + "[" + Math.max(context.getCurrentIndex(), 0) + "]";
    }
    return context.getCurrentName() == null ? parent : parent + "." + context.getCurrentName();
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "a different value";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
          .collect(Collectors.joining(", "));
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == LocalDate.class) {
      return "a date written YYYY-MM-DD";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (type.isRecord() || type.isInterface()) {
      return "an object";
    }
    return "a " + type.getSimpleName();
  }

  /** What the parser stands on, as a person would name it in a message. */
  private static String found(JsonParser parser) {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "the end of the input";
    }
    try {
      return switch (token) {
        case START_OBJECT -> "an object";
        case START_ARRAY -> "an array";
        case END_OBJECT, END_ARRAY -> "'" + parser.getText() + "'";
        case FIELD_NAME -> "property \"" + parser.currentName() + "\"";
        case VALUE_STRING -> quote(parser.getText());
        default -> parser.getText();
      };
    } catch (IOException e) {
      return token.toString();
    }
  }

  private static String quote(Object value) {
    return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
  }

  /** Jackson's message without its source description, which repeats what the line prefix says. */
  private static String clean(String message) {
    if (message == null) {
      return "unreadable input";
    }
    return message
        .replaceAll("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)]", "line $1, column $2")
        .replaceAll("\\s*\\R\\s*", " ")
        .strip();
  }

  private static int line(JsonLocation at) {
    return at == null ? 0 : at.getLineNr();
  }

  private static int column(JsonLocation at) {
    return at == null ? 0 : at.getColumnNr();
  }
}
