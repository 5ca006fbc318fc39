package dev.trialrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A caller never needs a Drools import: no public signature of the API mentions one. */
class PublicApiTest {
  private static final int HANDFUL = 5;
  private static final List<String> API_PACKAGES = List.of("dev.trialrules", "dev.trialrules.facts", "dev.trialrules.rules");

  @Test
  void noPublicSignature_mentionsDroolsOrKie() throws Exception {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : apiClasses()) {
      for (Method m : type.getMethods()) {
        check(type, m, m.getGenericReturnType(), leaks);
      }
      for (Constructor<?> c : type.getConstructors()) {
        check(type, c, null, leaks);
      }
      for (Field f : type.getFields()) {
        if (mentionsDrools(f.getGenericType())) {
          leaks.add(type.getName() + "." + f.getName());
        }
      }
      if (type.getSuperclass() != null && mentionsDrools(type.getGenericSuperclass())) {
        leaks.add(type.getName() + " extends " + type.getGenericSuperclass());
      }
    }
    assertThat(leaks).isEmpty();
  }

  /**
   * A result type can grow without breaking callers: no record of the API hides an absent part
   * in an {@code Optional} component, and none with more than a handful of components has a public
   * canonical constructor, which every added component would break. The fact records are checked
   * with the facts.
   */
  @Test
  void noApiRecord_hasAnOptionalComponent_orIsWide() throws Exception {
    List<String> wide = new ArrayList<>();
    for (Class<?> type : apiClasses()) {
      if (!type.isRecord() || type.getPackageName().equals("dev.trialrules.facts")) {
        continue;
      }
      RecordComponent[] components = type.getRecordComponents();
      for (RecordComponent component : components) {
        assertThat(component.getType()).as("%s.%s", type.getName(), component.getName()).isNotEqualTo(Optional.class);
      }
      // PolicyParameters is the policy's configuration, read from a file by name; its shape is
      // being reworked with its validation, apart from the results.
      if (components.length > HANDFUL && type != PolicyParameters.class) {
        wide.add(type.getName() + " (" + components.length + " components)");
      }
    }
    assertThat(wide).isEmpty();
    for (Class<?> result : List.of(Finding.class, TrialEvent.class, DecisionAudit.class, Decision.class,
        PolicyRule.class)) {
      assertThat(result.getConstructors()).as(result.getName()).isEmpty();
      assertThat(Modifier.isFinal(result.getModifiers())).as(result.getName()).isTrue();
    }
  }

  @Test
  void theApiPackages_areScanned() throws Exception {
    assertThat(apiClasses()).contains(TrialPolicyEngine.class, Decision.class,
        dev.trialrules.facts.StartTrialRequest.class, dev.trialrules.rules.Verdict.class);
  }

  private static void check(Class<?> owner, Executable e, Type returned, List<String> leaks) {
    List<Type> types = new ArrayList<>(List.of(e.getGenericParameterTypes()));
    types.addAll(List.of(e.getGenericExceptionTypes()));
    if (returned != null) {
      types.add(returned);
    }
    if (types.stream().anyMatch(PublicApiTest::mentionsDrools)) {
      leaks.add(owner.getName() + "#" + e.getName());
    }
  }

  private static boolean mentionsDrools(Type type) {
    String name = type.getTypeName();
    return name.contains("org.drools") || name.contains("org.kie");
  }

  private static List<Class<?>> apiClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Path.of(TrialPolicyEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> classes = new ArrayList<>();
    for (String pkg : API_PACKAGES) {
      try (Stream<Path> files = Files.list(root.resolve(pkg.replace('.', '/')))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          String simple = file.getFileName().toString().replace(".class", "");
          Class<?> type = Class.forName(pkg + "." + simple);
          if (reachable(type)) {
            classes.add(type);
          }
        }
      }
    }
    return classes;
  }

  /** Public, and nested only in public types: a caller can name it. */
  private static boolean reachable(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }
}
