package dev.trialrules.cli;

import dev.trialrules.Audience;
import dev.trialrules.Change;
import dev.trialrules.Timeline;
import dev.trialrules.TrialEvent;
import dev.trialrules.TrialState;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * A timeline as text for a person at a terminal: the trial's ID, one line per event in date
 * order (the change in parentheses when the event makes one), then the state when asked for:
 *
 * <pre>
 * trial-calling-01
 *   2026-12-25 END-02 [CUSTOMER_ADMINS, PARTNER_ADMINS] The trial expires in 7 days.
 *   2027-01-01 END-04 [CUSTOMER_ADMINS] The grace period begins. (EXPIRES)
 * state on 2027-02-01
 *   phase = ENDED
 *   callingStopped = true
 *   numbersReleased = false
 * </pre>
 */
final class TimelineText {
  private TimelineText() {}

  /**
   * The timeline as text, ending with a newline.
   *
   * @param on the date to give the state on; null for none
   */
  static String write(Timeline timeline, LocalDate on) {
    StringBuilder text = new StringBuilder(timeline.trial().trialId()).append('\n');
    if (timeline.events().isEmpty()) {
      // Said outright, so that an empty timeline does not look like a truncated one.
      text.append("  (no events)\n");
    }
    for (TrialEvent e : timeline.events()) {
      text.append("  ").append(e.date()).append(' ').append(e.ruleId())
          .append(" [").append(e.audience().stream().map(Audience::name).collect(Collectors.joining(", ")))
          .append("] ").append(e.description());
      if (e.change() != Change.NONE) {
        text.append(" (").append(e.change()).append(')');
      }
      text.append('\n');
    }
    if (on != null) {
      TrialState state = timeline.stateOn(on);
      text.append("state on ").append(on).append('\n')
          .append("  phase = ").append(state.phase()).append('\n')
          .append("  callingStopped = ").append(state.callingStopped()).append('\n')
          .append("  numbersReleased = ").append(state.numbersReleased()).append('\n');
    }
    return text.toString();
  }
}
