package dev.trialrules.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.io.ContentReference;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Reads one JSON object into a DTO and turns every Jackson failure into a one-line
 * {@link InvalidRequestException}. Shared by requests ({@code request.…} paths) and trials
 * ({@code trial.…} paths, in a file or one per line of a sweep), so that all of them report
 * errors the same way.
 */
final class JsonInput {
  private static final Pattern SOURCE_POSITION =
      Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)]");
  /**
   * How Jackson 3 describes a start marker's position in a message when the source is not
   * included: a byte offset it does not know for text, never the line and column it has.
   */
  private static final Pattern SOURCE_OFFSET = Pattern.compile("\\[Source: [^;\\]]*; byte offset: #[^\\]]*]");
  /** Jackson's pointer to the setting behind a limit, which means nothing to whoever wrote the file. */
  private static final Pattern CONSTRAINT_SOURCE = Pattern.compile(", from `[^`]*`");

  /**
   * The largest file read: requests and trials are a few kilobytes, and without a limit a file
   * of gigabytes (or {@code /dev/zero}) would fill the heap before a message could say why.
   */
  static final int MAX_FILE_BYTES = 16 * 1024 * 1024;

  private JsonInput() {}

  /**
   * What is being read, for messages.
   *
   * @param root the JSON path of the top-level object, such as {@code request}
   * @param container what holds it, {@code "file"} or {@code "line"}
   * @param typeIds the accepted {@code "type"} values when the root is polymorphic; empty otherwise
   */
  record Target(String root, String container, Collection<String> typeIds) {}

  /** The bytes of a file, or an {@link InvalidRequestException} naming why they cannot be read. */
  static byte[] readFile(Path file) {
    String source = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      // Read one byte past the limit rather than trust the size the file system reports, which
      // is 0 for a device or a pipe.
      byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
      if (bytes.length > MAX_FILE_BYTES) {
        throw new InvalidRequestException(source, "the file is larger than " + MAX_FILE_BYTES / (1024 * 1024)
            + " MiB; a request or a trial is a few kilobytes");
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new InvalidRequestException(source, "no such file");
    } catch (AccessDeniedException e) {
      throw new InvalidRequestException(source, "permission denied");
    } catch (IOException e) {
      throw new InvalidRequestException(source, "cannot read: " + Objects.toString(e.getMessage(), e.toString()));
    }
  }

  /**
   * Binds the one JSON object in {@code json}.
   *
   * @param firstLine the line {@code json} starts on in its source: 1 for a file, the line number
   *     for one line of a JSON-lines stream, so that positions name the source's line
   * @throws InvalidRequestException if the text is empty, not one object, or does not bind
   */
  static <T> T read(byte[] json, ObjectReader reader, Target target, String source, int firstLine) {
    // Decoded here, strictly, rather than by Jackson, which reads overlong UTF-8 as characters
    // and guesses UTF-16 and UTF-32 from the first bytes.
    String text = Utf8.decode(json, json.length, source, firstLine, target.container());
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    try (JsonParser parser = Json.MAPPER.createParser(text)) {
      try {
        JsonToken first = parser.nextToken();
        if (first == null) {
          // A file's first line says nothing; a stream's line number is how the user finds it.
          throw new InvalidRequestException(source, target.container().equals("line") ? firstLine : 0, 0,
              "the " + target.container() + " is empty; expected a JSON " + target.root() + " object");
        }
        // Checked here because Jackson would read an array as [type, request] and say so obscurely.
        if (first != JsonToken.START_OBJECT) {
          throw at(source, firstLine, parser.currentTokenLocation(),
              target.root() + " must be an object, was " + found(parser));
        }
        T value = reader.readValue(parser);
        // Reading stops after the first value; text after it is most likely a botched edit.
        if (parser.nextToken() != null) {
          throw at(source, firstLine, parser.currentTokenLocation(), "expected the end of the "
              + target.container() + " after the " + target.root() + " object, found " + found(parser));
        }
        return value;
      } catch (JacksonException e) {
        throw translate(e, parser, target, source, firstLine);
      }
    }
  }

  private static InvalidRequestException at(String source, int firstLine, TokenStreamLocation at, String detail) {
    return new InvalidRequestException(source, line(at, firstLine), column(at), detail);
  }

  /** One line about a Jackson failure: where, which JSON path, what was expected and found. */
  private static InvalidRequestException translate(
      JacksonException e, JsonParser parser, Target target, String source, int firstLine) {
    // Databind wraps a low-level read error (malformed JSON, a number out of range) to add the
    // path; the low-level one knows the exact position and what was wrong.
    JacksonException cause = e instanceof DatabindException && e.getCause() instanceof StreamReadException s
        ? s : e;
    TokenStreamLocation at = cause.getLocation();
    if (cause instanceof UnrecognizedPropertyException && (at == null || at.getLineNr() < 1)) {
      // Jackson 3 reports an unknown property of a record from the properties it buffered, which
      // have no position; the parser has read the record's closing brace, and Jackson 2 reported
      // the position just after it.
      at = parser.currentLocation();
    }
    return at(source, firstLine, at, detail(cause, e, parser, target, firstLine));
  }

  private static String detail(
      JacksonException e, JacksonException wrapper, JsonParser parser, Target target, int firstLine) {
    String root = target.root();
    if (e instanceof UnrecognizedPropertyException u) {
      return path(root, u) + " is not a known property; known properties here: "
          + u.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
    }
    if (e instanceof InvalidTypeIdException t) {
      String prefix = path(root, t) + ".type must be one of "
          + target.typeIds().stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", ")) + ", was ";
      return prefix + (t.getTypeId() == null ? "missing" : "\"" + t.getTypeId() + "\"");
    }
    if (e instanceof InvalidNullException n) {
      return path(root, n) + " must not be null";
    }
    if (e instanceof InvalidFormatException f) {
      return path(root, f) + " must be " + expected(f.getTargetType()) + ", was " + quote(f.getValue());
    }
    if (e instanceof MismatchedInputException m) {
      return path(root, m) + " must be " + expected(m.getTargetType()) + ", was " + found(parser);
    }
    if (e instanceof InputCoercionException c) {
      return pathOf(root, parser.streamReadContext()) + " must be " + expected(c.getTargetType())
          + " in range, was " + found(parser);
    }
    if (e instanceof StreamReadException) {
      // The line and column say where; the parser's path would name the field before the error.
      return "malformed JSON: " + clean(e.getOriginalMessage(), parser, firstLine);
    }
    // A limit hit while databind buffered a value (nesting depth, number length) carries the path
    // of the property databind was reading; the parser's own path would run on to the depth limit.
    String path = !wrapper.getPath().isEmpty() ? path(root, wrapper) : pathOf(root, parser.streamReadContext());
    return path + ": " + clean(e.getOriginalMessage(), parser, firstLine);
  }

  private static String path(String root, JacksonException e) {
    StringBuilder path = new StringBuilder(root);
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        path.append('.').append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** The path where a low-level read stopped, which has no databind path of its own. */
  private static String pathOf(String root, TokenStreamContext context) {
    if (context == null || context.inRoot()) {
      return root;
    }
    String parent = pathOf(root, context.getParent());
    if (context.inArray()) {
      return parent + "[" + Math.max(context.getCurrentIndex(), 0) + "]";
    }
    return context.currentName() == null ? parent : parent + "." + context.currentName();
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
        case END_OBJECT, END_ARRAY -> "'" + parser.getString() + "'";
        case PROPERTY_NAME -> "property \"" + parser.currentName() + "\"";
        case VALUE_STRING -> quote(parser.getString());
        default -> parser.getString();
      };
    } catch (JacksonException e) {
      // Called while reporting another failure, which must not be replaced by this one.
      return token.toString();
    }
  }

  private static String quote(Object value) {
    return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
  }

  /**
   * Jackson's message without its source description, which repeats what the line prefix says;
   * a line it mentions (a start marker's) is counted in the source, like the prefix's.
   */
  private static String clean(String message, JsonParser parser, int firstLine) {
    if (message == null) {
      return "unreadable input";
    }
    // The only positions Jackson writes into a message are the start of the object or array left
    // open (end of input, a mismatched close marker), which is the parser's innermost context.
    TokenStreamLocation start = parser.streamReadContext().startLocation(ContentReference.unknown());
    String opened = "line " + line(start, firstLine) + ", column " + column(start);
    return SOURCE_POSITION.matcher(SOURCE_OFFSET.matcher(message).replaceAll(Matcher.quoteReplacement(opened)))
        .replaceAll(m -> "line " + (firstLine - 1 + Integer.parseInt(m.group(1))) + ", column " + m.group(2))
        .replaceAll("\\s*\\R\\s*", " ")
        .replaceAll(CONSTRAINT_SOURCE.pattern(), "")
        .strip();
  }

  /** The line in the source: the parser counts from 1 within the text it was given. */
  private static int line(TokenStreamLocation at, int firstLine) {
    return at == null || at.getLineNr() < 1 ? 0 : firstLine - 1 + at.getLineNr();
  }

  private static int column(TokenStreamLocation at) {
    return at == null ? 0 : at.getColumnNr();
  }
}
