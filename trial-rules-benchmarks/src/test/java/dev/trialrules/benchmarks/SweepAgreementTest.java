package dev.trialrules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.trialrules.TrialEvent;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.facts.Trial;
import dev.trialrules.policy.ShippedPolicy;
import dev.trialrules.reference.ReferencePolicy;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks' trials get the same events from the engine and from the reference model, so
 * the sweep benchmark compares like with like. The sweep puts a thousand trials in one rule
 * session, which the differential properties (one trial at a time) never do: this is where a
 * rule that joins two trials' facts would show.
 */
class SweepAgreementTest {
  private static final TrialPolicyEngine ENGINE = TrialPolicyEngine.builder(ShippedPolicy.get()).build();
  private static final ReferencePolicy MODEL = new ReferencePolicy(ENGINE.parameters());

  /** What must agree: the description is each side's own wording. */
  private static String key(TrialEvent e) {
    return e.trialId() + " " + e.date() + " " + e.ruleId() + " " + e.kind() + " " + e.change() + " " + e.recipients();
  }

  @Test
  void everyGeneratedTrial_hasTheSameTimelineInBoth() {
    for (Trial trial : Trials.generate(2_000, 7).toList()) {
      List<String> engine = ENGINE.timeline(trial).events().stream().map(SweepAgreementTest::key).sorted().toList();
      List<String> model = MODEL.timeline(trial).stream().map(SweepAgreementTest::key).sorted().toList();
      assertThat(engine).as("%s", trial).isEqualTo(model);
    }
  }

  @Test
  void theSweep_findsTheModelsEventsOfTheDay() {
    List<String> swept;
    try (Stream<TrialEvent> due = ENGINE.sweep(Trials.DAY, Trials.generate(20_000, 11), f -> fail(f.toString()))) {
      swept = due.map(SweepAgreementTest::key).sorted().toList();
    }
    List<String> model = Trials.generate(20_000, 11)
        .flatMap(t -> MODEL.timeline(t).stream())
        .filter(e -> e.date().equals(Trials.DAY))
        .map(SweepAgreementTest::key).sorted().toList();
    assertThat(swept).isNotEmpty().isEqualTo(model);
  }
}
