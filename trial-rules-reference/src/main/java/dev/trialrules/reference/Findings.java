package dev.trialrules.reference;

import dev.trialrules.Decision;
import dev.trialrules.DerivedValue;
import dev.trialrules.Finding;
import dev.trialrules.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings and derived values of one decision as the model collects them: the plain-Java
 * counterpart of the engine's {@code verdict} global. One per decision; not thread-safe.
 */
final class Findings {
  private final List<Finding> findings = new ArrayList<>(8);
  private final Map<DerivedValue<?>, Object> values = new HashMap<>(8);

  /** Adds a finding of {@code ruleId}; the rule name is the ID, as the model has no DRL names. */
  void add(String ruleId, Severity severity, String field, String message) {
    findings.add(Finding.of(ruleId, severity, field, message));
  }

  /** Adds a DENY finding that names what to do instead. */
  void deny(String ruleId, String field, String message, String remedy) {
    findings.add(Finding.builder(ruleId, Severity.DENY, field, message).remedy(remedy).build());
  }

  void deny(String ruleId, String field, String message) {
    add(ruleId, Severity.DENY, field, message);
  }

  void require(String ruleId, String field, String message) {
    add(ruleId, Severity.REQUIRE, field, message);
  }

  void warn(String ruleId, String field, String message) {
    add(ruleId, Severity.WARN, field, message);
  }

  void info(String ruleId, String field, String message) {
    add(ruleId, Severity.INFO, field, message);
  }

  /** Findings of {@code ruleId} about one item of a field, as the engine's {@code verdict.about}. */
  Item about(String ruleId, String field, String item) {
    return new Item(ruleId, field, item);
  }

  /** The findings {@link #about(String, String, String)} names the item of. */
  final class Item {
    private final String ruleId;
    private final String field;
    private final String item;

    private Item(String ruleId, String field, String item) {
      this.ruleId = ruleId;
      this.field = field;
      this.item = item;
    }

    void report(Severity severity, String message) {
      findings.add(Finding.builder(ruleId, severity, field, message).item(item).build());
    }

    void deny(String message) {
      report(Severity.DENY, message);
    }

    void require(String message) {
      report(Severity.REQUIRE, message);
    }

    void warn(String message) {
      report(Severity.WARN, message);
    }

    void info(String message) {
      report(Severity.INFO, message);
    }
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
