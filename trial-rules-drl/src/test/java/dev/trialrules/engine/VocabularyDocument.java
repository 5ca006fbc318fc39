package dev.trialrules.engine;

import dev.trialrules.Audience;
import dev.trialrules.Change;
import dev.trialrules.Decision;
import dev.trialrules.DerivedValue;
import dev.trialrules.Finding;
import dev.trialrules.PolicyParameters;
import dev.trialrules.Severity;
import dev.trialrules.TrialEvent;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.facts.CancellationRequest;
import dev.trialrules.facts.CancelledBy;
import dev.trialrules.facts.ConsentAction;
import dev.trialrules.facts.ConsentRequest;
import dev.trialrules.facts.ConversionRequest;
import dev.trialrules.facts.CustomerOrg;
import dev.trialrules.facts.DeviceReturnRequest;
import dev.trialrules.facts.ExtensionRequest;
import dev.trialrules.facts.Flow;
import dev.trialrules.facts.Partner;
import dev.trialrules.facts.PartnerRole;
import dev.trialrules.facts.PolicyRequest;
import dev.trialrules.facts.ServiceChangeRequest;
import dev.trialrules.facts.Services;
import dev.trialrules.facts.StartTrialRequest;
import dev.trialrules.facts.TimelineRequest;
import dev.trialrules.facts.Trial;
import dev.trialrules.policy.ShippedPolicy;
import dev.trialrules.rules.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Generates the tables of {@code trial-rules-drl/VOCABULARY.md} from the code: the facts and
 * their fields (by reflection, meanings from the accessors' Javadoc in
 * trial-rules-core's sources), what the engine puts in working memory for each kind of request
 * (by running the shipped policy with a probe rule), the global {@code verdict}, the derived
 * values and the rules that derive them (from the shipped DRL), and the shipped parameters.
 *
 * <p>The document's prose is written by hand; each table sits between {@code <!-- BEGIN
 * GENERATED name -->} and {@code <!-- END GENERATED name -->} and is replaced as a whole.
 * {@link VocabularyDocumentTest} fails when a table is not what this class generates. To
 * regenerate, from the repository root:
 *
 * <pre>
 * mvn -B -o test -pl trial-rules-drl -Dtest=VocabularyDocumentTest -Dvocabulary.regenerate=true
 * </pre>
 *
 * (or run {@link #main} with the trial-rules-drl module as working directory).
 */
public final class VocabularyDocument {
  /** Regenerates instead of checking, when set to {@code true}. */
  static final String REGENERATE_PROPERTY = "vocabulary.regenerate";
  static final String REGENERATE_COMMAND = "mvn -B -o test -pl trial-rules-drl -Dtest=VocabularyDocumentTest -D"
      + REGENERATE_PROPERTY + "=true";

  static final String FACTS_PACKAGE = "dev.trialrules.facts";
  private static final String POLICY_ROOT = "dev/trialrules/policy/";

  /** The requests first, then the parts they are made of; any record not listed comes last. */
  private static final List<String> FACT_ORDER = List.of("StartTrialRequest", "ConsentRequest",
      "ExtensionRequest", "ServiceChangeRequest", "ConversionRequest", "CancellationRequest",
      "DeviceReturnRequest", "TimelineRequest", "Trial", "Partner", "CustomerOrg", "CustomerAdmin",
      "DeviceShipment", "ShippedDevice");

  /** Enums outside the facts package that a rule uses: timeline events and reported severities. */
  private static final List<Class<?>> OTHER_ENUMS = List.of(Audience.class, Change.class, Severity.class);

  private static final Pattern BEGIN = Pattern.compile("<!-- BEGIN GENERATED ([a-z-]+) -->");

  private final Path moduleDir;
  private final Path coreSources;

  VocabularyDocument(Path moduleDir) {
    this.moduleDir = moduleDir;
    this.coreSources = moduleDir.resolveSibling("trial-rules-core").resolve("src/main/java");
  }

  /** The trial-rules-drl module directory: Surefire's {@code basedir}, else the working directory. */
  static Path moduleDir() {
    Path dir = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    if (!Files.isDirectory(dir.resolve("src/main/resources/" + POLICY_ROOT)) && Files.isDirectory(dir.resolve("trial-rules-drl"))) {
      dir = dir.resolve("trial-rules-drl");
    }
    return dir;
  }

  Path document() {
    return moduleDir.resolve("VOCABULARY.md");
  }

  /** Rewrites the generated tables of VOCABULARY.md in place. */
  public static void main(String[] args) throws IOException {
    VocabularyDocument generator = new VocabularyDocument(moduleDir());
    String current = Files.readString(generator.document(), StandardCharsets.UTF_8);
    Files.writeString(generator.document(), replaceSections(current, generator.sections()), StandardCharsets.UTF_8);
    System.out.println("wrote " + generator.document());
  }

  // ---------------------------------------------------------------------------------------------
  // The document's generated sections

  /** Every generated section by name, in document order. */
  Map<String, String> sections() {
    Map<String, String> sections = new LinkedHashMap<>();
    sections.put("working-memory", workingMemory());
    sections.put("facts", facts());
    sections.put("enums", enums());
    sections.put("verdict", verdict());
    sections.put("derived-values", derivedValues());
    sections.put("parameters", parameters());
    sections.put("regions", regions());
    sections.put("helpers", helpers());
    return sections;
  }

  /** The generated sections a document has, by name, as written between its markers. */
  static Map<String, String> sectionsOf(String document) {
    Map<String, String> sections = new LinkedHashMap<>();
    Matcher begin = BEGIN.matcher(document);
    while (begin.find()) {
      String name = begin.group(1);
      String end = "<!-- END GENERATED " + name + " -->";
      int endAt = document.indexOf(end, begin.end());
      if (endAt < 0) {
        throw new IllegalStateException("VOCABULARY.md opens generated section '" + name + "' but has no " + end);
      }
      sections.put(name, document.substring(begin.end(), endAt).strip());
    }
    return sections;
  }

  /** The document with each generated section replaced; every section must have its markers. */
  static String replaceSections(String document, Map<String, String> sections) {
    String result = document;
    for (Map.Entry<String, String> section : sections.entrySet()) {
      String begin = "<!-- BEGIN GENERATED " + section.getKey() + " -->";
      String end = "<!-- END GENERATED " + section.getKey() + " -->";
      int beginAt = result.indexOf(begin);
      int endAt = result.indexOf(end);
      if (beginAt < 0 || endAt < beginAt) {
        throw new IllegalStateException("VOCABULARY.md has no generated section '" + section.getKey()
            + "': put the two lines\n" + begin + "\n" + end + "\nwhere its table belongs");
      }
      result = result.substring(0, beginAt + begin.length()) + "\n" + section.getValue() + "\n"
          + result.substring(endAt);
    }
    return result;
  }

  // ---------------------------------------------------------------------------------------------
  // (a) Working memory, observed by running the shipped policy with a probe rule

  private static final String PROBE_DRL = """
      package dev.trialrules.vocabularyprobe;

      import dev.trialrules.Audience;
      import dev.trialrules.Change;
      import dev.trialrules.facts.TimelineRequest;

      global dev.trialrules.rules.Verdict verdict;

      rule "VOCABULARY-PROBE Name each fact of a decision"
      when
          not TimelineRequest()
          $fact : Object()
      then
          verdict.info("fact", $fact.getClass().getName() + "@" + System.identityHashCode($fact));
      end

      rule "VOCABULARY-PROBE Name each fact of a timeline"
      when
          TimelineRequest( $trial : trial )
          $fact : Object()
      then
          verdict.notice($trial.trialId(), $trial.startDate(),
              "fact " + $fact.getClass().getName() + "@" + System.identityHashCode($fact), Audience.TRIAL_TEAM);
      end
      """;

  private String workingMemory() {
    LocalDate today = LocalDate.of(2026, 11, 23);
    Partner partner = Partner.builder("partner-1").verified(true).roles(PartnerRole.SALES_ADMIN)
        .adminEmails(List.of("sales@partner.example")).build();
    CustomerOrg customer = CustomerOrg.builder("customer-1").country("DK").fullAdmin("ceo@fjord.example")
        .build();
    Trial trial = Trial.builder("trial-1", partner, customer)
        .customerAdminEmail("ceo@fjord.example")
        .services(Services.MESSAGING, Services.DEVICES).licenseQuantity(50)
        .period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 1))
        .device("FOC0001", "PHONE").deviceDueDate(LocalDate.of(2026, 12, 15)).build();
    List<PolicyRequest> requests = List.of(
        StartTrialRequest.builder(Flow.NEW_CUSTOMER, today).partner(partner).companyName("Fjord")
            .adminEmail("it@fjord.example").services(Services.MESSAGING).build(),
        ConsentRequest.builder(ConsentAction.ACCEPT, today).partner(partner).customer(customer)
            .adminEmail("ceo@fjord.example").acceptedBy("ceo@fjord.example").build(),
        ExtensionRequest.of(today, trial),
        ServiceChangeRequest.builder(today, trial).addServices(List.of(Services.MEETINGS)).build(),
        ConversionRequest.builder(today, trial).provisioningEmail("ceo@fjord.example")
            .orderedServices(List.of(Services.MESSAGING)).build(),
        CancellationRequest.of(today, trial, CancelledBy.PARTNER),
        DeviceReturnRequest.builder(today, trial).returnedSerials(List.of("FOC0001")).build());

    StringBuilder out = new StringBuilder();
    out.append("| request | fact in working memory | which object |\n");
    out.append("| --- | --- | --- |\n");
    Path probe = null;
    try {
      probe = Files.createTempDirectory("vocabulary-probe");
      Files.writeString(probe.resolve("vocabulary-probe.drl"), PROBE_DRL, StandardCharsets.UTF_8);
      try (TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(probe)
          .build()) {
        for (PolicyRequest request : requests) {
          Decision decision = engine.decide(request);
          List<String> seen = new ArrayList<>();
          for (Finding finding : decision.findings()) {
            if (finding.ruleId().equals(Finding.ENGINE)) {
              throw new IllegalStateException("the probe request failed: " + finding);
            }
            if (finding.ruleName().startsWith("VOCABULARY-PROBE")) {
              seen.add(finding.message());
            }
          }
          appendFacts(out, "`" + request.getClass().getSimpleName() + "`", seen, request);
        }
        List<String> seen = new ArrayList<>();
        for (TrialEvent event : engine.timeline(trial).events()) {
          if (event.description().startsWith("fact ")) {
            seen.add(event.description().substring("fact ".length()));
          }
        }
        appendFacts(out, "`timeline` and `sweep`, per batch of trials", seen, null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(probe);
    }
    return out.toString().strip();
  }

  private static void appendFacts(StringBuilder out, String request, List<String> seen, Object root) {
    Map<Integer, String> paths = root == null ? Map.of() : pathsOf(root);
    Map<String, String> rows = new LinkedHashMap<>();
    for (String fact : seen) {
      String className = fact.substring(0, fact.indexOf('@'));
      int identity = Integer.parseInt(fact.substring(fact.indexOf('@') + 1));
      boolean vocabulary = className.startsWith(FACTS_PACKAGE + ".") || className.equals(PolicyParameters.class.getName());
      if (!vocabulary) {
        continue; // a type declared in a rule file and inserted by a rule
      }
      String simple = className.substring(className.lastIndexOf('.') + 1);
      String which;
      if (className.equals(PolicyParameters.class.getName())) {
        which = "the policy's parameters, one per session";
      } else if (paths.containsKey(identity)) {
        which = paths.get(identity);
      } else if (className.equals(TimelineRequest.class.getName())) {
        which = "one per trial; `TimelineRequest.trial` is the trial (the `Trial` itself is not inserted)";
      } else {
        which = "made by the engine";
      }
      rows.merge(simple, which, (a, b) -> a.equals(b) ? a : a + "; " + b);
    }
    List<String> order = new ArrayList<>(rows.keySet());
    order.sort(Comparator.comparing((String s) -> s.equals("PolicyParameters") ? 0 : 1)
        .thenComparing(s -> rows.get(s).startsWith("the request") ? 0 : 1)
        .thenComparing(s -> FACT_ORDER.indexOf(s)));
    boolean first = true;
    for (String simple : order) {
      out.append("| ").append(first ? request : "").append(" | `").append(simple).append("` | ")
          .append(rows.get(simple)).append(" |\n");
      first = false;
    }
  }

  /** Where each object reachable through the facts' accessors sits, shortest path first. */
  private static Map<Integer, String> pathsOf(Object root) {
    Map<Integer, String> paths = new LinkedHashMap<>();
    paths.put(System.identityHashCode(root), "the request itself");
    List<Map.Entry<String, Object>> level = List.of(Map.entry("", root));
    for (int depth = 0; depth < 3; depth++) {
      List<Map.Entry<String, Object>> next = new ArrayList<>();
      for (Map.Entry<String, Object> node : level) {
        for (Component component : components(node.getValue().getClass())) {
          Object value;
          try {
            value = component.getAccessor().invoke(node.getValue());
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
          if (value == null) {
            continue;
          }
          String path = node.getKey().isEmpty() ? component.getName() : node.getKey() + "." + component.getName();
          paths.putIfAbsent(System.identityHashCode(value), "the request's `" + path + "`");
          next.add(Map.entry(path, value));
        }
      }
      level = next;
    }
    return paths;
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }

  // ---------------------------------------------------------------------------------------------
  // (b) Facts and enums

  /** Every public top-level type of the facts package, as compiled. */
  static List<Class<?>> factTypes() {
    List<Class<?>> types = new ArrayList<>();
    for (String name : classNamesIn(FACTS_PACKAGE, Trial.class)) {
      try {
        Class<?> type = Class.forName(name);
        if (Modifier.isPublic(type.getModifiers()) && type.getEnclosingClass() == null) {
          types.add(type);
        }
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    types.sort(Comparator.comparing((Class<?> t) -> FACT_ORDER.contains(t.getSimpleName())
        ? FACT_ORDER.indexOf(t.getSimpleName()) : FACT_ORDER.size()).thenComparing(Class::getSimpleName));
    return types;
  }

  /** The public classes of the facts package that hold values: the fact types. */
  static List<Class<?>> factRecords() {
    return factTypes().stream().filter(t -> !components(t).isEmpty()).toList();
  }

  /**
   * A field as DRL reads it: by its accessor. Named and shaped like {@link
   * java.lang.reflect.RecordComponent}, which the facts and {@code PolicyParameters} were read by
   * when they were records.
   */
  record Component(String getName, Type getGenericType, Method getAccessor) {
    Class<?> getType() {
      return getAccessor.getReturnType();
    }

    /** Whether the accessor is JSpecify {@code @Nullable}: the caller may leave the field out. */
    boolean nullable() {
      return java.util.Arrays.stream(getAccessor.getAnnotatedReturnType().getAnnotations())
          .anyMatch(a -> a.annotationType().getName().equals("org.jspecify.annotations.Nullable"));
    }
  }

  /**
   * The fields of one of our value types, in declaration order: a record's components, or a final
   * class's public accessors named after its private instance fields. Empty for any other type,
   * so that walking a fact never descends into a JDK class.
   */
  static List<Component> components(Class<?> type) {
    List<Component> components = new ArrayList<>();
    if (type.isRecord()) {
      for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) {
        components.add(new Component(c.getName(), c.getGenericType(), c.getAccessor()));
      }
    } else if (type.getName().startsWith("dev.trialrules.") && !type.isEnum() && !type.isInterface()) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        try {
          Method accessor = type.getMethod(field.getName());
          components.add(new Component(field.getName(), accessor.getGenericReturnType(), accessor));
        } catch (NoSuchMethodException e) {
          // private state with no accessor: nothing a rule can read
        }
      }
    }
    return components;
  }

  private String facts() {
    StringBuilder out = new StringBuilder();
    for (Class<?> record : factRecords()) {
      out.append("### `").append(record.getSimpleName()).append("`\n\n");
      out.append(classDoc(record)).append("\n\n");
      out.append("| field | type | meaning |\n| --- | --- | --- |\n");
      Map<String, String> params = paramDocs(record);
      for (Component component : components(record)) {
        String meaning = params.get(component.getName());
        if (meaning == null) {
          throw new IllegalStateException(record.getSimpleName() + "." + component.getName()
              + " has no @param in " + sourceOf(record) + ": add one (it is the field's meaning in VOCABULARY.md)");
        }
        out.append("| `").append(component.getName()).append("` | `").append(typeName(component.getGenericType()))
            .append(component.nullable() ? "` or `null`" : "`").append(" | ").append(cell(meaning)).append(" |\n");
      }
      out.append('\n');
    }
    for (Class<?> type : factTypes()) {
      if (!type.isInterface()) {
        continue;
      }
      out.append("### `").append(type.getSimpleName()).append("` (interface)\n\n");
      out.append(classDoc(type));
      Class<?>[] permitted = type.getPermittedSubclasses();
      if (permitted != null) {
        out.append(" Implemented by ").append(java.util.Arrays.stream(permitted)
            .map(c -> "`" + c.getSimpleName() + "`").collect(Collectors.joining(", "))).append('.');
      }
      out.append("\n\n| method | type | meaning |\n| --- | --- | --- |\n");
      for (Method method : sortedBySource(type, List.of(type.getDeclaredMethods()))) {
        if (Modifier.isStatic(method.getModifiers())) {
          continue;
        }
        out.append("| `").append(method.getName()).append("()` | `").append(typeName(method.getGenericReturnType()))
            .append("` | ").append(cell(methodDoc(method).text)).append(" |\n");
      }
      out.append('\n');
    }
    return out.toString().strip();
  }

  private String enums() {
    StringBuilder out = new StringBuilder();
    List<Class<?>> enums = new ArrayList<>(factTypes().stream().filter(Class::isEnum)
        .sorted(Comparator.comparing(Class::getSimpleName)).toList());
    enums.addAll(OTHER_ENUMS);
    for (Class<?> type : enums) {
      out.append("### `").append(type.getSimpleName()).append("`");
      if (!type.getPackageName().equals(FACTS_PACKAGE)) {
        out.append(" (`").append(type.getPackageName()).append("`)");
      }
      out.append("\n\n").append(classDoc(type)).append("\n\n| constant | meaning |\n| --- | --- |\n");
      for (Object constant : type.getEnumConstants()) {
        String name = ((Enum<?>) constant).name();
        out.append("| `").append(name).append("` | ").append(cell(constantDoc(type, name))).append(" |\n");
      }
      out.append('\n');
    }
    for (Class<?> type : factTypes()) {
      if (!components(type).isEmpty() || type.isEnum() || type.isInterface()) {
        continue;
      }
      List<Field> constants = new ArrayList<>();
      for (Field field : type.getDeclaredFields()) {
        int m = field.getModifiers();
        if (Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m)) {
          constants.add(field);
        }
      }
      if (constants.isEmpty()) {
        continue;
      }
      out.append("### `").append(type.getSimpleName()).append("` (constants)\n\n").append(classDoc(type))
          .append("\n\n| constant | value | meaning |\n| --- | --- | --- |\n");
      for (Field field : constants) {
        Object value;
        try {
          value = field.get(null);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
        out.append("| `").append(type.getSimpleName()).append('.').append(field.getName()).append("` | `")
            .append(value instanceof String ? "\"" + value + "\"" : value).append("` | ")
            .append(cell(constantDoc(type, field.getName()))).append(" |\n");
      }
      out.append('\n');
    }
    return out.toString().strip();
  }

  // ---------------------------------------------------------------------------------------------
  // (c) The global verdict

  private String verdict() {
    StringBuilder out = new StringBuilder("| call | meaning |\n| --- | --- |\n");
    for (Method method : verdictMethods()) {
      MethodDoc doc = methodDoc(method);
      out.append("| `verdict.").append(method.getName()).append('(').append(doc.parameters).append(")` | ")
          .append(cell(doc.text)).append(" |\n");
    }
    for (Method method : sortedBySource(Verdict.About.class, List.of(Verdict.About.class.getMethods()))) {
      MethodDoc doc = methodDoc(method);
      out.append("| `verdict.about(field, item).").append(method.getName()).append('(').append(doc.parameters)
          .append(")` | ").append(cell(doc.text)).append(" |\n");
    }
    return out.toString().strip();
  }

  /** The public methods of {@link Verdict}, in source order. */
  List<Method> verdictMethods() {
    return sortedBySource(Verdict.class, List.of(Verdict.class.getMethods()));
  }

  // ---------------------------------------------------------------------------------------------
  // (d) Derived values

  private String derivedValues() {
    Map<String, Set<String>> derivers = derivingRules();
    StringBuilder out = new StringBuilder(
        "| name | Java constant | type | meaning | derived by |\n| --- | --- | --- | --- | --- |\n");
    for (Map.Entry<String, Field> entry : derivedValueConstants().entrySet()) {
      Field field = entry.getValue();
      DerivedValue<?> key;
      try {
        key = (DerivedValue<?>) field.get(null);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
      Type valueType = ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
      Set<String> rules = derivers.getOrDefault(field.getName(), Set.of());
      out.append("| `").append(key.name()).append("` | `DerivedValue.").append(field.getName()).append("` | `")
          .append(typeName(valueType)).append("` | ").append(cell(constantDoc(DerivedValue.class, field.getName())))
          .append(" | ").append(rules.isEmpty() ? "no shipped rule" : String.join(", ", rules)).append(" |\n");
    }
    return out.toString().strip();
  }

  /** The {@code public static final DerivedValue} fields, by the key's name, in declaration order. */
  static Map<String, Field> derivedValueConstants() {
    Map<String, Field> constants = new LinkedHashMap<>();
    for (Field field : DerivedValue.class.getDeclaredFields()) {
      if (field.getType() == DerivedValue.class && Modifier.isPublic(field.getModifiers())
          && Modifier.isStatic(field.getModifiers())) {
        try {
          constants.put(((DerivedValue<?>) field.get(null)).name(), field);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return constants;
  }

  private static final Pattern RULE = Pattern.compile("(?ms)^rule\\s+\"([^\"]+)\"(.*?)^end\\b");
  private static final Pattern RULE_ID = Pattern.compile("^([A-Z]+-\\d+)\\b");
  private static final Pattern DERIVE = Pattern.compile("verdict\\.derive\\(\\s*DerivedValue\\.([A-Z0-9_]+)");

  /** For each DerivedValue constant, the IDs of the shipped rules that derive it, in policy order. */
  private static Map<String, Set<String>> derivingRules() {
    Map<String, Set<String>> derivers = new TreeMap<>();
    for (String file : shippedRuleFiles()) {
      Matcher rule = RULE.matcher(resource(file));
      while (rule.find()) {
        Matcher id = RULE_ID.matcher(rule.group(1));
        String ruleId = id.find() ? id.group(1) : rule.group(1);
        Matcher derive = DERIVE.matcher(rule.group(2));
        while (derive.find()) {
          derivers.computeIfAbsent(derive.group(1), k -> new TreeSet<>(VocabularyDocument::compareRuleIds)).add(ruleId);
        }
      }
    }
    return derivers;
  }

  private static int compareRuleIds(String a, String b) {
    Matcher ma = Pattern.compile("([A-Z]+)-(\\d+)").matcher(a);
    Matcher mb = Pattern.compile("([A-Z]+)-(\\d+)").matcher(b);
    if (ma.matches() && mb.matches() && ma.group(1).equals(mb.group(1))) {
      return Integer.compare(Integer.parseInt(ma.group(2)), Integer.parseInt(mb.group(2)));
    }
    return a.compareTo(b);
  }

  private static List<String> shippedRuleFiles() {
    List<String> files = new ArrayList<>();
    for (String line : resource("ruleset.index").split("\n")) {
      String file = line.strip();
      if (!file.isEmpty() && !file.startsWith("#")) {
        files.add(file);
      }
    }
    return files;
  }

  // ---------------------------------------------------------------------------------------------
  // (e) Parameters

  /** The keys of the shipped parameters.properties, in file order. */
  static List<String> shippedParameterKeys() {
    List<String> keys = new ArrayList<>();
    Properties properties = shippedParameters();
    boolean continued = false;
    for (String line : resource("parameters.properties").split("\n")) {
      String trimmed = line.strip();
      boolean continuation = continued;
      continued = trimmed.endsWith("\\") && !trimmed.endsWith("\\\\");
      if (continuation || trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
        continue;
      }
      String key = trimmed.split("\\s*[=:\\s]", 2)[0];
      if (properties.containsKey(key) && !keys.contains(key)) {
        keys.add(key);
      }
    }
    if (keys.size() != properties.size()) {
      throw new IllegalStateException("could not read the keys of parameters.properties in order: found " + keys
          + " of " + properties.stringPropertyNames());
    }
    return keys;
  }

  static Properties shippedParameters() {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(resource("parameters.properties")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private String parameters() {
    Properties properties = shippedParameters();
    Map<String, String> doc = paramDocs(PolicyParameters.class);
    Map<String, Component> components = new LinkedHashMap<>();
    for (Component component : components(PolicyParameters.class)) {
      components.put(component.getName(), component);
    }
    PolicyParameters shipped = shippedPolicyParameters();
    Set<String> covered = new LinkedHashSet<>();
    StringBuilder out = new StringBuilder(
        "| parameter | accessor | type | shipped value | meaning |\n| --- | --- | --- | --- | --- |\n");
    Map<String, Map<String, String>> groups = new LinkedHashMap<>();
    for (String key : shippedParameterKeys()) {
      String value = properties.getProperty(key).strip();
      Component component = components.get(camelCase(key));
      if (component == null) {
        int dot = key.lastIndexOf('.');
        if (dot < 0) {
          throw new IllegalStateException("parameters.properties key " + key + " matches no PolicyParameters component"
              + " named " + camelCase(key) + ": teach VocabularyDocument how to document it");
        }
        groups.computeIfAbsent(key.substring(0, dot + 1), k -> new LinkedHashMap<>()).put(key.substring(dot + 1), value);
        continue;
      }
      covered.add(component.getName());
      out.append(row("`" + key + "`", component, value.isEmpty() ? "none" : "`" + value + "`", doc));
    }
    for (Map.Entry<String, Map<String, String>> group : groups.entrySet()) {
      Component component = mapComponentHolding(shipped, group.getValue(), group.getKey());
      covered.add(component.getName());
      String value = group.getValue().entrySet().stream().map(e -> "`" + e.getKey() + "=" + e.getValue() + "`")
          .collect(Collectors.joining(", "));
      out.append(row("`" + group.getKey() + "*`", component, value, doc));
    }
    Component regions = components.get("regions");
    covered.add(regions.getName());
    out.append(row("`" + PolicyParameters.REGION_PREFIX + "*` (the lines of `regions.properties`)", regions,
        shipped.regions().size() + " countries, see [the region table](#region-entries)", doc));
    Component custom = components.get("custom");
    covered.add(custom.getName());
    MethodDoc one;
    try {
      one = methodDoc(PolicyParameters.class.getMethod("custom", String.class));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("PolicyParameters.custom(String) is gone: say in VOCABULARY.md how DRL reads custom.*", e);
    }
    out.append(row("`" + PolicyParameters.CUSTOM_PREFIX + "*`",
        "`custom(" + one.parameters() + ")` for one, `custom()` for all", custom,
        shipped.custom().isEmpty() ? "none shipped" : shipped.custom().toString(), doc));
    for (Component component : components.values()) {
      if (!covered.contains(component.getName())) {
        out.append(row("no key in the shipped file", component, "", doc));
      }
    }
    return out.toString().strip();
  }

  private static String row(String key, Component component, String value, Map<String, String> doc) {
    return row(key, "`" + component.getName() + "()`", component, value, doc);
  }

  private static String row(String key, String accessor, Component component, String value,
      Map<String, String> doc) {
    return "| " + key + " | " + accessor + " | `" + typeName(component.getGenericType()) + "` | "
        + cell(value) + " | " + cell(doc.getOrDefault(component.getName(), "")) + " |\n";
  }

  /** The Map component of the shipped parameters that holds exactly these entries of a key prefix. */
  private static Component mapComponentHolding(PolicyParameters shipped, Map<String, String> entries, String prefix) {
    for (Component component : components(PolicyParameters.class)) {
      if (component.getType() != Map.class) {
        continue;
      }
      try {
        if (component.getAccessor().invoke(shipped).equals(new TreeMap<>(entries))) {
          return component;
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("no PolicyParameters component holds the " + prefix + "* entries " + entries);
  }

  static PolicyParameters shippedPolicyParameters() {
    try (TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).build()) {
      return engine.parameters();
    }
  }

  private static String camelCase(String key) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : key.toCharArray()) {
      if (c == '-') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  private String regions() {
    Map<String, List<String>> byRegion = new TreeMap<>();
    shippedPolicyParameters().regions().forEach((country, region) ->
        byRegion.computeIfAbsent(region, r -> new ArrayList<>()).add(country));
    StringBuilder out = new StringBuilder("| region | countries | country codes |\n| --- | --- | --- |\n");
    byRegion.forEach((region, countries) -> out.append("| `").append(region).append("` | ")
        .append(countries.size()).append(" | ").append(String.join(", ", countries)).append(" |\n"));
    return out.toString().strip();
  }

  // ---------------------------------------------------------------------------------------------
  // (f) Helper methods

  private String helpers() {
    StringBuilder out = new StringBuilder("| method | returns | meaning |\n| --- | --- | --- |\n");
    List<Class<?>> types = new ArrayList<>();
    types.add(PolicyParameters.class);
    types.addAll(factRecords());
    for (Class<?> type : types) {
      Set<String> accessors = new LinkedHashSet<>();
      for (Component component : components(type)) {
        accessors.add(component.getName());
      }
      List<Method> helpers = new ArrayList<>();
      for (Method method : type.getMethods()) {
        boolean accessor = method.getParameterCount() == 0 && accessors.contains(method.getName());
        boolean objectMethod = Set.of("equals", "hashCode", "toString").contains(method.getName())
            || method.getDeclaringClass() == Object.class || method.getDeclaringClass() == Record.class;
        // toBuilder() makes a changed copy for a caller; a rule never changes a fact.
        boolean copying = method.getReturnType().getEnclosingClass() == type;
        if (!Modifier.isStatic(method.getModifiers()) && !accessor && !objectMethod && !copying) {
          helpers.add(method);
        }
      }
      for (Method method : sortedBySource(type, helpers)) {
        MethodDoc doc = methodDoc(method);
        String inherited = method.getDeclaringClass() == type ? ""
            : " (from `" + method.getDeclaringClass().getSimpleName() + "`)";
        out.append("| `").append(type.getSimpleName()).append('.').append(method.getName()).append('(')
            .append(doc.parameters).append(")`").append(inherited).append(" | `")
            .append(typeName(method.getGenericReturnType())).append("` | ").append(cell(doc.text)).append(" |\n");
      }
    }
    return out.toString().strip();
  }

  // ---------------------------------------------------------------------------------------------
  // Reading Javadoc from trial-rules-core's sources

  private final Map<Class<?>, String> sources = new java.util.HashMap<>();

  private Path sourceOf(Class<?> type) {
    // A nested type, such as Verdict.About, is documented in its top-level type's file.
    Class<?> topLevel = type;
    while (topLevel.getEnclosingClass() != null) {
      topLevel = topLevel.getEnclosingClass();
    }
    return coreSources.resolve(topLevel.getName().replace('.', '/') + ".java");
  }

  private String source(Class<?> type) {
    return sources.computeIfAbsent(type, t -> {
      Path path = sourceOf(t);
      if (!Files.exists(path)) {
        throw new IllegalStateException(path + " does not exist, though " + t.getName() + " is compiled:"
            + " install the current core first (mvn -B -o -q install -pl trial-rules-core -DskipTests)");
      }
      try {
        return Files.readString(path, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The Javadoc just before the type's declaration, raw. */
  private String rawClassDoc(Class<?> type) {
    Matcher m = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@\\w+(?:\\([^)]*\\))?\\s*)*public\\s+(?:final\\s+|sealed\\s+|abstract\\s+)*(?:record|enum|class|interface)\\s+"
        + type.getSimpleName() + "\\b", Pattern.DOTALL).matcher(source(type));
    if (!m.find()) {
      throw new IllegalStateException(sourceOf(type) + " has no Javadoc on " + type.getSimpleName()
          + ", or the compiled core differs from its sources (mvn -B -o -q install -pl trial-rules-core -DskipTests)");
    }
    return m.group(1);
  }

  /** The first paragraph of a type's Javadoc, as Markdown. */
  String classDoc(Class<?> type) {
    return description(rawClassDoc(type));
  }

  /**
   * Each field's meaning by its name: a record's {@code @param} descriptions, or the first
   * sentence of each accessor's Javadoc.
   */
  Map<String, String> paramDocs(Class<?> type) {
    Map<String, String> params = new LinkedHashMap<>();
    if (!type.isRecord()) {
      for (Component component : components(type)) {
        params.put(component.getName(), methodDoc(component.getAccessor()).text());
      }
      return params;
    }
    String text = lines(rawClassDoc(type));
    Matcher m = Pattern.compile("@param\\s+(\\S+)\\s+(.*?)(?=@param|@return|@throws|@see|$)", Pattern.DOTALL).matcher(text);
    while (m.find()) {
      params.put(m.group(1), markdown(m.group(2)));
    }
    return params;
  }

  /** The Javadoc of an enum constant or a static field. */
  String constantDoc(Class<?> type, String name) {
    Matcher m = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:public\\s+static\\s+final\\s+[^=;]*?\\s)?" + name
        + "\\s*[=,;(\\s]", Pattern.DOTALL).matcher(source(type));
    if (!m.find()) {
      throw new IllegalStateException(sourceOf(type) + " has no Javadoc on " + name + ": add one");
    }
    return description(m.group(1));
  }

  record MethodDoc(int position, String parameters, String text) {}

  /** A method's Javadoc and parameter list as written in its declaring type's source. */
  MethodDoc methodDoc(Method method) {
    Class<?> type = method.getDeclaringClass();
    String source = source(type);
    Matcher m = Pattern.compile("/\\*\\*((?:(?!\\*/).)*?)\\*/\\s*((?:@\\w+(?:\\([^)]*\\))?\\s*)*)[^;{}/*=]*?\\b"
        + method.getName() + "\\s*\\(([^)]*)\\)", Pattern.DOTALL).matcher(source);
    // A nested type's methods are read from its own body, which follows its declaration, so that
    // Verdict.About.deny(message, remedy) is not mistaken for Verdict.deny(field, message).
    if (type.getEnclosingClass() != null) {
      Matcher declaration = Pattern.compile("\\b(?:interface|class|record|enum)\\s+" + type.getSimpleName() + "\\b")
          .matcher(source);
      if (declaration.find()) {
        m.region(declaration.end(), source.length());
      }
    }
    while (m.find()) {
      String parameters = m.group(3).replaceAll("\\s+", " ").strip();
      if (parameterCount(parameters) == method.getParameterCount()) {
        return new MethodDoc(m.start(), parameters, description(m.group(1)));
      }
    }
    throw new IllegalStateException(sourceOf(type) + " has no Javadoc on " + method.getName() + " with "
        + method.getParameterCount() + " parameters: add one");
  }

  private List<Method> sortedBySource(Class<?> type, List<Method> methods) {
    List<Method> sorted = new ArrayList<>(methods);
    sorted.sort(Comparator.comparing((Method m) -> m.getDeclaringClass() == type ? 0 : 1)
        .thenComparing(m -> m.getDeclaringClass().getName())
        .thenComparingInt(m -> methodDoc(m).position()));
    return sorted;
  }

  private static int parameterCount(String parameters) {
    String flat = parameters;
    String previous;
    do {
      previous = flat;
      flat = flat.replaceAll("<[^<>]*>", "");
    } while (!flat.equals(previous));
    return flat.isBlank() ? 0 : flat.split(",").length;
  }

  private static String lines(String javadoc) {
    return java.util.Arrays.stream(javadoc.split("\n"))
        .map(l -> l.replaceFirst("^\\s*\\*\\s?", "").strip())
        .collect(Collectors.joining("\n"));
  }

  /** The description before the first block tag, {@code <p>} or {@code <pre>}, as one Markdown line. */
  private static String description(String javadoc) {
    String text = lines(javadoc);
    int end = text.length();
    for (String stop : List.of("\n@", "<p>", "<pre>", "\n\n")) {
      int at = text.indexOf(stop);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    if (text.startsWith("@")) {
      end = 0;
    }
    return markdown(text.substring(0, end));
  }

  private static String markdown(String javadoc) {
    String text = javadoc.replaceAll("\\s+", " ").strip();
    Matcher link = Pattern.compile("\\{@(?:link|linkplain)\\s+([^}\\s]+)(?:\\s+([^}]*))?}").matcher(text);
    StringBuilder out = new StringBuilder();
    while (link.find()) {
      String target = link.group(1).replaceAll("^(?:[a-z]\\w*\\.)+", "");
      target = target.startsWith("#") ? target.substring(1) : target.replace('#', '.');
      String shown = link.group(2) != null ? link.group(2) : "`" + target + "`";
      link.appendReplacement(out, Matcher.quoteReplacement(shown));
    }
    link.appendTail(out);
    return out.toString().replaceAll("\\{@code\\s+([^}]*)}", "`$1`");
  }

  // ---------------------------------------------------------------------------------------------
  // Small helpers

  /** A Java type as a policy author reads it: {@code List<String>}, without packages. */
  static String typeName(Type type) {
    return type.getTypeName().replaceAll("\\b(?:[a-z]\\w*\\.)+", "").replace('$', '.');
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  static String resource(String relative) {
    try (InputStream in = VocabularyDocument.class.getClassLoader().getResourceAsStream(POLICY_ROOT + relative)) {
      if (in == null) {
        throw new IllegalStateException(POLICY_ROOT + relative + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names of the top-level classes of a package, from the directory or jar that holds {@code anchor}. */
  private static List<String> classNamesIn(String packageName, Class<?> anchor) {
    String folder = packageName.replace('.', '/') + "/";
    Set<String> names = new TreeSet<>();
    try {
      Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(location)) {
        try (var files = Files.list(location.resolve(folder))) {
          files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
              .forEach(n -> names.add(packageName + "." + n.substring(0, n.length() - ".class".length())));
        }
      } else {
        try (JarFile jar = new JarFile(location.toFile())) {
          jar.stream().map(e -> e.getName())
              .filter(n -> n.startsWith(folder) && n.indexOf('/', folder.length()) < 0)
              .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.endsWith("package-info.class"))
              .forEach(n -> names.add(n.substring(0, n.length() - ".class".length()).replace('/', '.')));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    names.remove(packageName + ".package-info");
    return new ArrayList<>(names);
  }
}
