package dev.trialrules.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.Decision;
import dev.trialrules.DerivedValue;
import dev.trialrules.Finding;
import dev.trialrules.Outcome;
import dev.trialrules.PolicyParameters;
import dev.trialrules.Severity;
import dev.trialrules.facts.ExtensionRequest;
import dev.trialrules.testing.FactArbitraries;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Metamorphic property 2: however the device maximum and the extension step are set, an
 * extension of a device trial that is not denied never ends after S + device maximum (EXT-02,
 * POLICY.md "Dates": "A device trial may not run past S + 120"). For any device trial of any
 * status and length, extended on any day around its life, by any of the {@link TunedEngine}s:
 * a decision that is not DENIED carries a NEW_END_DATE on or before that day; a NEW_END_DATE
 * after it comes with an EXT-02 denial; and the NEW_END_DATE is always today plus the step
 * (EXT-01).
 *
 * <p>10,000 tries, one decision a try: 33 s measured in the reactor build on two loaded cores,
 * of which a few seconds build the {@link TunedEngine}s when this class runs first.
 */
class DeviceMaximumPropertiesTest {

  @Property(tries = 10_000)
  void anExtensionThatIsNotDenied_endsByTheDeviceMaximum(
      @ForAll("engines") TunedEngine tuned, @ForAll("deviceExtensions") ExtensionRequest request) {
    Decision decision = tuned.engine().decide(request);
    PolicyParameters parameters = tuned.engine().parameters();
    LocalDate lastDay = request.trial().startDate().plusDays(parameters.deviceMaximumDays());
    Optional<LocalDate> newEnd = decision.value(DerivedValue.NEW_END_DATE);

    assertThat(decision.ruleIds()).as("%s", decision).doesNotContain(Finding.ENGINE);
    if (decision.outcome() != Outcome.DENIED) {
      assertThat(newEnd).as("the new end date of%n%s", decision).isPresent();
      assertThat(newEnd.get()).as("the new end date of%n%s", decision).isBeforeOrEqualTo(lastDay);
    }
    if (newEnd.isPresent() && newEnd.get().isAfter(lastDay)) {
      assertThat(decision.findings(Severity.DENY)).as("an EXT-02 denial in%n%s", decision)
          .anyMatch(finding -> finding.ruleId().equals("EXT-02"));
    }
    newEnd.ifPresent(end -> assertThat(end).isEqualTo(request.today().plusDays(parameters.extensionStepDays())));
  }

  @Provide
  Arbitrary<TunedEngine> engines() {
    return TunedEngine.any();
  }

  @Provide
  Arbitrary<ExtensionRequest> deviceExtensions() {
    return FactArbitraries.smallExtensions(FactArbitraries.servicesWithDevices());
  }
}
