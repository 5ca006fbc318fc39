package dev.trialrules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.TrialEvent;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.facts.Trial;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The baseline and the engine schedule the same events, so the benchmark compares like with
 * like; and, written apart from each other from POLICY.md, each checks the other.
 */
class PlainTimelineTest {
  private static final TrialPolicyEngine ENGINE = TrialPolicyEngine.builder().build();

  /** What must agree: the description is each side's own wording. */
  private static String key(TrialEvent e) {
    return e.trialId() + " " + e.date() + " " + e.ruleId() + " " + e.change() + " " + e.audience();
  }

  @Test
  void everyGeneratedTrial_hasTheSameTimelineInBoth() {
    for (Trial trial : Trials.generate(2_000, 7).toList()) {
      List<String> engine = ENGINE.timeline(trial).events().stream().map(PlainTimelineTest::key).sorted().toList();
      List<String> plain = PlainTimeline.events(trial, ENGINE.parameters()).stream()
          .map(PlainTimelineTest::key).sorted().toList();
      assertThat(engine).as("%s", trial).isEqualTo(plain);
    }
  }

  @Test
  void theSweep_findsTheSameDueEventsAsTheBaseline() {
    long engine;
    try (Stream<TrialEvent> due = ENGINE.sweep(Trials.DAY, Trials.generate(20_000, 11))) {
      engine = due.count();
    }
    long plain = Trials.generate(20_000, 11)
        .flatMap(t -> PlainTimeline.events(t, ENGINE.parameters()).stream())
        .filter(e -> e.date().equals(Trials.DAY)).count();
    assertThat(engine).isEqualTo(plain).isPositive();
  }
}
