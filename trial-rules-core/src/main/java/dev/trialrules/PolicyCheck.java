package dev.trialrules;

/**
 * Vets new rules before a reload puts them in force, for example by running an author's
 * scenario suite against them. It gets an engine built on the candidate rules; throwing refuses
 * them, and the engine keeps serving the rules it has.
 *
 * <pre>{@code
 * TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get())
 *     .rulesDirectory(Path.of("policy"))
 *     .reloadCheck(candidate -> {
 *       if (!candidate.decide(knownGoodRequest).isAllowed()) {
 *         throw new IllegalStateException("the new rules deny the known-good request");
 *       }
 *     })
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface PolicyCheck {

  /**
   * Checks candidate rules.
   *
   * @param candidate an engine on the new rules, for this check only
   * @throws Exception to refuse the new rules; its message is reported
   */
  void check(TrialPolicyEngine candidate) throws Exception;
}
