package dev.trialrules.internal;

import dev.trialrules.Audience;
import dev.trialrules.Change;
import dev.trialrules.Decision;
import dev.trialrules.DerivedValue;
import dev.trialrules.Finding;
import dev.trialrules.PolicyRule;
import dev.trialrules.Severity;
import dev.trialrules.TrialEvent;
import dev.trialrules.rules.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Collects what the rules report during one decision; one per decision, one thread. */
final class DecisionRecorder implements Verdict {
  private final Map<String, PolicyRule> rules;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<DerivedValue<?>, Object> values = new LinkedHashMap<>();
  private final List<TrialEvent> events = new ArrayList<>();
  private String ruleName = "(no rule)";
  private String ruleId = "(no rule)";
  private @Nullable String source;
  private boolean inConsequence;

  /**
   * A recorder that looks each rule's ID and source up in {@code rules} (rule name to its
   * metadata, made once per policy) rather than reading metadata for every finding and event: a
   * sweep schedules millions of events.
   */
  DecisionRecorder(Map<String, PolicyRule> rules) {
    this.rules = rules;
  }

  /** The engine's listener calls this before each rule's consequence runs. */
  void enter(String ruleName) {
    this.ruleName = ruleName;
    this.inConsequence = true;
    PolicyRule rule = rules.get(ruleName);
    this.ruleId = rule != null ? rule.ruleId() : PolicyRule.idFromName(ruleName);
    this.source = rule != null ? rule.source().orElse(null) : null;
  }

  /** The engine's listener calls this after each rule's consequence has run. */
  void leave() {
    inConsequence = false;
  }

  /** Whether a rule's consequence is running: a failure now is that rule's. */
  boolean inConsequence() {
    return inConsequence;
  }

  /** The rule whose consequence runs or ran last, to name it when it fails outside Drools' wrapping. */
  String currentRule() {
    return ruleName;
  }

  @Override
  public void deny(String field, String message) {
    add(Severity.DENY, field, null, message, null);
  }

  @Override
  public void deny(String field, String message, String remedy) {
    add(Severity.DENY, field, null, message, remedy);
  }

  @Override
  public void approval(String field, String message) {
    add(Severity.APPROVAL, field, null, message, null);
  }

  @Override
  public void require(String field, String message) {
    add(Severity.REQUIRE, field, null, message, null);
  }

  @Override
  public void warn(String field, String message) {
    add(Severity.WARN, field, null, message, null);
  }

  @Override
  public void info(String field, String message) {
    add(Severity.INFO, field, null, message, null);
  }

  @Override
  public void report(Severity severity, String field, String message) {
    add(severity, field, null, message, null);
  }

  @Override
  public About about(String field, String item) {
    // Checked here, not at the report: a rule that passes null fails at the line that did it.
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(item, "item");
    return new About() {
      @Override
      public void deny(String message) {
        add(Severity.DENY, field, item, message, null);
      }

      @Override
      public void deny(String message, String remedy) {
        add(Severity.DENY, field, item, message, remedy);
      }

      @Override
      public void approval(String message) {
        add(Severity.APPROVAL, field, item, message, null);
      }

      @Override
      public void require(String message) {
        add(Severity.REQUIRE, field, item, message, null);
      }

      @Override
      public void warn(String message) {
        add(Severity.WARN, field, item, message, null);
      }

      @Override
      public void info(String message) {
        add(Severity.INFO, field, item, message, null);
      }

      @Override
      public void report(Severity severity, String message) {
        add(severity, field, item, message, null);
      }
    };
  }

  @Override
  public <T> void derive(DerivedValue<T> key, T value) {
    Objects.requireNonNull(key, "key");
    Object previous = values.putIfAbsent(key, value);
    if (previous != null && !previous.equals(value)) {
      throw new IllegalStateException("rule '" + ruleName + "' derives " + key.name() + " = " + value
          + " but another rule derived " + previous);
    }
  }

  @Override
  public void notice(String trialId, LocalDate date, String description, Audience... recipients) {
    // An EnumSet, which TrialEvent copies by a clone rather than element by element.
    Set<Audience> to = recipients.length == 0 ? Set.of() : EnumSet.of(recipients[0], recipients);
    events.add(TrialEvent.notice(trialId, date, ruleId, to, description));
  }

  @Override
  public void change(String trialId, LocalDate date, Change change, String description) {
    events.add(TrialEvent.change(trialId, date, ruleId, change, description));
  }

  @Override
  public void deadline(String trialId, LocalDate date, String description) {
    events.add(TrialEvent.deadline(trialId, date, ruleId, description));
  }

  List<TrialEvent> events() {
    return events;
  }

  private void add(Severity severity, String field, @Nullable String item, String message,
      @Nullable String remedy) {
    Finding finding = Finding.builder(ruleId, severity, field, message).ruleName(ruleName).item(item)
        .remedy(remedy).source(source).build();
    // A rule that matches once per duplicate (two shipments of one type) says the same thing
    // twice; the decision states it once.
    if (!findings.contains(finding)) {
      findings.add(finding);
    }
  }

  Decision toDecision(String revision) {
    return Decision.of(findings, values, revision);
  }
}
