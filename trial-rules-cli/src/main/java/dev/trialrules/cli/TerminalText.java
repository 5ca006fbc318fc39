package dev.trialrules.cli;

/**
 * Values made safe for a terminal. Text output prints what requests, trials and rules say (a
 * company name in a message, a trial ID, a rule's source); a value holding an escape sequence
 * could recolour, move or clear the screen or retitle the window, and a bidi override or a
 * zero-width character could make one ID read as another. Such characters are written as
 * {@code \}{@code uXXXX} instead, so that what is printed is what the value holds.
 */
final class TerminalText {
  private TerminalText() {}

  /** {@code value} with every control, bidi-control and invisible formatting character escaped. */
  static String escape(Object value) {
    String text = String.valueOf(value);
    StringBuilder escaped = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unsafe(c)) {
        if (escaped == null) {
          escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        escaped.append(String.format("\\u%04X", (int) c));
      } else if (escaped != null) {
        escaped.append(c);
      }
    }
    return escaped == null ? text : escaped.toString();
  }

  private static boolean unsafe(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) // C0 (tab and newline too: a value is one line), DEL, C1
        || c == 0x061C // Arabic letter mark
        || (c >= 0x200B && c <= 0x200F) // zero-width characters, LRM, RLM
        || c == 0x2028 || c == 0x2029 // line and paragraph separators
        || (c >= 0x202A && c <= 0x202E) // bidi embeddings and overrides
        || (c >= 0x2060 && c <= 0x2064) // word joiner and invisible operators
        || (c >= 0x2066 && c <= 0x2069) // bidi isolates
        || c == 0xFEFF; // zero-width no-break space
  }
}
