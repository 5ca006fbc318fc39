package dev.trialrules.cli;

import dev.trialrules.Decision;
import dev.trialrules.cli.json.DecisionJson;
import java.util.function.Function;

/** How a decision is printed: {@code --format json} (the default) or {@code --format text}. */
enum OutputFormat {
  /** The decision JSON of {@code JSON-FORMAT.md}, for programs. */
  JSON(DecisionJson::write),
  /** One line per finding and derived value, for people. */
  TEXT(DecisionText::write);

  private final Function<Decision, String> writer;

  OutputFormat(Function<Decision, String> writer) {
    this.writer = writer;
  }

  /** The decision in this format, ending with a newline. */
  String write(Decision decision) {
    return writer.apply(decision);
  }
}
