package dev.trialrules;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs one structured line per decision, at INFO on the logger {@code dev.trialrules.audit}.
 * Off unless registered with {@link TrialPolicyEngine.Builder#listener(PolicyListener)}:
 *
 * <pre>
 * decision id=3f2a... at=2026-11-23T09:15:02Z revision=4435855d7c78 request=StartTrialRequest
 *   outcome=DENIED rules=ACT-01,NEW-02 flow=NEW_CUSTOMER today=2026-11-23 partner=partner-1 ...
 * </pre>
 * (one line; broken here for reading). Reloads are logged too, at INFO and WARN, and each trial
 * the rules cannot schedule at WARN.
 */
public final class Slf4jDecisionLog implements PolicyListener {
  private static final Logger AUDIT = LoggerFactory.getLogger("dev.trialrules.audit");

  /** A log that writes to {@code dev.trialrules.audit}. */
  public Slf4jDecisionLog() {}

  @Override
  public void onDecision(DecisionAudit audit) {
    if (AUDIT.isInfoEnabled()) {
      AUDIT.info(line(audit));
    }
  }

  @Override
  public void onScheduleFailed(ScheduleFailure failure) {
    AUDIT.warn("schedule failed revision={} trial={} rule=\"{}\" reason=\"{}\"", failure.rulesRevision(),
        failure.trialId(), oneLine(failure.ruleName()), oneLine(failure.message()));
  }

  @Override
  public void onReload(String previousRevision, String newRevision) {
    AUDIT.info("reload from={} to={}", previousRevision, newRevision);
  }

  @Override
  public void onReloadFailed(String servingRevision, Exception cause) {
    AUDIT.warn("reload refused serving={} reason=\"{}\"", servingRevision, oneLine(String.valueOf(cause.getMessage())));
  }

  /** The line logged for a decision. */
  public static String line(DecisionAudit audit) {
    return "decision id=" + audit.decisionId()
        + " at=" + audit.decidedAt()
        + " revision=" + audit.rulesRevision()
        + " request=" + audit.requestType()
        + " outcome=" + audit.decision().outcome()
        + " rules=" + String.join(",", audit.decision().ruleIds())
        + " " + audit.summary();
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " | ").replace('"', '\'');
  }
}
