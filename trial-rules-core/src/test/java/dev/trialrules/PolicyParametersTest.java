package dev.trialrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyParametersTest {
  private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

  /** Every parameter, each number different so that two swapped numbers would show. */
  private static Map<String, String> complete() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("consent-window-days", "10");
    p.put("extension-step-days", "30");
    p.put("device-maximum-days", "120");
    p.put("expiry-notice-lead-days", "7");
    p.put("user-notice-days", "31");
    p.put("grace-period-days", "32");
    p.put("number-retention-days", "15");
    p.put("device-return-days", "14");
    p.put("dids-per-location", "2");
    p.put("dids-per-user", "3");
    p.put("max-license-quantity", "500");
    p.put("calling-numbers-severity", "DENY");
    p.put("shortening-extension-severity", "WARN");
    p.put("services", "MESSAGING, MEETINGS, CALLING, DEVICES");
    p.put("verticals", "Retail, Healthcare, Energy and Utilities");
    p.put("duration-choices", "90, 30, 60");
    p.put("device-types", "PHONE, DESK_DEVICE, BOARD");
    p.put("poe-device-types", "PHONE");
    p.put("email-pattern", EMAIL);
    // Every country needs a region; the few below get their own, the rest one region.
    for (String country : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)) {
      p.put("region." + country, "EU");
    }
    p.put("region.US", "US");
    p.put("region.DK", "EU");
    p.put("region.GB", "UK");
    p.put("region.BR", "US");
    p.put("countries-not-offered", "IR, CU");
    p.put("device-extensions-email", "extensions@trials.example");
    p.put("unknown-order-email", "orders@trials.example");
    p.put("return-carrier.country.US", "UPS");
    p.put("emear-return-carrier", "DHL");
    p.put("emear-countries", "KZ, DK, GB");
    p.put("replacement-label-countries", "US");
    p.put("custom.approver", "trials@cisco.example");
    return p;
  }

  private static Map<String, String> with(String key, String value) {
    Map<String, String> p = complete();
    p.put(key, value);
    return p;
  }

  private static Map<String, String> without(String key) {
    Map<String, String> p = complete();
    p.remove(key);
    return p;
  }

  private static PolicyParameters parameters() {
    return PolicyParameters.fromProperties(complete());
  }

  /** The refusal of {@code properties}; fails the test when they are accepted. */
  private static InvalidParameterException refusal(Map<String, String> properties) {
    InvalidParameterException refusal = catchThrowableOfType(InvalidParameterException.class,
        () -> PolicyParameters.fromProperties(properties));
    assertThat(refusal).as("refused").isNotNull();
    return refusal;
  }

  /** Asserts the refusal's key, value and reason, and that its message says all three. */
  private static void assertRefused(Map<String, String> properties, String key, String value, String reason) {
    InvalidParameterException refusal = refusal(properties);
    assertThat(refusal.key()).isEqualTo(key);
    assertThat(refusal.value()).isEqualTo(value);
    assertThat(refusal.reason()).isEqualTo(reason);
    assertThat(refusal).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter " + key + (value == null ? "" : " = '" + value + "'") + " " + reason);
  }

  @Test
  void aCompleteMap_parsesEveryNumber() {
    PolicyParameters p = parameters();

    assertThat(p.consentWindowDays()).isEqualTo(10);
    assertThat(p.extensionStepDays()).isEqualTo(30);
    assertThat(p.deviceMaximumDays()).isEqualTo(120);
    assertThat(p.expiryNoticeLeadDays()).isEqualTo(7);
    assertThat(p.userNoticeDays()).isEqualTo(31);
    assertThat(p.gracePeriodDays()).isEqualTo(32);
    assertThat(p.numberRetentionDays()).isEqualTo(15);
    assertThat(p.deviceReturnDays()).isEqualTo(14);
    assertThat(p.didsPerLocation()).isEqualTo(2);
    assertThat(p.didsPerUser()).isEqualTo(3);
    assertThat(p.maxLicenseQuantity()).isEqualTo(500);
    assertThat(p.callingNumbersSeverity()).isEqualTo(Severity.DENY);
    assertThat(p.shorteningExtensionSeverity()).isEqualTo(Severity.WARN);
  }

  @Test
  void aCompleteMap_parsesListsInTheGivenOrder() {
    PolicyParameters p = parameters();

    assertThat(p.services()).containsExactly("MESSAGING", "MEETINGS", "CALLING", "DEVICES");
    assertThat(p.verticals()).containsExactly("Retail", "Healthcare", "Energy and Utilities");
    assertThat(p.durationChoices()).containsExactly(90, 30, 60);
    assertThat(p.deviceTypes()).containsExactly("PHONE", "DESK_DEVICE", "BOARD");
    assertThat(p.poeDeviceTypes()).containsExactly("PHONE");
    assertThat(p.emailPattern()).isEqualTo(EMAIL);
    assertThat(p.deviceExtensionsEmail()).isEqualTo("extensions@trials.example");
    assertThat(p.replacementLabelCountries()).containsExactly("US");
  }

  @Test
  void aCompleteMap_parsesCountryListsAndCarriersSortedByCode() {
    PolicyParameters p = parameters();

    assertThat(p.countriesNotOffered()).containsExactly("CU", "IR");
    assertThat(p.emearCountries()).containsExactly("DK", "GB", "KZ");
    assertThat(p.returnCarrierByCountry()).containsExactly(entry("US", "UPS"));
    assertThat(p.emearReturnCarrier()).isEqualTo("DHL");
  }

  @Test
  void aCompleteMap_parsesRegionsAndCustomParametersSortedByName() {
    PolicyParameters p = parameters();

    assertThat(p.regions()).hasSize(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).size())
        .contains(entry("BR", "US"), entry("DK", "EU"), entry("GB", "UK"), entry("US", "US"));
    assertThat(List.copyOf(p.regions().keySet())).as("sorted by name").isSorted();
    assertThat(p.custom()).containsExactly(entry("approver", "trials@cisco.example"));
  }

  @Test
  void valuesAndListItems_areStripped() {
    Map<String, String> p = with("grace-period-days", " 45 ");
    p.put("duration-choices", " 30 ,60,  90 ");
    p.put("region.SE", " EU ");

    PolicyParameters parameters = PolicyParameters.fromProperties(p);

    assertThat(parameters.gracePeriodDays()).isEqualTo(45);
    assertThat(parameters.durationChoices()).containsExactly(30, 60, 90);
    assertThat(parameters.regionOf("SE")).isEqualTo("EU");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"consent-window-days", "extension-step-days", "device-maximum-days",
      "expiry-notice-lead-days", "user-notice-days", "grace-period-days", "number-retention-days",
      "device-return-days", "dids-per-location", "dids-per-user", "max-license-quantity",
      "calling-numbers-severity", "shortening-extension-severity", "services", "verticals",
      "duration-choices", "device-types", "poe-device-types", "email-pattern", "countries-not-offered",
      "device-extensions-email", "unknown-order-email", "emear-countries", "emear-return-carrier",
      "replacement-label-countries"})
  void aMissingKey_isRefusedNamingIt(String key) {
    assertRefused(without(key), key, null, "is not defined");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"consent-window-days", "extension-step-days", "device-maximum-days",
      "expiry-notice-lead-days", "user-notice-days", "grace-period-days", "number-retention-days",
      "device-return-days", "dids-per-location", "dids-per-user", "max-license-quantity"})
  void aNumberThatIsNotANumber_isRefusedNamingKeyAndValue(String key) {
    assertRefused(with(key, " ten "), key, "ten", "is not a whole number");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"consent-window-days", "extension-step-days", "device-maximum-days",
      "expiry-notice-lead-days", "user-notice-days", "grace-period-days", "number-retention-days",
      "device-return-days", "dids-per-location", "dids-per-user", "max-license-quantity"})
  void aNegativeNumber_isRefusedNamingKeyAndValue(String key) {
    String reason = key.equals("max-license-quantity") ? "must not be negative"
        : key.startsWith("dids-") ? "must be from 0 to 100" : "must be from 0 to 36500";

    assertRefused(with(key, "-1"), key, "-1", reason);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"consent-window-days", "extension-step-days", "device-maximum-days",
      "expiry-notice-lead-days", "user-notice-days", "grace-period-days", "number-retention-days",
      "device-return-days"})
  void aDayCountOverACentury_isRefusedNamingKeyAndValue(String key) {
    assertRefused(with(key, "36501"), key, "36501", "must be from 0 to 36500");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"consent-window-days", "extension-step-days", "device-maximum-days",
      "expiry-notice-lead-days", "user-notice-days", "grace-period-days", "number-retention-days",
      "device-return-days"})
  void aDayCountOfACentury_isAllowed(String key) {
    assertThat(PolicyParameters.fromProperties(with(key, "36500"))).isNotEqualTo(parameters());
    assertThat(PolicyParameters.MAX_DAYS).isEqualTo(36_500);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dids-per-location", "dids-per-user"})
  void moreThanAHundredDids_isRefusedNamingKeyAndValue(String key) {
    assertRefused(with(key, "101"), key, "101", "must be from 0 to 100");
  }

  @Test
  void aHundredDids_isAllowed() {
    Map<String, String> p = with("dids-per-location", "100");
    p.put("dids-per-user", "100");

    PolicyParameters parameters = PolicyParameters.fromProperties(p);

    assertThat(parameters.didsPerLocation()).isEqualTo(100);
    assertThat(parameters.didsPerUser()).isEqualTo(100);
  }

  @Test
  void theLicenceCap_isNotBoundedLikeTheDays() {
    assertThat(PolicyParameters.fromProperties(with("max-license-quantity", "1000000")).maxLicenseQuantity())
        .isEqualTo(1_000_000);
  }

  @Test
  void zero_isAllowedForANumber() {
    assertThat(PolicyParameters.fromProperties(with("max-license-quantity", "0")).maxLicenseQuantity()).isZero();
  }

  @Test
  void anUnknownKey_isRefusedNamingKeyAndValue() {
    assertRefused(with("grace-perod-days", "45"), "grace-perod-days", "45",
        "is unknown; an author's own parameters are named custom.*");
  }

  @Test
  void revisionOnesCarrierByRegion_isAnUnknownKey() {
    // RET-02 no longer reads the data region; a policy still setting it must be told, not ignored.
    assertThat(refusal(with("return-carrier.region.EU", "DHL")))
        .extracting(InvalidParameterException::key, InvalidParameterException::value)
        .containsExactly("return-carrier.region.EU", "DHL");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
      "calling-numbers-severity, INFO", "calling-numbers-severity, REQUIRE",
      "calling-numbers-severity, APPROVAL", "calling-numbers-severity, warn",
      "calling-numbers-severity, ERROR",
      "shortening-extension-severity, INFO", "shortening-extension-severity, REQUIRE",
      "shortening-extension-severity, APPROVAL", "shortening-extension-severity, deny",
      "shortening-extension-severity, ERROR"})
  void aSeverityOtherThanWarnOrDeny_isRefusedNamingKeyAndValue(String key, String severity) {
    // INFO, REQUIRE and APPROVAL are severities, refused by the record; the others by the reader.
    assertRefused(with(key, severity), key, severity, "must be WARN or DENY");
  }

  @Test
  void warnAndDeny_areTheAllowedSeverities() {
    Map<String, String> swapped = with("calling-numbers-severity", "WARN");
    swapped.put("shortening-extension-severity", "DENY");

    PolicyParameters p = PolicyParameters.fromProperties(swapped);

    assertThat(p.callingNumbersSeverity()).isEqualTo(Severity.WARN);
    assertThat(p.shorteningExtensionSeverity()).isEqualTo(Severity.DENY);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "services         | MESSAGING, CALLING, MESSAGING | MESSAGING",
      "verticals        | Retail, Legal, Retail         | Retail",
      "duration-choices | 30, 60, 30                    | 30",
      "device-types     | PHONE, BOARD, PHONE           | PHONE",
      "poe-device-types | PHONE, PHONE                  | PHONE",
      "countries-not-offered | CU, IR, CU              | CU",
      "emear-countries  | DK, KZ, DK                    | DK"})
  void aDuplicateListItem_isRefusedNamingKeyAndItem(String key, String value, String item) {
    assertRefused(with(key, value), key, value, "lists '" + item + "' twice");
  }

  @Test
  void aDurationChoiceThatIsNotANumber_isRefusedNamingIt() {
    assertRefused(with("duration-choices", "30, sixty"), "duration-choices", "30, sixty",
        "must list whole numbers, has 'sixty'");
  }

  @Test
  void aDurationChoiceBelowOneDay_isRefusedNamingIt() {
    assertRefused(with("duration-choices", "0, 30"), "duration-choices", "0, 30",
        "must list durations of at least 1 day, has 0");
  }

  @Test
  void aPoeDeviceTypeThatIsNoDeviceType_isRefusedNamingIt() {
    assertRefused(with("poe-device-types", "PHONE, FAX"), "poe-device-types", "PHONE, FAX",
        "lists 'FAX', which is not one of device-types [PHONE, DESK_DEVICE, BOARD]");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"region.dk", "region.DNK", "region."})
  void aMalformedRegionKey_isRefusedNamingKeyAndValue(String key) {
    assertRefused(with(key, "EU"), key, "EU", "must map an ISO 3166-1 alpha-2 code in capitals to a region");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "countries-not-offered | CU, ir     | ir",
      "countries-not-offered | CUB        | CUB",
      "emear-countries       | DK, Dk     | Dk",
      "emear-countries       | DK, DNK    | DNK"})
  void aMalformedCountryCode_isRefusedNamingKeyAndCode(String key, String value, String code) {
    assertRefused(with(key, value), key, value,
        "lists '" + code + "', which is not an ISO 3166-1 alpha-2 code in capitals");
  }

  @Test
  void aBlankRegion_isRefusedNamingTheCountry() {
    assertRefused(with("region.SE", " "), "region.SE", "",
        "must map an ISO 3166-1 alpha-2 code in capitals to a region");
  }

  @Test
  void anInvalidEmailPattern_isRefusedNamingKeyAndValue() {
    InvalidParameterException refusal = refusal(with("email-pattern", "[a-"));

    assertThat(refusal.key()).isEqualTo("email-pattern");
    assertThat(refusal.value()).isEqualTo("[a-");
    assertThat(refusal.reason()).startsWith("is not a regular expression: ");
    assertThat(refusal).hasMessageStartingWith("parameter email-pattern = '[a-' is not a regular expression");
  }

  @Test
  void aMissingMap_isRefused() {
    assertThatNullPointerException().isThrownBy(() -> PolicyParameters.fromProperties(null))
        .withMessageContaining("properties");
  }

  @Test
  void custom_readsAnAuthorsParameterByItsShortName() {
    assertThat(parameters().custom("approver")).isEqualTo("trials@cisco.example");
  }

  @Test
  void custom_refusesAnUndefinedNameNamingIt() {
    assertThatIllegalStateException().isThrownBy(() -> parameters().custom("escalation"))
        .withMessageContaining("custom.escalation");
  }

  @Test
  void regionOf_mapsEveryCountry_andNothingElse() {
    PolicyParameters p = parameters();

    assertThat(p.regionOf("DK")).isEqualTo("EU");
    assertThat(p.regionOf("GB")).isEqualTo("UK");
    assertThat(p.regionOf("FO")).isEqualTo("EU");
    assertThat(p.regionOf("dk")).isNull();
    assertThat(p.regionOf(null)).isNull();
  }

  @Test
  void aRegionTableLackingACountry_isRefusedNamingIt() {
    Map<String, String> p = with("region.US", "US");
    p.remove("region.FO");
    p.remove("region.GL");

    // Named by the first country it lacks, which no line of a file sets.
    assertRefused(p, "region.FO", null, "is not defined: the region table must give a data region to every"
        + " ISO 3166-1 country and to nothing else; it lacks [FO, GL]");
  }

  @Test
  void aRegionForACodeThatNamesNoCountry_isRefusedNamingIt() {
    assertRefused(with("region.XK", "EU"), "region.XK", "EU", "names no country: the region table must give"
        + " a data region to every ISO 3166-1 country and to nothing else; it maps [XK], which name no country");
  }

  @Test
  void supports_everyCountryNotOnTheNotOfferedList() {
    PolicyParameters p = parameters();

    assertThat(p.supports("CU")).isFalse();
    assertThat(p.supports("IR")).isFalse();
    assertThat(p.supports("US")).isTrue();
    assertThat(p.supports("SE")).as("offered although the region table lacks it").isTrue();
    assertThat(p.supports(null)).isFalse();
  }

  @Test
  void supports_followsTheConfiguredList() {
    PolicyParameters noneRefused = PolicyParameters.fromProperties(with("countries-not-offered", ""));
    PolicyParameters swedenRefused = PolicyParameters.fromProperties(with("countries-not-offered", "SE"));

    assertThat(noneRefused.countriesNotOffered()).isEmpty();
    assertThat(noneRefused.supports("CU")).isTrue();
    assertThat(swedenRefused.supports("SE")).isFalse();
    assertThat(swedenRefused.supports("CU")).isTrue();
  }

  @Test
  void isEmail_matchesTheWholeAddressAgainstThePattern() {
    PolicyParameters p = parameters();

    assertThat(p.isEmail("it@fjord.example")).isTrue();
    assertThat(p.isEmail("it@fjord")).isFalse();
    assertThat(p.isEmail("i t@fjord.example")).isFalse();
    assertThat(p.isEmail("it@@fjord.example")).isFalse();
    assertThat(p.isEmail("")).isFalse();
    assertThat(p.isEmail(null)).isFalse();
  }

  @Test
  void isEmail_acceptsAtMost254Characters() {
    String longest = "a".repeat(240) + "@fjord.example";
    String tooLong = "a".repeat(241) + "@fjord.example";
    PolicyParameters p = parameters();

    assertThat(longest).hasSize(PolicyParameters.MAX_EMAIL_LENGTH).hasSize(254);
    assertThat(p.isEmail(longest)).isTrue();
    assertThat(tooLong).hasSize(255).matches(EMAIL);
    assertThat(p.isEmail(tooLong)).as("matches the pattern, but is too long").isFalse();
  }

  @Test
  void isEmail_usesEachParameterSetsOwnPattern_whicheverWasAskedFirst() {
    PolicyParameters shipped = parameters();
    PolicyParameters fjordOnly = PolicyParameters.fromProperties(with("email-pattern", "[^@]+@fjord\\.example"));

    for (int round = 0; round < 2; round++) {
      assertThat(fjordOnly.isEmail("it@other.example")).isFalse();
      assertThat(shipped.isEmail("it@other.example")).isTrue();
      assertThat(fjordOnly.isEmail("it@fjord.example")).isTrue();
    }
  }

  @Test
  void collections_areUnmodifiable() {
    PolicyParameters p = parameters();

    assertThatThrownBy(() -> p.services().add("FAX")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> p.verticals().add("Mining")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> p.regions().put("SE", "EU")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> p.countriesNotOffered().add("SE")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> p.emearCountries().add("SE")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> p.returnCarrierByCountry().put("SE", "DHL"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> p.custom().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void parameters_areEqualByValue() {
    assertThat(parameters()).isEqualTo(parameters()).hasSameHashCodeAs(parameters());
    assertThat(PolicyParameters.fromProperties(with("grace-period-days", "45"))).isNotEqualTo(parameters());
  }

  @Test
  void returnCarrier_isTheCountrysOwnThenEmears() {
    PolicyParameters parameters = parameters();

    assertThat(parameters.returnCarrierFor("US")).isEqualTo("UPS");
    assertThat(parameters.returnCarrierFor("DK")).as("on emear-countries").isEqualTo("DHL");
    assertThat(parameters.returnCarrierFor("KZ")).as("on emear-countries, with no region").isEqualTo("DHL");
    assertThat(parameters.returnCarrierFor("BR")).as("in the US region, but not the US").isNull();
    assertThat(parameters.returnCarrierFor(null)).isNull();
  }

  @Test
  void returnCarrier_readsTheEmearList_notTheRegion() {
    Map<String, String> p = with("region.SE", "EU");
    p.put("region.KZ", "SG");

    PolicyParameters parameters = PolicyParameters.fromProperties(p);

    assertThat(parameters.returnCarrierFor("SE")).as("in the EU region, not on emear-countries").isNull();
    assertThat(parameters.returnCarrierFor("KZ")).as("on emear-countries, in another region").isEqualTo("DHL");
  }

  @Test
  void returnCarrier_ofTheCountryItself_winsOverEmears() {
    Map<String, String> p = with("return-carrier.country.DK", "PostNord");
    p.put("emear-return-carrier", "Kuehne+Nagel");

    PolicyParameters parameters = PolicyParameters.fromProperties(p);

    assertThat(parameters.returnCarrierFor("DK")).isEqualTo("PostNord");
    assertThat(parameters.returnCarrierFor("GB")).isEqualTo("Kuehne+Nagel");
  }

  @Test
  void returnCarrier_mustBeKeyedByACountryCode() {
    assertRefused(with("return-carrier.country.usa", "UPS"), "return-carrier.country.usa", "UPS",
        "must be keyed by an ISO 3166-1 alpha-2 code in capitals");
  }

  @Test
  void removedRules_isOptional_listsRuleIds_andRefusesAnythingElseByName() {
    assertThat(PolicyParameters.fromProperties(without("removed-rules")).removedRules()).isEmpty();
    assertThat(PolicyParameters.fromProperties(with("removed-rules", "NEW-11, NEW-10")).removedRules())
        .containsExactly("NEW-10", "NEW-11");
    assertRefused(with("removed-rules", "NEW-11, the calling check"), "removed-rules", "NEW-11, the calling check",
        "lists 'the calling check', which is not a rule ID such as NEW-10");
    assertRefused(with("removed-rules", "NEW-10, NEW-10"), "removed-rules", "NEW-10, NEW-10",
        "lists 'NEW-10' twice");
  }
}
