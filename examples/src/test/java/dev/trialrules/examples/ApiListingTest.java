package dev.trialrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.cli.TrialPolicyCli;
import dev.trialrules.json.DecisionJson;
import dev.trialrules.policy.ShippedPolicy;
import dev.trialrules.scenario.ScenarioSuite;
import dev.trialrules.test.ScenarioTests;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README's list of the public API, module by module and package by package, is the API the
 * published jars have: a public type added, removed or made package-private fails this test until
 * README says so. {@code -Dapi.regenerate=true} rewrites the list.
 */
class ApiListingTest {
  private static final Path README = Path.of("").toAbsolutePath().resolve("../README.md");
  private static final Pattern SECTION = Pattern.compile("(<!-- api:begin -->\\n)(.*?)(<!-- api:end -->)", Pattern.DOTALL);

  /** Each published module by a class it holds, in README's order. */
  private static final Map<String, Class<?>> MODULES = new LinkedHashMap<>();

  static {
    MODULES.put("trial-rules-core", TrialPolicyEngine.class);
    MODULES.put("trial-rules-drl", ShippedPolicy.class);
    MODULES.put("trial-rules-json", DecisionJson.class);
    MODULES.put("trial-rules-scenarios", ScenarioSuite.class);
    MODULES.put("trial-rules-test", ScenarioTests.class);
    MODULES.put("trial-rules-cli", TrialPolicyCli.class);
  }

  @Test
  void readmeListsThePublicApi() throws Exception {
    String listing = listing();
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher section = SECTION.matcher(readme);
    assertThat(section.find()).as("<!-- api:begin --> and <!-- api:end --> in README.md").isTrue();
    if (Boolean.getBoolean("api.regenerate")) {
      Files.writeString(README, readme.substring(0, section.start(2)) + listing + readme.substring(section.end(2)),
          StandardCharsets.UTF_8);
    }
    assertThat(section.group(2)).as("README's API listing; regenerate with -Dapi.regenerate=true").isEqualTo(listing);
  }

  /** One table row per module and package: how many public types, and which. */
  private static String listing() throws IOException, URISyntaxException, ClassNotFoundException {
    StringBuilder out = new StringBuilder("| module | package | public types | count |\n| --- | --- | --- | ---: |\n");
    int total = 0;
    for (Map.Entry<String, Class<?>> module : MODULES.entrySet()) {
      Map<String, TreeSet<String>> byPackage = new TreeMap<>();
      for (Class<?> type : publicTypes(module.getValue())) {
        byPackage.computeIfAbsent(type.getPackageName(), k -> new TreeSet<>())
            .add(type.getName().substring(type.getPackageName().length() + 1).replace('$', '.'));
      }
      for (Map.Entry<String, TreeSet<String>> pkg : byPackage.entrySet()) {
        out.append("| `").append(module.getKey()).append("` | `").append(pkg.getKey()).append("` | ")
            .append(pkg.getValue().stream().map(n -> "`" + n + "`").collect(Collectors.joining(", ")))
            .append(" | ").append(pkg.getValue().size()).append(" |\n");
        total += pkg.getValue().size();
      }
    }
    return out.append("| all | | | ").append(total).append(" |\n").toString();
  }

  /** The public types, nested ones included, of the classes folder or jar {@code marker} is in. */
  private static List<Class<?>> publicTypes(Class<?> marker) throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Path.of(marker.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> types = new ArrayList<>();
    List<String> names;
    if (Files.isDirectory(root)) {
      try (Stream<Path> files = Files.walk(root)) {
        names = files.map(f -> root.relativize(f).toString().replace('\\', '/')).filter(n -> n.endsWith(".class")).toList();
      }
    } else {
      try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(root.toFile())) {
        names = jar.stream().map(java.util.zip.ZipEntry::getName).filter(n -> n.endsWith(".class")).toList();
      }
    }
    for (String name : names) {
      if (name.equals("module-info.class") || name.contains("package-info") || name.matches(".*\\$[0-9].*")
          || name.startsWith("dev/trialrules/execgen/")) {
        continue;   // the generator is left out of the jar; anonymous classes are not types a caller names
      }
      if (name.startsWith("dev/trialrules/policy/") && !name.equals("dev/trialrules/policy/ShippedPolicy.class")
          && name.contains("/") && name.substring("dev/trialrules/policy/".length()).contains("/")) {
        continue;   // the executable model's generated classes, defined by the engine's own loader
      }
      Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'), false,
          marker.getClassLoader());
      if (isPublic(type)) {
        types.add(type);
      }
    }
    return types;
  }

  private static boolean isPublic(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }
}
