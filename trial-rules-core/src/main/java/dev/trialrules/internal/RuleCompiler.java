package dev.trialrules.internal;

import dev.trialrules.RuleMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.compiler.compiler.DescrBuildWarning;
import org.drools.drl.parser.ParserError;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles rule files and reports what the compiler said, without judging it: the engine refuses
 * a rule set with any error ({@link CompiledPolicy#compile}), the validator lists every message
 * ({@code dev.trialrules.PolicyValidator}). One compile step for both, so that the validator
 * reports exactly what the engine would refuse.
 */
public final class RuleCompiler {
  /**
   * Where a result of a type that carries no location gives one in its text, as MVEL's
   * {@code [Line: 8, Column: 4]} does; counted from 0 like the parser's columns.
   */
  private static final Pattern COLUMN = Pattern.compile("Column: ?(\\d+)");
  private static final Pattern LINE = Pattern.compile("\\[(?:Line|line) ?:? ?(\\d+)");

  /**
   * What compiling gave.
   *
   * @param messages every error and warning, located, in the order the compiler reported them
   * @param packages the compiled packages; complete only when no message is an error
   */
  public record Result(List<RuleMessage> messages, Collection<KiePackage> packages) {
    /** Copies the messages. */
    public Result {
      messages = List.copyOf(messages);
    }

    /** Whether any message is an error, so that the packages are not a rule set to run. */
    public boolean hasErrors() {
      return messages.stream().anyMatch(RuleMessage::error);
    }
  }

  private RuleCompiler() {}

  /** Compiles the files; never throws for what is wrong in them, which is in the messages. */
  public static Result compile(List<RuleFile> files) {
    return compile(files, null);
  }

  /**
   * Compiles the files as {@link #compile(List)}, defining the types they declare in
   * {@code loader}; a knowledge base for the packages must then use the same loader.
   *
   * @param loader where the declared types go, and where types declared by precompiled packages
   *     are found; {@code null} for a new loader of the builder's own
   */
  static Result compile(List<RuleFile> files, ClassLoader loader) {
    KnowledgeBuilderConfiguration configuration = loader == null
        ? KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration()
        : KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, loader);
    // Facts are immutable values that no rule modifies, so property reactivity has nothing to
    // track; left on, it only warns about every constraint that calls a method with a variable.
    configuration.setOption(PropertySpecificOption.ALLOWED);
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
    for (RuleFile file : files) {
      builder.add(ResourceFactory.newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8))
          .setSourcePath(file.path()), ResourceType.DRL);
    }
    List<RuleMessage> messages = new ArrayList<>();
    for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.ERROR, ResultSeverity.WARNING)) {
      messages.add(toMessage(result));
    }
    // The packages are only asked for when they can be used: with errors, there is nothing to run.
    return new Result(messages, messages.stream().anyMatch(RuleMessage::error)
        ? List.of() : builder.getKnowledgePackages());
  }

  /**
   * The policy rule ID a rule's name starts with ({@code "EXIST-01 Deny ..."} gives
   * {@code EXIST-01}), read exactly as a finding's rule ID is read; empty when it starts with none.
   */
  public static Optional<String> ruleId(String ruleName) {
    // PolicyRule.idFromName gives its argument back when no ID starts it, and an ID never ends in a
    // space; padding the name tells "no ID" apart from a rule named by its bare ID.
    String padded = ruleName + " ";
    String id = dev.trialrules.PolicyRule.idFromName(padded);
    return id.equals(padded) ? Optional.empty() : Optional.of(id);
  }

  private static RuleMessage toMessage(KnowledgeBuilderResult result) {
    String file = result.getResource() != null && result.getResource().getSourcePath() != null
        ? result.getResource().getSourcePath() : "(unknown file)";
    String text = result.getMessage() == null ? "(no message)" : result.getMessage().strip();
    int[] location = location(result, text);
    // Drools counts columns from 0, editors from 1; a message with no line has no column either.
    int line = Math.max(location[0], 0);
    int column = line > 0 && location[1] >= 0 ? location[1] + 1 : 0;
    return new RuleMessage(file, line, column,
        result.getSeverity() == ResultSeverity.ERROR, text.replaceAll("\\s*\\n\\s*", " "));
  }

  /**
   * The line and the column (from 0; -1 for none) of a result: from the parser's or the
   * descriptor builder's own fields where the result has them, else from its text.
   */
  private static int[] location(KnowledgeBuilderResult result, String text) {
    if (result instanceof ParserError parse) {
      return new int[] {parse.getRow(), parse.getCol()};
    }
    if (result instanceof DescrBuildError build) {
      return new int[] {build.getLine(), build.getColumn()};
    }
    if (result instanceof DescrBuildWarning build) {
      return new int[] {build.getLine(), build.getColumn()};
    }
    int[] lines = result.getLines();
    int line = lines != null && lines.length > 0 ? lines[0] : find(LINE, text);
    return new int[] {line, find(COLUMN, text)};
  }

  private static int find(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }
}
