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
import java.util.Optional;
import java.util.Set;

/** Collects what the rules report during one decision; one per decision, one thread. */
final class DecisionRecorder implements Verdict {
  private final Map<String, PolicyRule> rules;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<DerivedValue<?>, Object> values = new LinkedHashMap<>();
  private final List<TrialEvent> events = new ArrayList<>();
  private String ruleName = "(no rule)";
  private String ruleId = "(no rule)";
  private Optional<String> source = Optional.empty();
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
    this.source = rule != null ? rule.source() : Optional.empty();
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
  public void deny(String subject, String message) {
    add(Severity.DENY, subject, message, null);
  }

  @Override
  public void deny(String subject, String message, String remedy) {
    add(Severity.DENY, subject, message, remedy);
  }

  @Override
  public void approval(String subject, String message) {
    add(Severity.APPROVAL, subject, message, null);
  }

  @Override
  public void require(String field, String message) {
    add(Severity.REQUIRE, field, message, null);
  }

  @Override
  public void warn(String subject, String message) {
    add(Severity.WARN, subject, message, null);
  }

  @Override
  public void info(String subject, String message) {
    add(Severity.INFO, subject, message, null);
  }

  @Override
  public void report(Severity severity, String subject, String message) {
    add(severity, subject, message, null);
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

  private void add(Severity severity, String subject, String message, String remedy) {
    Finding finding = new Finding(ruleId, ruleName, severity, subject, message,
        Optional.ofNullable(remedy), source);
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
