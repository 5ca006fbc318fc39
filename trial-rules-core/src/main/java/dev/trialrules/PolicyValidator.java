package dev.trialrules;

import dev.trialrules.internal.PolicySource;
import dev.trialrules.internal.RuleCompiler;
import dev.trialrules.RuleDeclarations.Declaration;
import dev.trialrules.internal.RuleFile;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Checks a rule set the way a policy author needs it checked: every problem at once, each located
 * by file, line and column, and warnings for what compiles but is likely wrong. Where building a
 * {@link TrialPolicyEngine} stops at the first kind of problem with a {@link RuleSetException},
 * the validator lists them all and never throws for what is wrong in the rules.
 *
 * <pre>{@code
 * List<RuleMessage> problems = PolicyValidator.validate(ShippedPolicy.get(), Path.of("policy"));
 * problems.forEach(System.out::println);   // policy/local.drl:12:1: warning: rule "Deny ..." ...
 * boolean builds = problems.stream().noneMatch(RuleMessage::error);
 * }</pre>
 *
 * <p>The directory is laid over the policy exactly as
 * {@link TrialPolicyEngine.Builder#rulesDirectory(Path)} lays it, and compiled by the same step,
 * so an error here is exactly what would stop the engine from building. The messages are:
 * <ul>
 *   <li><b>errors</b>: every compile error, and a parameter the engine would refuse (an unknown
 *       key, a malformed value, a key set twice in one file), placed on the line of the
 *       properties file that sets it, in one line;
 *   <li>an <b>error for shipped rule IDs the policy lacks</b> (the {@code @id} of a shipped rule
 *       that no rule in force has) unless {@code removed-rules} lists them, and for an ID
 *       {@code removed-rules} lists that no shipped rule has: the engine refuses both;
 *   <li>a <b>skipped entry</b> of the rules directory, named: a hidden file, a folder, a file of
 *       another name, or one that is not a regular file (see {@link #filesRead(Path)});
 *   <li>an <b>{@code email-pattern} that repeats a repeating group</b>, such as {@code (a+)+},
 *       which can backtrack for exponential time on an address that almost matches;
 *   <li>the compiler's <b>warnings</b>;
 *   <li>a <b>rule without a rule ID</b>: its name does not start with an ID such as
 *       {@code NEW-01}, read exactly as the engine reads a finding's rule ID, so its findings
 *       would carry the whole name as their ID;
 *   <li>a <b>rule without {@code @id} metadata</b>, whose ID is read from its name and whose
 *       findings carry no source, or whose {@code @id} differs from the ID its name starts with;
 *   <li>a <b>rule ID claimed from another file</b>: a rule in one of the author's files whose ID
 *       the shipped policy's rules use in another file, and which the shipped file it replaces
 *       (if any) did not use. The shipped policy deliberately gives one ID several rules
 *       (NEW-01 has five) and sometimes several files (EXIST-03 is decided for a start request
 *       and for a consent step), so a repeated ID alone is no mistake; what is likely one is a
 *       new rule that mixes its findings into an existing policy rule's from elsewhere. A
 *       replacement file that keeps its shipped file's IDs is not warned about;
 *   <li>a <b>rule name used twice</b> in different packages, which compiles but leaves findings
 *       and audit logs unable to tell the two rules apart (in one package the compiler itself
 *       refuses it);
 *   <li>a <b>parameter read but not defined</b>: {@code custom("name")} (or
 *       {@code custom().get("name")}, {@code custom["name"]}) in a rule file where no
 *       {@code custom.name} is defined, which would fail the rule, and so the decision, when read.
 * </ul>
 * The rule checks read each rule as Drools' own parser does ({@code rule} keyword's line and
 * column, name, package, {@code @id} metadata), so that a commented-out rule is none and a rule is
 * placed where its {@code rule "..."} starts even when it does not compile for a type error. A file
 * the parser refuses (a syntax error) gets its located syntax errors and no rule checks, since its
 * rules are not known until it parses; and while any rule file does not parse, the shipped rule
 * IDs the policy lacks are not listed, since the IDs in that file are not known either (the engine
 * stops at the syntax error before it asks).
 *
 * <p>Messages come sorted by file, line and column. The shipped policy alone validates with none.
 */
public final class PolicyValidator {
  /**
   * An author's parameter read by name: {@code custom("n")}, {@code custom().get("n")},
   * {@code custom.get("n")}, {@code custom["n"]} or {@code custom()["n"]}.
   */
  private static final Pattern CUSTOM_READ = Pattern.compile(
      "\\bcustom\\s*(?:\\(\\s*\\)\\s*)?(?:\\(|\\.\\s*get\\s*\\(|\\[)\\s*(\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*')");
  private static final String EMAIL_PATTERN = "email-pattern";
  /** What Drools adds after a file's parse errors. */
  private static final String NULL_PACKAGE = "Parser returned a null Package";
  private static final Comparator<RuleMessage> ORDER = Comparator.comparing(RuleMessage::file)
      .thenComparingInt(RuleMessage::line)
      .thenComparingInt(RuleMessage::column)
      .thenComparing(m -> !m.error());

  private PolicyValidator() {}

  /**
   * Validates a policy alone, as {@code TrialPolicyEngine.builder(policy).build()} would build it.
   *
   * <pre>{@code
   * assert PolicyValidator.validate(ShippedPolicy.get()).isEmpty();
   * }</pre>
   */
  public static List<RuleMessage> validate(Policy policy) {
    return check(Objects.requireNonNull(policy, "policy"), null);
  }

  /**
   * Validates an author's rules directory laid over a policy, as
   * {@code TrialPolicyEngine.builder(policy).rulesDirectory(directory).build()} would build it.
   *
   * <pre>{@code
   * for (RuleMessage problem : PolicyValidator.validate(ShippedPolicy.get(), Path.of("policy"))) {
   *   System.out.println(problem);   // policy/local.drl:7:5: error: ...
   * }
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code rulesDirectory} is not a directory
   */
  public static List<RuleMessage> validate(Policy policy, Path rulesDirectory) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(rulesDirectory, "rulesDirectory");
    return check(policy, rulesDirectory);
  }

  /**
   * The files of a rules directory that a build, a reload and {@link #validate(Policy, Path)}
   * read, in the order they are laid over the shipped policy: its top-level {@code *.drl} files
   * that are not hidden, then {@code parameters.properties} and {@code regions.properties}, each
   * only if it is a regular file. {@code validate} warns about every other entry, naming it.
   *
   * <pre>{@code
   * PolicyValidator.filesRead(Path.of("policy")).forEach(f -> System.out.println("read " + f));
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code rulesDirectory} is not a directory
   */
  public static List<Path> filesRead(Path rulesDirectory) {
    Objects.requireNonNull(rulesDirectory, "rulesDirectory");
    return PolicySource.list(rulesDirectory).read();
  }

  /** Checks {@code policy} with {@code directory}, if not null, laid over it. */
  private static List<RuleMessage> check(Policy policy, @Nullable Path directory) {
    PolicySource shipped = policy.provided();
    PolicySource source;
    List<RuleMessage> messages = new ArrayList<>();
    try {
      if (directory == null) {
        source = policy.source();
      } else {
        PolicySource.Listing listing = PolicySource.list(directory);
        for (PolicySource.Skipped skipped : listing.skipped()) {
          messages.add(new RuleMessage(skipped.path().toString(), 0, 0, false, skipped.reason()));
        }
        source = policy.source().overlay(listing);
      }
    } catch (RuleSetException e) {
      // A file that cannot be read or parsed: there is no rule set to check beyond it.
      messages.addAll(e.messages());
      return sorted(messages);
    }
    // Each file's rules as the parser reads them; a file it refuses has none to check.
    Map<RuleFile, List<Declaration>> parsed = new LinkedHashMap<>();
    for (RuleFile file : source.files()) {
      RuleDeclarations.of(file).ifPresent(declared -> parsed.put(file, declared));
    }
    boolean allParse = parsed.size() == source.files().size();
    List<Declaration> rules = parsed.values().stream().flatMap(List::stream).toList();
    Set<String> removed;
    try {
      removed = PolicyParameters.fromProperties(source.parameters()).removedRules();
    } catch (IllegalArgumentException | NullPointerException e) {
      messages.add(parametersProblem(e, source));
      removed = null;
    }
    if (removed != null) {
      Set<String> ids = allParse ? rules.stream().map(Declaration::ruleId).collect(Collectors.toSet()) : null;
      messages.addAll(providedRuleProblems(shipped, ids, removed, source, directory));
    }
    String emailPattern = source.parameters().get(EMAIL_PATTERN);
    if (emailPattern != null && nestsQuantifiers(emailPattern)) {
      messages.add(located(EMAIL_PATTERN, EMAIL_PATTERN + " '" + emailPattern.strip() + "' repeats a group that"
          + " itself repeats, such as (a+)+ or (\\w+\\.)*, which can take exponential time on an address that"
          + " almost matches; repeat single characters or character classes instead", false,
          source));
    }
    messages.addAll(withoutEchoes(RuleCompiler.compile(source.files()).messages()));
    // An author's file is one the shipped policy does not have, path and text alike.
    Set<RuleFile> authored = new LinkedHashSet<>(source.files());
    shipped.files().forEach(authored::remove);
    for (Declaration rule : rules) {
      Optional<String> declared = rule.declaredId();
      if (rule.nameId().isEmpty() && declared.isEmpty()) {
        messages.add(warning(rule, "rule \"" + rule.name() + "\" does not start with a rule ID such as NEW-01 or"
            + " LOCAL-01, so its findings would carry its whole name as their rule ID"));
      } else if (declared.isEmpty()) {
        messages.add(warning(rule, "rule \"" + rule.name() + "\" declares no @id(\"" + rule.nameId().get()
            + "\"): its rule ID is read from its name; add @id and @source metadata so that its findings"
            + " say where the rule comes from"));
      } else if (rule.nameId().isPresent() && !rule.nameId().get().equals(declared.get())) {
        messages.add(warning(rule, "rule \"" + rule.name() + "\" declares @id(\"" + declared.get()
            + "\") but its name starts with " + rule.nameId().get() + "; its findings carry " + declared.get()));
      }
    }
    messages.addAll(idsClaimedFromOtherFiles(shipped, rules, authored));
    messages.addAll(namesUsedTwice(rules, authored));
    parsed.forEach((file, declared) -> messages.addAll(undefinedCustomParameters(file, declared, source.parameters())));
    return sorted(messages);
  }

  /**
   * The compiler's messages less the one it adds, unlocated, after a file's parse errors: the
   * located errors say what is wrong, and an author would look for a second problem that is not.
   */
  private static List<RuleMessage> withoutEchoes(List<RuleMessage> messages) {
    Set<String> parsedWithErrors = messages.stream().filter(m -> m.error() && m.line() > 0)
        .map(RuleMessage::file).collect(Collectors.toSet());
    return messages.stream()
        .filter(m -> !(m.line() == 0 && m.text().startsWith(NULL_PACKAGE) && parsedWithErrors.contains(m.file())))
        .toList();
  }

  private static List<RuleMessage> sorted(List<RuleMessage> messages) {
    // A compiler can report one problem twice (once per pass); an author needs it once.
    List<RuleMessage> distinct = new ArrayList<>(new LinkedHashSet<>(messages));
    distinct.sort(ORDER);
    return List.copyOf(distinct);
  }

  // ---- rule IDs and names ----

  private static List<RuleMessage> idsClaimedFromOtherFiles(PolicySource shipped, List<Declaration> rules,
      Set<RuleFile> authored) {
    Map<String, Set<String>> shippedIdsByFile = new LinkedHashMap<>();
    for (RuleFile file : shipped.files()) {
      shippedIdsByFile.put(file.name(), RuleDeclarations.of(file).orElse(List.of()).stream()
          .flatMap(d -> d.nameId().stream()).collect(Collectors.toCollection(TreeSet::new)));
    }
    List<RuleMessage> messages = new ArrayList<>();
    for (Declaration rule : rules) {
      if (!authored.contains(rule.file()) || rule.nameId().isEmpty()) {
        continue;
      }
      String id = rule.nameId().get();
      // A replacement that keeps an ID its shipped file already shared with others is the
      // policy's own arrangement, not a new claim.
      if (shippedIdsByFile.getOrDefault(rule.file().name(), Set.of()).contains(id)) {
        continue;
      }
      List<String> others = shippedIdsByFile.entrySet().stream()
          .filter(e -> !e.getKey().equals(rule.file().name()) && e.getValue().contains(id))
          .map(Map.Entry::getKey).toList();
      if (!others.isEmpty()) {
        messages.add(warning(rule, "rule \"" + rule.name() + "\" uses rule ID " + id + ", which the shipped"
            + " policy already uses in " + String.join(", ", others) + ", so their findings mix; give this rule"
            + " an ID of its own, or put it in a replacement " + others.get(0)));
      }
    }
    return messages;
  }

  private static List<RuleMessage> namesUsedTwice(List<Declaration> rules, Set<RuleFile> authored) {
    Map<String, List<Declaration>> byName = new LinkedHashMap<>();
    rules.forEach(r -> byName.computeIfAbsent(r.name(), n -> new ArrayList<>()).add(r));
    List<RuleMessage> messages = new ArrayList<>();
    for (List<Declaration> same : byName.values()) {
      if (same.stream().map(Declaration::pkg).distinct().count() < 2) {
        continue;   // one package: the compiler's to refuse, and it does
      }
      // Warn where the author can act: at the author's rules, or else at every rule but the first.
      List<Declaration> warned = same.stream().filter(r -> authored.contains(r.file())).toList();
      if (warned.isEmpty()) {
        warned = same.subList(1, same.size());
      }
      for (Declaration rule : warned) {
        String elsewhere = same.stream().filter(r -> r != rule)
            .map(r -> r.file().path() + ":" + r.line() + " (package " + r.pkg() + ")")
            .collect(Collectors.joining(", "));
        messages.add(warning(rule, "rule \"" + rule.name() + "\" has the same name as the rule at " + elsewhere
            + ", so findings and audit logs cannot tell them apart"));
      }
    }
    return messages;
  }

  private static RuleMessage warning(Declaration rule, String text) {
    return new RuleMessage(rule.file().path(), rule.line(), rule.column(), false, text);
  }

  // ---- parameters ----

  /**
   * The {@code custom} reads in the file's rules that name a parameter not defined. The parser
   * gives where each rule is, but keeps its constraints and consequence as Java and MVEL text that
   * it does not parse into calls; so the calls are found by reading that text, comments blanked.
   */
  private static List<RuleMessage> undefinedCustomParameters(RuleFile file, List<Declaration> rules,
      Map<String, String> parameters) {
    String code = DrlText.code(file.text());
    List<RuleMessage> messages = new ArrayList<>();
    for (Declaration rule : rules) {
      Matcher m = CUSTOM_READ.matcher(code).region(rule.start(), Math.min(rule.end(), code.length()));
      while (m.find()) {
        String key = PolicyParameters.CUSTOM_PREFIX + DrlText.unquote(m.group(1));
        if (!parameters.containsKey(key)) {
          messages.add(new RuleMessage(file.path(), DrlText.lineOf(code, m.start()), DrlText.columnOf(code, m.start()),
              false, "parameter " + key + " is read here but not defined; define it in " + PolicySource.PARAMETERS
                  + ", or the rule fails, and its decision fails closed, when it reads it"));
        }
      }
    }
    return messages;
  }

  /**
   * A refusal of the parameters as an error, placed where the refused key is set: the author's
   * regions or parameters file when it sets the key (that is where the fix goes), else the
   * shipped file. A refusal that is no {@link InvalidParameterException} names no key, and is
   * placed on the policy's parameters file as a whole.
   */
  static RuleMessage parametersProblem(RuntimeException refusal, PolicySource source) {
    String key = refusal instanceof InvalidParameterException invalid ? invalid.key() : null;
    return located(key, String.valueOf(refusal.getMessage()), true, source);
  }

  /**
   * The shipped rule IDs a candidate policy lacks without listing them in {@code removed-rules},
   * and the IDs {@code removed-rules} lists that the shipped policy does not have: errors, since
   * the engine refuses both. An empty list when the policy keeps or knowingly removes each.
   *
   * @param ids the rule IDs of the candidate policy's rules; {@code null} when they are not known,
   *     to check only {@code removed-rules}
   */
  static List<RuleMessage> providedRuleProblems(Policy policy, @Nullable Set<String> ids, Set<String> removed,
      PolicySource source, Path directory) {
    return providedRuleProblems(policy.provided(), ids, removed, source, directory);
  }

  private static List<RuleMessage> providedRuleProblems(PolicySource shipped, @Nullable Set<String> ids,
      Set<String> removed, PolicySource source, @Nullable Path directory) {
    if (removed.isEmpty() && source.files().equals(shipped.files())) {
      // The provider's own files, unchanged, have every shipped rule ID. Said without parsing
      // them, so that an engine built from the executable model never starts the DRL parser.
      return List.of();
    }
    Map<String, Set<String>> filesById = new TreeMap<>();
    for (RuleFile file : shipped.files()) {
      for (Declaration rule : RuleDeclarations.of(file).orElse(List.of())) {
        filesById.computeIfAbsent(rule.ruleId(), k -> new TreeSet<>()).add(file.name());
      }
    }
    List<RuleMessage> messages = new ArrayList<>();
    Set<String> unknown = new TreeSet<>(removed);
    unknown.removeAll(filesById.keySet());
    if (!unknown.isEmpty()) {
      messages.add(located(PolicyParameters.REMOVED_RULES, PolicyParameters.REMOVED_RULES + " = "
          + String.join(", ", removed) + " lists " + String.join(", ", unknown) + ", which no shipped rule has;"
          + " list only shipped rule IDs", true, source));
    }
    if (ids == null) {
      return messages;
    }
    Map<String, Set<String>> lost = new TreeMap<>(filesById);
    lost.keySet().removeAll(ids);
    lost.keySet().removeAll(removed);
    if (!lost.isEmpty()) {
      String where = directory != null ? directory.toString()
          : shipped.files().isEmpty() ? PolicySource.PARAMETERS : shipped.files().get(0).path();
      messages.add(new RuleMessage(where, 0, 0, true, "the policy lacks shipped rule ID"
          + (lost.size() == 1 ? " " : "s ") + lost.entrySet().stream()
              .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")").collect(Collectors.joining(", "))
          + ", so nothing decides them; restore their rules, or list them as " + PolicyParameters.REMOVED_RULES
          + " = " + String.join(", ", lost.keySet()) + " in " + PolicySource.PARAMETERS + " to remove them on purpose"));
    }
    return messages;
  }

  /**
   * A problem with the parameter {@code key}, on one line, placed where the key is set: the last
   * parameters or regions file that sets it (an author's, when it does: that is where the fix
   * goes), else the last parameters file of the policy, as a whole.
   *
   * @param key the parameter as {@link PolicyParameters#fromProperties} reads it, a region as
   *     {@code region.XX}; {@code null} for none
   */
  private static RuleMessage located(@Nullable String key, String text, boolean error, PolicySource source) {
    // A value may hold a line break; a refusal is one line, as logs and editors read it.
    String problem = text.replace("\r", "\\r").replace("\n", "\\n");
    List<RuleFile> files = source.parameterFiles();
    for (int i = files.size() - 1; key != null && i >= 0; i--) {
      RuleFile file = files.get(i);
      // A regions file writes a region's key as the bare country code.
      String written = !file.name().equals(PolicySource.REGIONS) ? key
          : key.startsWith(PolicyParameters.REGION_PREFIX) ? key.substring(PolicyParameters.REGION_PREFIX.length())
          : null;
      int line = written == null ? 0 : PolicySource.lineOf(file, written);
      if (line > 0) {
        return new RuleMessage(file.path(), line, 1, error, problem);
      }
    }
    String where = files.stream().filter(f -> f.name().equals(PolicySource.PARAMETERS)).map(RuleFile::path)
        .reduce((first, last) -> last).orElse(PolicySource.PARAMETERS);
    return new RuleMessage(where, 0, 0, error, problem);
  }

  /**
   * Whether the regular expression repeats a group that itself contains an unbounded repetition,
   * as in {@code (a+)+} or {@code (\w+\.)*}: such a pattern can try exponentially many ways to
   * split a text that almost matches. A heuristic that reads escapes and character classes but
   * not lookarounds, which is enough for an e-mail pattern.
   */
  static boolean nestsQuantifiers(String regex) {
    Deque<boolean[]> open = new ArrayDeque<>();
    boolean[] current = {false};
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '[') {
        i = afterClass(regex, i);
      } else if (c == '(') {
        open.push(current);
        current = new boolean[] {false};
        i++;
      } else if (c == ')') {
        boolean repeatsInside = current[0];
        current = open.isEmpty() ? new boolean[] {false} : open.pop();
        i++;
        if (repeatsInside && unboundedAt(regex, i)) {
          return true;
        }
        current[0] |= repeatsInside;
      } else {
        current[0] |= unboundedAt(regex, i);
        i++;
      }
    }
    return false;
  }

  private static boolean unboundedAt(String regex, int i) {
    if (i >= regex.length()) {
      return false;
    }
    char c = regex.charAt(i);
    return c == '+' || c == '*' || (c == '{' && regex.startsWith(",}", skipDigits(regex, i + 1)));
  }

  private static int skipDigits(String regex, int i) {
    while (i < regex.length() && Character.isDigit(regex.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The offset after the character class opening at {@code start}, nested classes included. */
  private static int afterClass(String regex, int start) {
    int depth = 0;
    int i = start;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '[') {
        depth++;
        i++;
        // A ']' first in a class, after an optional '^', is a literal.
        if (i < regex.length() && regex.charAt(i) == '^') {
          i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
          i++;
        }
        continue;
      }
      if (c == ']' && --depth == 0) {
        return i + 1;
      }
      i++;
    }
    return i;
  }
}
