package dev.trialrules.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.Decision;
import dev.trialrules.TrialEvent;
import dev.trialrules.facts.PolicyRequest;
import dev.trialrules.facts.Trial;
import dev.trialrules.internal.CompiledPolicy;
import dev.trialrules.internal.CompiledPolicy.Origin;
import dev.trialrules.internal.PolicySource;
import dev.trialrules.policy.ShippedSources;
import dev.trialrules.testing.FactArbitraries;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The two ways an engine builds the shipped rules decide alike: from the executable model
 * generated at build time, and from the DRL compiled at run time. The first exists only to be
 * faster than the second; a request or a trial on which they differ would mean the build step
 * changed the policy.
 */
class BuildPathsPropertiesTest {
  private static final PolicySource SHIPPED = ShippedSources.source();
  private static final CompiledPolicy MODEL = CompiledPolicy.compile(SHIPPED, ShippedSources.model());
  private static final CompiledPolicy COMPILED = CompiledPolicy.compile(SHIPPED);

  @Example
  void eachPathIsTheOneItSaysItIs() {
    assertThat(MODEL.origin()).isEqualTo(Origin.EXECUTABLE_MODEL);
    assertThat(COMPILED.origin()).isEqualTo(Origin.COMPILED);
    assertThat(MODEL.ruleNames()).hasSize(COMPILED.ruleNames().size()).isEqualTo(COMPILED.ruleNames());
  }

  @Property(tries = 3_000)
  void decisions_areTheSameWhicheverPathBuiltTheRules(@ForAll("requests") PolicyRequest request) {
    Decision expected = COMPILED.decide(request);
    assertThat(MODEL.decide(request)).as("from the executable model").isEqualTo(expected);
  }

  @Property(tries = 1_000)
  void timelines_areTheSameWhicheverPathBuiltTheRules(@ForAll("trials") Trial trial) {
    List<Trial> trials = List.of(trial);
    List<TrialEvent> expected = COMPILED.schedule(trials).events();
    assertThat(MODEL.schedule(trials).events()).as("from the executable model").isEqualTo(expected);
  }

  @Provide
  Arbitrary<PolicyRequest> requests() {
    return FactArbitraries.smallRequests();
  }

  @Provide
  Arbitrary<Trial> trials() {
    return FactArbitraries.smallTrials(FactArbitraries.services());
  }
}
