package dev.trialrules;

import dev.trialrules.facts.Trial;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Every dated event of one trial, in date order, and the state the trial is in on any date.
 * The state follows from the events alone: each event says what it changes.
 *
 * <pre>{@code
 * Timeline timeline = engine.timeline(trial);
 * timeline.events().forEach(e -> System.out.println(e.date() + " " + e.ruleId() + " " + e.description()));
 * TrialState state = timeline.stateOn(LocalDate.of(2027, 1, 15));
 * }</pre>
 *
 * <p>A timeline the rules could not schedule says so: {@link #failed()} is true, {@link #failure()}
 * names the rule and what it threw, and it has no events, not even those the failed run made
 * before it stopped, since a half-scheduled timeline would read as a complete one.
 */
public final class Timeline {
  private final Trial trial;
  private final List<TrialEvent> events;
  private final String rulesRevision;
  private final @Nullable ScheduleFailure failure;

  /**
   * A timeline of these events.
   *
   * @param trial the trial
   * @param events its events, in any order
   * @param rulesRevision the revision of the rules that scheduled them
   */
  public Timeline(Trial trial, List<TrialEvent> events, String rulesRevision) {
    this.trial = Objects.requireNonNull(trial, "trial");
    List<TrialEvent> sorted = new ArrayList<>(events);
    sorted.sort(null);
    this.events = List.copyOf(sorted);
    this.rulesRevision = Objects.requireNonNull(rulesRevision, "rulesRevision");
    this.failure = null;
  }

  private Timeline(ScheduleFailure failure) {
    this.trial = failure.trial();
    this.events = List.of();
    this.rulesRevision = failure.rulesRevision();
    this.failure = failure;
  }

  /**
   * The timeline of a trial the rules could not schedule: no events, and {@link #failure()}.
   *
   * @throws NullPointerException if {@code failure} is null
   */
  public static Timeline failed(ScheduleFailure failure) {
    return new Timeline(Objects.requireNonNull(failure, "failure"));
  }

  /** Whether the rules failed to schedule the trial; then it has no events and no state. */
  public boolean failed() {
    return failure != null;
  }

  /** Why the rules failed to schedule the trial; null when they did not ({@link #failed()} is false). */
  public @Nullable ScheduleFailure failure() {
    return failure;
  }

  /** The trial. */
  public Trial trial() {
    return trial;
  }

  /** Every event, by date; none when the timeline {@linkplain #failed() failed}. */
  public List<TrialEvent> events() {
    return events;
  }

  /** The events on one date. */
  public List<TrialEvent> eventsOn(LocalDate date) {
    return events.stream().filter(e -> e.date().equals(date)).toList();
  }

  /** The revision of the rules that scheduled the events. */
  public String rulesRevision() {
    return rulesRevision;
  }

  /**
   * The trial's state at the end of {@code date}: its state as given, then every event up to and
   * including that date applied in order. While it runs, the days left are E − {@code date}, as
   * POLICY.md's Dates section counts them.
   *
   * @throws IllegalStateException if the timeline {@linkplain #failed() failed}
   */
  public TrialState stateOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (failure != null) {
      // Without its events the trial would seem to run forever: no state beats a wrong one.
      throw new IllegalStateException("no state on " + date + ": " + failure);
    }
    Phase initial = initialPhase();
    int daysLeft = initial == Phase.RUNNING && date.isBefore(trial.endDate())
        ? Math.toIntExact(ChronoUnit.DAYS.between(date, trial.endDate())) : 0;
    TrialState state = new TrialState(initial, daysLeft, false, false);
    for (TrialEvent event : events) {
      if (event.date().isAfter(date)) {
        break;
      }
      state = state.after(event.change());
    }
    return state;
  }

  /**
   * The phase before any event. An expired or ended trial starts out running too: its events
   * (expiry, the move to the consumer organization) say when it stopped, so its state on an
   * earlier date is its history. A cancelled or converted trial carries no date of that step, so
   * it is in that phase on every date.
   */
  private Phase initialPhase() {
    return switch (trial.status()) {
      case PENDING_CONSENT -> Phase.PENDING_CONSENT;
      case CANCELLED -> Phase.CANCELLED;
      case CONVERTED -> Phase.CONVERTED;
      case PENDING_PROVISIONING, ACTIVE, EXPIRED, ENDED -> Phase.RUNNING;
    };
  }

  @Override
  public String toString() {
    if (failure != null) {
      return trial.trialId() + " FAILED: " + failure.message();
    }
    StringBuilder text = new StringBuilder(trial.trialId());
    events.forEach(e -> text.append("\n  ").append(e.date()).append(' ').append(e.ruleId()).append(' ')
        .append(e.kind()).append(e.recipients().isEmpty() ? "" : " " + e.recipients()).append(' ')
        .append(e.description()));
    return text.toString();
  }
}
