package dev.trialrules.reference;

import dev.trialrules.Decision;
import dev.trialrules.PolicyParameters;
import dev.trialrules.TrialEvent;
import dev.trialrules.facts.PolicyRequest;
import dev.trialrules.facts.Trial;
import java.util.List;
import java.util.Objects;

/**
 * POLICY.md as plain Java: every rule, written from the policy text rather than from the DRL, so
 * that the engine and this model disagreeing means one of them is wrong.
 */
public final class ReferencePolicy {
  /** The revision every decision of the model names. */
  public static final String REVISION = "reference";

  private final PolicyParameters parameters;

  /** A model deciding under these parameters. */
  public ReferencePolicy(PolicyParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** The decision the policy gives this request. */
  public Decision decide(PolicyRequest request) {
    throw new UnsupportedOperationException("not yet written");
  }

  /** Every dated event of the trial's timeline, ordered by date. */
  public List<TrialEvent> timeline(Trial trial) {
    throw new UnsupportedOperationException("not yet written");
  }

  /** The parameters the model decides under. */
  public PolicyParameters parameters() {
    return parameters;
  }
}
