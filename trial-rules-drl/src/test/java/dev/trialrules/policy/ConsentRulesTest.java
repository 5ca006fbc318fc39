package dev.trialrules.policy;

import static dev.trialrules.policy.RuleCase.fires;
import static dev.trialrules.policy.RuleCase.silent;
import static dev.trialrules.testing.Fixtures.TODAY;
import static dev.trialrules.testing.Fixtures.consent;
import static dev.trialrules.testing.Fixtures.customer;
import static dev.trialrules.testing.Fixtures.existingCustomer;
import static dev.trialrules.testing.Fixtures.newCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.Decision;
import dev.trialrules.DerivedValue;
import dev.trialrules.Outcome;
import dev.trialrules.Severity;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.facts.AccessLevel;
import dev.trialrules.facts.ConsentAction;
import dev.trialrules.facts.CustomerOrg;
import dev.trialrules.facts.TrialStatus;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * consent.drl: EXIST-03..EXIST-09 for an existing customer's consent; EXIST-09, new in POLICY.md
 * revision 2, tells the partner on a valid acceptance that the customer joins its customer list.
 */
class ConsentRulesTest {

  /** An acceptance by the customer's full admin, ticking "Full administration". */
  static dev.trialrules.facts.ConsentRequest.Builder accept() {
    return consent(ConsentAction.ACCEPT).acceptedBy("ceo@fjord.example").fullAdministration(true);
  }

