package dev.trialrules.facts;

import static dev.trialrules.testing.Fixtures.TODAY;
import static dev.trialrules.testing.Fixtures.consent;
import static dev.trialrules.testing.Fixtures.customer;
import static dev.trialrules.testing.Fixtures.newCustomer;
import static dev.trialrules.testing.Fixtures.partner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile values through the facts' builders and constructors, one category a table: each is
 * refused with a standard exception whose message names the field and the value, so a caller
 * never builds a fact the rules could mis-decide or overflow on.
 */
class HostileFactsTest {
  /** LocalDate's own ends, and the year before the first four-digit one. */
  private static final LocalDate FAR_FUTURE = LocalDate.MAX;
  private static final LocalDate FAR_PAST = LocalDate.MIN;
  private static final LocalDate YEAR_ZERO = LocalDate.of(0, 1, 1);

  private static Trial.Builder trial() {
    return Trial.builder("trial-1", partner().build(), customer().build())
        .customerAdminEmail("it@fjord.example").services(Services.MESSAGING, Services.DEVICES)
        .licenseQuantity(50).period(TODAY.minusDays(30), TODAY.plusDays(30))
        .device("FOC1", "PHONE").deviceDueDate(TODAY.plusDays(30));
  }

  private static Arguments refused(String name, Supplier<?> build, Class<? extends RuntimeException> type,
      String... mentions) {
    return arguments(name, build, type, mentions);
  }

  static Stream<Arguments> hugeAndNegativeNumbers() {
    return Stream.of(
        refused("licenseQuantity at Integer.MAX_VALUE", () -> newCustomer().licenseQuantity(Integer.MAX_VALUE).build(),
            IllegalArgumentException.class, "licenseQuantity", "2147483647", "10000000"),
        refused("negative licenseQuantity", () -> newCustomer().licenseQuantity(-1).build(),
            IllegalArgumentException.class, "licenseQuantity", "-1"),
        refused("durationDays at Integer.MAX_VALUE", () -> newCustomer().durationDays(Integer.MAX_VALUE).build(),
            IllegalArgumentException.class, "durationDays", "2147483647"),
        refused("durationDays zero", () -> newCustomer().durationDays(0).build(),
            IllegalArgumentException.class, "durationDays", "0"),
        // users + 2 × locations would overflow int in NEW-11 and hide a shortage of numbers.
        refused("callingUsers near overflow", () -> newCustomer().callingUsers(Integer.MAX_VALUE - 1).build(),
            IllegalArgumentException.class, "callingUsers", "2147483646"),
        refused("callingLocations at Integer.MIN_VALUE", () -> newCustomer().callingLocations(Integer.MIN_VALUE).build(),
            IllegalArgumentException.class, "callingLocations", "-2147483648"),
        refused("didsHeld past the maximum", () -> newCustomer().didsHeld(10_000_001).build(),
            IllegalArgumentException.class, "didsHeld", "10000001"),
        refused("a shipment of Integer.MAX_VALUE devices", () -> DeviceShipment.of("PHONE", Integer.MAX_VALUE),
            IllegalArgumentException.class, "deviceShipments.quantity", "2147483647"),
        refused("trial licenseQuantity negative", () -> trial().licenseQuantity(Integer.MIN_VALUE).build(),
            IllegalArgumentException.class, "trial.licenseQuantity", "-2147483648"),
        refused("extensionsGranted huge", () -> trial().extensionsGranted(Integer.MAX_VALUE).build(),
            IllegalArgumentException.class, "trial.extensionsGranted", "2147483647"),
        refused("newLicenseQuantity huge", () -> ServiceChangeRequest.builder(TODAY, trial()
            .build()).newLicenseQuantity(Integer.MAX_VALUE)
            .build(), IllegalArgumentException.class, "newLicenseQuantity", "2147483647"));
  }

