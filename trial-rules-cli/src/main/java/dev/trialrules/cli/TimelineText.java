package dev.trialrules.cli;

import static dev.trialrules.cli.TerminalText.escape;

import dev.trialrules.Audience;
import dev.trialrules.Change;
import dev.trialrules.EventKind;
import dev.trialrules.Timeline;
import dev.trialrules.TrialEvent;
import dev.trialrules.TrialState;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * A timeline as text for a person at a terminal, every value escaped by {@link TerminalText}: the
 * trial's ID, one line per event in date order (its kind; a notice's recipients in brackets; a
 * change's effect in parentheses), then the state when asked for:
 *
 * <pre>
 * trial-calling-01
 *   2026-12-25 END-02 NOTICE [CUSTOMER_ADMINS, PARTNER_ADMINS] The trial expires in 7 days.
 *   2027-01-01 END-04 CHANGE The grace period begins. (EXPIRES)
 *   2027-01-15 RET-01 DEADLINE The devices must be back by today.
 * state on 2027-02-01
 *   phase = ENDED
 *   daysLeft = 0
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
    StringBuilder text = new StringBuilder(escape(timeline.trial().trialId())).append('\n');
    if (timeline.events().isEmpty()) {
      // Said outright, so that an empty timeline does not look like a truncated one.
      text.append("  (no events)\n");
    }
    for (TrialEvent e : timeline.events()) {
      text.append("  ").append(e.date()).append(' ').append(escape(e.ruleId())).append(' ').append(e.kind());
      // Brackets only on a notice: an empty pair on a change would read as "mailed to nobody".
      if (e.kind() == EventKind.NOTICE) {
        text.append(" [").append(e.recipients().stream().map(Audience::name).collect(Collectors.joining(", ")))
            .append(']');
      }
      text.append(' ').append(escape(e.description()));
      if (e.change() != Change.NONE) {
        text.append(" (").append(e.change()).append(')');
      }
      text.append('\n');
    }
    if (on != null) {
      TrialState state = timeline.stateOn(on);
      text.append("state on ").append(on).append('\n')
          .append("  phase = ").append(state.phase()).append('\n')
          .append("  daysLeft = ").append(state.daysLeft()).append('\n')
          .append("  callingStopped = ").append(state.callingStopped()).append('\n')
          .append("  numbersReleased = ").append(state.numbersReleased()).append('\n');
    }
    return text.toString();
  }
}
