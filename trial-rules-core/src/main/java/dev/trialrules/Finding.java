package dev.trialrules;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One reason behind a {@link Decision}: which policy rule spoke, how strongly, about which input
 * field and which item of it, and what to do about it.
 *
 * <p>{@link #field()} is the input field the finding concerns, in the dotted form of the request's
 * JSON ({@code "vertical"}, {@code "services"}, {@code "trial.deviceDueDate"}), or
 * {@link #REQUEST} for one about the request as a whole. {@link #item()} is the service code,
 * device type or serial number within that field that the finding names, when it names one:
 *
 * <pre>{@code
 * for (Finding f : decision.findings(Severity.DENY)) {
 *   form.markInvalid(f.field(), f.item().orElse(null), f.message());
 * }
 * }</pre>
 *
 * <p>Absent parts ({@link #item()}, {@link #remedy()}, {@link #source()}) are returned as
 * {@link Optional}; no method returns {@code null}. A class rather than a record, so that a later
 * part can be added without breaking a caller's constructor calls: build one with
 * {@link #of(String, Severity, String, String)} or {@link #builder(String, Severity, String, String)}.
 */
public final class Finding {

  /** The rule ID given to findings the engine makes when a rule set fails at run time. */
  public static final String ENGINE = "ENGINE";

  /** The {@link #field()} of a finding about the request as a whole rather than one input field. */
  public static final String REQUEST = "request";

  private final String ruleId;
  private final String ruleName;
  private final Severity severity;
  private final String field;
  private final @Nullable String item;
  private final String message;
  private final @Nullable String remedy;
  private final @Nullable String source;

  private Finding(Builder b) {
    this.ruleId = b.ruleId;
    this.ruleName = b.ruleName != null ? b.ruleName : b.ruleId;
    this.severity = b.severity;
    this.field = b.field;
    this.item = b.item;
    this.message = b.message;
    this.remedy = b.remedy;
    this.source = b.source;
  }

  /**
   * A finding with no item, remedy or source, whose rule name is its rule ID.
   *
   * @throws NullPointerException naming the argument that is null
   */
  public static Finding of(String ruleId, Severity severity, String field, String message) {
    return builder(ruleId, severity, field, message).build();
  }

  /**
   * A builder of a finding with these required parts; the optional ones are set on it, each at
   * most once.
   *
   * @param ruleId the policy rule ID, such as {@code EXIST-02}
   * @param severity how strongly the rule speaks
   * @param field the input field it concerns, or {@link #REQUEST}
   * @param message a sentence a person can read
   * @throws NullPointerException naming the argument that is null
   */
  public static Builder builder(String ruleId, Severity severity, String field, String message) {
    return new Builder(ruleId, severity, field, message);
  }

  /**
   * The policy rule ID from POLICY.md, such as {@code EXIST-02}; for an author's rule whose name
   * carries no ID, the whole rule name; {@link #ENGINE} when the engine itself failed.
   */
  public String ruleId() {
    return ruleId;
  }

  /** The DRL rule's full name, a sentence starting with the ID. */
  public String ruleName() {
    return ruleName;
  }

  /** How strongly the rule speaks. */
  public Severity severity() {
    return severity;
  }

  /**
   * The input field it concerns, dotted as in the request's JSON ({@code "services"},
   * {@code "trial.deviceDueDate"}), or {@link #REQUEST}.
   */
  public String field() {
    return field;
  }

  /** The service code, device type or serial number within {@link #field()} that it names, if one. */
  public Optional<String> item() {
    return Optional.ofNullable(item);
  }

  /** A sentence a person can read. */
  public String message() {
    return message;
  }

  /** What to do instead, where the policy names it. */
  public Optional<String> remedy() {
    return Optional.ofNullable(remedy);
  }

  /**
   * Where the rule comes from: the policy's source sentence that the rule's {@code @source}
   * metadata quotes, with its line in the source document; empty for a rule that declares none
   * (an author's rule, or the engine's own findings).
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Finding that && ruleId.equals(that.ruleId) && ruleName.equals(that.ruleName)
        && severity == that.severity && field.equals(that.field) && Objects.equals(item, that.item)
        && message.equals(that.message) && Objects.equals(remedy, that.remedy)
        && Objects.equals(source, that.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, ruleName, severity, field, item, message, remedy, source);
  }

  /** {@code SEVERITY RULE-ID [field] message} or {@code [field item]}, and the remedy if any. */
  @Override
  public String toString() {
    return severity + " " + ruleId + " [" + field + (item != null ? " " + item : "") + "] " + message
        + (remedy != null ? " (remedy: " + remedy + ")" : "");
  }

  /**
   * Builds a {@link Finding}. Each optional part may be set once: a second setting is a bug in
   * the caller, refused rather than silently overwriting the first.
   */
  public static final class Builder {
    private final String ruleId;
    private final Severity severity;
    private final String field;
    private final String message;
    private @Nullable String ruleName;
    private @Nullable String item;
    private @Nullable String remedy;
    private @Nullable String source;

    private Builder(String ruleId, Severity severity, String field, String message) {
      this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
      this.severity = Objects.requireNonNull(severity, "severity");
      this.field = Objects.requireNonNull(field, "field");
      this.message = Objects.requireNonNull(message, "message");
    }

    /** The DRL rule's full name; the rule ID if not set. */
    public Builder ruleName(String ruleName) {
      this.ruleName = once("ruleName", this.ruleName, ruleName);
      return this;
    }

    /** The service code, device type or serial number it names; {@code null} for none. */
    public Builder item(@Nullable String item) {
      this.item = once("item", this.item, item);
      return this;
    }

    /** What to do instead; {@code null} for none. */
    public Builder remedy(@Nullable String remedy) {
      this.remedy = once("remedy", this.remedy, remedy);
      return this;
    }

    /** The source sentence the rule quotes; {@code null} for none. */
    public Builder source(@Nullable String source) {
      this.source = once("source", this.source, source);
      return this;
    }

    /** The finding. */
    public Finding build() {
      return new Finding(this);
    }

    private static @Nullable String once(String part, @Nullable String current, @Nullable String value) {
      if (current != null) {
        throw new IllegalStateException(part + " was already set to " + current);
      }
      return value;
    }
  }
}
