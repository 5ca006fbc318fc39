package dev.trialrules;

import java.util.Optional;

/** Findings for tests that care only about some of their components. */
final class Findings {
  private Findings() {}

  static Finding finding(Severity severity, String ruleId) {
    return finding(severity, ruleId, "subject");
  }

  static Finding finding(Severity severity, String ruleId, String subject) {
    return new Finding(ruleId, ruleId + " A rule", severity, subject, ruleId + " says so.", Optional.empty());
  }
}