  static Stream<Arguments> datesAtTheEndsOfTheCalendar() {
    return Stream.of(
        refused("today at LocalDate.MAX", () -> StartTrialRequest.builder(Flow.NEW_CUSTOMER, FAR_FUTURE)
            .partner(partner().build()).build(), IllegalArgumentException.class, "today", "+999999999-12-31",
            "0001-01-01", "9999-12-31"),
        refused("today at LocalDate.MIN", () -> StartTrialRequest.builder(Flow.NEW_CUSTOMER, FAR_PAST)
            .partner(partner().build()).build(), IllegalArgumentException.class, "today", "-999999999-01-01"),
        refused("today in year 0", () -> StartTrialRequest.builder(Flow.NEW_CUSTOMER, YEAR_ZERO)
            .partner(partner().build()).build(), IllegalArgumentException.class, "today", "0000-01-01"),
        refused("consent sent in year 0", () -> consent(ConsentAction.ACCEPT).sentOn(YEAR_ZERO).build(),
            IllegalArgumentException.class, "sentOn", "0000-01-01"),
        refused("consent decided at LocalDate.MAX", () -> ConsentRequest.builder(ConsentAction.SEND, FAR_FUTURE)
            .partner(partner().build()).build(), IllegalArgumentException.class, "today", "+999999999-12-31"),
        refused("trial ending at LocalDate.MAX", () -> trial().period(TODAY, FAR_FUTURE).build(),
            IllegalArgumentException.class, "trial.endDate", "+999999999-12-31"),
        refused("trial starting at LocalDate.MIN", () -> trial().period(FAR_PAST, TODAY).build(),
            IllegalArgumentException.class, "trial.startDate", "-999999999-01-01"),
        refused("device due on 10000-01-01", () -> trial().deviceDueDate(LocalDate.of(10_000, 1, 1)).build(),
            IllegalArgumentException.class, "trial.deviceDueDate", "+10000-01-01"),
        refused("consent sent at LocalDate.MIN", () -> trial().consentSentOn(FAR_PAST).build(),
            IllegalArgumentException.class, "trial.consentSentOn", "-999999999-01-01"),
        refused("extension requested at LocalDate.MAX", () -> ExtensionRequest.of(FAR_FUTURE, trial().build()),
            IllegalArgumentException.class, "today", "+999999999-12-31"),
        refused("conversion in year 0", () -> ConversionRequest.builder(YEAR_ZERO, trial().build())
            .orderedServices(List.of()).build(),
            IllegalArgumentException.class, "today", "0000-01-01"),
        refused("cancellation at LocalDate.MIN", () -> CancellationRequest.of(FAR_PAST, trial().build(),
            CancelledBy.PARTNER), IllegalArgumentException.class, "today", "-999999999-01-01"),
        refused("device return at LocalDate.MAX", () -> DeviceReturnRequest.builder(FAR_FUTURE, trial()
            .build()).returnedSerials(List.of())
            .build(), IllegalArgumentException.class, "today", "+999999999-12-31"));
  }

  static Stream<Arguments> invalidTimeZonesAndAddresses() {
    return Stream.of(
        refused("a made-up zone", () -> newCustomer().timeZone("Mars/Olympus_Mons").build(),
            IllegalArgumentException.class, "timeZone", "Mars/Olympus_Mons"),
        refused("a fixed offset", () -> newCustomer().timeZone("+02:00").build(),
            IllegalArgumentException.class, "timeZone", "+02:00"),
        refused("a zone in the wrong case", () -> newCustomer().timeZone("europe/copenhagen").build(),
            IllegalArgumentException.class, "timeZone", "europe/copenhagen"),
        refused("an empty zone", () -> newCustomer().timeZone("").build(),
            IllegalArgumentException.class, "timeZone", "''"),
        refused("a partner admin without @", () -> partner().adminEmails(List.of("sales.partner.example")).build(),
            IllegalArgumentException.class, "partner.adminEmails", "sales.partner.example"),
        refused("a partner admin with two @", () -> partner().adminEmails(List.of("a@b@partner.example")).build(),
            IllegalArgumentException.class, "partner.adminEmails", "a@b@partner.example"),
        refused("a customer admin with a space", () -> CustomerAdmin.of("it @fjord.example", true),
            IllegalArgumentException.class, "customer.admins.email", "it @fjord.example"),
        refused("a blank customer admin", () -> CustomerAdmin.of("  ", true),
            IllegalArgumentException.class, "customer.admins.email", "blank"),
        refused("a trial's customer admin without a domain", () -> trial().customerAdminEmail("it@").build(),
            IllegalArgumentException.class, "trial.customerAdminEmail", "it@"));
  }

