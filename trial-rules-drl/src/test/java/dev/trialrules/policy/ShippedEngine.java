package dev.trialrules.policy;

import dev.trialrules.TrialPolicyEngine;

/**
 * The shipped policy's engine for this module's tests. The valid facts they decide are shared
 * with the other modules ({@link dev.trialrules.testing.Fixtures}); the engine stays here because
 * only this module has the shipped rules.
 */
public final class ShippedEngine {
  /** The shipped policy, compiled once for every test in the module: compiling takes seconds. */
  public static final TrialPolicyEngine ENGINE = TrialPolicyEngine.builder(ShippedPolicy.get()).build();

  private ShippedEngine() {}
}
