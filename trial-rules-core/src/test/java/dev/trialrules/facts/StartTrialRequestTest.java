package dev.trialrules.facts;

import static dev.trialrules.facts.FactHelpers.TURKISH;
import static dev.trialrules.facts.FactHelpers.copyWith;
import static dev.trialrules.facts.FactHelpers.underDefaultLocale;
import static dev.trialrules.testing.Fixtures.TODAY;
import static dev.trialrules.testing.Fixtures.newCustomer;
import static dev.trialrules.testing.Fixtures.partner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class StartTrialRequestTest {

  @Test
  void missingUserInput_buildsFine() {
    StartTrialRequest request = StartTrialRequest.builder(Flow.NEW_CUSTOMER, TODAY)
        .partner(partner().build()).build();

    assertThat(request.companyName()).isNull();
    assertThat(request.adminEmail()).isNull();
    assertThat(request.country()).isNull();
    assertThat(request.licenseQuantity()).isNull();
    assertThat(request.durationDays()).isNull();
    assertThat(request.timeZone()).isNull();
    assertThat(request.services()).isEmpty();
    assertThat(request.deviceShipments()).isEmpty();
    assertThat(request.customer()).isEqualTo(CustomerOrg.none());
  }

  @Test
  void missingFlow_isRefusedNamingTheField() {
    assertThatNullPointerException()
        .isThrownBy(() -> StartTrialRequest.builder(null, TODAY).partner(partner().build()).build())
        .withMessageContaining("flow");
  }

  @Test
  void missingToday_isRefusedNamingTheField() {
    assertThatNullPointerException()
        .isThrownBy(() -> StartTrialRequest.builder(Flow.NEW_CUSTOMER, null).partner(partner()
            .build()).build())
        .withMessageContaining("today");
  }

  @Test
  void missingPartner_isRefusedNamingTheField() {
    assertThatNullPointerException().isThrownBy(() -> newCustomer().partner(null).build())
        .withMessageContaining("partner");
  }

  @Test
  void missingCustomer_isRefusedNamingTheField() {
    assertThatNullPointerException().isThrownBy(() -> newCustomer().customer(null).build())
        .withMessageContaining("customer");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void aNegativeCount_isRefusedNamingTheFieldAndValue(
      String field, UnaryOperator<StartTrialRequest.Builder> change) {
    StartTrialRequest.Builder builder = change.apply(newCustomer());

    assertThatIllegalArgumentException().isThrownBy(builder::build).withMessageContainingAll(field, "-1");
  }

  static Stream<Arguments> aNegativeCount_isRefusedNamingTheFieldAndValue() {
    return Stream.of(
        change("licenseQuantity", b -> b.licenseQuantity(-1)),
        change("callingUsers", b -> b.callingUsers(-1)),
        change("callingLocations", b -> b.callingLocations(-1)),
        change("didsHeld", b -> b.didsHeld(-1)));
  }

  private static Arguments change(String field, UnaryOperator<StartTrialRequest.Builder> change) {
    return arguments(field, change);
  }

  @Test
  void zeroCounts_areAllowed() {
    StartTrialRequest request = newCustomer().licenseQuantity(0).callingUsers(0).callingLocations(0).build();

    assertThat(request.licenseQuantity()).isZero();
  }

  @ParameterizedTest(name = "durationDays {0}")
  @ValueSource(ints = {0, -30})
  void aDurationBelowOneDay_isRefusedNamingTheFieldAndValue(int days) {
    assertThatIllegalArgumentException().isThrownBy(() -> newCustomer().durationDays(days).build())
        .withMessageContainingAll("durationDays", String.valueOf(days));
  }

  @ParameterizedTest(name = "country {0}")
  @ValueSource(strings = {"dk", "DNK", "Dk"})
  void aCountryNotInIsoAlpha2Capitals_isRefusedNamingTheValue(String country) {
    assertThatIllegalArgumentException().isThrownBy(() -> newCustomer().country(country).build())
        .withMessageContainingAll("country", "'" + country + "'");
  }

  @ParameterizedTest(name = "country {0}")
  @ValueSource(strings = {"XX", "ZZ", "UK", "EU"})
  void twoCapitalsThatNameNoIsoCountry_areRefusedNamingTheValue(String country) {
    // NEW-02: a code that is not an ISO 3166-1 country is bad input; UK and EU are data regions.
    assertThatIllegalArgumentException().isThrownBy(() -> newCustomer().country(country).build())
        .withMessageContainingAll("country", "'" + country + "'", "names no country");
  }

  @ParameterizedTest(name = "country {0}")
  @ValueSource(strings = {"GB", "FO", "GL", "KZ", "SS", "CU"})
  void anyIsoCountry_isAccepted_evenOneNotOffered(String country) {
    assertThat(newCustomer().country(country).build().country()).isEqualTo(country);
  }

  @ParameterizedTest(name = "time zone {0}")
  @ValueSource(strings = {"Mars/Olympus", "+02:00", "europe/copenhagen"})
  void aTimeZoneThatIsNotAnIanaRegion_isRefusedNamingTheValue(String zone) {
    assertThatIllegalArgumentException().isThrownBy(() -> newCustomer().timeZone(zone))
        .withMessageContainingAll("timeZone", "'" + zone + "'");
  }

  @Test
  void aFixedOffsetZoneId_isRefusedByTheConstructorToo() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> copyWith(newCustomer().build(), "timeZone", ZoneOffset.ofHours(2)))
        .withMessageContainingAll("timeZone", "+02:00");
  }

  @Test
  void anIanaTimeZone_isKept() {
    assertThat(newCustomer().timeZone("Europe/Copenhagen").build().timeZone())
        .isEqualTo(ZoneId.of("Europe/Copenhagen"));
  }

  @Test
  void nullServices_areRefusedNamingTheField() {
    assertThatNullPointerException().isThrownBy(() -> copyWith(newCustomer().build(), "services", null))
        .withMessageContaining("services");
  }

  @Test
  void aNullService_isRefusedNamingTheField() {
    List<String> withNull = Arrays.asList(Services.MESSAGING, null);

    assertThatNullPointerException().isThrownBy(() -> copyWith(newCustomer().build(), "services", withNull))
        .withMessageContaining("services");
  }

  @Test
  void aDuplicateService_isRefusedNamingIt() {
    StartTrialRequest.Builder twice = newCustomer()
        .services(Services.MESSAGING, Services.CALLING, Services.MESSAGING);

    assertThatIllegalArgumentException().isThrownBy(twice::build)
        .withMessageContainingAll("services", "'MESSAGING' twice");
  }

  @Test
  void aBlankService_isRefusedNamingTheField() {
    assertThatIllegalArgumentException().isThrownBy(() -> newCustomer().services(Services.MESSAGING, "").build())
        .withMessageContaining("services");
  }

  @Test
  void nullDeviceShipments_areRefusedNamingTheField() {
    assertThatNullPointerException()
        .isThrownBy(() -> copyWith(newCustomer().build(), "deviceShipments", null))
        .withMessageContaining("deviceShipments");
  }

  @Test
  void aNullDeviceShipment_isRefusedNamingTheField() {
    List<DeviceShipment> withNull = Arrays.asList(DeviceShipment.of("PHONE", 2), null);

    assertThatNullPointerException()
        .isThrownBy(() -> copyWith(newCustomer().build(), "deviceShipments", withNull))
        .withMessageContaining("deviceShipments");
  }

  @Test
  void theSameDeviceShipmentTwice_isRefusedNamingIt() {
    StartTrialRequest.Builder twice = newCustomer().ship("PHONE", 2).ship("PHONE", 2);

    assertThatIllegalArgumentException().isThrownBy(twice::build)
        .withMessageContainingAll("deviceShipments", "PHONE");
  }

  @Test
  void twoShipmentsOfOneTypeInDifferentQuantities_buildSoThatRuleNew09CanDenyThem() {
    StartTrialRequest request = newCustomer().ship("PHONE", 2).ship("PHONE", 3).build();

    assertThat(request.deviceShipments())
        .containsExactly(DeviceShipment.of("PHONE", 2), DeviceShipment.of("PHONE", 3));
  }

  @Test
  void aDuplicateAlreadyShippedDeviceType_isRefusedNamingIt() {
    StartTrialRequest.Builder twice = newCustomer().alreadyShippedDeviceTypes("BOARD", "BOARD");

    assertThatIllegalArgumentException().isThrownBy(twice::build)
        .withMessageContainingAll("alreadyShippedDeviceTypes", "BOARD");
  }

  @Test
  void adminEmail_isStrippedAndLowerCased() {
    assertThat(newCustomer().adminEmail(" IT@Fjord.Example ").build().adminEmail())
        .isEqualTo("it@fjord.example");
  }

  @Test
  void adminEmail_isLowerCasedInTheRootLocaleUnderATurkishDefault() {
    StartTrialRequest request = underDefaultLocale(TURKISH,
        () -> newCustomer().adminEmail("ADMIN@FJORD.EXAMPLE").build());

    assertThat(request.adminEmail()).isEqualTo("admin@fjord.example");
  }

  @Test
  void lists_areUnmodifiableCopies() {
    List<String> services = new ArrayList<>(List.of(Services.MESSAGING));
    StartTrialRequest request = copyWith(newCustomer().build(), "services", services);

    services.add(Services.CALLING);

    assertThat(request.services()).containsExactly(Services.MESSAGING);
    assertThatThrownBy(() -> request.services().add(Services.DEVICES))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> request.deviceShipments().add(DeviceShipment.of("PHONE", 1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void builderCollections_areCopiedWhenGiven() {
    List<String> services = new ArrayList<>(List.of(Services.MESSAGING));
    StartTrialRequest.Builder builder = newCustomer().services(services);

    services.add(Services.CALLING);

    assertThat(builder.build().services()).containsExactly(Services.MESSAGING);
  }

  @Test
  void requests_areEqualByValue() {
    assertThat(newCustomer().build()).isEqualTo(newCustomer().build()).hasSameHashCodeAs(newCustomer().build());
    assertThat(newCustomer().durationDays(30).build()).isNotEqualTo(newCustomer().build());
  }
}
