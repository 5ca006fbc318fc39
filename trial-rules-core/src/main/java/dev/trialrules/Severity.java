package dev.trialrules;

/**
 * How much a {@link Finding} weighs, strongest first; see POLICY.md's list of severities.
 *
 * <p>The declaration order is the ranking {@link Outcome#of} reads a decision's outcome off, and
 * the order a decision lists its findings in: a request that lacks input is incomplete before it
 * can go to the trial team for approval, so {@link #REQUIRE} ranks above {@link #APPROVAL}.
 */
public enum Severity {
  /** The action may not happen. */
  DENY,
  /** The action may happen once the named input is supplied. */
  REQUIRE,
  /** The action may happen only after the trial team approves. */
  APPROVAL,
  /** The action may happen, but the person acting must be shown this. */
  WARN,
  /** A derived fact the caller needs: a date, a region, a recipient list. */
  INFO
}