  static Stream<Arguments> duplicateListEntries() {
    return Stream.of(
        refused("a service twice", () -> newCustomer().services(Services.MESSAGING, Services.MESSAGING).build(),
            IllegalArgumentException.class, "services", "MESSAGING", "twice"),
        refused("a device type shipped twice", () -> newCustomer().ship("PHONE", 2).ship("PHONE", 2).build(),
            IllegalArgumentException.class, "deviceShipments", "PHONE", "twice"),
        refused("an already shipped type twice", () -> newCustomer().alreadyShippedDeviceTypes("PHONE", "PHONE").build(),
            IllegalArgumentException.class, "alreadyShippedDeviceTypes", "PHONE", "twice"),
        refused("a role twice", () -> partner().roles(PartnerRole.SALES_ADMIN, PartnerRole.SALES_ADMIN).build(),
            IllegalArgumentException.class, "partner.userRoles", "SALES_ADMIN", "twice"),
        refused("a partner admin twice, in two cases", () -> partner()
            .adminEmails(List.of("sales@partner.example", "SALES@partner.example")).build(),
            IllegalArgumentException.class, "partner.adminEmails", "sales@partner.example", "twice"),
        refused("a customer admin twice", () -> customer().fullAdmin("IT@fjord.example").build(),
            IllegalArgumentException.class, "customer.admins", "it@fjord.example", "twice"),
        refused("a purchased service twice", () -> customer().purchased(Services.MEETINGS, Services.MEETINGS).build(),
            IllegalArgumentException.class, "customer.purchasedServices", "MEETINGS", "twice"),
        refused("a serial number shipped twice", () -> trial().device("FOC1", "BOARD").build(),
            IllegalArgumentException.class, "trial.devices", "FOC1", "twice"),
        refused("a serial number returned twice", () -> DeviceReturnRequest.builder(TODAY, trial()
            .build()).returnedSerials(List.of("FOC1", "FOC1"))
            .build(), IllegalArgumentException.class, "returnedSerials", "FOC1", "twice"),
        refused("an ordered service twice", () -> ConversionRequest.builder(TODAY, trial().build())
            .orderedServices(List.of(Services.DEVICES, Services.DEVICES))
            .build(), IllegalArgumentException.class, "orderedServices", "DEVICES"),
        refused("a service removed twice", () -> ServiceChangeRequest.builder(TODAY, trial()
            .build()).removeServices(List.of(Services.DEVICES, Services.DEVICES))
            .build(), IllegalArgumentException.class, "removeServices", "DEVICES"));
  }

  static Stream<Arguments> blanksAndNulls() {
    return Stream.of(
        refused("a null service", () -> newCustomer().services(Services.MESSAGING, null).build(),
            NullPointerException.class, "services"),
        refused("a blank service", () -> newCustomer().services(" ").build(),
            IllegalArgumentException.class, "services", "blank"),
        refused("a null role", () -> partner().roles(PartnerRole.SALES_ADMIN, null).build(),
            NullPointerException.class, "partner.userRoles"),
        refused("a blank device type", () -> ShippedDevice.of("FOC9", " "),
            IllegalArgumentException.class, "devices.deviceType", "blank"),
        refused("a null trial ID", () -> Trial.builder(null, partner().build(), customer().build())
            .period(TODAY, TODAY.plusDays(1)).build(), NullPointerException.class, "trial.trialId"));
  }

