package dev.trialrules;

import java.time.Instant;
import java.util.Objects;

/**
 * What an audit trail keeps of one decision.
 *
 * @param decisionId unique to this decision
 * @param decidedAt when it was made, by the engine's clock
 * @param rulesRevision the revision of the rules that made it
 * @param requestType the request's kind, such as {@code StartTrialRequest}
 * @param summary the facts that matter for an audit, as {@code key=value} pairs
 * @param decision the decision itself, findings and all
 */
public record DecisionAudit(
    String decisionId, Instant decidedAt, String rulesRevision, String requestType, String summary, Decision decision) {

  /** Validates; every component is required. */
  public DecisionAudit {
    Objects.requireNonNull(decisionId, "decisionId");
    Objects.requireNonNull(decidedAt, "decidedAt");
    Objects.requireNonNull(rulesRevision, "rulesRevision");
    Objects.requireNonNull(requestType, "requestType");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(decision, "decision");
  }
}
