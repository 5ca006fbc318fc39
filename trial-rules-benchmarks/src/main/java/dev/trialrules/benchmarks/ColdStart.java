package dev.trialrules.benchmarks;

import dev.trialrules.policy.ShippedPolicy;
import dev.trialrules.reference.ReferencePolicy;
import dev.trialrules.Decision;
import dev.trialrules.PolicyParameters;
import dev.trialrules.TrialPolicyEngine;

/**
 * A whole process from JVM start to the first decision, for {@link ColdStartBenchmark} to launch
 * and time: {@code engine} builds the engine with the whole shipped policy and decides a new
 * customer's start; {@code reference} does the same with the reference model. Prints the
 * outcome, so a broken build cannot pass for a fast one.
 *
 * <pre>
 * java -cp trial-rules-benchmarks/target/benchmarks.jar dev.trialrules.benchmarks.ColdStart engine
 * </pre>
 */
public final class ColdStart {
  private ColdStart() {}

  /**
   * Builds and decides once.
   *
   * @param args {@code engine} or {@code reference}
   */
  public static void main(String[] args) {
    Decision decision;
    if (args.length > 0 && args[0].equals("reference")) {
      PolicyParameters parameters = PolicyParameters.fromProperties(
          ShippedPolicy.get().parameters());
      decision = new ReferencePolicy(parameters).decide(Requests.newCustomer());
    } else {
      decision = TrialPolicyEngine.builder(ShippedPolicy.get()).build().decide(Requests.newCustomer());
    }
    System.out.println(decision.outcome());
  }
}