  /**
   * Blank as a person sees it: empty, spaces, and the spaces {@link String#isBlank} does not
   * count (no-break, ideographic); and NUL, which prints as nothing at all.
   */
  private static final List<String> BLANKS = List.of("", "   ", "\t", "\u00A0", "\u2007\u202F", "\u3000");

  static Stream<Arguments> blankIdentifiers() {
    Stream<Arguments> blanks = BLANKS.stream().flatMap(blank -> {
      String shown = blank.codePoints().mapToObj(c -> String.format("U+%04X", c))
          .reduce((a, b) -> a + " " + b).orElse("empty");
      return Stream.of(
          refused("trialId " + shown, () -> Trial.builder(blank, partner().build(), customer()
              .build())
              .period(TODAY, TODAY.plusDays(1)).build(), IllegalArgumentException.class, "trial.trialId"),
          refused("partner.orgId " + shown, () -> Partner.builder(blank).build(),
              IllegalArgumentException.class, "partner.orgId"),
          refused("customer.orgId " + shown, () -> CustomerOrg.builder(blank).build(),
              IllegalArgumentException.class, "customer.orgId"),
          refused("a device type to ship " + shown, () -> DeviceShipment.of(blank, 1),
              IllegalArgumentException.class, "deviceShipments.deviceType"),
          refused("a shipped device type " + shown, () -> ShippedDevice.of("FOC9", blank),
              IllegalArgumentException.class, "devices.deviceType"),
          refused("a serial number " + shown, () -> ShippedDevice.of(blank, "PHONE"),
              IllegalArgumentException.class, "devices.serialNumber"),
          refused("an already shipped device type " + shown,
              () -> newCustomer().alreadyShippedDeviceTypes(blank).build(),
              IllegalArgumentException.class, "alreadyShippedDeviceTypes"),
          refused("a service " + shown, () -> newCustomer().services(blank).build(),
              IllegalArgumentException.class, "services"));
    });
    Stream<Arguments> nuls = Stream.of(
        refused("trialId NUL", () -> Trial.builder("\0", partner().build(), customer().build())
            .period(TODAY, TODAY.plusDays(1)).build(), IllegalArgumentException.class, "trial.trialId", "U+0000"),
        refused("partner.orgId NUL", () -> Partner.builder("\0").build(),
            IllegalArgumentException.class, "partner.orgId", "U+0000"),
        refused("customer.orgId NUL", () -> CustomerOrg.builder("\0\0").build(),
            IllegalArgumentException.class, "customer.orgId", "U+0000"),
        refused("a device type to ship NUL", () -> DeviceShipment.of("\0", 1),
            IllegalArgumentException.class, "deviceShipments.deviceType", "U+0000"),
        refused("a shipped device type NUL", () -> ShippedDevice.of("FOC9", "\0"),
            IllegalArgumentException.class, "devices.deviceType", "U+0000"));
    return Stream.concat(blanks, nuls);
  }

  @Test
  void aBlankMessage_saysBlank() {
    assertThat(catchThrowable(() -> Partner.builder("\u00A0").build()))
        .hasMessage("partner.orgId must not be blank");
    assertThat(catchThrowable(() -> Trial.builder(" ", partner().build(), customer().build())
        .period(TODAY, TODAY.plusDays(1)).build())).hasMessage("trial.trialId must not be blank");
  }

  /** Text of {@code length} characters. */
  private static String text(int length) {
    return "x".repeat(length);
  }

  /** An address of {@code length} characters, the shape of a real one. */
  private static String address(int length) {
    return "a".repeat(length - "@fjord.example".length()) + "@fjord.example";
  }

