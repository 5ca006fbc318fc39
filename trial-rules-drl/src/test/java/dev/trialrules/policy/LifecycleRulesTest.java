package dev.trialrules.policy;

import static dev.trialrules.policy.RuleCase.fires;
import static dev.trialrules.policy.RuleCase.silent;
import static dev.trialrules.testing.Fixtures.TODAY;
import static dev.trialrules.testing.Fixtures.existingCustomer;
import static dev.trialrules.testing.Fixtures.newCustomer;
import static dev.trialrules.testing.Fixtures.paidCustomer;
import static dev.trialrules.testing.Fixtures.trial;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.Decision;
import dev.trialrules.DerivedValue;
import dev.trialrules.Outcome;
import dev.trialrules.Severity;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.facts.CancellationRequest;
import dev.trialrules.facts.CancelledBy;
import dev.trialrules.facts.ConsentAction;
import dev.trialrules.facts.Trial;
import dev.trialrules.facts.TrialStatus;
import dev.trialrules.testing.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * lifecycle.drl's decisions: NEW-12 and PAID-02, the mails that follow a start, and END-01,
 * cancelling a trial. Its timeline rules (END-02..END-07, EXIST-06) are in {@link TimelineRulesTest}.
 */
class LifecycleRulesTest {

  /** The fixture trial expires on 2026-12-01 (E); with the default 30 days, G is 2026-12-31. */
  static final LocalDate GRACE_ENDS = LocalDate.of(2026, 12, 31);

  static CancellationRequest cancel(Trial trial, CancelledBy by) {
    return CancellationRequest.of(TODAY, trial, by);
  }

  static CancellationRequest cancelOn(LocalDate today, Trial trial) {
    return CancellationRequest.of(today, trial, CancelledBy.CUSTOMER);
  }

