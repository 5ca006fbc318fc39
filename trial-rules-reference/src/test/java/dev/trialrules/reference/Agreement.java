package dev.trialrules.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.Decision;
import dev.trialrules.TrialEvent;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.facts.PolicyRequest;
import dev.trialrules.facts.Trial;
import dev.trialrules.policy.ShippedPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The engines the model is compared with, each built once (building compiles every rule file),
 * the model under each engine's own parameters, and what it means for them to agree.
 */
final class Agreement {
  /** The shipped policy with its shipped parameters. */
  static final TrialPolicyEngine ENGINE = TrialPolicyEngine.builder(ShippedPolicy.get()).build();
  static final ReferencePolicy MODEL = new ReferencePolicy(ENGINE.parameters());
  /** The shipped rules with every number moved ({@link ShippedParameters#MOVED_OVERRIDES}). */
  static final TrialPolicyEngine MOVED =
      TrialPolicyEngine.builder(ShippedPolicy.get()).parameters(ShippedParameters.MOVED_OVERRIDES).build();
  static final ReferencePolicy MOVED_MODEL = new ReferencePolicy(MOVED.parameters());
  /** The parameters of {@link #ENGINE} and {@link #MOVED}, in that order. */
  static final List<dev.trialrules.PolicyParameters> PARAMETERS = List.of(ENGINE.parameters(), MOVED.parameters());

  private Agreement() {}

  /** Asserts agreement of the shipped engine and the model; see {@link #assertAgree(boolean, PolicyRequest)}. */
  static Decision assertAgree(PolicyRequest request) {
    return assertAgree(false, request);
  }

  /**
   * Asserts that the engine (shipped, or with {@code moved} parameters) and the model under the
   * same parameters give the request the same outcome, the same set of rule IDs (and of rule ID
   * and severity pairs) and the same derived values; returns the engine's decision.
   */
  static Decision assertAgree(boolean moved, PolicyRequest request) {
    Decision engine = (moved ? MOVED : ENGINE).decide(request);
    Decision model = (moved ? MOVED_MODEL : MODEL).decide(request);
    String why = "(moved parameters: " + moved + ") engine and model disagree on\n" + request + "\nengine: " + engine + "\nmodel:  " + model;
    assertThat(Set.copyOf(model.ruleIds())).as(why).isEqualTo(Set.copyOf(engine.ruleIds()));
    // Beyond the brief's minimum: each rule speaks with the same severities too (a WARN the other
    // side lacks changes neither the outcome nor the rule IDs, but is a different decision).
    assertThat(severities(model)).as(why).isEqualTo(severities(engine));
    assertThat(model.outcome()).as(why).isEqualTo(engine.outcome());
    assertThat(model.values()).as(why).isEqualTo(engine.values());
    return engine;
  }

  private static Set<String> severities(Decision decision) {
    Set<String> pairs = new java.util.TreeSet<>();
    for (dev.trialrules.Finding finding : decision.findings()) {
      // Not yet the field: comparing it found the model stating one of two findings that the
      // engine's independent rules both state (EXT-04, MOD-04, CONV-04) and a different field
      // for NEW-08, both fixed; whether others remain is for a longer property run to show.
      pairs.add(finding.ruleId() + " " + finding.severity());
    }
    return pairs;
  }

  /**
   * What two timelines must agree on: every event's date, rule, kind (notice, change or deadline),
   * recipients and change. The kind and recipients are compared because they decide what a job
   * mails: an event of the right date and rule that is a notice on one side and a change on the
   * other would mail someone on one side only.
   */
  record EventKey(String date, String ruleId, String kind, String recipients, String change) {
    static EventKey of(TrialEvent event) {
      return new EventKey(event.date().toString(), event.ruleId(), event.kind().name(),
          List.copyOf(event.recipients()).toString(), event.change().name());
    }
  }

  /**
   * Asserts that both timelines of the trial (shipped, or with {@code moved} parameters) hold the
   * same events, as multisets; returns the engine's.
   */
  static List<TrialEvent> assertTimelinesAgree(boolean moved, Trial trial) {
    List<TrialEvent> engine = (moved ? MOVED : ENGINE).timeline(trial).events();
    List<TrialEvent> model = (moved ? MOVED_MODEL : MODEL).timeline(trial);
    assertThat(keys(model)).as("(moved parameters: " + moved + ") timelines disagree on\n" + trial + "\nengine: " + engine + "\nmodel:  " + model)
        .isEqualTo(keys(engine));
    return engine;
  }

  private static List<EventKey> keys(List<TrialEvent> events) {
    List<EventKey> keys = new ArrayList<>(events.size());
    for (TrialEvent event : events) {
      keys.add(EventKey.of(event));
    }
    keys.sort(Comparator.comparing(EventKey::date).thenComparing(EventKey::ruleId)
        .thenComparing(EventKey::kind).thenComparing(EventKey::change).thenComparing(EventKey::recipients));
    return keys;
  }
}
