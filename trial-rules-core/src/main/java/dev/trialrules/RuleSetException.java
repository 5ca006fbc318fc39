package dev.trialrules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule set that cannot be built: DRL that does not compile, a rule file that cannot be read,
 * or parameters that are invalid. The one exception of the library's own; its
 * {@link #messages()} list every problem with its file, line and column.
 */
public final class RuleSetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<RuleMessage> messages;

  /** An exception carrying these problems; there must be at least one. */
  public RuleSetException(List<RuleMessage> messages) {
    super(summary(messages));
    this.messages = List.copyOf(messages);
  }

  /** An exception for one problem, caused by {@code cause}. */
  public RuleSetException(RuleMessage message, Throwable cause) {
    super(summary(List.of(message)), cause);
    this.messages = List.of(message);
  }

  /** Every problem, errors and warnings, in the order the compiler reported them. */
  public List<RuleMessage> messages() {
    return messages;
  }

  private static String summary(List<RuleMessage> messages) {
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("a RuleSetException needs at least one message");
    }
    if (messages.size() == 1) {
      // One problem, one line: a log or a refused reload's reason reads it whole.
      return "the rule set does not build: " + messages.get(0);
    }
    long errors = messages.stream().filter(RuleMessage::error).count();
    return "the rule set does not build (" + errors + " error" + (errors == 1 ? "" : "s") + "):\n"
        + messages.stream().map(RuleMessage::toString).collect(Collectors.joining("\n"));
  }
}
