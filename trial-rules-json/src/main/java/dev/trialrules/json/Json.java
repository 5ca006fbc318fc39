package dev.trialrules.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The one Jackson configuration of the JSON binding. Reading is strict on purpose: a request is typed by
 * hand, and every leniency Jackson offers (an unknown property dropped, {@code "200"} read as a
 * number, {@code 1} read as an enum constant, a duplicate key overwriting the first) would turn
 * a typo into a silently different request.
 */
final class Json {
  /**
   * {@code YYYY-MM-DD} and nothing else. Jackson's default date reader also takes a date-time
   * ({@code "2026-11-23T23:30:00Z"}) and drops the time, which would decide on a day the writer
   * may not have meant; a formatter other than its default instance switches that off.
   */
  private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .toFormatter(Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT)
      .withChronology(IsoChronology.INSTANCE);

  /**
   * The limits JSON-FORMAT.md states, written out rather than inherited: Jackson 3 halved the
   * default nesting depth to 500, and a limit that moves with the library's version is not one a
   * document can promise. Strings and documents need no limit of their own, since
   * {@link JsonInput#MAX_FILE_BYTES} bounds both before the parser sees a byte.
   */
  private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
      .maxNestingDepth(1000)
      .maxNumberLength(1000)
      .build();

  /**
   * As deep as a read allows, so that a tree read here can be written again (JsonTree.toText):
   * Jackson 3 writes at most 500 levels by default, and Jackson 2 wrote 1000.
   */
  private static final StreamWriteConstraints WRITE_LIMITS = StreamWriteConstraints.builder()
      .maxNestingDepth(1000)
      .build();

  static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(LIMITS)
          .streamWriteConstraints(WRITE_LIMITS)
          .build())
      // Modules' deserializers come before the built-in java.time ones, so this one wins for LocalDate.
      .addModule(new SimpleModule("strict-scalars")
          .addDeserializer(LocalDate.class, new StrictDateDeserializer())
          .addDeserializer(String.class, new StringNotArrayDeserializer()))
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      // Jackson 3's default is to drop unknown properties.
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      // JsonInput.read looks for text after the object itself and says so; Jackson 3's own check,
      // on by default, would report the second object as the first one being of the wrong type.
      .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      // Jackson 3 reads and writes enums by toString() by default; the format is the constant's
      // name, which must not change if a fact's enum ever gets a friendlier toString().
      .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
      .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .withCoercionConfigDefaults(c -> c
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail))
      .withCoercionConfig(LogicalType.Textual, c -> c
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
          // An empty company name is a value the rules report on (REQUIRE), not a JSON error.
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.TryConvert))
      .withConfigOverride(List.class,
          o -> o.setNullHandling(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
      // Jackson 3's default already; stated because the format's dates depend on it.
      .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
      .build();

  /** Two-space indentation, arrays one element a line, {@code "key": value} as people write it. */
  static final ObjectWriter PRETTY = MAPPER.writer().with(new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private Json() {}

  /**
   * A date only as a string: Jackson's reader also takes {@code [2026, 11, 23]}, and reads an
   * empty array as no date at all, which would quietly drop an optional date such as a device
   * due date.
   */
  private static final class StrictDateDeserializer extends StdScalarDeserializer<LocalDate> {
    // Delegated to rather than extended: Jackson contextualizes a LocalDateDeserializer into a new
    // instance of its own class, which would lose this one's check.
    private static final LocalDateDeserializer STRINGS = new LocalDateDeserializer(DATE);

    StrictDateDeserializer() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
      }
      return STRINGS.deserialize(parser, context);
    }
  }

  /**
   * Jackson 3's string reader, except that an array is refused where it stands. Given an array
   * for an element of a list of strings, Jackson 3 steps into it before refusing it, so that the
   * message named the array's first element ({@code "was 2026"}, {@code "was null"}) rather than
   * the array, or, for {@code [["x"]]}, read {@code "x"} and then failed on the enclosing object.
   */
  private static final class StringNotArrayDeserializer extends StringDeserializer {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
      if (parser.hasToken(JsonToken.START_ARRAY)) {
        return (String) context.handleUnexpectedToken(String.class, parser);
      }
      return super.deserialize(parser, context);
    }
  }
}
