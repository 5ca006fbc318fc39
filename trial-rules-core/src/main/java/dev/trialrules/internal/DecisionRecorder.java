package dev.trialrules.internal;

import dev.trialrules.Audience;
import dev.trialrules.Change;
import dev.trialrules.Decision;
import dev.trialrules.DerivedValue;
import dev.trialrules.Finding;
import dev.trialrules.Severity;
import dev.trialrules.TrialEvent;
import dev.trialrules.rules.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Collects what the rules report during one decision; one per decision, one thread. */
final class DecisionRecorder implements Verdict {
  private static final Pattern RULE_ID = Pattern.compile("^([A-Z][A-Z0-9]*-[0-9]+)(?:\\s|$)");

  private final Map<String, String> ruleIds;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<DerivedValue<?>, Object> values = new LinkedHashMap<>();
  private final List<TrialEvent> events = new ArrayList<>();
  private String ruleName = "(no rule)";
  private String ruleId = "(no rule)";

  /**
   * A recorder that looks rule IDs up in {@code ruleIds} (rule name to ID, made once per policy
   * by {@link #ruleIds}) rather than matching the name for every finding and event: a sweep
   * schedules millions of events, and the match was a tenth of its time.
   */
  DecisionRecorder(Map<String, String> ruleIds) {
    this.ruleIds = ruleIds;
  }

  /** Each rule's ID by its name, for {@link #DecisionRecorder(Map)}. */
  static Map<String, String> ruleIds(List<String> ruleNames) {
    // A HashMap, not Map.copyOf: the engine passes the very String the rule carries, which a
    // HashMap finds by its cached hash and by identity, where Map.copyOf's probing compares
    // whole names that share long prefixes; it was a twentieth of a sweep.
    Map<String, String> ids = new HashMap<>();
    ruleNames.forEach(name -> ids.put(name, ruleId(name)));
    return Collections.unmodifiableMap(ids);
  }

  /** The engine's listener calls this before each rule's consequence runs. */
  void enter(String ruleName) {
    this.ruleName = ruleName;
    String id = ruleIds.get(ruleName);
    this.ruleId = id != null ? id : ruleId(ruleName);
  }

  /** The rule whose consequence runs or ran last, to name it when it fails outside Drools' wrapping. */
  String currentRule() {
    return ruleName;
  }

  static String ruleId(String ruleName) {
    Matcher m = RULE_ID.matcher(ruleName);
    return m.find() ? m.group(1) : ruleName;
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
  public void schedule(String trialId, LocalDate date, Change change, String description, Audience... audience) {
    // An EnumSet, which TrialEvent copies by a clone rather than element by element.
    events.add(new TrialEvent(trialId, date, ruleId, audience.length == 0 ? Set.of()
        : EnumSet.of(audience[0], audience), change, description));
  }

  List<TrialEvent> events() {
    return events;
  }

  private void add(Severity severity, String subject, String message, String remedy) {
    Finding finding = new Finding(ruleId, ruleName, severity, subject, message,
        Optional.ofNullable(remedy));
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
