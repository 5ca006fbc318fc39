package dev.trialrules.policy;

import static dev.trialrules.policy.RuleCase.fires;
import static dev.trialrules.policy.RuleCase.silent;
import static dev.trialrules.testing.Fixtures.customer;
import static dev.trialrules.testing.Fixtures.existingCustomer;
import static dev.trialrules.testing.Fixtures.newCustomer;
import static dev.trialrules.testing.Fixtures.paidCustomer;
import static dev.trialrules.testing.Fixtures.partner;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.Decision;
import dev.trialrules.DerivedValue;
import dev.trialrules.Outcome;
import dev.trialrules.PolicyParameters;
import dev.trialrules.Severity;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.facts.CustomerOrg;
import dev.trialrules.facts.PartnerRole;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * eligibility.drl: ACT-01..03, NEW-01..03 and EXIST-03 for starting a trial, as POLICY.md revision
 * 2 has them: NEW-03 refuses only a country on countries-not-offered, and EXIST-03 asks the acting
 * user to confirm the organization found.
 */
class EligibilityRulesTest {
  /** The shipped parameters and region table, read as the engine reads them. */
  private static final PolicyParameters SHIPPED = PolicyParameters.fromProperties(
      ShippedPolicy.get().parameters());

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
        fires("NEW-03", Severity.DENY, "country", "Cuba, US-embargoed, is not offered",
            newCustomer().country("CU").build()),
        fires("NEW-03", Severity.DENY, "country", "Russia, where Cisco stopped business in 2022, is not offered",
            newCustomer().country("RU").build()),
        fires("NEW-03", Severity.REQUIRE, "locationAcknowledged", "a missing location acknowledgement is required",
            newCustomer().locationAcknowledged(false).build()),
        silent("NEW-03", "an acknowledged supported country passes", newCustomer().build()),
        // Revision 1 denied these as missing from a self-made list; revision 2 offers every country
        // that is not on countries-not-offered.
        silent("NEW-03", "the Faroe Islands are offered", newCustomer().country("FO").build()),
        silent("NEW-03", "Greenland is offered", newCustomer().country("GL").build()),
        silent("NEW-03", "Kazakhstan is offered", newCustomer().country("KZ").build()),
        silent("NEW-03", "Ethiopia is offered", newCustomer().country("ET").build()),
        silent("NEW-03", "Iraq is offered", newCustomer().country("IQ").build()),

