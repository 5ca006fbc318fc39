package dev.trialrules.cli;

import dev.trialrules.Decision;
import dev.trialrules.Timeline;
import dev.trialrules.json.DecisionJson;
import dev.trialrules.json.TimelineJson;
import java.time.LocalDate;

/**
 * How a result is printed: {@code --format json} (the default) or {@code --format text}. One
 * enum for every command that has the option, so that each accepts the same two words.
 */
enum OutputFormat {
  /** The JSON of {@code JSON-FORMAT.md}, for programs. */
  JSON,
  /** One line per finding, derived value or event, for people. */
  TEXT;

  /** The decision in this format, ending with a newline. */
  String write(Decision decision) {
    return this == JSON ? DecisionJson.write(decision) : DecisionText.write(decision);
  }

  /**
   * The timeline in this format, ending with a newline.
   *
   * @param on the date to give the state on; null for none
   */
  String write(Timeline timeline, LocalDate on) {
    return this == JSON ? TimelineJson.write(timeline, on) : TimelineText.write(timeline, on);
  }
}
