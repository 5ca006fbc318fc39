package dev.trialrules.scenario;

import dev.trialrules.PolicyListener;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Collects the names of the rules that fire, so that a scenario suite can say which rules it
 * never exercised. Register it before building the engine, run the scenarios, then report:
 *
 * <pre>{@code
 * RuleCoverage coverage = new RuleCoverage();
 * TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).listener(coverage).build();
 * ScenarioSuite.load(Path.of("trial-rules-drl/scenarios")).run(engine);
 * CoverageReport report = coverage.report(engine.ruleNames());
 * System.out.println(report);                     // coverage: 97 of 131 rules fired (74.0%)
 * report.notFired().forEach(System.out::println);
 * }</pre>
 *
 * <p>Safe to share between threads: engines call listeners on whichever thread decides.
 */
public final class RuleCoverage implements PolicyListener {
  private final Set<String> fired = ConcurrentHashMap.newKeySet();

  /** Creates a collector that has seen no rule fire. */
  public RuleCoverage() {}

  /** Records the firing. */
  @Override
  public void onRuleFired(String ruleName) {
    fired.add(ruleName);
  }

  /** The names of the rules seen firing so far, sorted. */
  public Set<String> fired() {
    return Collections.unmodifiableSet(new TreeSet<>(fired));
  }

  /** Forgets every firing, to measure another suite with the same engine. */
  public void reset() {
    fired.clear();
  }

  /**
   * The coverage of a rule set by the firings seen so far. Firings of rules not in
   * {@code ruleNames} (of an earlier revision, say) are left out.
   *
   * @param ruleNames every rule of the rule set, as {@code engine.ruleNames()} gives them
   */
  public CoverageReport report(Collection<String> ruleNames) {
    Set<String> all = new TreeSet<>(ruleNames);
    return new CoverageReport(all.size(), all.stream().filter(r -> !fired.contains(r)).toList());
  }
}
