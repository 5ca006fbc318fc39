package dev.trialrules.cli;

import static dev.trialrules.cli.TrialPolicyCliTest.assertBadInput;
import static dev.trialrules.cli.TrialPolicyCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.cli.TrialPolicyCliTest.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input through {@code trial-policy evaluate}, one category a table, each a sample
 * request with one thing broken: exit 2 and one line naming the field and the value, or, for what
 * the policy itself judges, a decision that is not ALLOWED. Never a stack trace, never exit 3.
 */
class HostileInputCliTest {
  private static final Path REQUESTS = Path.of("../examples/requests");

  @TempDir
  Path dir;

  /** A sample with its first {@code from} replaced by {@code to}; the sample must contain it. */
  static Arguments broken(String name, String sample, String from, String to, String... mentions) {
    return Arguments.of(name, sample, from, to, mentions);
  }

  private Path write(String sample, String from, String to) throws IOException {
    String text = Files.readString(REQUESTS.resolve(sample));
    assertThat(text).as("the sample %s to break", sample).contains(from);
    return Files.writeString(dir.resolve("hostile.json"), text.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to)));
  }

  static Stream<Arguments> malformedAndTruncated() {
    String start = "new-customer-allowed.json";
    return Stream.of(
        broken("a missing comma", start, "\"flow\": \"NEW_CUSTOMER\",", "\"flow\": \"NEW_CUSTOMER\"",
            "hostile.json:5:", "malformed JSON"),
        broken("truncated in a string", start, "\"Fjord Shipping A/S\",\n", "\"Fjord Ship", "malformed JSON"),
        broken("truncated after a key", "extension-allowed.json", "\"status\": \"ACTIVE\"\n  }\n}", "\"status\":",
            "hostile.json:", "end-of-input"),
        broken("a stray closing brace", start, "\"durationDays\": 60", "\"durationDays\": 60}}",
            "hostile.json:20:", "malformed JSON", "close marker"),
        broken("a control character in a string", start, "Fjord Shipping", "Fjord\u0001Shipping",
            "malformed JSON", "CTRL-CHAR"),
        broken("single quotes", start, "\"DK\"", "'DK'", "malformed JSON"),
        broken("a comment", start, "\"country\"", "/* where */ \"country\"", "malformed JSON"));
  }

  static Stream<Arguments> wrongTypes() {
    String start = "new-customer-allowed.json";
    return Stream.of(
        broken("a string for a number", start, "\"licenseQuantity\": 200", "\"licenseQuantity\": \"200\"",
            "request.licenseQuantity", "\"200\""),
        broken("a fraction for a whole number", start, "\"durationDays\": 60", "\"durationDays\": 60.5",
            "request.durationDays", "60.5"),
        broken("a number for a boolean", start, "\"verified\": true", "\"verified\": 1",
            "request.partner.verified", "true or false"),
        broken("an object for a string", start, "\"vertical\": \"Transportation\"", "\"vertical\": {}",
            "request.vertical"),
        broken("an array for an object", start, "\"partner\": {", "\"partner\": [{", "request.partner"),
        broken("a string for a list", start, "\"services\": [\"MESSAGING\", \"MEETINGS\"]", "\"services\": \"MESSAGING\"",
            "request.services", "array"),
        broken("a number for a date", "extension-allowed.json", "\"startDate\": \"2026-10-02\"", "\"startDate\": 20261002",
            "request.trial.startDate"),
        broken("an array for a date", "extension-allowed.json", "\"startDate\": \"2026-10-02\"",
            "\"startDate\": [2026, 10, 2]", "request.trial.startDate", "YYYY-MM-DD", "an array"),
        broken("an empty array for an optional date", "device-return.json", "\"deviceDueDate\": \"2026-11-15\"",
            "\"deviceDueDate\": []", "request.trial.deviceDueDate", "YYYY-MM-DD"),
        broken("null in a list", start, "[\"SALES_ADMIN\"]", "[null]", "request.partner.userRoles[0]"));
  }

  static Stream<Arguments> unknownEnumValues() {
    return Stream.of(
        broken("a lower-case enum", "new-customer-allowed.json", "\"NEW_CUSTOMER\"", "\"new_customer\"",
            "request.flow", "\"new_customer\"", "NEW_CUSTOMER, EXISTING_CUSTOMER, PAID_CUSTOMER"),
        broken("an unknown role", "new-customer-allowed.json", "\"SALES_ADMIN\"", "\"SALES_GOD\"",
            "request.partner.userRoles[0]", "SALES_GOD"),
        broken("an unknown trial status", "extension-allowed.json", "\"ACTIVE\"", "\"ZOMBIE\"",
            "request.trial.status", "ZOMBIE"),
        broken("an unknown request type", "conversion.json", "\"conversion\"", "\"conversation\"",
            "request.type", "conversation"),
        broken("an unknown canceller", "cancellation.json", "\"by\": \"", "\"by\": \"X", "request.by"));
  }

  static Stream<Arguments> hugeAndNegativeNumbers() {
    String start = "new-customer-allowed.json";
    return Stream.of(
        broken("past Integer.MAX_VALUE", start, "\"licenseQuantity\": 200", "\"licenseQuantity\": 2147483648",
            "request.licenseQuantity", "2147483648", "in range"),
        broken("a thousand digits", start, "\"licenseQuantity\": 200", "\"licenseQuantity\": 1" + "0".repeat(1000),
            "request.licenseQuantity"),
        broken("Integer.MAX_VALUE licences", start, "\"licenseQuantity\": 200", "\"licenseQuantity\": 2147483647",
            "request.licenseQuantity must be at most 10000000, was 2147483647"),
        broken("an exponent", start, "\"licenseQuantity\": 200", "\"licenseQuantity\": 2e2",
            "request.licenseQuantity", "whole number"),
        broken("negative licences", start, "\"licenseQuantity\": 200", "\"licenseQuantity\": -200",
            "request.licenseQuantity must not be negative, was -200"),
        broken("a zero duration", start, "\"durationDays\": 60", "\"durationDays\": 0",
            "request.durationDays must be at least 1, was 0"),
        broken("overflowing Calling numbers", start, "\"durationDays\": 60",
            "\"durationDays\": 60, \"callingUsers\": 2147483647, \"callingLocations\": 1",
            "request.callingUsers", "2147483647"),
        broken("a negative trial licence count", "extension-allowed.json", "\"licenseQuantity\": 200",
            "\"licenseQuantity\": -1", "request.trial.licenseQuantity", "-1"),
        broken("a huge device quantity", "new-customer-allowed.json", "\"durationDays\": 60",
            "\"durationDays\": 60, \"deviceShipments\": [{\"deviceType\": \"PHONE\", \"quantity\": 99999999}]",
            "request.deviceShipments[0].quantity", "99999999"));
  }

  static Stream<Arguments> datesAtTheEndsOfTheCalendar() {
    return Stream.of(
        broken("today at LocalDate.MAX", "new-customer-allowed.json", "\"2026-11-23\"", "\"+999999999-12-31\"",
            "request.today must be between 0001-01-01 and 9999-12-31, was +999999999-12-31"),
        broken("today at LocalDate.MIN", "new-customer-allowed.json", "\"2026-11-23\"", "\"-999999999-01-01\"",
            "request.today", "-999999999-01-01"),
        broken("today in year 0", "new-customer-allowed.json", "\"2026-11-23\"", "\"0000-01-01\"",
            "request.today", "0000-01-01"),
        broken("a five-digit year", "consent-accept.json", "\"today\": \"", "\"today\": \"+1",
            "request.today", "9999-12-31"),
        broken("a trial ending at LocalDate.MAX", "extension-allowed.json", "\"2026-12-01\"", "\"+999999999-12-31\"",
            "request.trial.endDate", "+999999999-12-31"),
        broken("a trial starting at LocalDate.MIN", "extension-allowed.json", "\"2026-10-02\"", "\"-999999999-01-01\"",
            "request.trial.startDate", "-999999999-01-01"),
        broken("a device due beyond 9999", "device-return.json", "\"deviceDueDate\": \"2026-11-15\"",
            "\"deviceDueDate\": \"+10000-11-15\"", "request.trial.deviceDueDate", "+10000-11-15"),
        broken("the 30th of February", "new-customer-allowed.json", "\"2026-11-23\"", "\"2026-02-30\"",
            "request.today", "2026-02-30"),
        broken("a date with a time", "new-customer-allowed.json", "\"2026-11-23\"", "\"2026-11-23T10:00:00Z\"",
            "request.today", "2026-11-23T10:00:00Z"));
  }

  static Stream<Arguments> invalidTimeZonesAndAddresses() {
    String start = "new-customer-allowed.json";
    return Stream.of(
        broken("a made-up zone", start, "\"durationDays\": 60", "\"durationDays\": 60, \"timeZone\": \"Europe/Atlantis\"",
            "request.timeZone", "Europe/Atlantis"),
        broken("an offset for a zone", start, "\"durationDays\": 60", "\"durationDays\": 60, \"timeZone\": \"UTC+2\"",
            "request.timeZone", "UTC+2"),
        broken("a partner admin that is no address", start, "\"admin@nordic-collab.example\"", "\"admin at nordic\"",
            "request.partner.adminEmails", "admin at nordic"),
        broken("a customer admin with two @", "extension-allowed.json", "{\"email\": \"it@fjord-shipping.example\"",
            "{\"email\": \"it@@fjord-shipping.example\"", "request.trial.customer.admins[0].email",
            "it@@fjord-shipping.example"),
        broken("a trial's customer admin without @", "extension-allowed.json",
            "\"customerAdminEmail\": \"it@fjord-shipping.example\"", "\"customerAdminEmail\": \"it\"",
            "request.trial.customerAdminEmail", "'it'"),
        broken("a blank customer admin", "extension-allowed.json", "{\"email\": \"it@fjord-shipping.example\"",
            "{\"email\": \" \"", "request.trial.customer.admins[0].email", "blank"));
  }

  static Stream<Arguments> duplicateEntries() {
    String start = "new-customer-allowed.json";
    return Stream.of(
        broken("a service twice", start, "[\"MESSAGING\", \"MEETINGS\"]", "[\"MESSAGING\", \"MEETINGS\", \"MESSAGING\"]",
            "request.services lists 'MESSAGING' twice"),
        broken("a role twice", start, "[\"SALES_ADMIN\"]", "[\"SALES_ADMIN\", \"SALES_ADMIN\"]",
            "request.partner.userRoles lists 'SALES_ADMIN' twice"),
        broken("a partner admin twice, in two cases", start, "[\"admin@nordic-collab.example\"]",
            "[\"admin@nordic-collab.example\", \"Admin@Nordic-Collab.example\"]",
            "request.partner.adminEmails", "admin@nordic-collab.example", "twice"),
        broken("a serial shipped twice", "device-return.json", "\"FOC2633X0AB\", \"deviceType\"", "\"FOC2633X0AA\", \"deviceType\"",
            "request.trial.devices", "FOC2633X0AA", "twice"),
        broken("a serial returned twice", "device-return.json", "\"returnedSerials\": [\"FOC2633X0AA\"",
            "\"returnedSerials\": [\"FOC2633X0AA\", \"FOC2633X0AA\"", "request.returnedSerials", "FOC2633X0AA", "twice"),
        broken("a device type shipped twice in one request", start, "\"durationDays\": 60",
            "\"durationDays\": 60, \"deviceShipments\": [{\"deviceType\": \"PHONE\", \"quantity\": 2},"
                + " {\"deviceType\": \"PHONE\", \"quantity\": 2}]", "request.deviceShipments", "PHONE", "twice"),
        broken("a customer admin twice", "extension-allowed.json",
            "{\"email\": \"it@fjord-shipping.example\", \"fullAdmin\": true}",
            "{\"email\": \"it@fjord-shipping.example\", \"fullAdmin\": true}, {\"email\": \"IT@fjord-shipping.example\"}",
            "request.trial.customer.admins", "it@fjord-shipping.example", "twice"),
        broken("a key twice", start, "\"country\": \"DK\"", "\"country\": \"DK\", \"country\": \"SE\"",
            "hostile.json:", "country"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"malformedAndTruncated", "wrongTypes", "unknownEnumValues", "hugeAndNegativeNumbers",
      "datesAtTheEndsOfTheCalendar", "invalidTimeZonesAndAddresses", "duplicateEntries"})
  void hostileInput_exitsTwoWithOneLineNamingTheFieldAndValue(
      String name, String sample, String from, String to, String[] mentions) throws IOException {
    assertBadInput(run("evaluate", write(sample, from, to).toString()), mentions);
  }

  /** What the policy judges rather than the reader: a decision, never ALLOWED, naming the field and value. */
  static Stream<Arguments> judgedByThePolicy() {
    String start = "new-customer-allowed.json";
    return Stream.of(
        broken("a customer admin address that is no address", start, "\"it@fjord-shipping.example\"",
            "\"it at fjord\"", "NEW-01", "[adminEmail]", "'it at fjord'"),
        broken("a provisioning address nobody knows", "conversion.json", "\"provisioningEmail\": \"",
            "\"provisioningEmail\": \"x", "CONV-02", "[provisioningEmail]"),
        broken("a duration not on offer", start, "\"durationDays\": 60", "\"durationDays\": 10000000",
            "NEW-06", "10000000"),
        broken("an unknown service", start, "\"MEETINGS\"]", "\"HOLOGRAMS\"]", "HOLOGRAMS"),
        broken("an unknown vertical", start, "\"Transportation\"", "\"Piracy\"", "NEW-01", "Piracy"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("judgedByThePolicy")
  void inputThePolicyJudges_isDecidedAndNotAllowed(
      String name, String sample, String from, String to, String[] mentions) throws IOException {
    Result result = run("evaluate", write(sample, from, to).toString(), "--format", "text");

    assertThat(result.status()).as("stdout: %s%nstderr: %s", result.out(), result.err()).isEqualTo(1);
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).doesNotStartWith("ALLOWED").contains(mentions);
  }

  @Test
  void anEmptyFile_andOneOfOnlyWhitespace_areReportedAsEmpty() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.json"), "");
    Path blank = Files.writeString(dir.resolve("blank.json"), " \n\t\r\n".repeat(1000));

    assertBadInput(run("evaluate", empty.toString()), "empty.json: the file is empty");
    assertBadInput(run("evaluate", blank.toString()), "blank.json: the file is empty");
  }

  @Test
  void aTenMegabyteRequest_isReadAndItsErrorNamed() throws IOException {
    String sample = Files.readString(REQUESTS.resolve("new-customer-allowed.json"));
    String huge = sample.replace("\"Fjord Shipping A/S\"", "\"" + "x".repeat(10 * 1024 * 1024) + "\"")
        .replace("\"licenseQuantity\": 200", "\"licenseQuantity\": -1");
    Path file = Files.writeString(dir.resolve("ten-megabytes.json"), huge);

    assertBadInput(run("evaluate", file.toString()), "request.licenseQuantity", "-1");
  }

  @Test
  void aFileLargerThanTheLimit_isRefusedBeforeItIsParsed() throws IOException {
    Path file = dir.resolve("seventeen-megabytes.json");
    byte[] spaces = new byte[1024 * 1024];
    java.util.Arrays.fill(spaces, (byte) ' ');
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("{\"type\": \"start\"".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 17; i++) {
        out.write(spaces);
      }
    }

    assertBadInput(run("evaluate", file.toString()), "seventeen-megabytes.json", "larger than 16 MiB");
  }

  @Test
  void deepNesting_isRefusedWithoutJacksonsInternals() throws IOException {
    String deep = "{\"type\": \"start\", \"partner\": " + "{\"a\": ".repeat(2000) + "1" + "}".repeat(2001);
    Path file = Files.writeString(dir.resolve("deep.json"), deep);

    Result result = run("evaluate", file.toString());
    assertBadInput(result, "request.partner", "nesting depth");
    assertThat(result.err()).doesNotContain("StreamReadConstraints");
  }

  @Test
  void aDirectoryOrABinaryFile_isBadInput() throws IOException {
    Path binary = Files.write(dir.resolve("binary.json"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0, 1, 2, 3});

    assertBadInput(run("evaluate", dir.toString()), dir.toString());
    assertBadInput(run("evaluate", binary.toString()), "binary.json", "not UTF-8 JSON text");
  }

  /** The sample's bytes with the first {@code from} replaced by {@code to}, which need not be UTF-8. */
  private Path writeBytes(String name, byte[] to) throws IOException {
    byte[] text = Files.readAllBytes(REQUESTS.resolve("new-customer-allowed.json"));
    String sample = new String(text, StandardCharsets.ISO_8859_1);
    int at = sample.indexOf("Fjord Shipping");
    assertThat(at).as("the value to break").isNotNegative();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.write(text, 0, at);
    bytes.write(to);
    bytes.write(text, at + "Fjord".length(), text.length - at - "Fjord".length());
    return Files.write(dir.resolve(name), bytes.toByteArray());
  }

  /**
   * Bytes that are not UTF-8 are refused with their position, never decoded leniently: an
   * overlong {@code C1 80} once read as {@code @}, and a file saved as UTF-16 was decoded.
   */
  @Test
  void bytesThatAreNotUtf8_andUtf16Files_areBadInputNamingWhere() throws IOException {
    String line = "hostile.json:12:";
    assertBadInput(run("evaluate", writeBytes("hostile.json", new byte[] {'F', (byte) 0xC1, (byte) 0x80}).toString()),
        line, "not UTF-8", "0xC1");
    assertBadInput(run("evaluate", writeBytes("hostile.json", new byte[] {'F', (byte) 0xC3, '('}).toString()),
        line, "not UTF-8", "0xC3");
    assertBadInput(run("evaluate", writeBytes("hostile.json", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}).toString()),
        line, "not UTF-8", "0xED");
    assertBadInput(run("evaluate", writeBytes("hostile.json", new byte[] {'F', (byte) 0xE2, (byte) 0x80}).toString()),
        line, "not UTF-8", "0xE2");

    String sample = Files.readString(REQUESTS.resolve("new-customer-allowed.json"));
    Path utf16 = Files.writeString(dir.resolve("utf16.json"), "\uFEFF" + sample, StandardCharsets.UTF_16LE);
    assertBadInput(run("evaluate", utf16.toString()), "utf16.json:1:1:", "UTF-16");
    Path utf16be = Files.writeString(dir.resolve("utf16be.json"), "\uFEFF" + sample, StandardCharsets.UTF_16BE);
    assertBadInput(run("evaluate", utf16be.toString()), "utf16be.json:1:1:", "UTF-16");
    // A UTF-8 byte order mark is still allowed: some editors write one.
    Path bom = Files.writeString(dir.resolve("bom.json"), "\uFEFF" + sample, StandardCharsets.UTF_8);
    assertThat(run("evaluate", bom.toString()).status()).isZero();
  }

  @Test
  void aTodayOptionAtTheEndOfTheCalendar_isBadInput() {
    assertBadInput(run("evaluate", REQUESTS.resolve("new-customer-allowed.json").toString(),
        "--today", "+999999999-12-31"), "today", "+999999999-12-31", "9999-12-31");
  }
}
