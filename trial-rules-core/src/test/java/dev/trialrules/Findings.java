package dev.trialrules;

/** Findings for tests that care only about some of their parts. */
final class Findings {
  private Findings() {}

  static Finding finding(Severity severity, String ruleId) {
    return finding(severity, ruleId, "field");
  }

  static Finding finding(Severity severity, String ruleId, String field) {
    return Finding.builder(ruleId, severity, field, ruleId + " says so.").ruleName(ruleId + " A rule").build();
  }
}
