package dev.trialrules.scenario;

import java.util.List;
import java.util.Locale;

/**
 * How much of a rule set a run exercised: made by {@link RuleCoverage#report}.
 *
 * @param ruleCount how many rules the rule set has
 * @param notFired the rules that fired in no scenario, sorted
 */
public record CoverageReport(int ruleCount, List<String> notFired) {

  /** Validates and copies. */
  public CoverageReport {
    notFired = List.copyOf(notFired);
    if (ruleCount < notFired.size()) {
      throw new IllegalArgumentException("ruleCount " + ruleCount + " is less than the " + notFired.size() + " rules not fired");
    }
  }

  /** How many rules fired at least once. */
  public int firedCount() {
    return ruleCount - notFired.size();
  }

  /** The share of rules that fired, in percent; 100 for a rule set without rules. */
  public double percent() {
    return ruleCount == 0 ? 100.0 : 100.0 * firedCount() / ruleCount;
  }

  /** Whether the share that fired is at least {@code minimumPercent}. */
  public boolean meets(double minimumPercent) {
    return percent() >= minimumPercent;
  }

  /** {@code coverage: 97 of 131 rules fired (74.0%)}. */
  @Override
  public String toString() {
    // Locale.ROOT: a German machine would print "74,0%", and CI greps for the figure.
    return String.format(Locale.ROOT, "coverage: %d of %d rules fired (%.1f%%)", firedCount(), ruleCount, percent());
  }
}
