package dev.trialrules.policy;

import static dev.trialrules.policy.Fixtures.customer;
import static dev.trialrules.policy.Fixtures.existingCustomer;
import static dev.trialrules.policy.Fixtures.newCustomer;
import static dev.trialrules.policy.Fixtures.paidCustomer;
import static dev.trialrules.policy.Fixtures.partner;
import static dev.trialrules.policy.RuleCase.fires;
import static dev.trialrules.policy.RuleCase.silent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.Decision;
import dev.trialrules.DerivedValue;
import dev.trialrules.Outcome;
import dev.trialrules.Severity;
import dev.trialrules.facts.CustomerOrg;
import dev.trialrules.facts.PartnerRole;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** eligibility.drl: ACT-01..03, NEW-01..03 and EXIST-03 for starting a trial. */
class EligibilityRulesTest {

  static Stream<RuleCase> cases() {
    return Stream.of(
        fires("ACT-01", Severity.DENY, "partner", "an unverified partner is denied",
            newCustomer().partner(partner().verified(false).build()).build()),
        silent("ACT-01", "a verified partner passes", newCustomer().build()),

        fires("ACT-02", Severity.DENY, "partner.userRoles", "a partner full admin without a sales role is denied",
            newCustomer().partner(partner().roles(PartnerRole.FULL_ADMIN).build()).build()),
        fires("ACT-02", Severity.DENY, "partner.userRoles", "a user with no role is denied",
            newCustomer().partner(partner().roles().build()).build()),
        silent("ACT-02", "a sales full admin passes",
            newCustomer().partner(partner().roles(PartnerRole.SALES_FULL_ADMIN).build()).build()),

        fires("ACT-03", Severity.DENY, "customer", "a trial for the partner's own organization is denied",
            existingCustomer().customer(CustomerOrg.builder("partner-1").fullAdmin("a@partner.example").build()).build()),
        silent("ACT-03", "a trial for another organization passes", existingCustomer().build()),

        fires("NEW-01", Severity.REQUIRE, "companyName", "a missing company name is required",
            newCustomer().companyName(null).build()),
        fires("NEW-01", Severity.REQUIRE, "companyName", "a blank company name is required",
            newCustomer().companyName("  ").build()),
        fires("NEW-01", Severity.REQUIRE, "adminEmail", "a missing admin e-mail is required",
            newCustomer().adminEmail(null).build()),
        fires("NEW-01", Severity.REQUIRE, "adminEmail", "an invalid admin e-mail is required again",
            newCustomer().adminEmail("it at fjord.example").build()),
        fires("NEW-01", Severity.REQUIRE, "vertical", "a missing vertical is required",
            newCustomer().vertical(null).build()),
        fires("NEW-01", Severity.REQUIRE, "vertical", "a vertical outside the configured list is refused, not guessed",
            newCustomer().vertical("Space Mining").build()),
        fires("NEW-01", Severity.REQUIRE, "companyName", "the existing-customer flow asks for company details too",
            existingCustomer().companyName(null).build()),
        silent("NEW-01", "complete company details pass", newCustomer().build()),
        silent("NEW-01", "a paid customer's trial asks for no company details",
            paidCustomer().companyName(null).adminEmail(null).vertical(null).build()),

        fires("NEW-02", Severity.REQUIRE, "country", "a missing country is required",
            newCustomer().country(null).build()),
        fires("NEW-02", Severity.INFO, "country", "a supported country yields its data region",
            newCustomer().build()),
        silent("NEW-02", "a paid customer's trial asks for no country", paidCustomer().build()),

        fires("NEW-03", Severity.DENY, "country", "a country where Webex is not offered is denied",
            newCustomer().country("KP").build()),
        fires("NEW-03", Severity.REQUIRE, "locationAcknowledged", "a missing location acknowledgement is required",
            newCustomer().locationAcknowledged(false).build()),
        silent("NEW-03", "an acknowledged supported country passes", newCustomer().build()),

        fires("EXIST-03", Severity.DENY, "adminEmail", "an existing-customer trial whose e-mail matches no organization is denied",
            existingCustomer().customer(CustomerOrg.none()).build()),
        fires("EXIST-03", Severity.DENY, "adminEmail", "a paid-customer trial without an organization is denied",
            paidCustomer().customer(CustomerOrg.none()).build()),
        silent("EXIST-03", "a new customer needs no organization", newCustomer().build()),
        silent("EXIST-03", "an existing customer with its organization passes", existingCustomer().build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(RuleCase row) {
    row.check();
  }

  @Test
  void newCustomerBaseline_isAllowed() {
    Decision decision = Fixtures.ENGINE.decide(newCustomer().build());
    assertThat(decision.outcome()).as("%s", decision).isEqualTo(Outcome.ALLOWED);
  }

  @Test
  void everyFailingCheckIsReported_notJustTheFirst() {
    Decision decision = Fixtures.ENGINE.decide(newCustomer()
        .partner(partner().verified(false).roles().build()).companyName(null).country("KP").build());
    assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(decision.ruleIds()).contains("ACT-01", "ACT-02", "NEW-01", "NEW-03");
  }

  @Test
  void ownOrganization_namesTheCuwpRemedy() {
    Decision decision = Fixtures.ENGINE.decide(existingCustomer()
        .customer(CustomerOrg.builder("partner-1").fullAdmin("a@partner.example").build()).build());
    assertThat(decision.findings("ACT-03")).singleElement()
        .satisfies(f -> assertThat(f.remedy()).hasValueSatisfying(r -> assertThat(r).contains("CUWP", "CCW")));
  }

  @Test
  void missingOrganization_suggestsANewCustomerTrial() {
    Decision decision = Fixtures.ENGINE.decide(existingCustomer().customer(CustomerOrg.none()).build());
    assertThat(decision.findings("EXIST-03")).singleElement()
        .satisfies(f -> assertThat(f.remedy()).hasValueSatisfying(r -> assertThat(r).contains("new-customer")));
  }

  @ParameterizedTest(name = "{0} is stored in {1}")
  @CsvSource({"DK, EU", "US, US", "BR, US", "CA, CA", "GB, UK", "JP, JP", "AU, AU", "SG, SG", "SA, SA", "AE, AE"})
  void country_mapsToItsDataRegion(String country, String region) {
    Decision decision = Fixtures.ENGINE.decide(newCustomer().country(country).build());
    assertThat(decision.value(DerivedValue.DATA_REGION)).contains(region);
  }

  @Test
  void unsupportedCountry_hasNoRegion() {
    Decision decision = Fixtures.ENGINE.decide(newCustomer().country("KP").build());
    assertThat(decision.value(DerivedValue.DATA_REGION)).isEmpty();
  }

  @Test
  void invalidEmail_namesTheValue() {
    Decision decision = Fixtures.ENGINE.decide(newCustomer().adminEmail("it at fjord.example").build());
    assertThat(decision.findings("NEW-01")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("it at fjord.example"));
  }

  @Test
  void customerFixture_isNotThePartner() {
    assertThat(customer().build().orgId()).isNotEqualTo(partner().build().orgId());
  }
}
