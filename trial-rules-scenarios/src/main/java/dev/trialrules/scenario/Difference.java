package dev.trialrules.scenario;

import java.util.Objects;

/**
 * One field on which a scenario's result is not what its file expects, such as
 * {@code derived.dataRegion} or {@code ruleIds}. Its text puts the expected value over the actual
 * one, so the two line up column for column:
 *
 * <pre>
 * derived.dataRegion           expected "EU"
 *                              actual   "US"
 * </pre>
 *
 * @param field where the difference is: a property of the decision or timeline, as in the file
 * @param expected the expected value as JSON, or a phrase in parentheses such as {@code (none)}
 * @param actual the actual value as JSON, or a phrase in parentheses such as {@code (no such finding)}
 */
public record Difference(String field, String expected, String actual) {

  /** Validates; every component is required. */
  public Difference {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
  }

  /** Two lines, expected over actual; the one rendering every report of a difference uses. */
  @Override
  public String toString() {
    // "\n" rather than %n: the report is the same text on every platform, for golden tests too.
    return String.format("%-28s expected %s\n%28s actual   %s", field, expected, "", actual);
  }
}
