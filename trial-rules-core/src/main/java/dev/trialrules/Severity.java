package dev.trialrules;

/** How much a {@link Finding} weighs, strongest first; see POLICY.md's list of severities. */
public enum Severity {
  /** The action may not happen. */
  DENY,
  /** The action may happen only after the trial team approves. */
  APPROVAL,
  /** The action may happen once the named input is supplied. */
  REQUIRE,
  /** The action may happen, but the person acting must be shown this. */
  WARN,
  /** A derived fact the caller needs: a date, a region, a recipient list. */
  INFO
}
