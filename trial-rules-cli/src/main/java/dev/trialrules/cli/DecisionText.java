package dev.trialrules.cli;

import static dev.trialrules.cli.TerminalText.escape;

import dev.trialrules.Decision;
import dev.trialrules.Finding;
import dev.trialrules.Severity;

/**
 * A decision as text for a person at a terminal, every value escaped by {@link TerminalText}:
 *
 * <pre>
 * DENIED
 *   DENY EXIST-01 [services MEETINGS] The customer already purchased MEETINGS. (remedy: ...)
 *     source: (58) ...
 *   INFO NEW-02 [country] DK data is stored in the EU region.
 *   dataRegion = EU
 * </pre>
 */
final class DecisionText {
  private DecisionText() {}

  /**
   * The outcome, then one line per finding, then one line per derived value. A finding that asks
   * something of the person acting (anything but {@link Severity#INFO}) is followed by its rule's
   * source, when the rule declares one, on a line of its own.
   */
  static String write(Decision decision) {
    StringBuilder text = new StringBuilder(decision.outcome().name()).append('\n');
    for (Finding f : decision.findings()) {
      text.append("  ").append(f.severity()).append(' ').append(escape(f.ruleId()))
          .append(" [").append(escape(f.field()));
      f.item().ifPresent(item -> text.append(' ').append(escape(item)));
      text.append("] ").append(escape(f.message()));
      f.remedy().ifPresent(remedy -> text.append(" (remedy: ").append(escape(remedy)).append(')'));
      text.append('\n');
      // The source answers "why may I not?"; under every INFO it would double the list for a
      // sentence that only restates a derived fact. The JSON carries all of them.
      if (f.severity() != Severity.INFO) {
        f.source().ifPresent(source -> text.append("    source: ").append(escape(source)).append('\n'));
      }
    }
    decision.values().forEach((key, value) ->
        text.append("  ").append(key.name()).append(" = ").append(escape(value)).append('\n'));
    return text.toString();
  }
}
