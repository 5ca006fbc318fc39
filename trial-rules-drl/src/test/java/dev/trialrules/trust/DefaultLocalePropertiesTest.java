package dev.trialrules.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.Decision;
import dev.trialrules.TrialEvent;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.facts.PolicyRequest;
import dev.trialrules.facts.Trial;
import dev.trialrules.policy.ShippedEngine;
import dev.trialrules.policy.ShippedPolicy;
import dev.trialrules.testing.FactArbitraries;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Metamorphic property 3: a decision and a timeline do not change with the JVM's default locale
 * or time zone. The same request and trial are decided under each {@link Setting} in turn, and
 * by an engine whose rules were compiled under a foreign one, and every result equals the first.
 *
 * <p>The settings are chosen to break what a default could break: Turkish lower-cases "I" to a
 * dotless "ı"; Thai and Japanese defaults bring Buddhist and imperial calendars and Thai digits;
 * Arabic brings Arabic-Indic digits; the zones are fourteen hours ahead of UTC, eleven behind,
 * and off by a quarter or half hour, so that "today" in the default zone is often another date
 * than the request's. Each setting is put back when the try is over.
 *
 * <p>2,000 tries, not 10,000: a try makes a decision and a timeline under six settings and one
 * more of each on the foreign-built engine, fourteen calls, so 2,000 tries are 28,000 calls,
 * more than the other properties make with 10,000; 47 s measured in the reactor build on two
 * loaded cores.
 */
class DefaultLocalePropertiesTest {
  private static final TrialPolicyEngine ENGINE = ShippedEngine.ENGINE;

  /** The settings every try runs under; the first is the one the others must agree with. */
  private static final List<Setting> SETTINGS = List.of(
      new Setting(Locale.ROOT, "UTC"),
      new Setting(Locale.GERMANY, "Pacific/Kiritimati"),
      new Setting(Locale.forLanguageTag("tr-TR"), "Pacific/Pago_Pago"),
      new Setting(Locale.forLanguageTag("th-TH-u-ca-buddhist-nu-thai"), "Asia/Kathmandu"),
      new Setting(Locale.forLanguageTag("ar-SA-u-nu-arab"), "America/St_Johns"),
      new Setting(Locale.forLanguageTag("ja-JP-u-ca-japanese"), "Australia/Lord_Howe"));

  /** The shipped rules compiled under a foreign default: compiling must not read the default either. */
  private static final TrialPolicyEngine BUILT_ABROAD =
      SETTINGS.get(3).run(() -> TrialPolicyEngine.builder(ShippedPolicy.get()).build());

  @Property(tries = 2_000)
  void decisionsAndTimelines_doNotDependOnTheDefaultLocaleOrTimeZone(
      @ForAll("requests") PolicyRequest request, @ForAll("trials") Trial trial) {
    Result expected = SETTINGS.get(0).run(() -> Result.of(ENGINE, request, trial));
    for (Setting setting : SETTINGS.subList(1, SETTINGS.size())) {
      assertThat(setting.run(() -> Result.of(ENGINE, request, trial))).as("under %s", setting).isEqualTo(expected);
    }
    assertThat(SETTINGS.get(0).run(() -> Result.of(BUILT_ABROAD, request, trial)))
        .as("by an engine built under %s", SETTINGS.get(3)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<PolicyRequest> requests() {
    return FactArbitraries.smallRequests();
  }

  @Provide
  Arbitrary<Trial> trials() {
    return FactArbitraries.smallTrials(FactArbitraries.services());
  }

  /** A decision and a timeline's events, which compare by value. */
  private record Result(Decision decision, List<TrialEvent> timeline) {
    static Result of(TrialPolicyEngine engine, PolicyRequest request, Trial trial) {
      return new Result(engine.decide(request), engine.timeline(trial).events());
    }
  }

  /** A default locale (every category) and time zone, set only while {@link #run} runs. */
  private record Setting(Locale locale, String zone) {
    <T> T run(Supplier<T> action) {
      Locale display = Locale.getDefault(Locale.Category.DISPLAY);
      Locale format = Locale.getDefault(Locale.Category.FORMAT);
      Locale locale = Locale.getDefault();
      TimeZone timeZone = TimeZone.getDefault();
      try {
        Locale.setDefault(this.locale);
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        return action.get();
      } finally {
        Locale.setDefault(locale);
        Locale.setDefault(Locale.Category.DISPLAY, display);
        Locale.setDefault(Locale.Category.FORMAT, format);
        TimeZone.setDefault(timeZone);
      }
    }

    @Override
    public String toString() {
      return (locale.equals(Locale.ROOT) ? "the root locale" : locale.toLanguageTag()) + " in " + zone;
    }
  }
}
