package dev.trialrules.facts;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A request to extend a trial by the extension step, counted from today (EXT-01..04).
 */
public final class ExtensionRequest implements TrialRequest {
  private final LocalDate today;
  private final Trial trial;

  /** Validates; both components are required. */
  private ExtensionRequest(LocalDate today, Trial trial) {
    Check.requiredDate(today, "today");
    Check.notNull(trial, "trial");
    this.today = today;
    this.trial = trial;
  }

  /**
   * A request to extend the trial, made on {@code today}.
   *
   * @throws NullPointerException if either is {@code null}
   * @throws IllegalArgumentException if {@code today} lies outside 0001-01-01..9999-12-31
   */
  public static ExtensionRequest of(LocalDate today, Trial trial) {
    return new ExtensionRequest(today, trial);
  }

  /** The day of the request; the new end date counts from it. */
  public LocalDate today() {
    return today;
  }

  /** The trial to extend. */
  public Trial trial() {
    return trial;
  }

  /**
   * Equal when every accessor returns an equal value, as a record's would be: Drools' logical
   * insertion and the JSON round trip compare facts by value.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ExtensionRequest that
        && Objects.equals(today, that.today)
        && Objects.equals(trial, that.trial);
  }

  @Override
  public int hashCode() {
    return Objects.hash(today, trial);
  }

  /**
   * {@code ExtensionRequest[today=..., ...]}, as a record prints: these facts were records, and logs
   * and test expectations read that form.
   */
  @Override
  public String toString() {
    return "ExtensionRequest["
        + "today=" + today
        + ", trial=" + trial
        + "]";
  }
}