  /** NEW-01's default pattern backtracks quadratically on this; 128,003 characters cost seconds. */
  private static final String BACKTRACKING_ADDRESS = "a@" + "a.".repeat(64_000) + "@";

  private static Arguments tooLong(String name, Supplier<?> build, String field, int limit, int length) {
    return refused(name, build, IllegalArgumentException.class, field, "at most " + limit, "was " + length);
  }

  static Stream<Arguments> overlongText() {
    int backtracking = BACKTRACKING_ADDRESS.length();
    return Stream.of(
        tooLong("an adminEmail one past RFC 5321", () -> newCustomer().adminEmail(address(255)).build(),
            "adminEmail", 254, 255),
        tooLong("NEW-01's backtracking adminEmail", () -> newCustomer().adminEmail(BACKTRACKING_ADDRESS).build(),
            "adminEmail", 254, backtracking),
        tooLong("a consent's adminEmail", () -> consent(ConsentAction.SEND).adminEmail(address(255)).build(),
            "adminEmail", 254, 255),
        tooLong("a consent's acceptedBy", () -> consent(ConsentAction.ACCEPT).acceptedBy(address(100_000)).build(),
            "acceptedBy", 254, 100_000),
        tooLong("a conversion's provisioningEmail", () -> ConversionRequest.builder(TODAY, trial()
            .build()).provisioningEmail(address(255)).orderedServices(List.of())
            .build(), "provisioningEmail", 254, 255),
        tooLong("a conversion's customerAdminEmail", () -> ConversionRequest.builder(TODAY, trial()
            .build()).orderedServices(List.of()).customerAdminEmail(address(255))
            .build(), "customerAdminEmail", 254, 255),
        tooLong("a trial's customer admin", () -> trial().customerAdminEmail(address(255)).build(),
            "trial.customerAdminEmail", 254, 255),
        tooLong("a partner admin", () -> partner().adminEmails(List.of(address(255))).build(),
            "partner.adminEmails", 254, 255),
        tooLong("a customer admin", () -> CustomerAdmin.of(BACKTRACKING_ADDRESS, true),
            "customer.admins.email", 254, backtracking),
        tooLong("a partner orgId", () -> Partner.builder(text(129))
            .build(), "partner.orgId", 128, 129),
        tooLong("a customer orgId", () -> CustomerOrg.builder(text(129))
            .build(), "customer.orgId", 128, 129),
        tooLong("a trialId", () -> Trial.builder(text(100_000), partner().build(), customer()
            .build())
            .period(TODAY, TODAY.plusDays(1)).build(), "trial.trialId", 128, 100_000),
        tooLong("a serial number", () -> ShippedDevice.of(text(129), "PHONE"), "devices.serialNumber", 128, 129),
        tooLong("a shipped device type", () -> ShippedDevice.of("FOC9", text(129)), "devices.deviceType", 128, 129),
        tooLong("a device type to ship", () -> DeviceShipment.of(text(129), 1), "deviceShipments.deviceType",
            128, 129),
        tooLong("an already shipped device type", () -> newCustomer().alreadyShippedDeviceTypes(text(129)).build(),
            "alreadyShippedDeviceTypes", 128, 129),
        tooLong("a service", () -> newCustomer().services(Services.MESSAGING, text(129)).build(),
            "services", 128, 129),
        tooLong("a purchased service", () -> customer().purchased(text(129)).build(),
            "customer.purchasedServices", 128, 129),
        tooLong("another partner's trial", () -> customer().otherPartnerTrials(text(129)).build(),
            "customer.otherPartnerTrials", 128, 129),
        tooLong("an ordered service", () -> ConversionRequest.builder(TODAY, trial().build())
            .orderedServices(List.of(text(129))).build(),
            "orderedServices", 128, 129),
        tooLong("a service to add", () -> ServiceChangeRequest.builder(TODAY, trial().build())
            .addServices(List.of(text(129))).build(), "addServices", 128, 129),
        tooLong("a service to remove", () -> ServiceChangeRequest.builder(TODAY, trial().build())
            .removeServices(List.of(text(129))).build(), "removeServices", 128, 129),
        tooLong("a returned serial", () -> DeviceReturnRequest.builder(TODAY, trial().build())
            .returnedSerials(List.of(text(129))).build(), "returnedSerials", 128, 129),
        tooLong("a demo order number", () -> DeviceReturnRequest.builder(TODAY, trial().build())
            .returnedSerials(List.of()).demoOrderNumber(text(129))
            .build(), "demoOrderNumber", 128, 129),
        tooLong("a country", () -> newCustomer().country(text(100_000)).build(), "country", 128, 100_000),
        tooLong("a customer's country", () -> customer().country(text(129)).build(), "customer.country", 128, 129),
        tooLong("a time zone", () -> newCustomer().timeZone(text(100_000)).build(), "timeZone", 128, 100_000),
        tooLong("a company name", () -> newCustomer().companyName(text(257)).build(), "companyName", 256, 257),
        tooLong("a ten-megabyte company name", () -> newCustomer().companyName(text(10 << 20)).build(),
            "companyName", 256, 10 << 20),
        tooLong("a vertical", () -> newCustomer().vertical(text(257)).build(), "vertical", 256, 257),
        tooLong("a site URL", () -> newCustomer().siteUrl("https://" + text(2041) + ".webex.com").build(),
            "siteUrl", 2048, 2059));
  }

