package dev.trialrules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.Decision;
import dev.trialrules.Finding;
import dev.trialrules.Outcome;
import dev.trialrules.PolicyRule;
import dev.trialrules.Severity;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What holds for every decision, whatever the request; checked after every decision a rule test
 * makes, as Caffeine checks its cache after every test.
 */
public final class DecisionInvariants {
  /** The shipped rules by name, read once. */
  private static final Supplier<Map<String, PolicyRule>> RULES = memoize(() -> Fixtures.ENGINE.rules().stream()
      .collect(Collectors.toMap(PolicyRule::name, rule -> rule, (a, b) -> a)));

  private DecisionInvariants() {}

  private static <T> Supplier<T> memoize(Supplier<T> supplier) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        T result = value;
        if (result == null) {
          result = supplier.get();
          value = result;
        }
        return result;
      }
    };
  }

  /** Fails if the decision breaks an invariant. */
  public static void check(Decision decision) {
    Outcome expected = decision.findings(Severity.DENY).isEmpty()
        ? decision.findings(Severity.REQUIRE).isEmpty()
            ? decision.findings(Severity.APPROVAL).isEmpty() ? Outcome.ALLOWED : Outcome.NEEDS_APPROVAL
            : Outcome.INCOMPLETE
        : Outcome.DENIED;
    assertThat(decision.outcome()).as("outcome of%n%s", decision).isEqualTo(expected);
    Map<String, PolicyRule> rules = RULES.get();
    for (Finding finding : decision.findings()) {
      assertThat(finding.ruleName()).as("a finding's rule ID starts its rule's name").startsWith(finding.ruleId());
      PolicyRule rule = rules.get(finding.ruleName());
      assertThat(rule).as("the rule behind %s", finding).isNotNull();
      assertThat(rule.severities()).as("the severities %s declares", rule).contains(finding.severity());
      assertThat(finding.ruleId()).isEqualTo(rule.ruleId());
      assertThat(finding.source()).as("a finding carries its rule's source").isEqualTo(rule.source());
      assertThat(finding.message()).as("every finding says something").isNotBlank();
      assertThat(finding.ruleId()).as("no engine failure in %s", decision).isNotEqualTo(Finding.ENGINE);
    }
    assertThat(decision.rulesRevision()).isEqualTo(Fixtures.ENGINE.rulesRevision());
  }
}
