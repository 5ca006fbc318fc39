package dev.trialrules;

import static dev.trialrules.Findings.finding;
import static dev.trialrules.Severity.APPROVAL;
import static dev.trialrules.Severity.DENY;
import static dev.trialrules.Severity.INFO;
import static dev.trialrules.Severity.REQUIRE;
import static dev.trialrules.Severity.WARN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OutcomeTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void outcome_isReadOffTheStrongestFinding(List<Severity> severities, Outcome expected) {
    List<Finding> findings = severities.stream().map(s -> finding(s, "R-" + s.ordinal())).toList();

    assertThat(Outcome.of(findings)).isEqualTo(expected);
  }

  /**
   * The severities' declaration order is the ranking: a stronger severity never yields a weaker
   * outcome, and a decision lists first the finding its outcome is read off.
   */
  @Test
  void severityOrder_agreesWithTheOutcomesRanking() {
    Severity[] severities = Severity.values();
    for (int i = 0; i + 1 < severities.length; i++) {
      Outcome stronger = Outcome.of(List.of(finding(severities[i], "R-1")));
      Outcome weaker = Outcome.of(List.of(finding(severities[i + 1], "R-2")));
      assertThat(stronger).as("%s before %s", severities[i], severities[i + 1]).isLessThanOrEqualTo(weaker);
    }
    for (Severity a : severities) {
      for (Severity b : severities) {
        Decision decision = Decision.of(List.of(finding(b, "R-b"), finding(a, "R-a")), Map.of(), "r");
        assertThat(decision.outcome()).as("%s and %s", a, b)
            .isEqualTo(Outcome.of(List.of(decision.findings().get(0))));
      }
    }
  }

  static Stream<Arguments> outcome_isReadOffTheStrongestFinding() {
    return Stream.of(
        arguments(List.of(), Outcome.ALLOWED),
        arguments(List.of(INFO, WARN), Outcome.ALLOWED),
        arguments(List.of(APPROVAL), Outcome.NEEDS_APPROVAL),
        arguments(List.of(WARN, APPROVAL, INFO), Outcome.NEEDS_APPROVAL),
        arguments(List.of(REQUIRE), Outcome.INCOMPLETE),
        arguments(List.of(APPROVAL, REQUIRE), Outcome.INCOMPLETE),
        arguments(List.of(DENY), Outcome.DENIED),
        arguments(List.of(REQUIRE, APPROVAL, WARN, DENY), Outcome.DENIED));
  }
}