        fires("EXIST-03", Severity.DENY, "adminEmail", "an existing-customer trial whose e-mail matches no organization is denied",
            existingCustomer().customer(CustomerOrg.none()).build()),
        fires("EXIST-03", Severity.DENY, "adminEmail", "a paid-customer trial without an organization is denied",
            paidCustomer().customer(CustomerOrg.none()).build()),
        fires("EXIST-03", Severity.REQUIRE, "organizationConfirmed",
            "an existing customer's organization found but not confirmed as the intended customer is incomplete",
            existingCustomer().organizationConfirmed(false).build()),
        silent("EXIST-03", "a new customer needs no organization", newCustomer().build()),
        silent("EXIST-03", "an existing customer whose organization is found and confirmed passes",
            existingCustomer().build()),
        silent("EXIST-03", "a paid customer, picked from the partner's own list, has no confirmation screen",
            paidCustomer().build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(RuleCase row) {
    row.check();
  }

  @Test
  void newCustomerBaseline_isAllowed() {
    Decision decision = ShippedEngine.ENGINE.decide(newCustomer().build());
    assertThat(decision.outcome()).as("%s", decision).isEqualTo(Outcome.ALLOWED);
  }

  @Test
  void everyFailingCheckIsReported_notJustTheFirst() {
    Decision decision = ShippedEngine.ENGINE.decide(newCustomer()
        .partner(partner().verified(false).roles().build()).companyName(null).country("KP").build());
    assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(decision.ruleIds()).contains("ACT-01", "ACT-02", "NEW-01", "NEW-03");
  }

  @Test
  void ownOrganization_namesTheCuwpRemedy() {
    Decision decision = ShippedEngine.ENGINE.decide(existingCustomer()
        .customer(CustomerOrg.builder("partner-1").fullAdmin("a@partner.example").build()).build());
    assertThat(decision.findings("ACT-03")).singleElement()
        .satisfies(f -> assertThat(f.remedy()).hasValueSatisfying(r -> assertThat(r).contains("CUWP", "CCW")));
  }

  @Test
  void missingOrganization_suggestsANewCustomerTrial() {
    Decision decision = ShippedEngine.ENGINE.decide(existingCustomer().customer(CustomerOrg.none()).build());
    assertThat(decision.findings("EXIST-03")).singleElement()
        .satisfies(f -> assertThat(f.remedy()).hasValueSatisfying(r -> assertThat(r).contains("new-customer")));
  }

  @ParameterizedTest(name = "{0} is stored in {1}")
  @CsvSource({"DK, EU", "US, US", "BR, US", "CA, CA", "GB, UK", "JP, JP", "AU, AU", "SG, SG", "SA, SA", "AE, AE"})
  void country_mapsToItsDataRegion(String country, String region) {
    Decision decision = ShippedEngine.ENGINE.decide(newCustomer().country(country).build());
    assertThat(decision.value(DerivedValue.DATA_REGION)).contains(region);
  }

  // POLICY.md NEW-02/NEW-03, revision 2: the region table covers every ISO country and says nothing
  // about where Webex is offered, so a country not offered keeps its region; NEW-03 alone refuses it.
  @ParameterizedTest(name = "{0} is not offered, yet has its data region")
  @CsvSource({"CU", "IR", "KP", "SY", "RU", "BY"})
  void notOfferedCountry_isDeniedByNew03Alone_andKeepsItsRegion(String country) {
    Decision decision = ShippedEngine.ENGINE.decide(newCustomer().country(country).build());
    assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(decision.findings(Severity.DENY)).extracting(f -> f.ruleId() + ":" + RuleCase.aboutOf(f))
        .containsExactly("NEW-03:country");
    assertThat(decision.findings("NEW-03")).filteredOn(f -> f.severity() == Severity.DENY).singleElement()
        .satisfies(f -> assertThat(f.message()).contains(country));
    assertThat(decision.value(DerivedValue.DATA_REGION)).contains(SHIPPED.regionOf(country));
  }

  // Revision 1's self-made list of supported countries lacked these; each is offered now and stored
  // in the region the table gives it.
  @ParameterizedTest(name = "{0} is offered")
  @CsvSource({"FO", "GL", "KZ", "ET", "IQ", "SS", "CW"})
  void countryOffTheNotOfferedList_isAllowed_withItsRegion(String country) {
    Decision decision = ShippedEngine.ENGINE.decide(newCustomer().country(country).build());
    assertThat(decision.outcome()).as("%s", decision).isEqualTo(Outcome.ALLOWED);
    assertThat(decision.value(DerivedValue.DATA_REGION)).isPresent().contains(SHIPPED.regionOf(country));
  }

  @Test
  void countriesNotOffered_isAParameter() {
    TrialPolicyEngine russiaOffered = TrialPolicyEngine.builder(ShippedPolicy.get())
        .parameter("countries-not-offered", "CU, IR, KP, SY, BY").build();
    assertThat(russiaOffered.decide(newCustomer().country("RU").build()).outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(russiaOffered.decide(newCustomer().country("CU").build()).findings("NEW-03"))
        .extracting(f -> f.severity()).containsExactly(Severity.DENY);
    TrialPolicyEngine denmarkWithdrawn = TrialPolicyEngine.builder(ShippedPolicy.get())
        .parameter("countries-not-offered", "CU, IR, KP, SY, RU, BY, DK").build();
    assertThat(denmarkWithdrawn.decide(newCustomer().build()).outcome()).isEqualTo(Outcome.DENIED);
  }

  @Test
  void unconfirmedOrganization_namesTheOrganizationFound_andRefusesNothing() {
    Decision decision = ShippedEngine.ENGINE.decide(existingCustomer().organizationConfirmed(false).build());
    assertThat(decision.outcome()).isEqualTo(Outcome.INCOMPLETE);
    assertThat(decision.findings(Severity.REQUIRE)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("EXIST-03");
      assertThat(f.message()).contains(customer().build().orgId());
    });
  }

  @Test
  void missingOrganization_isDenied_withNothingToConfirm() {
    // The confirmation screen shows only an organization that was found.
    Decision decision = ShippedEngine.ENGINE.decide(existingCustomer().organizationConfirmed(false)
        .customer(CustomerOrg.none()).build());
    assertThat(decision.findings("EXIST-03")).extracting(f -> f.severity()).containsExactly(Severity.DENY);
  }

  @Test
  void invalidEmail_namesTheValue() {
    Decision decision = ShippedEngine.ENGINE.decide(newCustomer().adminEmail("it at fjord.example").build());
    assertThat(decision.findings("NEW-01")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("it at fjord.example"));
  }

  @Test
  void customerFixture_isNotThePartner() {
    assertThat(customer().build().orgId()).isNotEqualTo(partner().build().orgId());
  }
}
