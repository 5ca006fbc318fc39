package dev.trialrules.policy;

import static dev.trialrules.policy.Fixtures.existingCustomer;
import static dev.trialrules.policy.Fixtures.newCustomer;
import static dev.trialrules.policy.Fixtures.paidCustomer;
import static dev.trialrules.policy.RuleCase.fires;
import static dev.trialrules.policy.RuleCase.silent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.DerivedValue;
import dev.trialrules.Severity;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** lifecycle.drl: NEW-12 and PAID-02, the mails that follow a start. */
class LifecycleRulesTest {

  static Stream<RuleCase> cases() {
    return Stream.of(
        fires("NEW-12", Severity.INFO, "adminEmail", "a new customer's admin is welcomed", newCustomer().build()),
        silent("NEW-12", "an existing customer gets a consent e-mail, not a welcome", existingCustomer().build()),
        fires("PAID-02", Severity.INFO, "customer.admins", "every paid customer admin hears the trial began",
            paidCustomer().build()),
        silent("PAID-02", "a new customer has no admins to tell", newCustomer().build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(RuleCase row) {
    row.check();
  }

  @Test
  void welcomeMail_goesToTheGivenAdmin() {
    assertThat(Fixtures.ENGINE.decide(newCustomer().build()).value(DerivedValue.MAIL_RECIPIENTS))
        .contains(List.of("it@fjord.example"));
  }

  @Test
  void startMail_goesToEveryCustomerAdmin() {
    assertThat(Fixtures.ENGINE.decide(paidCustomer().build()).value(DerivedValue.MAIL_RECIPIENTS))
        .contains(List.of("ceo@fjord.example", "it@fjord.example"));
  }
}
