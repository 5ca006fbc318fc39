package dev.trialrules.rules;

import dev.trialrules.facts.Trial;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A classified fact: a trial's expiry date E and the last day of its grace period
 * G = E + {@code grace-period-days} (POLICY.md's Dates section). The shipped {@code dates.drl}
 * inserts one for every trial a request or a timeline is about, so that every rule that asks
 * "is it past G?" (EXT-04, MOD-04, CONV-04, END-01) or schedules from G (END-05..07) reads the
 * same date instead of computing it again.
 *
 * <pre>{@code
 * ExtensionRequest( $trial : trial, $today : today )
 * GracePeriod( trial == $trial, lastDay.isBefore($today) )
 * }</pre>
 *
 * @param trial the trial
 * @param expiresOn E, the trial's end date
 * @param lastDay G, the last day the trial can still be converted
 * @param forTimeline whether it was classified for a timeline request rather than a decision:
 *     timeline rules read it without joining it back to its request, which in a sweep's session
 *     of a thousand trials would hash each trial, a deep record, on every lookup
 */
public record GracePeriod(Trial trial, LocalDate expiresOn, LocalDate lastDay, boolean forTimeline) {

  /** Validates; every component is required. */
  public GracePeriod {
    Objects.requireNonNull(trial, "trial");
    Objects.requireNonNull(expiresOn, "expiresOn");
    Objects.requireNonNull(lastDay, "lastDay");
  }

  /** Whether {@code date} is after G: the trial has ended, whatever status is on record. */
  public boolean endedBy(LocalDate date) {
    return date.isAfter(lastDay);
  }
}
