package dev.trialrules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
 * <p>A final class with a factory per kind rather than a record, so that a part can be added
 * without breaking callers, and so that an event of the wrong shape cannot be made at all.
 */
public final class TrialEvent implements Comparable<TrialEvent> {
  private final String trialId;
  private final LocalDate date;
  private final String ruleId;
  private final EventKind kind;
  private final Set<Audience> recipients;
  private final Change change;
  private final String description;

  private TrialEvent(String trialId, LocalDate date, String ruleId, EventKind kind, Set<Audience> recipients,
      Change change, String description) {
    this.trialId = Objects.requireNonNull(trialId, "trialId");
    this.date = Objects.requireNonNull(date, "date");
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.kind = kind;
    Objects.requireNonNull(recipients, "recipients");
    this.recipients = recipients.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(recipients));
    this.change = Objects.requireNonNull(change, "change");
    this.description = Objects.requireNonNull(description, "description");
  }

  /**
   * A notice: an e-mail to {@code recipients} on {@code date}.
   *
   * @param trialId the trial it belongs to
   * @param date the day it is sent
   * @param ruleId the policy rule that schedules it, such as {@code END-07}
   * @param recipients who it is e-mailed to; at least one
   * @param description what it says, as a sentence
   * @throws NullPointerException naming the argument that is null
   * @throws IllegalArgumentException when {@code recipients} is empty
   */
  public static TrialEvent notice(String trialId, LocalDate date, String ruleId, Set<Audience> recipients,
      String description) {
    Objects.requireNonNull(recipients, "recipients");
    if (recipients.isEmpty()) {
      throw new IllegalArgumentException("a NOTICE event of " + ruleId + " must have recipients");
    }
    return new TrialEvent(trialId, date, ruleId, EventKind.NOTICE, recipients, Change.NONE, description);
  }

  /**
   * A change of the trial's state on {@code date}.
   *
   * @throws NullPointerException naming the argument that is null
   * @throws IllegalArgumentException when {@code change} is {@link Change#NONE}
   */
  public static TrialEvent change(String trialId, LocalDate date, String ruleId, Change change, String description) {
    Objects.requireNonNull(change, "change");
    if (change == Change.NONE) {
      throw new IllegalArgumentException("a CHANGE event of " + ruleId + " must change something, not " + change);
    }
    return new TrialEvent(trialId, date, ruleId, EventKind.CHANGE, Set.of(), change, description);
  }

  /**
   * A last day to act.
   *
   * @throws NullPointerException naming the argument that is null
   */
  public static TrialEvent deadline(String trialId, LocalDate date, String ruleId, String description) {
    return new TrialEvent(trialId, date, ruleId, EventKind.DEADLINE, Set.of(), Change.NONE, description);
  }

  /** The trial it belongs to. */
  public String trialId() {
    return trialId;
  }

  /** The day it happens. */
  public LocalDate date() {
    return date;
  }

  /** The policy rule that schedules it, such as {@code END-07}. */
  public String ruleId() {
    return ruleId;
  }

  /** A notice, a change or a deadline. */
  public EventKind kind() {
    return kind;
  }

  /** Who a notice is e-mailed to; empty for a change or a deadline. */
  public Set<Audience> recipients() {
    return recipients;
  }

  /** What it changes about the trial's state; {@link Change#NONE} unless a change. */
  public Change change() {
    return change;
  }

  /** What happens, as a sentence. */
  public String description() {
    return description;
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

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TrialEvent that && trialId.equals(that.trialId) && date.equals(that.date)
        && ruleId.equals(that.ruleId) && kind == that.kind && recipients.equals(that.recipients)
        && change == that.change && description.equals(that.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(trialId, date, ruleId, kind, recipients, change, description);
  }

  /** {@code DATE RULE-ID KIND [recipients] or change: description}, for logs and test failures. */
  @Override
  public String toString() {
    String what = switch (kind) {
      case NOTICE -> " to " + recipients;
      case CHANGE -> " " + change;
      case DEADLINE -> "";
    };
    return date + " " + ruleId + " " + kind + what + " (" + trialId + "): " + description;
  }
}
