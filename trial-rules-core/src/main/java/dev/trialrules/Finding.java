package dev.trialrules;

import java.util.Objects;
import java.util.Optional;

/**
 * One reason behind a {@link Decision}: which policy rule spoke, how strongly, about what, and
 * what to do about it.
 *
 * @param ruleId the policy rule ID from POLICY.md, such as {@code EXIST-02}; for an author's rule
 *     whose name carries no ID, the whole rule name; {@code ENGINE} when the engine itself failed
 * @param ruleName the DRL rule's full name, a sentence starting with the ID
 * @param severity how strongly the rule speaks
 * @param subject what it speaks about: a service, a device type, a field name, or the party
 * @param message a sentence a person can read
 * @param remedy what to do instead, where the policy names it
 * @param source where the rule comes from: the policy's source sentence that the rule's
 *     {@code @source} metadata quotes, with its line in the source document; empty for a rule that
 *     declares none (an author's rule, or the engine's own findings)
 */
public record Finding(
    String ruleId, String ruleName, Severity severity, String subject, String message, Optional<String> remedy,
    Optional<String> source) {

  /** The rule ID given to findings the engine makes when a rule set fails at run time. */
  public static final String ENGINE = "ENGINE";

  /** Validates; every component is required. */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(ruleName, "ruleName");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(remedy, "remedy");
    Objects.requireNonNull(source, "source");
  }

  /** A finding whose rule declares no source. */
  public Finding(String ruleId, String ruleName, Severity severity, String subject, String message,
      Optional<String> remedy) {
    this(ruleId, ruleName, severity, subject, message, remedy, Optional.empty());
  }

  @Override
  public String toString() {
    return severity + " " + ruleId + " [" + subject + "] " + message
        + remedy.map(r -> " (remedy: " + r + ")").orElse("");
  }
}
