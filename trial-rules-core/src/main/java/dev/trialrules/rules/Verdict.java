package dev.trialrules.rules;

import dev.trialrules.Audience;
import dev.trialrules.Change;
import dev.trialrules.DerivedValue;
import dev.trialrules.Severity;
import java.time.LocalDate;

/**
 * What a rule's consequence reports to: findings and derived values for the decision being
 * made, events for a timeline. Available in every rule file as the global {@code verdict}. The
 * rule ID of each finding and event is the firing rule's {@code @id} metadata (such as
 * {@code @id("EXIST-02")}); for a rule without one, the ID that starts its name, or else its whole
 * name. Its {@code @source} metadata becomes the finding's {@link dev.trialrules.Finding#source()}.
 *
 * <p>Not for Java callers: the engine makes one per decision and it is not thread-safe.
 */
public interface Verdict {

  /**
   * The action may not happen; {@code field} is the input it concerns.
   *
   * @param field the input field the finding concerns, dotted as in the request's JSON
   *     ({@code "vertical"}, {@code "trial.status"}), or {@link dev.trialrules.Finding#REQUEST}
   * @param message a sentence a person can read
   */
  void deny(String field, String message);

  /** The action may not happen; {@code remedy} says what to do instead. */
  void deny(String field, String message, String remedy);

  /** The action may happen once the trial team approves. */
  void approval(String field, String message);

  /** The action may happen once the input named by {@code field} is supplied. */
  void require(String field, String message);

  /** The action may happen, but the person acting must be shown this. */
  void warn(String field, String message);

  /** A fact the caller needs. */
  void info(String field, String message);

  /** A finding whose severity is a parameter, such as NEW-11's. */
  void report(Severity severity, String field, String message);

  /**
   * Reports findings about one item of a field, a service code, a device type or a serial number,
   * through the methods of what it returns.
   *
   * <p>A separate step rather than a third string parameter, because the third string of
   * {@link #deny(String, String, String)} is the remedy, and an item must not be mistaken for one:
   *
   * <pre>
   * verdict.about("services", $service).deny("The customer already purchased " + $service + ".");
   * </pre>
   *
   * @param field the input field that holds the item, such as {@code "services"}
   * @param item the item itself, such as {@code "MEETINGS"}
   */
  About about(String field, String item);

  /** Reports findings about the one item {@link Verdict#about(String, String)} names. */
  interface About {

    /** The action may not happen. */
    void deny(String message);

    /** The action may not happen; {@code remedy} says what to do instead. */
    void deny(String message, String remedy);

    /** The action may happen once the trial team approves. */
    void approval(String message);

    /** The action may happen once the item is corrected. */
    void require(String message);

    /** The action may happen, but the person acting must be shown this. */
    void warn(String message);

    /** A fact the caller needs. */
    void info(String message);

    /** A finding whose severity is a parameter. */
    void report(Severity severity, String message);
  }

  /**
   * Sets a derived value of the decision. Deriving the same key twice with different values is
   * a rule-set bug and fails the decision closed.
   */
  <T> void derive(DerivedValue<T> key, T value);

  /**
   * Puts a notice, an e-mail the policy names, on a trial's timeline; for rules that match a
   * {@link dev.trialrules.facts.TimelineRequest}.
   *
   * @param trialId the trial's ID
   * @param date the day it is sent
   * @param description what it says, as a sentence
   * @param recipients who receives it; at least one
   */
  void notice(String trialId, LocalDate date, String description, Audience... recipients);

  /**
   * Puts a change of the trial's state on its timeline: no e-mail, no recipients.
   *
   * @param trialId the trial's ID
   * @param date the day the trial enters the new state
   * @param change what changes; not {@link Change#NONE}
   * @param description what happens, as a sentence
   */
  void change(String trialId, LocalDate date, Change change, String description);

  /**
   * Puts a deadline, the last day for something to be done, on a trial's timeline: no e-mail.
   *
   * @param trialId the trial's ID
   * @param date the last day
   * @param description what must be done by then, as a sentence
   */
  void deadline(String trialId, LocalDate date, String description);
}
