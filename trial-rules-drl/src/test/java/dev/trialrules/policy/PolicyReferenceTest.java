package dev.trialrules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.PolicyRule;
import dev.trialrules.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code trial-rules-drl/POLICY-REFERENCE.md}, the project's own reference of the policy,
 * equal to what the shipped rules' metadata says: every rule ID with what its rules decide, their
 * severities, their readings and their source sentences. The document is generated, so it cannot
 * drift from the DRL; the test fails when it has.
 *
 * <p>To regenerate it after changing the rules:
 *
 * <pre>
 * mvn -B -o test -pl trial-rules-core,trial-rules-drl -Dtest=PolicyReferenceTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dpolicy-reference.regenerate=true
 * </pre>
 */
class PolicyReferenceTest {
  private static final Path DOCUMENT = Path.of("POLICY-REFERENCE.md");

  /** The sections of the policy, in its order, by the prefix of their rule IDs. */
  private static final Map<String, String> SECTIONS = sections();

  private static Map<String, String> sections() {
    Map<String, String> sections = new LinkedHashMap<>();
    sections.put("ACT", "1. Who may start a trial");
    sections.put("NEW", "2. A trial for a new customer");
    sections.put("EXIST", "3. A trial for an existing customer");
    sections.put("PAID", "4. A trial added to a paid customer");
    sections.put("EXT", "5. Extending a trial");
    sections.put("MOD", "6. Changing the services of a trial");
    sections.put("CONV", "7. Converting a trial to a paid order");
    sections.put("END", "8. Cancelling, expiry and what follows");
    sections.put("RET", "9. Returning trial devices");
    return sections;
  }

  @Test
  void policyReference_isWhatTheShippedRulesSay() throws IOException {
    String expected = generate(ShippedEngine.ENGINE.rules());
    if (Boolean.getBoolean("policy-reference.regenerate")) {
      Files.writeString(DOCUMENT, expected, StandardCharsets.UTF_8);
      System.out.println("PolicyReferenceTest: regenerated " + DOCUMENT.toAbsolutePath());
    }
    String actual = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
    if (!actual.equals(expected)) {
      Path expectedFile = Path.of("target", "POLICY-REFERENCE.md.expected");
      Files.createDirectories(expectedFile.getParent());
      Files.writeString(expectedFile, expected, StandardCharsets.UTF_8);
    }
    assertThat(actual)
        .as("POLICY-REFERENCE.md no longer matches the shipped rules' metadata; regenerate it (see this"
            + " test's Javadoc) or compare with trial-rules-drl/target/POLICY-REFERENCE.md.expected")
        .isEqualTo(expected);
  }

  @Test
  void policyReference_listsEveryRuleIdOfThePolicy() throws IOException {
    String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
    Set<String> headed = document.lines().filter(line -> line.startsWith("### "))
        .map(line -> line.substring(4).split(" ")[0]).collect(Collectors.toCollection(java.util.TreeSet::new));
    assertThat(headed).isEqualTo(EveryRuleIsExercisedTest.ALL_RULES);
  }

  @Test
  void generator_showsAChangeInAnyRulesMetadata() {
    List<PolicyRule> rules = new ArrayList<>(ShippedEngine.ENGINE.rules());
    String before = generate(rules);
    PolicyRule first = rules.get(0);
    rules.set(0, PolicyRule.of(first.packageName(), first.name(), Map.of("id", first.ruleId(),
        "severity", "INFO", "source", "1: another sentence")));
    assertThat(generate(rules)).isNotEqualTo(before).contains("1: another sentence");
  }

  /** The whole document, from the rules alone. */
  static String generate(List<PolicyRule> rules) {
    Map<String, List<PolicyRule>> byId = new TreeMap<>(Comparator
        .comparing((String id) -> List.copyOf(SECTIONS.keySet()).indexOf(id.substring(0, id.indexOf('-'))))
        .thenComparing(id -> Integer.parseInt(id.substring(id.indexOf('-') + 1))));
    for (PolicyRule rule : rules) {
      byId.computeIfAbsent(rule.ruleId(), id -> new ArrayList<>()).add(rule);
    }
    StringBuilder out = new StringBuilder();
    out.append("# Policy reference\n\n")
        .append("<!-- Generated from the shipped rules' metadata by PolicyReferenceTest; do not edit by hand. -->\n\n")
        .append("Every rule ID of the trial policy, as the shipped DRL implements it: what its rules decide, the")
        .append(" severities of\ntheir findings, the readings they take where the source leaves a choice, and the")
        .append(" sentences of the\nsource document (the Danish help article \"Opsæt en Webex-virksomheds prøveversion\",")
        .append(" cited by the number of\nits non-empty line) that they come from. Each DRL rule carries these as")
        .append(" metadata (`@id`, `@severity`,\n`@reading`, `@source`); a decision's findings carry their rule's")
        .append(" source, and `TrialPolicyEngine.rules()`\nlists them at run time. A rule without a severity")
        .append(" classifies: it derives a fact that other rules read.\n\n")
        .append(byId.size()).append(" rule IDs, ").append(rules.size()).append(" DRL rules.\n");
    String section = null;
    for (Map.Entry<String, List<PolicyRule>> entry : byId.entrySet()) {
      String id = entry.getKey();
      String prefix = id.substring(0, id.indexOf('-'));
      if (!prefix.equals(section)) {
        section = prefix;
        out.append("\n## ").append(SECTIONS.get(prefix)).append(" (").append(prefix).append(")\n");
      }
      List<PolicyRule> idRules = entry.getValue();
      Set<Severity> severities = EnumSet.noneOf(Severity.class);
      Set<String> sources = new LinkedHashSet<>();
      Set<String> readings = new LinkedHashSet<>();
      for (PolicyRule rule : idRules) {
        severities.addAll(rule.severities());
        rule.source().ifPresent(sources::add);
        rule.reading().ifPresent(readings::add);
      }
      out.append("\n### ").append(id).append("\n\n");
      out.append("Severities: ").append(severities.isEmpty() ? "none (classifies only)"
          : severities.stream().map(Enum::name).collect(Collectors.joining(", "))).append("\n\n");
      out.append("| DRL rule | file package | severity |\n| --- | --- | --- |\n");
      for (PolicyRule rule : idRules) {
        out.append("| ").append(rule.name()).append(" | `")
            .append(rule.packageName().substring(rule.packageName().lastIndexOf('.') + 1)).append("` | ")
            .append(rule.severities().isEmpty() ? "classifies"
                : rule.severities().stream().map(Enum::name).collect(Collectors.joining(", ")))
            .append(" |\n");
      }
      if (!readings.isEmpty()) {
        out.append("\nReadings:\n\n");
        readings.forEach(reading -> out.append("- ").append(reading).append('\n'));
      }
      out.append("\nSource:\n\n");
      if (sources.isEmpty()) {
        out.append("- none: the source is silent, and the rule is a reading\n");
      } else {
        sources.forEach(source -> out.append("- ").append(source).append('\n'));
      }
    }
    return out.toString();
  }
}