  static Stream<RuleCase> cases() {
    return Stream.of(
        fires("NEW-12", Severity.INFO, "adminEmail", "a new customer's admin is welcomed", newCustomer().build()),
        silent("NEW-12", "an existing customer gets a consent e-mail, not a welcome", existingCustomer().build()),
        fires("PAID-02", Severity.INFO, "customer.admins", "every paid customer admin hears the trial began",
            paidCustomer().build()),
        silent("PAID-02", "a new customer has no admins to tell", newCustomer().build()),

        fires("END-01", Severity.INFO, "request", "the partner cancels a running trial",
            cancel(trial().build(), CancelledBy.PARTNER)),
        fires("END-01", Severity.INFO, "request", "the customer cancels a running trial",
            cancel(trial().build(), CancelledBy.CUSTOMER)),
        fires("END-01", Severity.INFO, "request", "the customer cancels an expired trial in its grace period",
            cancelOn(GRACE_ENDS, trial().status(TrialStatus.EXPIRED).build())),
        fires("END-01", Severity.INFO, "request", "the partner cancels a trial pending consent",
            cancel(trial().status(TrialStatus.PENDING_CONSENT).build(), CancelledBy.PARTNER)),
        fires("END-01", Severity.DENY, "trial.status", "a cancelled trial cannot be cancelled again",
            cancel(trial().status(TrialStatus.CANCELLED).build(), CancelledBy.PARTNER)),
        fires("END-01", Severity.DENY, "trial.status", "a converted trial cannot be cancelled",
            cancel(trial().status(TrialStatus.CONVERTED).build(), CancelledBy.CUSTOMER)),
        fires("END-01", Severity.DENY, "trial.status", "an ended trial cannot be cancelled",
            cancel(trial().status(TrialStatus.ENDED).build(), CancelledBy.PARTNER)),
        fires("END-01", Severity.DENY, "today", "a trial past its grace period has ended, whatever its status says",
            cancelOn(GRACE_ENDS.plusDays(1), trial().status(TrialStatus.EXPIRED).build())),
        silent("END-01", "starting a trial cancels nothing", newCustomer().build()),
        silent("END-01", "a consent step is not a cancellation",
            Fixtures.consent(ConsentAction.CANCEL).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(RuleCase row) {
    row.check();
  }

  @Test
  void welcomeMail_goesToTheGivenAdmin() {
    assertThat(ShippedEngine.ENGINE.decide(newCustomer().build()).value(DerivedValue.MAIL_RECIPIENTS))
        .contains(List.of("it@fjord.example"));
  }

  @Test
  void startMail_goesToEveryCustomerAdmin() {
    assertThat(ShippedEngine.ENGINE.decide(paidCustomer().build()).value(DerivedValue.MAIL_RECIPIENTS))
        .contains(List.of("ceo@fjord.example", "it@fjord.example"));
  }

  @ParameterizedTest(name = "{0} can cancel")
  @EnumSource(CancelledBy.class)
  void cancellation_isAllowedAndNamesWhoCancelled(CancelledBy by) {
    Decision decision = ShippedEngine.ENGINE.decide(cancel(trial().build(), by));
    DecisionInvariants.check(decision);
    assertThat(decision.outcome()).as("%s", decision).isEqualTo(Outcome.ALLOWED);
    assertThat(decision.value(DerivedValue.TRIAL_STATUS)).contains(TrialStatus.CANCELLED);
    assertThat(decision.findings("END-01")).singleElement().satisfies(f -> assertThat(f.message())
        .contains(by == CancelledBy.PARTNER ? "partner (partner-1)" : "customer (customer-1)", "trial-1"));
  }

  @ParameterizedTest(name = "a {0} trial can be cancelled")
  @EnumSource(value = TrialStatus.class, names = {"PENDING_CONSENT", "PENDING_PROVISIONING", "ACTIVE", "EXPIRED"})
  void cancellation_isAllowedWhileTheTrialHasNotEnded(TrialStatus status) {
    Decision decision = ShippedEngine.ENGINE.decide(cancel(trial().status(status).build(), CancelledBy.CUSTOMER));
    DecisionInvariants.check(decision);
    assertThat(decision.outcome()).as("%s", decision).isEqualTo(Outcome.ALLOWED);
    assertThat(decision.value(DerivedValue.TRIAL_STATUS)).contains(TrialStatus.CANCELLED);
  }

  @ParameterizedTest(name = "a {0} trial cannot be cancelled")
  @EnumSource(value = TrialStatus.class, names = {"CANCELLED", "CONVERTED", "ENDED"})
  void cancellation_isDeniedOnceTheTrialIsOver(TrialStatus status) {
    Decision decision = ShippedEngine.ENGINE.decide(cancel(trial().status(status).build(), CancelledBy.PARTNER));
    DecisionInvariants.check(decision);
    assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(decision.value(DerivedValue.TRIAL_STATUS)).as("no new status for %s", status).isEmpty();
    assertThat(decision.findings("END-01")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains(status.name()));
  }

  @Test
  void cancellation_isAllowedOnTheGracePeriodsLastDay_andDeniedTheDayAfter() {
    Trial expired = trial().status(TrialStatus.EXPIRED).build();
    assertThat(ShippedEngine.ENGINE.decide(cancelOn(GRACE_ENDS, expired)).outcome()).isEqualTo(Outcome.ALLOWED);
    Decision after = ShippedEngine.ENGINE.decide(cancelOn(GRACE_ENDS.plusDays(1), expired));
    assertThat(after.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(after.findings("END-01")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("2026-12-31", "consumer organization"));
  }

  @Test
  void cancellationPastTheGracePeriod_movesWithTheGracePeriodParameter() {
    // With 45 days of grace, 2027-01-01 (G + 1 by default) is still in the grace period.
    TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).parameter("grace-period-days", "45")
        .build();
    assertThat(engine.decide(cancelOn(GRACE_ENDS.plusDays(1), trial().status(TrialStatus.EXPIRED).build()))
        .outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(engine.decide(cancelOn(LocalDate.of(2027, 1, 16), trial().status(TrialStatus.EXPIRED).build()))
        .outcome()).isEqualTo(Outcome.DENIED);
  }
}
