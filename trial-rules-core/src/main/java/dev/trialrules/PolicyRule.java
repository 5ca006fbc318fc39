package dev.trialrules;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One rule of a built policy as its author described it: its name, the policy rule ID it
 * implements, the source sentence it comes from, the reading it takes where the policy leaves a
 * choice, and the severities its findings may have. Read from the rule's metadata in DRL:
 *
 * <pre>{@code
 * rule "EXT-01 Warn that an extension counted from today shortens the trial"
 *     @id("EXT-01")
 *     @severity("WARN, DENY")
 *     @source("114: forlænge prøveperioden med 30 dage fra dags dato")
 *     @reading("The new end date is always today + the step, even when that shortens the trial.")
 * when ...
 * }</pre>
 *
 * <p>A rule without {@code @id} (an author's rule written before rules carried metadata) has the
 * ID that starts its name, or else its whole name; a rule without {@code @severity} classifies
 * (it derives a fact other rules read) and reports no finding of its own.
 *
 * <pre>{@code
 * engine.rules().stream()
 *     .filter(r -> r.ruleId().equals("EXT-01"))
 *     .forEach(r -> System.out.println(r.name() + " <- " + r.source().orElse("?")));
 * }</pre>
 */
public final class PolicyRule {
  private static final Pattern RULE_ID = Pattern.compile("^([A-Z][A-Z0-9]*-[0-9]+)(?:\\s|$)");
  private static final Pattern SEVERITY_SEPARATOR = Pattern.compile("\\s*,\\s*");

  private final String packageName;
  private final String name;
  private final String ruleId;
  private final @Nullable String source;
  private final @Nullable String reading;
  private final Set<Severity> severities;

  private PolicyRule(String packageName, String name, String ruleId, @Nullable String source, @Nullable String reading,
      Set<Severity> severities) {
    this.packageName = packageName;
    this.name = name;
    this.ruleId = ruleId;
    this.source = source;
    this.reading = reading;
    this.severities = severities;
  }

  /**
   * Describes a rule from its name and metadata; the engine calls this for every rule it builds.
   *
   * @param packageName the DRL package the rule is in
   * @param name the rule's name
   * @param metadata the rule's metadata ({@code @id}, {@code @source}, {@code @reading},
   *     {@code @severity}); other keys are ignored
   * @throws IllegalArgumentException naming the rule when {@code @severity} names no severity
   */
  public static PolicyRule of(String packageName, String name, Map<String, Object> metadata) {
    Objects.requireNonNull(packageName, "packageName");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(metadata, "metadata");
    String id = text(metadata.get("id"));
    Set<Severity> severities = EnumSet.noneOf(Severity.class);
    String declared = text(metadata.get("severity"));
    if (declared != null) {
      for (String severity : SEVERITY_SEPARATOR.split(declared)) {
        try {
          severities.add(Severity.valueOf(severity.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("rule '" + name + "' declares @severity(\"" + declared
              + "\"); each must be one of DENY, REQUIRE, APPROVAL, WARN, INFO", e);
        }
      }
    }
    return new PolicyRule(packageName, name, id != null ? id : idFromName(name), text(metadata.get("source")),
        text(metadata.get("reading")), Collections.unmodifiableSet(severities));
  }

  /** The ID that starts a rule's name, such as {@code EXIST-02}, or else the whole name. */
  public static String idFromName(String ruleName) {
    Matcher m = RULE_ID.matcher(ruleName);
    return m.find() ? m.group(1) : ruleName;
  }

  private static @Nullable String text(@Nullable Object value) {
    return value instanceof String s && !s.isBlank() ? s.strip() : null;
  }

  /** The DRL package the rule is in. */
  public String packageName() {
    return packageName;
  }

  /** The rule's name: a sentence starting with its ID that says what it does. */
  public String name() {
    return name;
  }

  /** The policy rule ID it implements, such as {@code EXT-01}. */
  public String ruleId() {
    return ruleId;
  }

  /** The source sentence it comes from, with its line in the source document; empty if undeclared. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** The reading it takes where the policy leaves a choice; empty if it takes none. */
  public Optional<String> reading() {
    return Optional.ofNullable(reading);
  }

  /** The severities its findings may have; empty for a rule that classifies. */
  public Set<Severity> severities() {
    return severities;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PolicyRule that && packageName.equals(that.packageName) && name.equals(that.name)
        && ruleId.equals(that.ruleId) && Objects.equals(source, that.source)
        && Objects.equals(reading, that.reading) && severities.equals(that.severities);
  }

  @Override
  public int hashCode() {
    return Objects.hash(packageName, name, ruleId, source, reading, severities);
  }

  @Override
  public String toString() {
    return ruleId + " " + packageName + "." + name;
  }
}
