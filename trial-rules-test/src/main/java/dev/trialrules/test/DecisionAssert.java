package dev.trialrules.test;

import dev.trialrules.Decision;
import dev.trialrules.DerivedValue;
import dev.trialrules.Outcome;
import dev.trialrules.Severity;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link Decision}; start with
 * {@link TrialRulesAssertions#assertThat(Decision)}. Every failure message prints the whole
 * decision, so the reason for an unexpected outcome is in the test report.
 *
 * <pre>{@code
 * assertThat(engine.decide(request))
 *     .isDenied()
 *     .hasRuleIds("EXIST-01", "NEW-02")
 *     .hasFinding("EXIST-01", Severity.DENY, "services", "MEETINGS")
 *     .hasDerived(DerivedValue.DATA_REGION, "EU");
 * }</pre>
 */
public final class DecisionAssert extends AbstractAssert<DecisionAssert, Decision> {

  /** Assertions on this decision; see {@link TrialRulesAssertions#assertThat(Decision)}. */
  public DecisionAssert(Decision actual) {
    super(actual, DecisionAssert.class);
  }

  /** The outcome is {@link Outcome#ALLOWED}. */
  public DecisionAssert isAllowed() {
    return hasOutcome(Outcome.ALLOWED);
  }

  /** The outcome is {@link Outcome#DENIED}. */
  public DecisionAssert isDenied() {
    return hasOutcome(Outcome.DENIED);
  }

  /** The outcome is {@link Outcome#INCOMPLETE}. */
  public DecisionAssert isIncomplete() {
    return hasOutcome(Outcome.INCOMPLETE);
  }

  /** The outcome is {@link Outcome#NEEDS_APPROVAL}. */
  public DecisionAssert needsApproval() {
    return hasOutcome(Outcome.NEEDS_APPROVAL);
  }

  /** The outcome is {@code expected}. */
  public DecisionAssert hasOutcome(Outcome expected) {
    Objects.requireNonNull(expected, "expected");
    isNotNull();
    if (actual.outcome() != expected) {
      fail("outcome %s", expected, actual.outcome());
    }
    return this;
  }

  /** The decision names exactly these rule IDs, in any order. */
  public DecisionAssert hasRuleIds(String... expected) {
    isNotNull();
    Set<String> wanted = new TreeSet<>(Arrays.asList(expected));
    Set<String> got = new TreeSet<>(actual.ruleIds());
    if (!wanted.equals(got)) {
      fail("exactly the rule IDs %s", wanted, got);
    }
    return this;
  }

  /**
   * The decision has a finding of this rule and severity about this input field, whatever item
   * it names.
   *
   * @param field the input field, dotted as in the request's JSON, or {@link dev.trialrules.Finding#REQUEST}
   */
  public DecisionAssert hasFinding(String ruleId, Severity severity, String field) {
    isNotNull();
    boolean found = actual.findings().stream().anyMatch(f ->
        f.ruleId().equals(ruleId) && f.severity() == severity && f.field().equals(field));
    if (!found) {
      failWithMessage("%nExpecting a finding %s %s [%s] in decision:%n%s", severity, ruleId, field, actual);
    }
    return this;
  }

  /**
   * The decision has a finding of this rule and severity about this item (a service, a device
   * type, a serial number) of this input field.
   */
  public DecisionAssert hasFinding(String ruleId, Severity severity, String field, String item) {
    isNotNull();
    boolean found = actual.findings().stream().anyMatch(f -> f.ruleId().equals(ruleId)
        && f.severity() == severity && f.field().equals(field) && f.item().filter(item::equals).isPresent());
    if (!found) {
      failWithMessage("%nExpecting a finding %s %s [%s %s] in decision:%n%s", severity, ruleId, field, item, actual);
    }
    return this;
  }

  /** No finding of the decision comes from this rule. */
  public DecisionAssert hasNoFindingFrom(String ruleId) {
    isNotNull();
    if (!actual.findings(ruleId).isEmpty()) {
      failWithMessage("%nExpecting no finding from %s in decision:%n%s", ruleId, actual);
    }
    return this;
  }

  /** The rules derived this value for the key. */
  public <T> DecisionAssert hasDerived(DerivedValue<T> key, T expected) {
    Objects.requireNonNull(key, "key");
    isNotNull();
    Optional<T> value = actual.value(key);
    if (value.isEmpty() || !value.get().equals(expected)) {
      fail(key.name() + " = %s", expected, value.map(String::valueOf).orElse("(not derived)"));
    }
    return this;
  }

  /** The rules derived no value for the key. */
  public DecisionAssert doesNotDerive(DerivedValue<?> key) {
    Objects.requireNonNull(key, "key");
    isNotNull();
    if (actual.value(key).isPresent()) {
      failWithMessage("%nExpecting no %s but it was %s in decision:%n%s", key.name(), actual.value(key).get(), actual);
    }
    return this;
  }

  /** A failure message in one shape for every comparison: what was expected, what was found, the decision. */
  private void fail(String what, Object expected, Object found) {
    failWithMessage("%nExpecting " + what + " but was %s in decision:%n%s", expected, found, actual);
  }
}
