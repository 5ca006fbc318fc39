package dev.trialrules.reference;

import dev.trialrules.Decision;
import dev.trialrules.DerivedValue;
import dev.trialrules.Finding;
import dev.trialrules.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The findings and derived values of one decision as the model collects them: the plain-Java
 * counterpart of the engine's {@code verdict} global. One per decision; not thread-safe.
 */
final class Findings {
  private final List<Finding> findings = new ArrayList<>(8);
  private final Map<DerivedValue<?>, Object> values = new HashMap<>(8);

  /** Adds a finding of {@code ruleId}; the rule name is the ID, as the model has no DRL names. */
  void add(String ruleId, Severity severity, String subject, String message) {
    findings.add(new Finding(ruleId, ruleId, severity, subject, message, Optional.empty()));
  }

  /** Adds a DENY finding that names what to do instead. */
  void deny(String ruleId, String subject, String message, String remedy) {
    findings.add(new Finding(ruleId, ruleId, Severity.DENY, subject, message, Optional.of(remedy)));
  }

  void deny(String ruleId, String subject, String message) {
    add(ruleId, Severity.DENY, subject, message);
  }

  void require(String ruleId, String field, String message) {
    add(ruleId, Severity.REQUIRE, field, message);
  }

  void warn(String ruleId, String subject, String message) {
    add(ruleId, Severity.WARN, subject, message);
  }

  void info(String ruleId, String subject, String message) {
    add(ruleId, Severity.INFO, subject, message);
  }

  /** Sets a derived value; the model derives each key at most once per decision. */
  <T> void derive(DerivedValue<T> key, T value) {
    Object previous = values.put(key, value);
    if (previous != null && !previous.equals(value)) {
      throw new IllegalStateException(key + " derived twice: " + previous + " and " + value);
    }
  }

  /** Whether some finding so far is a DENY. */
  boolean denied() {
    for (Finding finding : findings) {
      if (finding.severity() == Severity.DENY) {
        return true;
      }
    }
    return false;
  }

  Decision decision(String revision) {
    return Decision.of(findings, values, revision);
  }
}
