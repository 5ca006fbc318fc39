package dev.trialrules.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one scenario ran: passed, or failed with the fields that differ from its file's
 * expectations, or failed with a problem that kept it from running at all (a file that is not a
 * scenario, a rule that threw).
 *
 * <pre>{@code
 * ScenarioResult result = scenario.check(engine);
 * System.out.println(result);   // PASS name, or FAIL name and the differences indented under it
 * }</pre>
 */
public final class ScenarioResult {
  private static final String INDENT = "    ";

  private final String name;
  private final String description;
  private final List<Difference> differences;
  private final String problem;

  private ScenarioResult(String name, String description, List<Difference> differences, String problem) {
    this.name = Objects.requireNonNull(name, "name");
    this.description = Objects.requireNonNull(description, "description");
    this.differences = List.copyOf(differences);
    this.problem = problem;
  }

  /** The result of a scenario that ran; it passed if there are no differences. */
  static ScenarioResult compared(Scenario scenario, List<Difference> differences) {
    return new ScenarioResult(scenario.name(), scenario.description(), differences, null);
  }

  /** The result of a scenario that could not run, with the one-line reason. */
  static ScenarioResult problem(Scenario scenario, String problem) {
    return new ScenarioResult(scenario.name(), scenario.description(), List.of(),
        Objects.requireNonNull(problem, "problem"));
  }

  /** The scenario's name: its file name. */
  public String name() {
    return name;
  }

  /** The scenario's description, empty when its file could not be read. */
  public String description() {
    return description;
  }

  /** Whether the scenario ran and every expectation held. */
  public boolean passed() {
    return problem == null && differences.isEmpty();
  }

  /** The fields that differ from the expectations, in the file's order; empty if it passed or could not run. */
  public List<Difference> differences() {
    return differences;
  }

  /** Why the scenario could not run, as one line naming the file; empty if it ran. */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /**
   * What went wrong, one difference (two lines) or the problem after another, each line
   * indented; empty if the scenario passed.
   */
  public String details() {
    StringBuilder text = new StringBuilder();
    if (problem != null) {
      text.append(INDENT).append(problem).append('\n');
    }
    for (Difference difference : differences) {
      text.append(INDENT).append(difference.toString().replace("\n", "\n" + INDENT)).append('\n');
    }
    return text.toString();
  }

  /** {@code PASS name}, or {@code FAIL name} with the {@link #details()} under it. */
  @Override
  public String toString() {
    return passed() ? "PASS " + name : "FAIL " + name + "\n" + details().stripTrailing();
  }
}
