package dev.trialrules.facts;

import static dev.trialrules.facts.FactFixtures.TODAY;
import static dev.trialrules.facts.FactFixtures.consent;
import static dev.trialrules.facts.FactFixtures.customer;
import static dev.trialrules.facts.FactFixtures.newCustomer;
import static dev.trialrules.facts.FactFixtures.partner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.List;
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
        refused("a shipment of Integer.MAX_VALUE devices", () -> new DeviceShipment("PHONE", Integer.MAX_VALUE),
            IllegalArgumentException.class, "deviceShipments.quantity", "2147483647"),
        refused("trial licenseQuantity negative", () -> trial().licenseQuantity(Integer.MIN_VALUE).build(),
            IllegalArgumentException.class, "trial.licenseQuantity", "-2147483648"),
        refused("extensionsGranted huge", () -> trial().extensionsGranted(Integer.MAX_VALUE).build(),
            IllegalArgumentException.class, "trial.extensionsGranted", "2147483647"),
        refused("newLicenseQuantity huge", () -> new ServiceChangeRequest(TODAY, trial().build(), List.of(), List.of(),
            Integer.MAX_VALUE), IllegalArgumentException.class, "newLicenseQuantity", "2147483647"));
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
        refused("extension requested at LocalDate.MAX", () -> new ExtensionRequest(FAR_FUTURE, trial().build()),
            IllegalArgumentException.class, "today", "+999999999-12-31"),
        refused("conversion in year 0", () -> new ConversionRequest(YEAR_ZERO, trial().build(), null, List.of()),
            IllegalArgumentException.class, "today", "0000-01-01"),
        refused("cancellation at LocalDate.MIN", () -> new CancellationRequest(FAR_PAST, trial().build(),
            CancelledBy.PARTNER), IllegalArgumentException.class, "today", "-999999999-01-01"),
        refused("device return at LocalDate.MAX", () -> new DeviceReturnRequest(FAR_FUTURE, trial().build(),
            List.of(), false), IllegalArgumentException.class, "today", "+999999999-12-31"));
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
        refused("a customer admin with a space", () -> new CustomerAdmin("it @fjord.example", true),
            IllegalArgumentException.class, "customer.admins.email", "it @fjord.example"),
        refused("a blank customer admin", () -> new CustomerAdmin("  ", true),
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
        refused("a serial number returned twice", () -> new DeviceReturnRequest(TODAY, trial().build(),
            List.of("FOC1", "FOC1"), false), IllegalArgumentException.class, "returnedSerials", "FOC1", "twice"),
        refused("an ordered service twice", () -> new ConversionRequest(TODAY, trial().build(), null,
            List.of(Services.DEVICES, Services.DEVICES)), IllegalArgumentException.class, "orderedServices", "DEVICES"),
        refused("a service removed twice", () -> new ServiceChangeRequest(TODAY, trial().build(), List.of(),
            List.of(Services.DEVICES, Services.DEVICES), null), IllegalArgumentException.class, "removeServices", "DEVICES"));
  }

  static Stream<Arguments> blanksAndNulls() {
    return Stream.of(
        refused("a null service", () -> newCustomer().services(Services.MESSAGING, null).build(),
            NullPointerException.class, "services"),
        refused("a blank service", () -> newCustomer().services(" ").build(),
            IllegalArgumentException.class, "services", "blank"),
        refused("a null role", () -> partner().roles(PartnerRole.SALES_ADMIN, null).build(),
            NullPointerException.class, "partner.userRoles"),
        refused("a blank device type", () -> new ShippedDevice("FOC9", " "),
            IllegalArgumentException.class, "devices.deviceType", "blank"),
        refused("a null trial ID", () -> Trial.builder(null, partner().build(), customer().build())
            .period(TODAY, TODAY.plusDays(1)).build(), NullPointerException.class, "trial.trialId"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"hugeAndNegativeNumbers", "datesAtTheEndsOfTheCalendar", "invalidTimeZonesAndAddresses",
      "duplicateListEntries", "blanksAndNulls"})
  void aHostileValue_isRefusedNamingTheFieldAndTheValue(
      String name, Supplier<?> build, Class<? extends RuntimeException> type, String[] mentions) {
    Throwable thrown = catchThrowable(build::get);

    assertThat(thrown).as(name).isExactlyInstanceOf(type);
    assertThat(thrown.getMessage()).contains(mentions).doesNotContain("\n");
  }

  @Test
  void theEndsOfTheSupportedRange_areAccepted() {
    LocalDate first = LocalDate.of(1, 1, 1);
    LocalDate last = LocalDate.of(9999, 12, 31);

    assertThatCode(() -> trial().period(first, last).deviceDueDate(last).consentSentOn(first).build())
        .doesNotThrowAnyException();
    assertThatCode(() -> StartTrialRequest.builder(Flow.NEW_CUSTOMER, last).partner(partner().build()).build())
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
