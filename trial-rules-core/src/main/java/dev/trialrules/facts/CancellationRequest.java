package dev.trialrules.facts;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A request to cancel a trial (END-01).
 */
public final class CancellationRequest implements TrialRequest {
  private final LocalDate today;
  private final Trial trial;
  private final CancelledBy by;

  /** Validates; every component is required. */
  private CancellationRequest(LocalDate today, Trial trial, CancelledBy by) {
    Check.requiredDate(today, "today");
    Check.notNull(trial, "trial");
    Check.notNull(by, "by");
    this.today = today;
    this.trial = trial;
    this.by = by;
  }

  /**
   * A request to cancel the trial on {@code today}.
   *
   * @throws NullPointerException if any is {@code null}
   * @throws IllegalArgumentException if {@code today} lies outside 0001-01-01..9999-12-31
   */
  public static CancellationRequest of(LocalDate today, Trial trial, CancelledBy by) {
    return new CancellationRequest(today, trial, by);
  }

  /** The day of the cancellation. */
  public LocalDate today() {
    return today;
  }

  /** The trial to cancel. */
  public Trial trial() {
    return trial;
  }

  /** Who cancels it. */
  public CancelledBy by() {
    return by;
  }

  /**
   * Equal when every accessor returns an equal value, as a record's would be: Drools' logical
   * insertion and the JSON round trip compare facts by value.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CancellationRequest that
        && Objects.equals(today, that.today)
        && Objects.equals(trial, that.trial)
        && Objects.equals(by, that.by);
  }

  @Override
  public int hashCode() {
    return Objects.hash(today, trial, by);
  }

  /**
   * {@code CancellationRequest[today=..., ...]}, as a record prints: these facts were records, and logs
   * and test expectations read that form.
   */
  @Override
  public String toString() {
    return "CancellationRequest["
        + "today=" + today
        + ", trial=" + trial
        + ", by=" + by
        + "]";
  }
}
