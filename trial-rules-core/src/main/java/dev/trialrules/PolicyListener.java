package dev.trialrules;

import java.nio.file.Path;

/**
 * Hears what an engine does: every decision it makes, every trial its rules cannot schedule,
 * and every reload of its rules, made or refused. Every method does nothing by default, so a listener overrides only what it needs.
 * Methods are called on the thread that decided or reloaded; one that throws anything, an
 * Exception or an Error, is logged and ignored: it never changes a decision, never fails a reload
 * that was made, and is never blamed on a rule.
 *
 * <pre>{@code
 * TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get())
 *     .listener(new Slf4jDecisionLog())                       // one audit line per decision
 *     .listener(new PolicyListener() {
 *       @Override
 *       public void onReloadFailed(String servingRevision, Exception cause) {
 *         alerts.raise("trial rules not reloaded, still serving " + servingRevision + ": " + cause.getMessage());
 *       }
 *     })
 *     .build();
 * }</pre>
 */
public interface PolicyListener {

  /**
   * A decision was made. One the rules failed to make is here too, as every decision: DENIED,
   * with a {@link Finding#ENGINE} finding naming the rule.
   */
  default void onDecision(DecisionAudit audit) {}

  /**
   * The rules failed for a trial, in {@link TrialPolicyEngine#timeline} or
   * {@link TrialPolicyEngine#sweep}: the timeline returned says so, and a sweep goes on without
   * the trial's events. Called once per failed trial, on the thread that asked for the timeline or
   * consumes the sweep, before the caller hears of it.
   */
  default void onScheduleFailed(ScheduleFailure failure) {}

  /**
   * A rule fired, while deciding or scheduling; for rule coverage. Called once per firing, on the
   * deciding thread, so keep it cheap.
   */
  default void onRuleFired(String ruleName) {}

  /** New rules are in force: every decision from now on names {@code newRevision}. */
  default void onReload(String previousRevision, String newRevision) {}

  /**
   * New rules were refused (they did not compile, or the configured check failed); the engine
   * goes on serving {@code servingRevision}.
   */
  default void onReloadFailed(String servingRevision, Exception cause) {}

  /**
   * The watched rules directory itself changed: it was replaced (a new directory renamed into
   * place, or a symlink to it swapped, the usual deploy) and the new one is now watched and
   * reloaded from, or it went missing and will be watched again when it reappears. Only for an
   * engine that {@linkplain TrialPolicyEngine.Builder#watchRulesDirectory() watches} its directory.
   *
   * @param directory the rules directory as the builder was given it
   * @param what what happened, in a sentence
   */
  default void onRulesDirectoryChanged(Path directory, String what) {}
}
