package dev.trialrules.reference;

import dev.trialrules.PolicyParameters;
import dev.trialrules.internal.PolicySource;
import java.util.Map;

/**
 * The shipped parameters and region table, read from trial-rules-drl's resources without
 * compiling a rule: the model's own tests then need no engine, and run whatever state the DRL is
 * in.
 */
final class ShippedParameters {
  private ShippedParameters() {}

  /** The shipped parameters, as an engine built with no overrides has them. */
  static PolicyParameters shipped() {
    return with(Map.of());
  }

  /** The shipped parameters with some replaced, as {@code TrialPolicyEngine.Builder#parameter} does. */
  static PolicyParameters with(Map<String, String> overrides) {
    PolicySource source = PolicySource.shipped(ShippedParameters.class.getClassLoader()).withParameters(overrides);
    return PolicyParameters.fromProperties(source.parameters());
  }
}
