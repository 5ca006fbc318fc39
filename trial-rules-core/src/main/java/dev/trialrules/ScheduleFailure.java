package dev.trialrules;

import dev.trialrules.facts.Trial;
import java.util.Objects;

/**
 * The rules could not schedule a trial: a rule threw (an Exception or any Error), or the rules
 * re-triggered each other past the firing limit. What {@link TrialPolicyEngine#timeline} and
 * {@link TrialPolicyEngine#sweep} give instead of an exception, and what
 * {@link PolicyListener#onScheduleFailed} hears; the counterpart of a decision that failed closed
 * with a {@link Finding#ENGINE} finding, and named the same way.
 *
 * <p>It carries the trial itself, so that a nightly job can retry exactly the trials that failed
 * once the rules are fixed. A value: two failures are equal when every accessor is.
 */
public final class ScheduleFailure {
  private final Trial trial;
  private final String ruleName;
  private final String message;
  private final String rulesRevision;

  private ScheduleFailure(Trial trial, String ruleName, String message, String rulesRevision) {
    this.trial = Objects.requireNonNull(trial, "trial");
    this.ruleName = Objects.requireNonNull(ruleName, "ruleName");
    this.message = Objects.requireNonNull(message, "message");
    this.rulesRevision = Objects.requireNonNull(rulesRevision, "rulesRevision");
  }

  /**
   * A failure to schedule {@code trial}.
   *
   * @param trial the trial the rules failed for
   * @param ruleName the full name of the rule that failed, or {@link Finding#ENGINE} when no one
   *     rule is to blame (a firing limit, a constraint shared by several rules), as a failed
   *     decision's finding names it
   * @param message what failed, as a sentence, such as {@code rule 'X' failed: ArithmeticException: / by zero}
   * @param rulesRevision the revision of the rules that failed
   * @throws NullPointerException if any argument is null
   */
  public static ScheduleFailure of(Trial trial, String ruleName, String message, String rulesRevision) {
    return new ScheduleFailure(trial, ruleName, message, rulesRevision);
  }

  /** The trial the rules failed for. */
  public Trial trial() {
    return trial;
  }

  /** The ID of the trial the rules failed for. */
  public String trialId() {
    return trial.trialId();
  }

  /** The full name of the rule that failed, or {@link Finding#ENGINE} when no one rule is to blame. */
  public String ruleName() {
    return ruleName;
  }

  /** What failed, as a sentence naming the rule (where one is to blame) and the root cause. */
  public String message() {
    return message;
  }

  /** The revision of the rules that failed. */
  public String rulesRevision() {
    return rulesRevision;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScheduleFailure that && trial.equals(that.trial) && ruleName.equals(that.ruleName)
        && message.equals(that.message) && rulesRevision.equals(that.rulesRevision);
  }

  @Override
  public int hashCode() {
    return Objects.hash(trial, ruleName, message, rulesRevision);
  }

  /** The trial's ID, the revision and the message, in one line. */
  @Override
  public String toString() {
    return "the rules " + rulesRevision + " cannot schedule trial " + trial.trialId() + ": " + message;
  }
}
