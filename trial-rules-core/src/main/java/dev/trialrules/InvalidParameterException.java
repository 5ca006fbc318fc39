package dev.trialrules;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A policy parameter refused by {@link PolicyParameters}: the key, the value as given and why.
 * Callers that show the refusal where the key is set (the validator, the engine's builder, an
 * editor) read {@link #key()} instead of parsing the message.
 *
 * <pre>{@code
 * try {
 *   PolicyParameters.fromProperties(properties);
 * } catch (InvalidParameterException e) {
 *   System.out.println(e.key() + ": " + e.reason());   // grace-period-days: is not a whole number
 * }
 * }</pre>
 *
 * <p>An {@link IllegalArgumentException}, so that code catching that keeps working; a rule set
 * that does not build is still reported by the one {@link RuleSetException}, which carries this
 * refusal's message placed on the key's line.
 */
public final class InvalidParameterException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final @Nullable String value;
  private final String reason;

  /**
   * A refusal of {@code key}.
   *
   * @param key the parameter as written in {@code parameters.properties}, such as
   *     {@code grace-period-days} or {@code region.DK}
   * @param value its value as given; {@code null} when the key is not set at all
   * @param reason what is wrong, worded to follow the key and value: {@code "is not defined"},
   *     {@code "must be from 0 to 36500"}
   */
  public InvalidParameterException(String key, @Nullable String value, String reason) {
    super(message(Objects.requireNonNull(key, "key"), value, Objects.requireNonNull(reason, "reason")));
    this.key = key;
    this.value = value;
    this.reason = reason;
  }

  /** The refused parameter's key, as written in {@code parameters.properties}. */
  public String key() {
    return key;
  }

  /** The refused value as given; {@code null} when the key was not set. */
  public @Nullable String value() {
    return value;
  }

  /** What is wrong, worded to follow the key and value, such as {@code "must be WARN or DENY"}. */
  public String reason() {
    return reason;
  }

  private static String message(String key, @Nullable String value, String reason) {
    return "parameter " + key + (value == null ? "" : " = '" + value + "'") + " " + reason;
  }
}
