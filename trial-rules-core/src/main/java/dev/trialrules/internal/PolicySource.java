package dev.trialrules.internal;

import dev.trialrules.RuleMessage;
import dev.trialrules.RuleSetException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Gathers the rule files and parameters a policy is built from: the ones shipped in
 * trial-rules-drl, then an author's directory on top of them.
 *
 * @param files the rule files, shipped order first, then the directory's added files by name
 * @param parameters every parameter as text, regions keyed {@code region.XX}
 */
public record PolicySource(List<RuleFile> files, Map<String, String> parameters) {

  /** Where trial-rules-drl puts its files on the classpath. */
  public static final String SHIPPED_ROOT = "dev/trialrules/policy/";
  /** Lists the shipped rule files, one path a line, relative to {@link #SHIPPED_ROOT}. */
  public static final String INDEX = "ruleset.index";
  /** The parameters file, shipped and in a rules directory. */
  public static final String PARAMETERS = "parameters.properties";
  /** The country-to-region table, shipped and in a rules directory. */
  public static final String REGIONS = "regions.properties";

  /** The policy shipped on the classpath of {@code loader}. */
  public static PolicySource shipped(ClassLoader loader) {
    String index = resource(loader, INDEX);
    if (index == null) {
      throw new IllegalStateException("no shipped policy on the classpath (" + SHIPPED_ROOT + INDEX
          + " is missing): add the trial-rules-drl dependency");
    }
    List<RuleFile> files = new ArrayList<>();
    for (String line : index.split("\n")) {
      String relative = line.strip();
      if (relative.isEmpty() || relative.startsWith("#")) {
        continue;
      }
      String text = resource(loader, relative);
      if (text == null) {
        throw new IllegalStateException(SHIPPED_ROOT + INDEX + " lists " + relative
            + " but it is not on the classpath");
      }
      files.add(new RuleFile(fileName(relative), SHIPPED_ROOT + relative, text));
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.putAll(properties(SHIPPED_ROOT + PARAMETERS, resource(loader, PARAMETERS), ""));
    parameters.putAll(properties(SHIPPED_ROOT + REGIONS, resource(loader, REGIONS), "region."));
    return new PolicySource(List.copyOf(files), parameters);
  }

  /**
   * This policy with an author's directory laid over it: a {@code .drl} file there replaces the
   * shipped file of the same name or is added; its parameters and regions override key by key.
   */
  public PolicySource overlay(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException("rules directory " + directory + " is not a directory");
    }
    Map<String, RuleFile> byName = new LinkedHashMap<>();
    files.forEach(f -> byName.put(f.name(), f));
    try (Stream<Path> listing = Files.list(directory)) {
      for (Path path : listing.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
        String name = path.getFileName().toString();
        byName.put(name, new RuleFile(name, path.toString(), read(path)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list rules directory " + directory, e);
    }
    Map<String, String> merged = new LinkedHashMap<>(parameters);
    Path parametersFile = directory.resolve(PARAMETERS);
    if (Files.exists(parametersFile)) {
      merged.putAll(properties(parametersFile.toString(), read(parametersFile), ""));
    }
    Path regionsFile = directory.resolve(REGIONS);
    if (Files.exists(regionsFile)) {
      merged.putAll(properties(regionsFile.toString(), read(regionsFile), "region."));
    }
    return new PolicySource(List.copyOf(byName.values()), merged);
  }

  /** This policy with some parameters replaced. */
  public PolicySource withParameters(Map<String, String> overrides) {
    Map<String, String> merged = new LinkedHashMap<>(parameters);
    merged.putAll(overrides);
    return new PolicySource(files, merged);
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RuleSetException(new RuleMessage(path.toString(), 0, 0, true,
          "cannot read: " + e.getMessage()), e);
    }
  }

  private static String resource(ClassLoader loader, String relative) {
    try (InputStream in = loader.getResourceAsStream(SHIPPED_ROOT + relative)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SHIPPED_ROOT + relative, e);
    }
  }

  private static Map<String, String> properties(String where, String text, String prefix) {
    Map<String, String> entries = new LinkedHashMap<>();
    if (text == null) {
      return entries;
    }
    Properties properties = new Properties();
    try (Reader reader = new StringReader(text)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new RuleSetException(new RuleMessage(where, 0, 0, true, "cannot parse: " + e.getMessage()), e);
    }
    properties.stringPropertyNames().stream().sorted()
        .forEach(key -> entries.put(prefix + key, properties.getProperty(key)));
    return entries;
  }
}
