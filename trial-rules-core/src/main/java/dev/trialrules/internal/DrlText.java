package dev.trialrules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads rule declarations from DRL text without compiling it, so that a file that does not
 * compile still has its rules located, and so that the shipped policy's rule IDs are known
 * without a second compile. Shared by the validator and the engine's check that a policy keeps
 * every shipped rule ID.
 */
public final class DrlText {
  /** A rule's declaration: {@code rule "name"}, {@code rule 'name'} or {@code rule name}. */
  private static final Pattern RULE = Pattern.compile(
      "^[ \\t]*rule[ \\t]+(\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*'|[A-Za-z_$][\\w$]*)",
      Pattern.MULTILINE);
  /** Where a rule's attributes and metadata end. */
  private static final Pattern WHEN = Pattern.compile("^[ \\t]*when\\b", Pattern.MULTILINE);
  /** A rule's {@code @id("...")} metadata. */
  private static final Pattern ID_METADATA = Pattern.compile("@id\\s*\\(\\s*\"([^\"\\n]*)\"\\s*\\)");
  private static final Pattern PACKAGE = Pattern.compile("^[ \\t]*package[ \\t]+([\\w.$]+)", Pattern.MULTILINE);
  /** What Drools names a file's package when the file declares none. */
  private static final String DEFAULT_PACKAGE = "defaultpkg";

  /**
   * A rule as its file declares it.
   *
   * @param file the file it is in
   * @param pkg its package
   * @param name its name
   * @param line the line its {@code rule} keyword is on
   * @param column the column of that keyword
   * @param header the text between its name and {@code when}: attributes and metadata
   */
  public record Declaration(RuleFile file, String pkg, String name, int line, int column, String header) {
    /** The ID its name starts with, read as a finding's is; empty for none. */
    public Optional<String> nameId() {
      return RuleCompiler.ruleId(name);
    }

    /** Its {@code @id} metadata; empty for none. */
    public Optional<String> declaredId() {
      Matcher metadata = ID_METADATA.matcher(header);
      return metadata.find() ? Optional.of(metadata.group(1).strip()) : Optional.empty();
    }

    /**
     * The rule ID the engine gives it ({@link dev.trialrules.PolicyRule#ruleId()}): its
     * {@code @id}, else the ID its name starts with, else its whole name.
     */
    public String ruleId() {
      return declaredId().or(this::nameId).orElse(name);
    }
  }

  private DrlText() {}

  /** Every rule the file declares, in order; commented-out rules are not. */
  public static List<Declaration> declarations(RuleFile file) {
    String code = code(file.text());
    Matcher pkg = PACKAGE.matcher(code);
    String packageName = pkg.find() ? pkg.group(1) : DEFAULT_PACKAGE;
    List<Declaration> found = new ArrayList<>();
    Matcher m = RULE.matcher(code);
    while (m.find()) {
      int at = code.indexOf("rule", m.start());
      Matcher when = WHEN.matcher(code);
      String header = when.find(m.end()) ? code.substring(m.end(), when.start()) : "";
      found.add(new Declaration(file, packageName, unquote(m.group(1)), lineOf(code, at), columnOf(code, at), header));
    }
    return found;
  }

  /** The rule IDs of every rule in {@code files}, as the engine gives them. */
  public static SortedSet<String> ruleIds(Collection<RuleFile> files) {
    SortedSet<String> ids = new TreeSet<>();
    for (RuleFile file : files) {
      declarations(file).forEach(d -> ids.add(d.ruleId()));
    }
    return ids;
  }

  /**
   * The text with its comments blanked out, string literals kept and every character at its
   * offset, so that a commented-out rule is not read as one and lines and columns stay true.
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
