package dev.trialrules.policy;

import static dev.trialrules.policy.RuleCase.fires;
import static dev.trialrules.policy.RuleCase.silent;
import static dev.trialrules.testing.Fixtures.TODAY;
import static dev.trialrules.testing.Fixtures.customer;
import static dev.trialrules.testing.Fixtures.partner;
import static dev.trialrules.testing.Fixtures.trial;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.Decision;
import dev.trialrules.DerivedValue;
import dev.trialrules.Finding;
import dev.trialrules.Outcome;
import dev.trialrules.Severity;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.facts.ExtensionRequest;
import dev.trialrules.facts.ServiceChangeRequest;
import dev.trialrules.facts.Services;
import dev.trialrules.facts.Trial;
import dev.trialrules.facts.TrialStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * changes.drl: MOD-01..MOD-04. The fixture trial has Messaging and Meetings; its customer bought
 * Meetings and has a Calling trial with another partner. It expires on 2026-12-01 (E), so its grace
 * period ends on 2026-12-31 (G).
 *
 * <p>POLICY.md revision 2: MOD-03 says "NEW-05 applies to the new value", so the checks of a new
 * licence quantity (REQUIRE at least 1, DENY above the maximum, INFO per service) are NEW-05's
 * findings; MOD-03 itself reports the change and asks for a quantity when a trial without licences
 * gains a licensed service. MOD-04 is new: a trial that is cancelled, converted or past G cannot be
 * changed.
 */
class ServiceChangeRulesTest {

  /** The shipped policy with an upper bound on licences; built once for this class. */
  static final TrialPolicyEngine CAPPED = TrialPolicyEngine.builder(ShippedPolicy.get()).parameter("max-license-quantity", "1000")
      .build();

  static ServiceChangeRequest change(Trial.Builder trial, List<String> add, List<String> remove, Integer licences) {
    return ServiceChangeRequest.builder(TODAY, trial.build()).addServices(add)
        .removeServices(remove).newLicenseQuantity(licences).build();
  }

  static ServiceChangeRequest add(Trial.Builder trial, String... services) {
    return change(trial, List.of(services), List.of(), null);
  }

  static ServiceChangeRequest remove(Trial.Builder trial, String... services) {
    return change(trial, List.of(), List.of(services), null);
  }

  static ServiceChangeRequest licences(Trial.Builder trial, Integer quantity) {
    return change(trial, List.of(), List.of(), quantity);
  }

  /** A change of the licences to 80 made on {@code today}. */
  static ServiceChangeRequest licencesOn(LocalDate today, Trial.Builder trial) {
    return ServiceChangeRequest.builder(today, trial.build()).newLicenseQuantity(80).build();
  }

  /** G, the last day of the fixture trial's grace period. */
  static final LocalDate GRACE_ENDS = LocalDate.of(2026, 12, 31);

