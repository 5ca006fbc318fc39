package dev.trialrules.scenario;

import java.util.List;

/**
 * How a {@link ScenarioSuite} ran: one {@link ScenarioResult} per scenario, in file-name order.
 *
 * <pre>{@code
 * SuiteResult result = ScenarioSuite.load(Path.of("scenarios")).run(engine);
 * System.out.println(result);               // PASS/FAIL lines, then "9 passed, 1 failed"
 * if (!result.allPassed()) System.exit(1);
 * }</pre>
 *
 * @param results one result per scenario, in the suite's order
 */
public record SuiteResult(List<ScenarioResult> results) {

  /** Copies the results. */
  public SuiteResult {
    results = List.copyOf(results);
  }

  /** The scenarios that failed or could not run. */
  public List<ScenarioResult> failures() {
    return results.stream().filter(r -> !r.passed()).toList();
  }

  /** How many scenarios passed. */
  public int passedCount() {
    return results.size() - failedCount();
  }

  /** How many scenarios failed or could not run. */
  public int failedCount() {
    return failures().size();
  }

  /** Whether every scenario passed; true for an empty suite. */
  public boolean allPassed() {
    return failures().isEmpty();
  }

  /** {@code N passed, M failed}. */
  public String summary() {
    return passedCount() + " passed, " + failedCount() + " failed";
  }

  /** Every result's text ({@code PASS name} or {@code FAIL name} and its details), then the summary. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    results.forEach(r -> text.append(r).append('\n'));
    return text.append(summary()).toString();
  }
}
