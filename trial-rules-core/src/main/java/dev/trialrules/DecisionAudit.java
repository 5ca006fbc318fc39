package dev.trialrules;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an audit trail keeps of one decision; a {@link PolicyListener} receives one per decision.
 *
 * <p>A final class rather than a record, so that what an audit keeps can grow without breaking a
 * caller: the engine makes these, and a test of a listener can make one with
 * {@link #of(String, Instant, String, String, String, Decision)}.
 */
public final class DecisionAudit {
  private final String decisionId;
  private final Instant decidedAt;
  private final String rulesRevision;
  private final String requestType;
  private final String summary;
  private final Decision decision;

  private DecisionAudit(String decisionId, Instant decidedAt, String rulesRevision, String requestType,
      String summary, Decision decision) {
    this.decisionId = Objects.requireNonNull(decisionId, "decisionId");
    this.decidedAt = Objects.requireNonNull(decidedAt, "decidedAt");
    this.rulesRevision = Objects.requireNonNull(rulesRevision, "rulesRevision");
    this.requestType = Objects.requireNonNull(requestType, "requestType");
    this.summary = Objects.requireNonNull(summary, "summary");
    this.decision = Objects.requireNonNull(decision, "decision");
  }

  /**
   * An audit of a decision.
   *
   * @param decisionId unique to this decision
   * @param decidedAt when it was made, by the engine's clock
   * @param rulesRevision the revision of the rules that made it
   * @param requestType the request's kind, such as {@code StartTrialRequest}
   * @param summary the facts that matter for an audit, as {@code key=value} pairs
   * @param decision the decision itself, findings and all
   * @throws NullPointerException naming the argument that is null
   */
  public static DecisionAudit of(String decisionId, Instant decidedAt, String rulesRevision, String requestType,
      String summary, Decision decision) {
    return new DecisionAudit(decisionId, decidedAt, rulesRevision, requestType, summary, decision);
  }

  /** Unique to this decision. */
  public String decisionId() {
    return decisionId;
  }

  /** When it was made, by the engine's clock. */
  public Instant decidedAt() {
    return decidedAt;
  }

  /** The revision of the rules that made it. */
  public String rulesRevision() {
    return rulesRevision;
  }

  /** The request's kind, such as {@code StartTrialRequest}. */
  public String requestType() {
    return requestType;
  }

  /** The facts that matter for an audit, as {@code key=value} pairs. */
  public String summary() {
    return summary;
  }

  /** The decision itself, findings and all. */
  public Decision decision() {
    return decision;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof DecisionAudit that && decisionId.equals(that.decisionId)
        && decidedAt.equals(that.decidedAt) && rulesRevision.equals(that.rulesRevision)
        && requestType.equals(that.requestType) && summary.equals(that.summary) && decision.equals(that.decision);
  }

  @Override
  public int hashCode() {
    return Objects.hash(decisionId, decidedAt, rulesRevision, requestType, summary, decision);
  }

  /** The line {@link Slf4jDecisionLog} logs for it. */
  @Override
  public String toString() {
    return Slf4jDecisionLog.line(this);
  }
}
