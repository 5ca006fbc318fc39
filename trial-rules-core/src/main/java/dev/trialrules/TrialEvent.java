package dev.trialrules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A dated event in a trial's life, as a rule of POLICY.md schedules it: a notice, the expiry,
 * the move to the consumer organization, the release of numbers, a device return deadline.
 *
 * @param trialId the trial it belongs to
 * @param date the day it happens
 * @param ruleId the policy rule that schedules it, such as {@code END-07}
 * @param audience who it is for
 * @param change what it changes about the trial's state
 * @param description what happens, as a sentence
 */
public record TrialEvent(
    String trialId, LocalDate date, String ruleId, Set<Audience> audience, Change change, String description)
    implements Comparable<TrialEvent> {

  /** Validates and copies; every component is required. */
  public TrialEvent {
    Objects.requireNonNull(trialId, "trialId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(audience, "audience");
    audience = audience.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(audience));
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(description, "description");
  }

  /** By date, then rule ID, then description: the order a timeline lists them in. */
  @Override
  public int compareTo(TrialEvent other) {
    int byDate = date.compareTo(other.date);
    if (byDate != 0) {
      return byDate;
    }
    int byRule = ruleId.compareTo(other.ruleId);
    return byRule != 0 ? byRule : description.compareTo(other.description);
  }
}
