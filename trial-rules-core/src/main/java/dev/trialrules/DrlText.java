package dev.trialrules;

/**
 * Reads what the DRL parser leaves as text: the Java and MVEL of a rule's constraints and
 * consequence, which it keeps as strings rather than parsing into calls, and in which the
 * validator looks for {@code custom("...")} reads. Rules themselves are read by the parser, in
 * {@link RuleDeclarations}.
 */
final class DrlText {
  private DrlText() {}

  /**
   * The text with its comments blanked out, string literals kept and every character at its
   * offset, so that a commented-out call is not read as one and lines and columns stay true.
   */
  public static String code(String text) {
    StringBuilder code = new StringBuilder(text);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
        while (i < text.length() && text.charAt(i) != '\n') {
          code.setCharAt(i++, ' ');
        }
      } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        end = end < 0 ? text.length() : end + 2;
        for (; i < end; i++) {
          if (text.charAt(i) != '\n') {
            code.setCharAt(i, ' ');
          }
        }
      } else if (c == '"' || c == '\'') {
        // Skip the literal, so that "http://..." opens no comment; a literal ends at its line.
        i++;
        while (i < text.length() && text.charAt(i) != c && text.charAt(i) != '\n') {
          i += text.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
      } else {
        i++;
      }
    }
    return code.toString();
  }

  /** A DRL string literal's content, or a bare name as it is. */
  public static String unquote(String literal) {
    char first = literal.charAt(0);
    if (first != '"' && first != '\'') {
      return literal;
    }
    return literal.substring(1, literal.length() - 1).replaceAll("\\\\(.)", "$1");
  }

  /** The line, from 1, that {@code offset} is on. */
  public static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The column, from 1, of {@code offset}. */
  public static int columnOf(String text, int offset) {
    return offset - text.lastIndexOf('\n', offset - 1);
  }
}
