package dev.trialrules;

import java.util.Objects;

/**
 * One problem found in a rule file, located so that an editor can jump to it.
 *
 * @param file the rule file's path as the engine loaded it
 * @param line the line, from 1; 0 when the compiler gave none
 * @param column the column, from 1; 0 when the compiler gave none
 * @param error whether it stops the rule set from compiling (otherwise a warning)
 * @param text the compiler's message
 */
public record RuleMessage(String file, int line, int column, boolean error, String text) {

  /** Validates; the file and text are required. */
  public RuleMessage {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
  }

  /** {@code file:line:column: message}, the form editors and CI logs understand. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + (error ? "error: " : "warning: ") + text;
  }
}
