package dev.trialrules.facts;

import static dev.trialrules.facts.FactHelpers.copyWith;
import static dev.trialrules.testing.Fixtures.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerOrgTest {

  @Test
  void none_existsNotAndHasNothing() {
    CustomerOrg none = CustomerOrg.none();

    assertThat(none.exists()).isFalse();
    assertThat(none.orgId()).isNull();
    assertThat(none.admins()).isEmpty();
    assertThat(none.purchasedServices()).isEmpty();
  }

  @Test
  void builder_makesAnExistingOrganization() {
    CustomerOrg org = customer().build();

    assertThat(org.exists()).isTrue();
    assertThat(org.orgId()).isEqualTo("customer-1");
    assertThat(org.country()).isEqualTo("DK");
    assertThat(org.purchasedServices()).containsExactly(Services.MEETINGS);
    assertThat(org.otherPartnerTrials()).containsExactly(Services.CALLING);
  }

  @Test
  void anExistingOrganizationWithoutOrgId_isRefusedNamingTheField() {
    assertThatNullPointerException().isThrownBy(() -> CustomerOrg.builder(null).build())
        .withMessageContaining("customer.orgId");
  }

  @Test
  void aMissingOrganizationWithAnOrgId_isRefusedNamingTheValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FactHelpers.copyWith(CustomerOrg.none(), "orgId", "customer-1"))
        .withMessageContainingAll("customer.orgId", "customer-1");
  }

  @ParameterizedTest(name = "country {0}")
  @ValueSource(strings = {"dk", "DNK", "D", ""})
  void aCountryNotInIsoAlpha2Capitals_isRefusedNamingTheValue(String country) {
    assertThatIllegalArgumentException().isThrownBy(() -> customer().country(country).build())
        .withMessageContainingAll("customer.country", "'" + country + "'");
  }

  @ParameterizedTest(name = "country {0}")
  @ValueSource(strings = {"XX", "ZZ", "UK", "EU"})
  void twoCapitalsThatNameNoIsoCountry_areRefusedNamingTheValue(String country) {
    // NEW-02: a code that is not an ISO 3166-1 country is bad input; UK and EU are data regions.
    assertThatIllegalArgumentException().isThrownBy(() -> customer().country(country).build())
        .withMessageContainingAll("customer.country", "'" + country + "'", "names no country");
  }

  @ParameterizedTest(name = "country {0}")
  @ValueSource(strings = {"GB", "FO", "GL", "KZ", "SS", "CU"})
  void anyIsoCountry_isAccepted_evenOneNotOffered(String country) {
    assertThat(customer().country(country).build().country()).isEqualTo(country);
  }

  @Test
  void nullAdmins_areRefusedNamingTheField() {
    assertThatNullPointerException().isThrownBy(() -> copyWith(customer().build(), "admins", null))
        .withMessageContaining("customer.admins");
  }

  @Test
  void aNullAdmin_isRefusedNamingTheField() {
    List<CustomerAdmin> withNull = Arrays.asList(CustomerAdmin.of("ceo@fjord.example", true), null);

    assertThatNullPointerException().isThrownBy(() -> copyWith(customer().build(), "admins", withNull))
        .withMessageContaining("customer.admins");
  }

  @Test
  void theSameAdminTwice_isRefusedNamingTheAddress() {
    CustomerOrg.Builder twice = CustomerOrg.builder("customer-1")
        .fullAdmin("ceo@fjord.example").fullAdmin("ceo@fjord.example");

    assertThatIllegalArgumentException().isThrownBy(twice::build)
        .withMessageContainingAll("customer.admins", "ceo@fjord.example");
  }

  @Test
  void oneAddressAsBothAFullAndAPlainAdmin_isRefusedAsADuplicate() {
    CustomerOrg.Builder twice = CustomerOrg.builder("customer-1")
        .fullAdmin("CEO@fjord.example").admin("ceo@fjord.example");

    assertThatIllegalArgumentException().isThrownBy(twice::build)
        .withMessageContainingAll("customer.admins", "'ceo@fjord.example' twice");
  }

  @Test
  void aDuplicatePurchasedService_isRefusedNamingIt() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> customer().purchased(Services.MEETINGS, Services.MEETINGS).build())
        .withMessageContainingAll("customer.purchasedServices", "MEETINGS");
  }

  @Test
  void aDuplicateOtherPartnerTrial_isRefusedNamingIt() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> customer().otherPartnerTrials(Services.CALLING, Services.CALLING).build())
        .withMessageContainingAll("customer.otherPartnerTrials", "CALLING");
  }

  @Test
  void aBlankService_isRefusedNamingTheField() {
    assertThatIllegalArgumentException().isThrownBy(() -> customer().purchased(" ").build())
        .withMessageContaining("customer.purchasedServices");
  }

  @Test
  void nullPurchasedServices_areRefusedNamingTheField() {
    assertThatNullPointerException()
        .isThrownBy(() -> copyWith(customer().build(), "purchasedServices", null))
        .withMessageContaining("customer.purchasedServices");
  }

  @Test
  void hasFullAdmin_matchesAFullAdminInAnyCaseButNotAPlainAdmin() {
    CustomerOrg org = customer().build();

    assertThat(org.hasFullAdmin("CEO@Fjord.Example")).isTrue();
    assertThat(org.hasFullAdmin("it@fjord.example")).isFalse();
    assertThat(org.hasFullAdmin(null)).isFalse();
  }

  @Test
  void adminAddresses_keepTheGivenOrder() {
    CustomerOrg org = CustomerOrg.builder("customer-1")
        .admin("b@fjord.example").fullAdmin("z@fjord.example").fullAdmin("a@fjord.example").build();

    assertThat(org.adminEmails()).containsExactly("b@fjord.example", "z@fjord.example", "a@fjord.example");
    assertThat(org.fullAdminEmails()).containsExactly("z@fjord.example", "a@fjord.example");
  }

  @Test
  void lists_areUnmodifiableCopies() {
    List<String> purchased = new ArrayList<>(List.of(Services.MEETINGS));
    CustomerOrg org = CustomerOrg.builder("customer-1").country("DK").purchased(purchased).build();

    purchased.add(Services.CALLING);

    assertThat(org.purchasedServices()).containsExactly(Services.MEETINGS);
    assertThatThrownBy(() -> org.purchasedServices().add(Services.CALLING))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> org.admins().add(CustomerAdmin.of("x@fjord.example", true)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void organizations_areEqualByValue() {
    assertThat(customer().build()).isEqualTo(customer().build()).hasSameHashCodeAs(customer().build());
    assertThat(customer().country("SE").build()).isNotEqualTo(customer().build());
  }
}
