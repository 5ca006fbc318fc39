package dev.trialrules.rules;

import dev.trialrules.Audience;
import dev.trialrules.Change;
import dev.trialrules.DerivedValue;
import dev.trialrules.Severity;
import java.time.LocalDate;

/**
 * What a rule's consequence reports to: findings and derived values for the decision being
 * made. Available in every rule file as the global {@code verdict}. The rule ID of each finding
 * is the ID that starts the firing rule's name (such as {@code EXIST-02}), or the whole name of a
 * rule that has none.
 *
 * <p>Not for Java callers: the engine makes one per decision and it is not thread-safe.
 */
public interface Verdict {

  /** The action may not happen. */
  void deny(String subject, String message);

  /** The action may not happen; {@code remedy} says what to do instead. */
  void deny(String subject, String message, String remedy);

  /** The action may happen once the trial team approves. */
  void approval(String subject, String message);

  /** The action may happen once the input named by {@code field} is supplied. */
  void require(String field, String message);

  /** The action may happen, but the person acting must be shown this. */
  void warn(String subject, String message);

  /** A fact the caller needs. */
  void info(String subject, String message);

  /** A finding whose severity is a parameter, such as NEW-11's. */
  void report(Severity severity, String subject, String message);

  /**
   * Sets a derived value of the decision. Deriving the same key twice with different values is
   * a rule-set bug and fails the decision closed.
   */
  <T> void derive(DerivedValue<T> key, T value);

  /**
   * Puts an event on a trial's timeline; for rules that match a
   * {@link dev.trialrules.facts.TimelineRequest}.
   *
   * @param trialId the trial's ID
   * @param date the day it happens
   * @param change what it changes about the trial's state
   * @param description what happens, as a sentence
   * @param audience who it is for
   */
  void schedule(String trialId, LocalDate date, Change change, String description, Audience... audience);
}
