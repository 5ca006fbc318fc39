package dev.trialrules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.PolicyParameters;
import dev.trialrules.internal.PolicySource;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The reference data shipped beside the rules, read as an engine reads it ({@link
 * ShippedPolicy#get}): regions.properties gives every ISO 3166-1 country a Webex data region
 * (NEW-02), and the country lists in parameters.properties name only ISO countries, with EMEAR
 * (RET-02) covering Europe, the Middle East, Africa and Russia and nothing outside them.
 */
class ShippedTablesTest {
  private static final ClassLoader LOADER = ShippedTablesTest.class.getClassLoader();
  private static final PolicyParameters SHIPPED =
      PolicyParameters.fromProperties(ShippedPolicy.get().parameters());

  /** The countries a request may name: {@code Check.country} refuses any other code. */
  private static final Set<String> ISO_COUNTRIES =
      new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

  /** The data residency regions of Webex. */
  private static final Set<String> REGIONS = Set.of("US", "CA", "UK", "JP", "AU", "SG", "SA", "AE", "EU");

  @Test
  void theJdk_knows249Countries() {
    // The test below compares the table with this set; a JDK with a shorter list would let a gap pass.
    assertThat(ISO_COUNTRIES).hasSize(249).contains("FO", "GL", "KZ", "ET", "IQ", "SS", "CW", "BQ");
  }

  @Test
  void theRegionTable_hasExactlyTheIsoCountries() {
    Set<String> missing = new TreeSet<>(ISO_COUNTRIES);
    missing.removeAll(SHIPPED.regions().keySet());
    Set<String> extra = new TreeSet<>(SHIPPED.regions().keySet());
    extra.removeAll(ISO_COUNTRIES);

    assertThat(SHIPPED.regions().keySet())
        .withFailMessage("regions.properties lacks the ISO countries %s and maps %s, which are no ISO country",
            missing, extra)
        .isEqualTo(ISO_COUNTRIES);
  }

  @Test
  void theRegionTable_namesEachCountryOnce() throws IOException {
    // Properties keeps the last of two lines for one country, so the map alone cannot show this.
    Set<String> twice = new TreeSet<>();
    Properties lines = new Properties() {
      @Override
      public synchronized Object put(Object key, Object value) {
        if (containsKey(key)) {
          twice.add(String.valueOf(key));
        }
        return super.put(key, value);
      }
    };
    try (InputStream in = LOADER.getResourceAsStream(ShippedPolicy.ROOT + PolicySource.REGIONS)) {
      assertThat(in).as(PolicySource.REGIONS + " on the class path").isNotNull();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        lines.load(reader);
      }
    }

    assertThat(twice).as("countries listed twice in regions.properties").isEmpty();
    assertThat(lines).hasSameSizeAs(SHIPPED.regions());
  }

  @Test
  void everyCountry_isInOneOfTheNineRegions() {
    TreeMap<String, String> elsewhere = new TreeMap<>();
    SHIPPED.regions().forEach((country, region) -> {
      if (!REGIONS.contains(region)) {
        elsewhere.put(country, region);
      }
    });

    assertThat(elsewhere).as("countries mapped to no Webex data region").isEmpty();
    assertThat(new TreeSet<>(SHIPPED.regions().values())).as("regions used").isEqualTo(new TreeSet<>(REGIONS));
  }

  @Test
  void theRegionTable_groupsSampleCountriesWithTheirNearestRegion() {
    assertThat(SHIPPED.regionOf("US")).isEqualTo("US");
    assertThat(SHIPPED.regionOf("BR")).isEqualTo("US");
    assertThat(SHIPPED.regionOf("CA")).isEqualTo("CA");
    assertThat(SHIPPED.regionOf("GB")).isEqualTo("UK");
    assertThat(SHIPPED.regionOf("JP")).isEqualTo("JP");
    assertThat(SHIPPED.regionOf("NZ")).isEqualTo("AU");
    assertThat(SHIPPED.regionOf("IN")).isEqualTo("SG");
    assertThat(SHIPPED.regionOf("SA")).isEqualTo("SA");
    assertThat(SHIPPED.regionOf("AE")).isEqualTo("AE");
    assertThat(SHIPPED.regionOf("DK")).isEqualTo("EU");
    assertThat(SHIPPED.regionOf("FO")).isEqualTo("EU");
    assertThat(SHIPPED.regionOf("KZ")).isEqualTo("EU");
    assertThat(SHIPPED.regionOf("ET")).isEqualTo("EU");
    assertThat(SHIPPED.regionOf("ZA")).isEqualTo("EU");
  }

  @Test
  void theCountriesNotOffered_areIsoCountriesWithARegion() {
    assertThat(SHIPPED.countriesNotOffered()).isNotEmpty();
    assertThat(ISO_COUNTRIES).as("ISO countries").containsAll(SHIPPED.countriesNotOffered());
    assertThat(SHIPPED.regions()).as("the region table still maps a country not offered")
        .containsKeys(SHIPPED.countriesNotOffered().toArray(String[]::new));
  }

  @Test
  void theEmearCountries_areIsoCountries() {
    Set<String> notIso = new TreeSet<>(SHIPPED.emearCountries());
    notIso.removeAll(ISO_COUNTRIES);

    assertThat(notIso).as("emear-countries that are no ISO country").isEmpty();
  }

  @Test
  void emear_coversEuropeTheMiddleEastAfricaAndRussia() {
    assertThat(SHIPPED.emearCountries())
        .contains("RU", "KZ", "ET", "IQ", "DK", "FO", "ZA", "SA", "AE")
        .doesNotContain("US", "CA", "AU", "BR", "JP", "CN", "IN");
  }

  @Test
  void emear_isNotTheEuRegion() {
    // The old list was the EU region's countries; EMEAR also holds countries with regions of their own.
    assertThat(SHIPPED.emearCountries()).contains("GB", "SA", "AE");
    assertThat(SHIPPED.regionOf("GB")).isEqualTo("UK");
    assertThat(SHIPPED.returnCarrierFor("GB")).isEqualTo("DHL");
    assertThat(SHIPPED.returnCarrierFor("KZ")).isEqualTo("DHL");
    assertThat(SHIPPED.returnCarrierFor("BR")).isNull();
  }
}