  static Stream<RuleCase> cases() {
    return Stream.of(
        fires("EXIST-03", Severity.DENY, "customer", "a consent step without an organization is denied",
            accept().customer(CustomerOrg.none()).build()),
        silent("EXIST-03", "a consent step with an organization passes", accept().build()),

        fires("EXIST-04", Severity.INFO, "adminEmail", "requesting an existing customer's trial names who gets the consent e-mail",
            existingCustomer().build()),
        fires("EXIST-04", Severity.INFO, "adminEmail", "resending names the recipients again",
            consent(ConsentAction.RESEND).build()),
        fires("EXIST-04", Severity.REQUIRE, "adminEmail", "sending needs the admin address",
            consent(ConsentAction.SEND).adminEmail(null).build()),
        silent("EXIST-04", "a new customer's trial sends no consent e-mail", newCustomer().build()),
        silent("EXIST-04", "an acceptance sends no consent e-mail", accept().build()),

        fires("EXIST-05", Severity.INFO, "sentOn", "requesting consent gives the deadline",
            existingCustomer().build()),
        fires("EXIST-05", Severity.DENY, "today", "an acceptance after the window is denied",
            accept().sentOn(TODAY.minusDays(11)).build()),
        fires("EXIST-05", Severity.DENY, "acceptedBy", "an acceptance by an admin who is not a full admin is denied",
            accept().acceptedBy("it@fjord.example").build()),
        fires("EXIST-05", Severity.REQUIRE, "acceptedBy", "an acceptance must say who accepts",
            accept().acceptedBy(null).build()),
        fires("EXIST-05", Severity.DENY, "customer.admins", "an organization without a full admin cannot consent",
            existingCustomer().customer(CustomerOrg.builder("customer-1").admin("it@fjord.example").build()).build()),
        silent("EXIST-05", "a full admin accepting on the window's last day passes",
            accept().sentOn(TODAY.minusDays(10)).build()),

        fires("EXIST-06", Severity.INFO, "request", "the trial is cancelled the day after the window closes",
            consent(ConsentAction.EXPIRE).sentOn(TODAY.minusDays(11)).build()),
        fires("EXIST-06", Severity.DENY, "today", "the trial is not cancelled on the window's last day",
            consent(ConsentAction.EXPIRE).sentOn(TODAY.minusDays(10)).build()),
        silent("EXIST-06", "an acceptance does not cancel", accept().build()),

        fires("EXIST-07", Severity.INFO, "fullAdministration", "ticking full administration gives the partner full admin",
            accept().build()),
        fires("EXIST-07", Severity.INFO, "fullAdministration", "not ticking it gives the partner provisioning admin",
            accept().fullAdministration(false).build()),
        silent("EXIST-07", "a denied acceptance gives the partner no access",
            accept().acceptedBy("it@fjord.example").build()),

        fires("EXIST-08", Severity.INFO, "request", "an existing customer's trial starts pending consent",
            existingCustomer().build()),
        fires("EXIST-08", Severity.DENY, "status", "a resend after consent is denied",
            consent(ConsentAction.RESEND).status(TrialStatus.PENDING_PROVISIONING).build()),
        fires("EXIST-08", Severity.INFO, "request", "cancelling while consent is pending deletes the customer",
            consent(ConsentAction.CANCEL).build()),
        fires("EXIST-08", Severity.INFO, "request", "a valid acceptance moves on to provisioning", accept().build()),
        silent("EXIST-08", "a new customer's trial has no consent status", newCustomer().build()),

        fires("EXIST-09", Severity.INFO, "customer", "a full admin's acceptance within the window adds the customer to the list",
            accept().build()),
        fires("EXIST-09", Severity.INFO, "customer", "an acceptance on the window's last day is still valid",
            accept().sentOn(TODAY.minusDays(10)).fullAdministration(false).build()),
        silent("EXIST-09", "an acceptance after the window adds no customer", accept().sentOn(TODAY.minusDays(11)).build()),
        silent("EXIST-09", "an acceptance by an admin who is not a full admin adds no customer",
            accept().acceptedBy("it@fjord.example").build()),
        silent("EXIST-09", "requesting the trial is not yet consent", existingCustomer().build()),
        silent("EXIST-09", "an acceptance when consent is no longer pending adds no customer",
            accept().status(TrialStatus.CANCELLED).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(RuleCase row) {
    row.check();
  }

  @Test
  void givenAdminWhoIsAFullAdmin_aloneGetsTheConsentEmail() {
    Decision decision = ShippedEngine.ENGINE.decide(existingCustomer().adminEmail("CEO@Fjord.example").build());
    assertThat(decision.value(DerivedValue.CONSENT_RECIPIENTS)).contains(List.of("ceo@fjord.example"));
  }

  @Test
  void givenAdminWhoIsNotAFullAdmin_isJoinedByEveryFullAdmin() {
    CustomerOrg twoFull = customer().fullAdmin("cfo@fjord.example").build();
    Decision decision = ShippedEngine.ENGINE.decide(existingCustomer().customer(twoFull).build());
    assertThat(decision.value(DerivedValue.CONSENT_RECIPIENTS))
        .contains(List.of("it@fjord.example", "ceo@fjord.example", "cfo@fjord.example"));
  }

  @Test
  void consentDeadline_isTheWindowAfterSending() {
    Decision decision = ShippedEngine.ENGINE.decide(existingCustomer().build());
    assertThat(decision.value(DerivedValue.CONSENT_DEADLINE)).contains(TODAY.plusDays(10));
    assertThat(decision.value(DerivedValue.TRIAL_STATUS)).contains(TrialStatus.PENDING_CONSENT);
    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
  }

  @Test
  void resend_keepsTheOriginalDeadline() {
    Decision decision = ShippedEngine.ENGINE.decide(consent(ConsentAction.RESEND).build());
    assertThat(decision.value(DerivedValue.CONSENT_DEADLINE)).contains(TODAY.minusDays(3).plusDays(10));
  }

  @Test
  void consentWindow_isAParameter() {
    TrialPolicyEngine fortnight = TrialPolicyEngine.builder(ShippedPolicy.get()).parameter("consent-window-days", "14").build();
    assertThat(fortnight.decide(accept().sentOn(TODAY.minusDays(14)).build()).outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(ShippedEngine.ENGINE.decide(accept().sentOn(TODAY.minusDays(14)).build()).outcome())
        .isEqualTo(Outcome.DENIED);
  }

  @Test
  void validAcceptance_givesAccessAndTheNextStatus() {
    Decision full = ShippedEngine.ENGINE.decide(accept().build());
    assertThat(full.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(full.value(DerivedValue.PARTNER_ACCESS)).contains(AccessLevel.FULL_ADMIN);
    assertThat(full.value(DerivedValue.TRIAL_STATUS)).contains(TrialStatus.PENDING_PROVISIONING);
    Decision provisioning = ShippedEngine.ENGINE.decide(accept().fullAdministration(false).build());
    assertThat(provisioning.value(DerivedValue.PARTNER_ACCESS)).contains(AccessLevel.PROVISIONING_ADMIN);
  }

  @Test
  void lateAcceptance_changesNoStatus() {
    Decision decision = ShippedEngine.ENGINE.decide(accept().sentOn(TODAY.minusDays(11)).build());
    assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(decision.value(DerivedValue.TRIAL_STATUS)).isEmpty();
    assertThat(decision.value(DerivedValue.PARTNER_ACCESS)).isEmpty();
    assertThat(decision.ruleIds()).doesNotContain("EXIST-07", "EXIST-09");
  }

  @Test
  void validAcceptance_namesTheOrganizationThatJoinsThePartnersCustomerList() {
    Decision decision = ShippedEngine.ENGINE.decide(accept().build());
    assertThat(decision.findings("EXIST-09")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).contains(customer().build().orgId(), "customer list");
    });
  }

  @Test
  void windowRunningOut_cancelsTheTrial() {
    Decision decision = ShippedEngine.ENGINE.decide(consent(ConsentAction.EXPIRE).sentOn(TODAY.minusDays(11)).build());
    assertThat(decision.value(DerivedValue.TRIAL_STATUS)).contains(TrialStatus.CANCELLED);
  }

  @Test
  void everyConsentStepOutsidePendingConsent_isDenied() {
    for (ConsentAction action : ConsentAction.values()) {
      Decision decision = ShippedEngine.ENGINE.decide(consent(action).acceptedBy("ceo@fjord.example")
          .status(TrialStatus.ACTIVE).build());
      assertThat(decision.findings("EXIST-08")).as("%s", action)
          .extracting(f -> f.severity()).contains(Severity.DENY);
    }
  }
}