  /** A trial for a customer that has bought nothing and trials nothing with another partner. */
  static Trial.Builder freshCustomersTrial() {
    return Trial.builder("trial-2", partner().build(), customer().purchased().otherPartnerTrials()
        .build())
        .customerAdminEmail("ceo@fjord.example").services(Services.MEETINGS, Services.MESSAGING)
        .licenseQuantity(50).period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 1));
  }

  public static Stream<RuleCase> cases() {
    return Stream.of(
        fires("MOD-01", Severity.DENY, "addServices " + Services.MEETINGS, "adding a service the customer bought is denied (EXIST-01)",
            add(trial().services(Services.MESSAGING), Services.MEETINGS)),
        fires("MOD-01", Severity.DENY, "addServices " + Services.CALLING, "adding a service another partner trials is denied (EXIST-02)",
            add(trial(), Services.CALLING)),
        fires("MOD-01", Severity.REQUIRE, "addServices FAX", "adding a service that is not configured is refused",
            add(trial(), "FAX")),
        fires("MOD-01", Severity.REQUIRE, "addServices " + Services.MESSAGING, "adding a service the trial already has is refused",
            add(trial(), Services.MESSAGING)),
        fires("MOD-01", Severity.INFO, "addServices " + Services.DEVICES, "adding a service the customer may trial is accepted",
            add(trial(), Services.DEVICES)),
        silent("MOD-01", "removing a service adds nothing", remove(trial(), Services.MEETINGS)),
        silent("MOD-01", "an extension is not a service change", ExtensionRequest.of(TODAY, trial().build())),

        fires("MOD-02", Severity.INFO, "removeServices " + Services.MEETINGS, "removing a service is allowed",
            remove(trial(), Services.MEETINGS)),
        fires("MOD-02", Severity.DENY, "removeServices", "removing every service is denied",
            remove(trial(), Services.MESSAGING, Services.MEETINGS)),
        fires("MOD-02", Severity.REQUIRE, "removeServices " + Services.CALLING, "removing a service the trial does not have is refused",
            remove(trial(), Services.CALLING)),
        fires("MOD-02", Severity.INFO, "trial.services", "adding a service gives the services after the change",
            add(trial(), Services.DEVICES)),
        silent("MOD-02", "changing only the licences leaves the services alone", licences(trial(), 80)),

        fires("MOD-03", Severity.INFO, "newLicenseQuantity", "a new licence quantity is reported as a change",
            licences(trial(), 80)),
        fires("MOD-03", Severity.REQUIRE, "newLicenseQuantity",
            "a Devices-only trial that gains a licensed service needs a licence quantity",
            add(freshCustomersTrial().services(Services.DEVICES).licenseQuantity(0), Services.MESSAGING)),
        silent("MOD-03", "a change without a new quantity keeps the licences", add(trial(), Services.DEVICES)),
        silent("MOD-03", "a trial with licences gaining a service keeps them without a new quantity",
            add(freshCustomersTrial(), Services.CALLING)),

        // NEW-05 checks the new quantity: "NEW-05 applies to the new value" (MOD-03).
        fires("NEW-05", Severity.INFO, "newLicenseQuantity", "a new licence quantity applies to each licensed service",
            licences(trial(), 80)),
        fires("NEW-05", Severity.REQUIRE, "newLicenseQuantity", "a new quantity of zero licences is not enough",
            licences(trial(), 0)),
        fires("NEW-05", Severity.DENY, "newLicenseQuantity", "a new quantity above max-license-quantity is denied",
            licences(trial(), 1001)).decidedBy(CAPPED),
        silent("NEW-05", "a change without a new quantity checks no licences", add(trial(), Services.DEVICES)),
        silent("NEW-05", "a Devices-only trial needs no licences",
            licences(freshCustomersTrial().services(Services.DEVICES).licenseQuantity(0), 0)),

        fires("MOD-04", Severity.DENY, "trial.status", "a cancelled trial cannot be changed",
            add(trial().status(TrialStatus.CANCELLED), Services.DEVICES)),
        fires("MOD-04", Severity.DENY, "trial.status", "a converted trial cannot be changed",
            remove(trial().status(TrialStatus.CONVERTED), Services.MEETINGS)),
        fires("MOD-04", Severity.DENY, "trial.status", "an ended trial cannot be changed",
            licences(trial().status(TrialStatus.ENDED), 80)),
        fires("MOD-04", Severity.DENY, "today", "a trial cannot be changed on G + 1, whatever its status says",
            licencesOn(GRACE_ENDS.plusDays(1), trial().status(TrialStatus.EXPIRED))),
        silent("MOD-04", "an active trial can be changed", add(trial(), Services.DEVICES)),
        silent("MOD-04", "an expired trial can be changed on G, the grace period's last day",
            licencesOn(GRACE_ENDS, trial().status(TrialStatus.EXPIRED))),
        silent("MOD-04", "a trial pending provisioning can be changed",
            licences(trial().status(TrialStatus.PENDING_PROVISIONING), 80)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(RuleCase row) {
    row.check();
  }

  private static Decision decide(ServiceChangeRequest request) {
    Decision decision = ShippedEngine.ENGINE.decide(request);
    DecisionInvariants.check(decision);
    return decision;
  }

  // ---- MOD-01 -------------------------------------------------------------------------------

  @Test
  void addingAService_theCustomerMayTrial_isAllowed() {
    Decision decision = decide(add(trial(), Services.DEVICES));
    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(decision.value(DerivedValue.SERVICES))
        .contains(List.of(Services.MESSAGING, Services.MEETINGS, Services.DEVICES));
  }

  @Test
  void addingAService_isDeniedForTheReasonsANewTrialIs_sayingSo() {
    Decision bought = decide(add(trial().services(Services.MESSAGING), Services.MEETINGS));
    assertThat(bought.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(bought.findings("MOD-01")).filteredOn(f -> f.severity() == Severity.DENY).singleElement()
        .extracting(Finding::message).asString().contains("already purchased", "EXIST-01");

    Decision elsewhere = decide(add(trial(), Services.CALLING));
    assertThat(elsewhere.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(elsewhere.findings("MOD-01")).filteredOn(f -> f.severity() == Severity.DENY).singleElement()
        .extracting(Finding::message).asString().contains("Another partner", "EXIST-02");
  }

  @Test
  void eachRefusedAddition_isNamedOnItsOwn() {
    Decision decision = decide(add(trial().services(Services.MESSAGING),
        Services.MEETINGS, Services.CALLING, Services.DEVICES));
    assertThat(decision.findings("MOD-01")).extracting(f -> f.severity() + ":" + RuleCase.aboutOf(f))
        .containsExactlyInAnyOrder("DENY:addServices MEETINGS", "DENY:addServices CALLING", "INFO:addServices DEVICES");
  }

  @Test
  void addingAServiceTheTrialHas_namesIt_andLeavesTheServicesAsTheyAre() {
    Decision decision = decide(add(trial(), Services.MESSAGING));
    assertThat(decision.outcome()).isEqualTo(Outcome.INCOMPLETE);
    assertThat(decision.findings("MOD-01")).singleElement().extracting(Finding::message).asString()
        .contains(Services.MESSAGING);
    assertThat(decision.value(DerivedValue.SERVICES)).contains(List.of(Services.MESSAGING, Services.MEETINGS));
  }

  // ---- MOD-02 -------------------------------------------------------------------------------

  @Test
  void removingAService_isAllowed() {
    Decision decision = decide(remove(trial(), Services.MEETINGS));
    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(decision.value(DerivedValue.SERVICES)).contains(List.of(Services.MESSAGING));
  }

  @Test
  void removingEveryService_isDenied_withTheRemedyToCancelTheTrial() {
    Decision decision = decide(remove(trial(), Services.MEETINGS, Services.MESSAGING));
    assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(decision.findings("MOD-02")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.DENY))
        .satisfies(f -> assertThat(f.remedy()).contains("Cancel the trial instead."));
    assertThat(decision.value(DerivedValue.SERVICES)).isEmpty();
  }

  @Test
  void removingEveryServiceWhileAddingAnother_keepsTheTrial() {
    Decision decision = decide(change(trial(), List.of(Services.DEVICES),
        List.of(Services.MESSAGING, Services.MEETINGS), null));
    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(decision.value(DerivedValue.SERVICES)).contains(List.of(Services.DEVICES));
  }

  @Test
  void removingAServiceTheTrialDoesNotHave_namesIt() {
    Decision decision = decide(remove(trial(), Services.CALLING));
    assertThat(decision.outcome()).isEqualTo(Outcome.INCOMPLETE);
    assertThat(decision.findings("MOD-02")).filteredOn(f -> f.severity() == Severity.REQUIRE).singleElement()
        .extracting(Finding::message).asString().contains(Services.CALLING);
  }

  @Test
  void servicesAfterTheChange_keepTheTrialsOrder_thenTheAddedOnes() {
    // The trial lists Meetings before Messaging, unlike the configured order.
    Decision decision = decide(change(freshCustomersTrial(), List.of(Services.DEVICES, Services.CALLING),
        List.of(Services.MEETINGS), null));
    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(decision.value(DerivedValue.SERVICES))
        .contains(List.of(Services.MESSAGING, Services.DEVICES, Services.CALLING));

    Decision other = decide(change(freshCustomersTrial(), List.of(Services.CALLING, Services.DEVICES),
        List.of(), null));
    assertThat(other.value(DerivedValue.SERVICES))
        .contains(List.of(Services.MEETINGS, Services.MESSAGING, Services.CALLING, Services.DEVICES));
  }

  // ---- MOD-03 -------------------------------------------------------------------------------

  @Test
  void newLicenceQuantity_appliesToEveryServiceAfterTheChangeExceptDevices() {
    Decision decision = decide(change(trial(), List.of(Services.DEVICES), List.of(Services.MEETINGS), 75));
    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(decision.value(DerivedValue.LICENSES_PER_SERVICE)).contains(Map.of(Services.MESSAGING, 75));

    Decision both = decide(licences(trial(), 200));
    assertThat(both.value(DerivedValue.LICENSES_PER_SERVICE))
        .contains(Map.of(Services.MESSAGING, 200, Services.MEETINGS, 200));
    assertThat(both.value(DerivedValue.SERVICES)).isEmpty();
  }

  @Test
  void zeroLicences_areIncomplete() {
    Decision decision = decide(licences(trial(), 0));
    assertThat(decision.outcome()).isEqualTo(Outcome.INCOMPLETE);
    assertThat(decision.value(DerivedValue.LICENSES_PER_SERVICE)).isEmpty();
  }

  @Test
  void aDevicesOnlyTrialGainingMessaging_isCompleteWithAQuantity() {
    Decision decision = decide(change(freshCustomersTrial().services(Services.DEVICES).licenseQuantity(0),
        List.of(Services.MESSAGING), List.of(), 10));
    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(decision.value(DerivedValue.LICENSES_PER_SERVICE)).contains(Map.of(Services.MESSAGING, 10));
  }

  @Test
  void licenceMaximum_isOffByDefault_andDeniesAboveItWhenSet() {
    ServiceChangeRequest big = licences(trial(), 100_000);
    assertThat(decide(big).outcome()).isEqualTo(Outcome.ALLOWED);

    Decision capped = CAPPED.decide(big);
    assertThat(capped.outcome()).isEqualTo(Outcome.DENIED);
    // The maximum is NEW-05's, applied to the new value (MOD-03), so NEW-05 reports it.
    assertThat(capped.findings(Severity.DENY)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("NEW-05");
      assertThat(RuleCase.aboutOf(f)).isEqualTo("newLicenseQuantity");
      assertThat(f.message()).contains("1000", "100000");
    });
    assertThat(CAPPED.decide(licences(trial(), 1000)).outcome()).isEqualTo(Outcome.ALLOWED);
  }

  @Test
  void newLicenceQuantity_isReportedAsAChangeFromTheOldOne() {
    Decision decision = decide(licences(trial(), 80));
    assertThat(decision.findings("MOD-03")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).contains("from " + trial().build().licenseQuantity() + " to 80");
    });
  }

  @Test
  void zeroLicences_areRequiredUnderNew05_notMod03() {
    Decision decision = decide(licences(trial(), 0));
    assertThat(decision.findings(Severity.REQUIRE)).extracting(f -> f.ruleId() + ":" + RuleCase.aboutOf(f))
        .containsExactly("NEW-05:newLicenseQuantity");
  }

  // ---- MOD-04 -------------------------------------------------------------------------------

  @Test
  void cancelledTrial_cannotBeChanged_evenInsideItsDates() {
    Decision decision = decide(add(trial().status(TrialStatus.CANCELLED), Services.DEVICES));
    assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(decision.findings(Severity.DENY)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("MOD-04");
      assertThat(f.message()).contains(TrialStatus.CANCELLED.toString());
    });
  }

  @Test
  void trialPastItsGracePeriod_cannotBeChanged_andIsToldWhenTheGracePeriodEnded() {
    Decision onG = decide(licencesOn(GRACE_ENDS, trial().status(TrialStatus.EXPIRED)));
    assertThat(onG.outcome()).isEqualTo(Outcome.ALLOWED);

    Decision afterG = decide(licencesOn(GRACE_ENDS.plusDays(1), trial().status(TrialStatus.EXPIRED)));
    assertThat(afterG.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(afterG.findings("MOD-04")).singleElement().extracting(Finding::message).asString()
        .contains(GRACE_ENDS.toString());

    // An ACTIVE status on record does not keep a trial alive after G.
    Decision stale = decide(licencesOn(GRACE_ENDS.plusDays(1), trial()));
    assertThat(stale.findings("MOD-04")).extracting(Finding::severity, RuleCase::aboutOf)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.DENY, "today"));
  }

  @Test
  void gracePeriod_isAParameterForChangesToo() {
    TrialPolicyEngine longer = TrialPolicyEngine.builder(ShippedPolicy.get()).parameter("grace-period-days", "45")
        .build();
    Decision decision = longer.decide(licencesOn(GRACE_ENDS.plusDays(1), trial().status(TrialStatus.EXPIRED)));
    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(longer.decide(licencesOn(LocalDate.of(2027, 1, 16), trial().status(TrialStatus.EXPIRED)))
        .findings("MOD-04")).singleElement().extracting(Finding::message).asString().contains("2027-01-15");
  }
}
