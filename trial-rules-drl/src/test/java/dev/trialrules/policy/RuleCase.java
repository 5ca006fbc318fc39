package dev.trialrules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.Decision;
import dev.trialrules.Finding;
import dev.trialrules.Severity;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.facts.PolicyRequest;

/**
 * One row of a rule table: a request and whether a policy rule shapes its decision. A row that
 * fires names the severity and the field (and item) the finding must have, so a rule that fires for the
 * wrong reason fails as surely as one that does not fire.
 *
 * @param name what the row shows, as a sentence
 * @param request the request to decide
 * @param ruleId the policy rule the row is about
 * @param severity the finding's severity when it fires; {@code null} when it must not fire
 * @param about the finding's field when it fires, followed by a space and its item when it names
 *     one, as the finding prints them: {@code "country"}, {@code "services MEETINGS"}
 * @param engine the policy that decides the row: the shipped one, or one with a parameter moved
 *     for a rule whose severity a parameter switches (EXT-01, NEW-11)
 */
public record RuleCase(
    String name, PolicyRequest request, String ruleId, Severity severity, String about, TrialPolicyEngine engine) {

  /** A row decided by the shipped policy. */
  public RuleCase(String name, PolicyRequest request, String ruleId, Severity severity, String about) {
    this(name, request, ruleId, severity, about, ShippedEngine.ENGINE);
  }

  /** A row where {@code ruleId} must report a {@code severity} finding about {@code about}. */
  public static RuleCase fires(String ruleId, Severity severity, String about, String name, PolicyRequest request) {
    return new RuleCase(name, request, ruleId, severity, about);
  }

  /** A row where {@code ruleId} must not appear in the decision at all. */
  public static RuleCase silent(String ruleId, String name, PolicyRequest request) {
    return new RuleCase(name, request, ruleId, null, null);
  }

  /**
   * This row decided by {@code policy} instead of the shipped one; the row's name should say which
   * parameter it moves, since the row means nothing without it.
   */
  public RuleCase decidedBy(TrialPolicyEngine policy) {
    return new RuleCase(name, request, ruleId, severity, about, policy);
  }

  /** Whether the rule must appear in the decision. */
  public boolean shouldFire() {
    return severity != null;
  }

  /** Decides the request with the row's policy and checks the row; returns the decision. */
  public Decision check() {
    Decision decision = engine.decide(request);
    DecisionInvariants.check(decision, engine);
    if (shouldFire()) {
      assertThat(decision.findings(ruleId))
          .as("%s: %s should report %s about %s in%n%s", ruleId, name, severity, about, decision)
          .extracting(Finding::severity, RuleCase::aboutOf)
          .contains(org.assertj.core.groups.Tuple.tuple(severity, about));
    } else {
      assertThat(decision.ruleIds())
          .as("%s: %s should not be shaped by %s in%n%s", ruleId, name, ruleId, decision)
          .doesNotContain(ruleId);
    }
    return decision;
  }

  /** A finding's field, and its item after a space when it names one. */
  public static String aboutOf(Finding finding) {
    return finding.field() + finding.item().map(item -> " " + item).orElse("");
  }

  @Override
  public String toString() {
    return ruleId + (shouldFire() ? " fires: " : " silent: ") + name;
  }
}