  /**
   * Characters no identifier or address may hold: C0 and C1 controls with NUL, tab, escape and
   * DEL; the bidi embeddings, overrides and isolates, which reorder what a reader sees; the
   * zero-width characters and marks, which hide in plain sight; line and paragraph separators,
   * which break a log line; and half a surrogate pair, which no UTF-8 output can carry.
   */
  private static final int[] INVISIBLE = {
      0x0000, 0x0001, 0x0009, 0x000A, 0x000D, 0x001B, 0x007F, 0x0085, 0x009B,
      0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
      0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF,
      0x2028, 0x2029, 0xD800};

  /** Of {@link #INVISIBLE}, those a company name may still hold: scripts and emoji join with them. */
  private static final java.util.Set<Integer> PROSE_ALLOWS =
      java.util.Set.of(0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF);

  private static String ch(int codePoint) {
    return new String(Character.toChars(codePoint));
  }

  /** Where each identifier and address field is built with {@code c} inside its value. */
  private static Stream<Map.Entry<String, java.util.function.Function<String, Supplier<?>>>> strictFields() {
    return Stream.<Map.Entry<String, java.util.function.Function<String, Supplier<?>>>>of(
        Map.entry("adminEmail", c -> () -> newCustomer().adminEmail("it" + c + "@fjord.example").build()),
        Map.entry("acceptedBy", c -> () -> consent(ConsentAction.ACCEPT).acceptedBy("ceo@fjord" + c + ".example")
            .build()),
        Map.entry("provisioningEmail", c -> () -> ConversionRequest.builder(TODAY, trial().build())
            .provisioningEmail("ceo@fjord.example" + c).orderedServices(List.of()).build()),
        Map.entry("customerAdminEmail", c -> () -> ConversionRequest.builder(TODAY, trial().build())
            .orderedServices(List.of()).customerAdminEmail(c + "it@fjord.example").build()),
        Map.entry("trial.customerAdminEmail", c -> () -> trial().customerAdminEmail("it@" + c + "fjord.example")
            .build()),
        Map.entry("partner.adminEmails", c -> () -> partner().adminEmails(List.of("sales@partner.exam" + c + "ple"))
            .build()),
        Map.entry("customer.admins.email", c -> () -> CustomerAdmin.of("it" + c + "@fjord.example", true)),
        Map.entry("trial.trialId", c -> () -> Trial.builder("trial" + c + "-1", partner()
            .build(), customer().build())
            .period(TODAY, TODAY.plusDays(1)).build()),
        Map.entry("partner.orgId", c -> () -> Partner.builder("partner-" + c + "1").build()),
        Map.entry("customer.orgId", c -> () -> CustomerOrg.builder("customer-1" + c).build()),
        Map.entry("devices.serialNumber", c -> () -> ShippedDevice.of("FOC" + c + "9", "PHONE")),
        Map.entry("devices.deviceType", c -> () -> ShippedDevice.of("FOC9", "PHO" + c + "NE")),
        Map.entry("deviceShipments.deviceType", c -> () -> DeviceShipment.of(c + "PHONE", 1)),
        Map.entry("alreadyShippedDeviceTypes", c -> () -> newCustomer().alreadyShippedDeviceTypes("PHONE" + c).build()),
        Map.entry("services", c -> () -> newCustomer().services(Services.MESSAGING, "MEET" + c + "INGS").build()),
        Map.entry("customer.purchasedServices", c -> () -> customer().purchased("MEET" + c + "INGS").build()),
        Map.entry("returnedSerials", c -> () -> DeviceReturnRequest.builder(TODAY, trial().build())
            .returnedSerials(List.of("FOC1" + c)).build()),
        Map.entry("demoOrderNumber", c -> () -> DeviceReturnRequest.builder(TODAY, trial().build())
            .returnedSerials(List.of()).demoOrderNumber("DEMO" + c + "42").build()),
        Map.entry("vertical", c -> () -> newCustomer().vertical("Transport" + c + "ation").build()),
        Map.entry("siteUrl", c -> () -> newCustomer().siteUrl("fjord" + c + ".webex.com").build()),
        Map.entry("country", c -> () -> newCustomer().country("D" + c + "K").build()),
        Map.entry("timeZone", c -> () -> newCustomer().timeZone("Europe/" + c + "Copenhagen").build()));
  }

