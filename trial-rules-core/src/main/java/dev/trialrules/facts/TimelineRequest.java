package dev.trialrules.facts;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Asks the rules for a trial's dated events (END-02..07, EXIST-06, RET-01). The engine inserts
 * one per trial for {@code timeline} and {@code sweep}; timeline rules match it, so deciding an
 * action on the same trial does not schedule anything.
 */
public final class TimelineRequest {
  private final Trial trial;

  /** Validates; the trial is required. */
  private TimelineRequest(Trial trial) {
    Check.notNull(trial, "trial");
    this.trial = trial;
  }

  /**
   * Asks for the trial's dated events.
   *
   * @throws NullPointerException if {@code trial} is {@code null}
   */
  public static TimelineRequest of(Trial trial) {
    return new TimelineRequest(trial);
  }

  /** The trial to schedule. */
  public Trial trial() {
    return trial;
  }

  /**
   * Equal when every accessor returns an equal value, as a record's would be: Drools' logical
   * insertion and the JSON round trip compare facts by value.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TimelineRequest that
        && Objects.equals(trial, that.trial);
  }

  @Override
  public int hashCode() {
    return Objects.hash(trial);
  }

  /**
   * {@code TimelineRequest[trial=..., ...]}, as a record prints: these facts were records, and logs
   * and test expectations read that form.
   */
  @Override
  public String toString() {
    return "TimelineRequest["
        + "trial=" + trial
        + "]";
  }
}
