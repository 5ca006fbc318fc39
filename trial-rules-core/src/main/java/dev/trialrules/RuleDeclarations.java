package dev.trialrules;

import dev.trialrules.internal.RuleCompiler;
import dev.trialrules.internal.RuleFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The rules a DRL file declares, as Drools' own parser reads them: name, package, {@code @id}
 * metadata and where each starts. Shared by the validator's rule checks and the engine's check
 * that a policy keeps every shipped rule ID, so that both read a rule exactly as the compiler
 * does: a commented-out rule is none, {@code @id} is the rule's own annotation and never the next
 * rule's, a rule written on one line is one rule.
 *
 * <p>A file the parser refuses has no declarations here ({@link #of} is empty): its syntax
 * errors, located by the compiler, are what the author has to fix first, and guessing its rules
 * from the text would place warnings on a structure the compiler does not see.
 */
final class RuleDeclarations {
  /** What Drools names a file's package when the file declares none. */
  private static final String DEFAULT_PACKAGE = "defaultpkg";
  /** Files by text: the shipped policy's are parsed once per process, not once per build. */
  private static final Map<RuleFile, Optional<List<Declaration>>> PARSED = new ConcurrentHashMap<>();
  private static final int MOST_CACHED = 64;

  /**
   * A rule as its file declares it.
   *
   * @param file the file it is in
   * @param pkg its package; {@code defaultpkg} when the file declares none, as in Drools
   * @param name its name
   * @param line the line its {@code rule} keyword is on, from 1
   * @param column the column of that keyword, from 1
   * @param declaredId its {@code @id} metadata; empty for none
   * @param start the offset in the file's text where the rule starts
   * @param end the offset after its {@code end}
   */
  record Declaration(RuleFile file, String pkg, String name, int line, int column,
      Optional<String> declaredId, int start, int end) {
    /** The ID its name starts with, read as a finding's is; empty for none. */
    public Optional<String> nameId() {
      return RuleCompiler.ruleId(name);
    }

    /**
     * The rule ID the engine gives it ({@link PolicyRule#ruleId()}): its {@code @id}, else the
     * ID its name starts with, else its whole name.
     */
    public String ruleId() {
      return declaredId.or(this::nameId).orElse(name);
    }
  }

  private RuleDeclarations() {}

  /** Every rule the file declares, in order; empty if the parser refuses the file. */
  public static Optional<List<Declaration>> of(RuleFile file) {
    Optional<List<Declaration>> known = PARSED.get(file);
    if (known != null) {
      return known;
    }
    Optional<List<Declaration>> parsed = parse(file);
    if (PARSED.size() >= MOST_CACHED) {
      PARSED.clear();   // a service whose authors keep editing files must not grow
    }
    PARSED.put(file, parsed);
    return parsed;
  }

  private static Optional<List<Declaration>> parse(RuleFile file) {
    DrlParser parser = new DrlParser();
    PackageDescr descr;
    try {
      descr = parser.parse(false, file.text());
    } catch (DroolsParserException e) {
      return Optional.empty();
    }
    if (descr == null || parser.hasErrors()) {
      return Optional.empty();
    }
    String pkg = descr.getName() == null || descr.getName().isEmpty() ? DEFAULT_PACKAGE : descr.getName();
    List<Declaration> rules = new ArrayList<>();
    for (RuleDescr rule : descr.getRules()) {
      if (!rule.isRule()) {
        continue;   // a query decides nothing and has no rule ID
      }
      // The parser counts columns from 0; editors and compiler messages from 1.
      rules.add(new Declaration(file, pkg, rule.getName(), rule.getLine(), rule.getColumn() + 1, declaredId(rule),
          rule.getStartCharacter(), rule.getEndCharacter()));
    }
    return Optional.of(List.copyOf(rules));
  }

  /**
   * The rule's {@code @id} as the engine reads the compiled metadata: a text value, stripped;
   * the parser keeps the literal's quotes, which the compiler evaluates away.
   */
  private static Optional<String> declaredId(RuleDescr rule) {
    AnnotationDescr id = rule.getAnnotation("id");
    if (id == null || !(id.getSingleValue() instanceof String literal) || !literal.startsWith("\"")) {
      return Optional.empty();
    }
    String value = DrlText.unquote(literal).strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