  static Stream<Arguments> invisibleCharacters() {
    return strictFields().flatMap(field -> java.util.Arrays.stream(INVISIBLE).mapToObj(codePoint ->
        refused(String.format("U+%04X in %s", codePoint, field.getKey()), field.getValue().apply(ch(codePoint)),
            IllegalArgumentException.class, field.getKey(), String.format("U+%04X", codePoint))));
  }

  static Stream<Arguments> controlCharactersInProse() {
    return java.util.Arrays.stream(INVISIBLE).filter(codePoint -> !PROSE_ALLOWS.contains(codePoint))
        .mapToObj(codePoint -> refused(String.format("U+%04X in companyName", codePoint),
            () -> newCustomer().companyName("Fjord" + ch(codePoint) + "Shipping").build(),
            IllegalArgumentException.class, "companyName", String.format("U+%04X", codePoint)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"hugeAndNegativeNumbers", "datesAtTheEndsOfTheCalendar", "invalidTimeZonesAndAddresses",
      "duplicateListEntries", "blanksAndNulls", "overlongText",
      "invisibleCharacters", "controlCharactersInProse", "blankIdentifiers"})
  void aHostileValue_isRefusedNamingTheFieldAndTheValue(
      String name, Supplier<?> build, Class<? extends RuntimeException> type, String[] mentions) {
    Throwable thrown = catchThrowable(build::get);

    assertThat(thrown).as(name).isExactlyInstanceOf(type);
    // Short, so that a hostile value is never copied into the message (or a log line) whole.
    assertThat(thrown.getMessage()).contains(mentions).doesNotContain("\n").hasSizeLessThan(300);
    // A character that hides, reorders or breaks text is named by its code point, never printed.
    assertThat(thrown.getMessage().codePoints().filter(HostileFactsTest::hidesOrBreaksText).toArray())
        .as("code points printed raw").isEmpty();
  }

  private static boolean hidesOrBreaksText(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }

  @Test
  void aCompanyName_keepsOrdinaryUnicode() {
    for (String name : List.of("Fjord Shipping A/S", "Ünïcødé 🎉 ApS", "株式会社フィヨルド", "شركة فيورد",
        "חברת פיורד\u200F בע\"מ", "Familie \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 GmbH",
        "मित्र\u200Cा")) {
      assertThat(newCustomer().companyName(name).build().companyName()).isEqualTo(name);
    }
  }

  @Test
  void theLimits_areTheDocumentedOnes_andAnAddressFactMeetsNew01sLimit() {
    assertThat(List.of(FactLimits.MAX_EMAIL_LENGTH, FactLimits.MAX_ID_LENGTH, FactLimits.MAX_NAME_LENGTH,
        FactLimits.MAX_URL_LENGTH)).containsExactly(254, 128, 256, 2048);
    assertThat(FactLimits.MAX_EMAIL_LENGTH).isEqualTo(dev.trialrules.PolicyParameters.MAX_EMAIL_LENGTH);
  }

  @Test
  void textAtEachLimit_isAccepted() {
    String id = text(128);
    Trial trial = Trial.builder(id, Partner.builder(id).adminEmails(List.of(address(254))).build(),
            CustomerOrg.builder(id).fullAdmin(address(254)).purchased(id).build())
        .customerAdminEmail(address(254)).period(TODAY, TODAY.plusDays(1)).device(id, id).build();

    assertThat(trial.trialId()).hasSize(128);
    assertThatCode(() -> newCustomer().companyName(text(256)).vertical(text(256)).adminEmail(address(254))
        .siteUrl("https://" + text(2030) + ".webex.com").services(id).alreadyShippedDeviceTypes(id).ship(id, 1)
        .build()).doesNotThrowAnyException();
    assertThatCode(() -> DeviceReturnRequest.builder(TODAY, trial).returnedSerials(List.of(id))
        .demoOrderNumber(id).build()).doesNotThrowAnyException();
    assertThatCode(() -> ConversionRequest.builder(TODAY, trial).provisioningEmail(address(254))
        .orderedServices(List.of(id)).customerAdminEmail(address(254)).build())
        .doesNotThrowAnyException();
    assertThatCode(() -> consent(ConsentAction.ACCEPT).adminEmail(address(254)).acceptedBy(address(254)).build())
        .doesNotThrowAnyException();
  }

  @Test
  void theEndsOfTheSupportedRange_areAccepted() {
    LocalDate first = LocalDate.of(1, 1, 1);
    LocalDate last = LocalDate.of(9999, 12, 31);

    assertThatCode(() -> trial().period(first, last).deviceDueDate(last).consentSentOn(first).build())
        .doesNotThrowAnyException();
    assertThatCode(() -> StartTrialRequest.builder(Flow.NEW_CUSTOMER, last).partner(partner()
        .build()).build())
        .doesNotThrowAnyException();
  }

  @Test
  void theLargestCount_isAcceptedAndCannotOverflowTheRulesArithmetic() {
    int max = 10_000_000;
    StartTrialRequest request = newCustomer().licenseQuantity(max).callingUsers(max).callingLocations(max)
        .didsHeld(max).durationDays(max).build();

    // NEW-11's sum with a generous 100 numbers per location, and E = S + N at the last date.
    assertThat((long) request.callingUsers() + 100L * request.callingLocations()).isLessThan(Integer.MAX_VALUE);
    assertThatCode(() -> LocalDate.of(9999, 12, 31).plusDays(Integer.MAX_VALUE)).doesNotThrowAnyException();
  }

  @Test
  void anAddressAPersonTypes_isLeftToThePolicy() {
    // NEW-01 answers a malformed customer admin address with a REQUIRE finding naming it.
    assertThat(newCustomer().adminEmail("not an address").build().adminEmail()).isEqualTo("not an address");
  }
}
