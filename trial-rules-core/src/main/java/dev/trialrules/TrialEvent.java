package dev.trialrules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A dated event in a trial's life, as a rule of POLICY.md schedules it: a notice (an e-mail, with
 * its recipients), a change of the trial's state (it expires, moves to the consumer organization,
 * loses Calling, releases its numbers, is cancelled) or a deadline (the devices' return).
 *
 * <p>Only a {@link EventKind#NOTICE} has recipients, and only a {@link EventKind#CHANGE} changes
 * the state, so a job that sends the notices of a day can never mail a change:
 *
 * <pre>{@code
 * timeline.eventsOn(today).stream()
 *     .filter(e -> e.kind() == EventKind.NOTICE)
 *     .forEach(e -> mailer.send(e.recipients(), e.description()));
 * }</pre>
 *
 * @param trialId the trial it belongs to
 * @param date the day it happens
 * @param ruleId the policy rule that schedules it, such as {@code END-07}
 * @param kind a notice, a change or a deadline
 * @param recipients who a notice is e-mailed to; empty for a change or a deadline
 * @param change what it changes about the trial's state; {@link Change#NONE} unless a change
 * @param description what happens, as a sentence
 */
public record TrialEvent(
    String trialId, LocalDate date, String ruleId, EventKind kind, Set<Audience> recipients, Change change,
    String description)
    implements Comparable<TrialEvent> {

  /**
   * Validates and copies; every component is required.
   *
   * @throws IllegalArgumentException for a notice without recipients or with a change, or a change
   *     or deadline with recipients, or a change without a {@link Change}, or a deadline with one
   */
  public TrialEvent {
    Objects.requireNonNull(trialId, "trialId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(recipients, "recipients");
    recipients = recipients.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(recipients));
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(description, "description");
    boolean shapeFits = switch (kind) {
      case NOTICE -> !recipients.isEmpty() && change == Change.NONE;
      case CHANGE -> recipients.isEmpty() && change != Change.NONE;
      case DEADLINE -> recipients.isEmpty() && change == Change.NONE;
    };
    if (!shapeFits) {
      throw new IllegalArgumentException("a " + kind + " event of " + ruleId + " cannot have recipients "
          + recipients + " and change " + change + ": a NOTICE has recipients and no change, a CHANGE a change"
          + " and no recipients, a DEADLINE neither");
    }
  }

  /** A notice: an e-mail to {@code recipients} on {@code date}. */
  public static TrialEvent notice(String trialId, LocalDate date, String ruleId, Set<Audience> recipients,
      String description) {
    return new TrialEvent(trialId, date, ruleId, EventKind.NOTICE, recipients, Change.NONE, description);
  }

  /** A change of the trial's state on {@code date}. */
  public static TrialEvent change(String trialId, LocalDate date, String ruleId, Change change, String description) {
    return new TrialEvent(trialId, date, ruleId, EventKind.CHANGE, Set.of(), change, description);
  }

  /** A last day to act. */
  public static TrialEvent deadline(String trialId, LocalDate date, String ruleId, String description) {
    return new TrialEvent(trialId, date, ruleId, EventKind.DEADLINE, Set.of(), Change.NONE, description);
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
