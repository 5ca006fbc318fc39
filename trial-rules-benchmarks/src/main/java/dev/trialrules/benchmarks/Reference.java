package dev.trialrules.benchmarks;

import dev.trialrules.Decision;
import dev.trialrules.PolicyParameters;
import dev.trialrules.TrialEvent;
import dev.trialrules.facts.PolicyRequest;
import dev.trialrules.facts.Trial;
import dev.trialrules.reference.ReferencePolicy;
import java.util.List;

/**
 * The plain-Java model every engine benchmark is divided by: {@link ReferencePolicy}, POLICY.md
 * written as plain Java in trial-rules-reference.
 *
 * <p>TO BE REPLACED: until ReferencePolicy is written (it throws UnsupportedOperationException
 * today), the benchmarks fall back to {@link InterimReference} for decisions and to
 * {@link PlainTimeline} for timelines, and {@link #interim()} says so, so that the results table
 * marks its ratios as measured against the stand-in. Once the model is merged, nothing here needs
 * to change: the first probe succeeds and the real model is measured.
 */
public final class Reference {
  private final ReferencePolicy policy;
  private final PolicyParameters parameters;
  private final boolean decides;
  private final boolean schedules;

  /** The model under {@code parameters}, probed once with a request and a trial. */
  public Reference(PolicyParameters parameters) {
    this.parameters = parameters;
    this.policy = new ReferencePolicy(parameters);
    this.decides = works(() -> policy.decide(Requests.newCustomer()));
    this.schedules = works(() -> policy.timeline(Requests.trial()));
  }

  private static boolean works(Runnable probe) {
    try {
      probe.run();
      return true;
    } catch (UnsupportedOperationException notYetWritten) {
      return false;
    }
  }

  /** Whether any figure comes from a stand-in rather than the reference model. */
  public boolean interim() {
    return !decides || !schedules;
  }

  /** The model's decision, or the stand-in's while the model is not written. */
  public Decision decide(PolicyRequest request) {
    return decides ? policy.decide(request) : InterimReference.decide(request, parameters);
  }

  /** The model's timeline, or {@link PlainTimeline}'s while the model is not written. */
  public List<TrialEvent> timeline(Trial trial) {
    return schedules ? policy.timeline(trial) : PlainTimeline.events(trial, parameters);
  }
}
