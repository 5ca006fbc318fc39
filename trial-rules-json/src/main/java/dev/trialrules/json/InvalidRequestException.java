package dev.trialrules.json;

/**
 * Input that cannot become a fact: a request or trial file, or a line of a sweep's input, that
 * is missing, not JSON, or JSON whose values a fact refuses. The message is one line naming where
 * the problem is, in the form editors and CI logs understand: {@code file:line:column: detail}
 * when the position is known, {@code file:line: detail} when only the line is (a fact's refusal
 * on a line of a stream), {@code file: detail} otherwise; the detail names the JSON path (such as
 * {@code request.partner.tier} or {@code trial.endDate}) and the value.
 */
public final class InvalidRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String detail;

  /**
   * A problem at a known position.
   *
   * @param source the file name, as the user gave it, or {@code stdin}
   * @param line the line, from 1; 0 when unknown
   * @param column the column, from 1; 0 when unknown
   * @param detail one line naming the JSON path or position and the value
   */
  public InvalidRequestException(String source, int line, int column, String detail) {
    super(format(source, line, column, detail));
    this.source = source;
    this.line = Math.max(line, 0);
    this.column = Math.max(column, 0);
    this.detail = detail;
  }

  /** A problem whose position in the file is unknown, such as a fact refusing a value. */
  public InvalidRequestException(String source, String detail) {
    this(source, 0, 0, detail);
  }

  /** The file name, as the user gave it. */
  public String source() {
    return source;
  }

  /** The line, from 1; 0 when unknown. */
  public int line() {
    return line;
  }

  /** The column, from 1; 0 when unknown. */
  public int column() {
    return column;
  }

  /** What is wrong, without the file and position. */
  public String detail() {
    return detail;
  }

  private static String format(String source, int line, int column, String detail) {
    String where = line <= 0 ? source : column <= 0 ? source + ":" + line : source + ":" + line + ":" + column;
    // A multi-line message would break "one line on stderr" and grep-ability.
    return where + ": " + detail.replaceAll("\\s*\\R\\s*", " ");
  }
}
