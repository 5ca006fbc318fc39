package dev.trialrules.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.Decision;
import dev.trialrules.PolicyParameters;
import dev.trialrules.TrialEvent;
import dev.trialrules.facts.PolicyRequest;
import dev.trialrules.facts.Trial;
import dev.trialrules.testing.FactArbitraries;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;

/**
 * Proof that the every-rule generators of {@link FactArbitraries} reach every rule: a fixed-seed
 * sample of each generator, decided and scheduled by the model and by the shipped engine, names
 * each of POLICY.md's 52 rule IDs (revision 2) somewhere. A differential property can only find a
 * disagreement in a rule its inputs make fire, so a rule missing here would be a rule the
 * properties never test. The model's half needs no engine and holds while the DRL is rewritten.
 */
class RuleCoverageTest {
  /** Every rule ID of POLICY.md revision 2, section by section. */
  static final List<String> POLICY_RULE_IDS = List.of(
      "ACT-01", "ACT-02", "ACT-03",
      "NEW-01", "NEW-02", "NEW-03", "NEW-04", "NEW-05", "NEW-06", "NEW-07", "NEW-08", "NEW-09", "NEW-10",
      "NEW-11", "NEW-12",
      "EXIST-01", "EXIST-02", "EXIST-03", "EXIST-04", "EXIST-05", "EXIST-06", "EXIST-07", "EXIST-08", "EXIST-09",
      "PAID-01", "PAID-02",
      "EXT-01", "EXT-02", "EXT-03", "EXT-04",
      "MOD-01", "MOD-02", "MOD-03", "MOD-04",
      "CONV-01", "CONV-02", "CONV-03", "CONV-04", "CONV-05", "CONV-06",
      "END-01", "END-02", "END-03", "END-04", "END-05", "END-06", "END-07",
      "RET-01", "RET-02", "RET-03", "RET-04", "RET-05");
  private static final int SAMPLES_PER_GENERATOR = 600;
  private static final long SEED = 20_281_129L;

  @Example
  void thePolicyHasFiftyTwoRules() {
    assertThat(POLICY_RULE_IDS).hasSize(52).doesNotHaveDuplicates();
  }

  @Example
  void theGeneratorsMakeEveryRuleFireInTheModel() {
    ReferencePolicy model = new ReferencePolicy(ShippedParameters.shipped());
    Set<String> ids = sample(model::decide, model::timeline);
    assertThat(ids).as("rule IDs the model gave for the sample").containsAll(POLICY_RULE_IDS)
        .isSubsetOf(POLICY_RULE_IDS);
  }

  @Example
  void theGeneratorsMakeEveryRuleFireInTheEngine() {
    Set<String> engine = sample(Agreement.ENGINE::decide, trial -> Agreement.ENGINE.timeline(trial).events());
    assertThat(engine).as("rule IDs the engine gave for the sample").containsAll(POLICY_RULE_IDS);
    assertThat(engine).as("no rule ID outside POLICY.md").isSubsetOf(POLICY_RULE_IDS);
  }

  /** The rule IDs of every decision and timeline event for the same fixed-seed sample. */
  private static Set<String> sample(Function<PolicyRequest, Decision> decide,
      Function<Trial, List<TrialEvent>> timeline) {
    Set<String> ids = new TreeSet<>();
    Random random = new Random(SEED);
    List<PolicyParameters> parameters = ShippedParameters.both();
    List<Arbitrary<? extends PolicyRequest>> generators = List.of(FactArbitraries.startRequests(),
        FactArbitraries.consentRequests(), FactArbitraries.extensionRequests(parameters),
        FactArbitraries.serviceChangeRequests(parameters), FactArbitraries.conversionRequests(parameters),
        FactArbitraries.cancellationRequests(parameters), FactArbitraries.deviceReturnRequests(parameters));
    for (Arbitrary<? extends PolicyRequest> arbitrary : generators) {
      RandomGenerator<? extends PolicyRequest> generator = arbitrary.generator(1000);
      for (int i = 0; i < SAMPLES_PER_GENERATOR; i++) {
        ids.addAll(decide.apply(generator.next(random).value()).ruleIds());
      }
    }
    RandomGenerator<Trial> trials = FactArbitraries.trials().generator(1000);
    for (int i = 0; i < SAMPLES_PER_GENERATOR; i++) {
      for (TrialEvent event : timeline.apply(trials.next(random).value())) {
        ids.add(event.ruleId());
      }
    }
    return ids;
  }
}
