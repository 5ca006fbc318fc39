package dev.trialrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;

/**
 * What Jackson 3 changed and the binding keeps as JSON-FORMAT.md states it: the limits, enums by
 * name, and the messages Jackson 3 words or places differently from Jackson 2. Each test fails
 * on a Jackson 3 mapper left at its defaults.
 */
class JacksonDefaultsTest {
  private static final String START = "{\"type\": \"start\", \"today\": \"2026-11-23\", \"flow\": \"NEW_CUSTOMER\", ";

  private static InvalidRequestException refused(String json) {
    try {
      RequestJson.parse(json, "r.json", null);
    } catch (InvalidRequestException e) {
      return e;
    }
    throw new AssertionError("read without an error: " + json);
  }

  /** Jackson 3's default is 500 levels; the document promises 1000. */
  @Test
  void nesting_isRefusedPastTheDocumentedThousandLevels_andNotBefore() {
    String deepest = START + "\"partner\": " + "{\"a\": ".repeat(999) + "1" + "}".repeat(1000);
    String tooDeep = START + "\"partner\": " + "{\"a\": ".repeat(1000) + "1" + "}".repeat(1001);

    assertThat(refused(deepest).detail()).startsWith("request.partner.a is not a known property");
    assertThat(refused(tooDeep).getMessage())
        .isEqualTo("r.json: request.partner: Document nesting depth (1001) exceeds the maximum allowed (1000)");
  }

  @Test
  void numbers_areRefusedPastTheDocumentedThousandDigits() {
    assertThat(refused(START + "\"licenseQuantity\": " + "1".repeat(1000) + "}").detail())
        .startsWith("request.licenseQuantity must be a whole number in range");
    assertThat(refused(START + "\"licenseQuantity\": " + "1".repeat(1001) + "}").detail())
        .isEqualTo("request.licenseQuantity: Number value length (1001) exceeds the maximum allowed (1000)");
  }

  /** A constant whose toString() is not its name, as a friendlier enum might have one day. */
  enum Shade {
    DARK;

    @Override
    public String toString() {
      return "dark";
    }
  }

  /** Jackson 3 reads and writes enums by toString() unless told otherwise. */
  @Test
  void enums_areReadAndWrittenByName_notByToString() {
    assertThat(Json.MAPPER.valueToTree(Shade.DARK).asString()).isEqualTo("DARK");
    assertThat(Json.MAPPER.readValue("\"DARK\"", Shade.class)).isEqualTo(Shade.DARK);
    assertThatThrownBy(() -> Json.MAPPER.readValue("\"dark\"", Shade.class))
        .isInstanceOf(JacksonException.class);
  }

  /** Jackson 3 reports an unknown property of a record without a position. */
  @Test
  void anUnknownProperty_hasALineAndColumn() {
    InvalidRequestException e = refused(START + "\n \"partner\": {\"orgId\": \"p\"}, \"colour\": \"red\"}");

    assertThat(e.detail()).startsWith("request.colour is not a known property");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isPositive();
  }

  /** Jackson 3 describes the open object as "[Source: REDACTED ...; byte offset: #UNKNOWN]". */
  @Test
  void truncatedInput_namesTheLineAndColumnTheObjectOpenedAt() {
    InvalidRequestException e = refused(START + "\n \"partner\": {\"orgId\": \"p\"");

    assertThat(e.detail()).isEqualTo(
        "malformed JSON: Unexpected end-of-input: expected close marker for Object (start marker at line 2, column 13)");
  }

  /** Jackson 3 stepped into such an array and named its first element, or misread {@code [["x"]]}. */
  static Stream<Arguments> arraysForAStringInAList() {
    return Stream.of(
        Arguments.of("[[\"admin@nordic.example\"]]"),
        Arguments.of("[[2026, 11, 23]]"),
        Arguments.of("[[null]]"),
        Arguments.of("[[]]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("arraysForAStringInAList")
  void anArrayForAStringInAList_isNamedAsAnArray(String adminEmails) {
    InvalidRequestException e = refused(START + "\"partner\": {\"orgId\": \"p\", \"adminEmails\": " + adminEmails + "}}");

    assertThat(e.detail()).isEqualTo("request.partner.adminEmails[0] must be a string, was an array");
  }

  /** Jackson 3 checks for trailing tokens itself by default and reports them as a wrong type. */
  @Test
  void aSecondObject_isReportedAsTextAfterTheRequest() {
    String request = START + "\"partner\": {\"orgId\": \"p\"}}";

    assertThat(refused(request + " " + request).detail())
        .isEqualTo("expected the end of the file after the request object, found an object");
  }

  /** Jackson 3's toString() of a tree refuses more than 500 levels; a scenario's request may have more. */
  @Test
  void aTreeAsDeepAsAReadAllows_isWrittenAgain(@TempDir Path dir) throws IOException {
    String deep = "{\"a\": ".repeat(999) + "1" + "}".repeat(999);
    Path file = Files.writeString(dir.resolve("deep.json"), "{\"request\": " + deep + "}");

    assertThat(JsonTree.toText(JsonTree.readObject(file, "scenario").get("request"))).isEqualTo(deep.replace(" ", ""));
  }
}
