package dev.trialrules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.Decision;
import dev.trialrules.Finding;
import dev.trialrules.Outcome;
import dev.trialrules.PolicyRule;
import dev.trialrules.Severity;
import dev.trialrules.TrialPolicyEngine;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What holds for every decision, whatever the request; checked after every decision a rule test
 * makes, as Caffeine checks its cache after every test.
 */
public final class DecisionInvariants {
  private DecisionInvariants() {}

  /** Fails if a decision of the shipped policy breaks an invariant. */
  public static void check(Decision decision) {
    check(decision, ShippedEngine.ENGINE);
  }

  /**
   * Fails if a decision of {@code policy} breaks an invariant. The policy matters because its
   * revision hashes its parameters: a decision must name the revision that made it; and each
   * finding must be one its rule's metadata declares.
   */
  public static void check(Decision decision, TrialPolicyEngine policy) {
    Outcome expected = decision.findings(Severity.DENY).isEmpty()
        ? decision.findings(Severity.REQUIRE).isEmpty()
            ? decision.findings(Severity.APPROVAL).isEmpty() ? Outcome.ALLOWED : Outcome.NEEDS_APPROVAL
            : Outcome.INCOMPLETE
        : Outcome.DENIED;
    assertThat(decision.outcome()).as("outcome of%n%s", decision).isEqualTo(expected);
    Map<String, PolicyRule> rules = policy.rules().stream()
        .collect(Collectors.toMap(PolicyRule::name, rule -> rule, (a, b) -> a));
    for (Finding finding : decision.findings()) {
      assertThat(finding.ruleName()).as("a finding's rule ID starts its rule's name").startsWith(finding.ruleId());
      assertThat(finding.message()).as("every finding says something").isNotBlank();
      assertThat(finding.ruleId()).as("no engine failure in %s", decision).isNotEqualTo(Finding.ENGINE);
      PolicyRule rule = rules.get(finding.ruleName());
      assertThat(rule).as("the rule behind %s", finding).isNotNull();
      assertThat(rule.severities()).as("the severities %s declares", rule).contains(finding.severity());
      assertThat(finding.ruleId()).isEqualTo(rule.ruleId());
      assertThat(finding.source()).as("a finding carries its rule's source").isEqualTo(rule.source());
    }
    assertThat(decision.rulesRevision()).isEqualTo(policy.rulesRevision());
  }
}
