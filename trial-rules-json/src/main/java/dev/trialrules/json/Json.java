package dev.trialrules.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

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

  static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      // Registered after JavaTimeModule, so that it wins for LocalDate.
      .addModule(new SimpleModule("strict-dates").addDeserializer(LocalDate.class, new StrictDateDeserializer()))
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
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
          o -> o.setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .build();

  /** Two-space indentation, arrays one element a line, {@code "key": value} as people write it. */
  static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
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
    private static final long serialVersionUID = 1L;
    // Delegated to rather than extended: Jackson contextualizes a LocalDateDeserializer into a new
    // instance of its own class, which would lose this one's check.
    private static final LocalDateDeserializer STRINGS = new LocalDateDeserializer(DATE);

    StrictDateDeserializer() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
      }
      return STRINGS.deserialize(parser, context);
    }
  }
}
