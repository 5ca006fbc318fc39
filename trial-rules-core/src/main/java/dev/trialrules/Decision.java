package dev.trialrules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the engine decided about one request, and why: an {@link Outcome}, the {@link Finding}s
 * that produced it, each naming its policy rule, and the typed values the rules derived.
 *
 * <pre>{@code
 * Decision decision = engine.decide(request);
 * if (decision.outcome() == Outcome.DENIED) {
 *   decision.findings(Severity.DENY).forEach(f -> System.out.println(f.ruleId() + ": " + f.message()));
 * }
 * decision.value(DerivedValue.DATA_REGION).ifPresent(region -> System.out.println("Region " + region));
 * }</pre>
 *
 * <p>Decisions are immutable and safe to share between threads. Findings are ordered strongest
 * first (in {@link Severity}'s order), then by rule ID, field and item, so that the same request
 * always prints the same way.
 */
public final class Decision {
  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
      .thenComparing(Finding::ruleId)
      .thenComparing(Finding::field)
      .thenComparing(f -> f.item().orElse(""))
      .thenComparing(Finding::message);

  private final Outcome outcome;
  private final List<Finding> findings;
  private final Map<DerivedValue<?>, Object> values;
  private final String rulesRevision;

  private Decision(List<Finding> findings, Map<DerivedValue<?>, Object> values, String rulesRevision) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(ORDER);
    this.findings = List.copyOf(sorted);
    this.outcome = Outcome.of(this.findings);
    Map<DerivedValue<?>, Object> copy = new LinkedHashMap<>();
    for (DerivedValue<?> key : DerivedValue.all()) {
      if (values.containsKey(key)) {
        copy.put(key, key.accept(values.get(key)));
      }
    }
    this.values = Collections.unmodifiableMap(copy);
    this.rulesRevision = Objects.requireNonNull(rulesRevision, "rulesRevision");
  }

  /**
   * A decision made of these findings and values, its outcome computed from the findings. The
   * engine makes decisions; this factory is for tests and for callers that store decisions.
   *
   * @param findings the findings, in any order
   * @param values derived values, each of its key's type
   * @param rulesRevision the revision of the rules that made it
   * @throws IllegalArgumentException if a value is not of its key's type
   */
  public static Decision of(
      List<Finding> findings, Map<DerivedValue<?>, ?> values, String rulesRevision) {
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(values, "values");
    for (Finding finding : findings) {
      Objects.requireNonNull(finding, "findings must not contain null");
    }
    Map<DerivedValue<?>, Object> copy = new LinkedHashMap<>();
    values.forEach((key, value) -> copy.put(Objects.requireNonNull(key, "derived value key"), value));
    return new Decision(findings, copy, rulesRevision);
  }

  /** The verdict. */
  public Outcome outcome() {
    return outcome;
  }

  /** Whether the outcome is {@link Outcome#ALLOWED}. */
  public boolean isAllowed() {
    return outcome == Outcome.ALLOWED;
  }

  /** Every finding, strongest first. */
  public List<Finding> findings() {
    return findings;
  }

  /** The findings of one severity. */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  /** The findings of one policy rule. */
  public List<Finding> findings(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  /** The IDs of the rules behind this decision, strongest finding first, each once. */
  public Set<String> ruleIds() {
    Set<String> ids = new LinkedHashSet<>();
    findings.forEach(f -> ids.add(f.ruleId()));
    return Collections.unmodifiableSet(ids);
  }

  /** A value the rules derived, if they derived it. */
  @SuppressWarnings("unchecked")
  public <T> Optional<T> value(DerivedValue<T> key) {
    return Optional.ofNullable((T) values.get(key));
  }

  /** Every derived value, in the order the keys are declared. */
  public Map<DerivedValue<?>, Object> values() {
    return values;
  }

  /** The content hash of the rule set and parameters that made this decision. */
  public String rulesRevision() {
    return rulesRevision;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Decision d
        && findings.equals(d.findings)
        && values.equals(d.values)
        && rulesRevision.equals(d.rulesRevision);
  }

  @Override
  public int hashCode() {
    return Objects.hash(findings, values, rulesRevision);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(outcome.name());
    findings.forEach(f -> text.append("\n  ").append(f));
    values.forEach((k, v) -> text.append("\n  ").append(k.name()).append(" = ").append(v));
    return text.toString();
  }
}
