package dev.trialrules.engine;

import dev.trialrules.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fixture policy of the engine's own tests: four rules in {@code fixture/fixture.drl} (a denial,
 * a requirement, a timeline notice, a rule that fails) with the shipped numbers and a one-region
 * table, built the way any policy module builds its {@link Policy}, from text. Compiled from DRL,
 * since it has no executable model: the other of the engine's two build paths.
 */
final class FixturePolicy {
  static final String ROOT = "dev/trialrules/fixture/";

  private FixturePolicy() {}

  /** The fixture policy, read afresh (cheap: it is text until an engine compiles it). */
  static Policy get() {
    return Policy.builder("fixture")
        .ruleFile(ROOT + "fixture.drl", text("fixture.drl"))
        .parametersFile(ROOT + "parameters.properties", text("parameters.properties"))
        .regionsFile(ROOT + "regions.properties", regions())
        .build();
  }

  /** Every ISO country in one region: the engine refuses a table that leaves a country out. */
  static String regions() {
    return Stream.of(Locale.getISOCountries()).map(country -> country + " = AMER")
        .collect(Collectors.joining("\n", "", "\n"));
  }

  static String text(String name) {
    try (InputStream in = FixturePolicy.class.getClassLoader().getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException(ROOT + name + " is missing from the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
