package dev.trialrules.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.Decision;
import dev.trialrules.TrialEvent;
import dev.trialrules.facts.PolicyRequest;
import dev.trialrules.facts.Trial;
import dev.trialrules.internal.CompiledPolicy;
import dev.trialrules.internal.CompiledPolicy.Origin;
import dev.trialrules.internal.ExecutableModel;
import dev.trialrules.internal.PolicySource;
import java.io.InputStream;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The three ways an engine builds the shipped rules decide alike: from the executable model
 * generated at build time, from the serialized packages written at build time, and from the DRL
 * compiled at run time. The first two exist only to be faster than the third; a request or a
 * trial on which they differ would mean the build step changed the policy. The executable model
 * is the default; the serialized packages are what an engine falls back to, here forced by a
 * class loader that hides the model.
 */
class BuildPathsPropertiesTest {
  private static final ClassLoader LOADER = BuildPathsPropertiesTest.class.getClassLoader();
  private static final PolicySource SHIPPED = PolicySource.shipped(LOADER);
  private static final CompiledPolicy MODEL = CompiledPolicy.compile(SHIPPED, LOADER);
  private static final CompiledPolicy SERIALIZED = CompiledPolicy.compile(SHIPPED, new HidingModel(LOADER));
  private static final CompiledPolicy COMPILED = CompiledPolicy.compile(SHIPPED);

  @Example
  void eachPathIsTheOneItSaysItIs() {
    assertThat(MODEL.origin()).isEqualTo(Origin.EXECUTABLE_MODEL);
    assertThat(SERIALIZED.origin()).isEqualTo(Origin.SERIALIZED_PACKAGES);
    assertThat(COMPILED.origin()).isEqualTo(Origin.COMPILED);
    assertThat(MODEL.ruleNames()).hasSize(COMPILED.ruleNames().size()).isEqualTo(SERIALIZED.ruleNames())
        .isEqualTo(COMPILED.ruleNames());
  }

  @Property(tries = 3_000)
  void decisions_areTheSameWhicheverPathBuiltTheRules(@ForAll("requests") PolicyRequest request) {
    Decision expected = COMPILED.decide(request);
    assertThat(MODEL.decide(request)).as("from the executable model").isEqualTo(expected);
    assertThat(SERIALIZED.decide(request)).as("from the serialized packages").isEqualTo(expected);
  }

  @Property(tries = 1_000)
  void timelines_areTheSameWhicheverPathBuiltTheRules(@ForAll("trials") Trial trial) {
    List<Trial> trials = List.of(trial);
    List<TrialEvent> expected = COMPILED.schedule(trials);
    assertThat(MODEL.schedule(trials)).as("from the executable model").isEqualTo(expected);
    assertThat(SERIALIZED.schedule(trials)).as("from the serialized packages").isEqualTo(expected);
  }

  @Provide
  Arbitrary<PolicyRequest> requests() {
    return TrustArbitraries.requests();
  }

  @Provide
  Arbitrary<Trial> trials() {
    return TrustArbitraries.trials(TrustArbitraries.services());
  }

  /** The test class path without the executable model, as a jar built without it would be. */
  private static final class HidingModel extends ClassLoader {
    HidingModel(ClassLoader parent) {
      super(parent);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
      return name.endsWith(ExecutableModel.INDEX) || name.endsWith(ExecutableModel.CLASSES) ? null
          : super.getResourceAsStream(name);
    }
  }
}
