package dev.trialrules.internal;

import dev.trialrules.RuleMessage;
import dev.trialrules.RuleSetException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The rule files and parameters a policy is built from, as text: what a {@code Policy}'s provider
 * gave, with an author's directory and parameters laid on top.
 *
 * @param files the rule files, the provider's order first, then the directory's added files by name
 * @param parameters every parameter as text, regions keyed {@code region.XX}
 * @param parameterFiles every parameters and regions file read, in the order they were laid on
 *     each other, so that a problem with a key can be placed on the line that set it
 */
public record PolicySource(List<RuleFile> files, Map<String, String> parameters, List<RuleFile> parameterFiles) {

  /** The parameters file, of a policy and in a rules directory. */
  public static final String PARAMETERS = "parameters.properties";
  /** The country-to-region table, of a policy and in a rules directory. */
  public static final String REGIONS = "regions.properties";

  /** Copies the lists and the map. */
  public PolicySource {
    files = List.copyOf(files);
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    parameterFiles = List.copyOf(parameterFiles);
  }

  /**
   * A policy of these rule files and these parameters and regions files, each parameter file
   * named {@value #PARAMETERS} or {@value #REGIONS}, later ones overriding earlier ones key by key.
   *
   * @throws RuleSetException if a parameters or regions file cannot be parsed or sets a key twice
   */
  public static PolicySource of(List<RuleFile> files, List<RuleFile> parameterFiles) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (RuleFile file : parameterFiles) {
      parameters.putAll(properties(file.path(), file.text(), file.name().equals(REGIONS) ? "region." : ""));
    }
    return new PolicySource(files, parameters, parameterFiles);
  }

  /** An entry of a rules directory that does not count, and why, as {@code validate} reports it. */
  public record Skipped(Path path, String reason) {}

  /**
   * What counts in a rules directory, decided once here for the engine's build, its reloads and
   * the validator, so that what {@code validate} checks is what the engine loads.
   *
   * @param ruleFiles the rule files that count, by name
   * @param parameters the directory's parameters file, or {@code null}
   * @param regions the directory's region table, or {@code null}
   * @param skipped every other entry of the directory, by name
   */
  public record Listing(List<Path> ruleFiles, Path parameters, Path regions, List<Skipped> skipped) {
    /** Copies the lists. */
    public Listing {
      ruleFiles = List.copyOf(ruleFiles);
      skipped = List.copyOf(skipped);
    }

    /** Every file that counts, in the order the overlay reads them. */
    public List<Path> read() {
      List<Path> read = new ArrayList<>(ruleFiles);
      if (parameters != null) {
        read.add(parameters);
      }
      if (regions != null) {
        read.add(regions);
      }
      return List.copyOf(read);
    }
  }

  /**
   * Lists a rules directory. An entry counts when it sits at the top level, is not hidden (its
   * name does not start with {@code .}), is a regular file (a symbolic link to one counts) and is
   * named {@code *.drl}, {@value #PARAMETERS} or {@value #REGIONS}; every other entry is skipped
   * with its reason.
   *
   * @throws IllegalArgumentException if {@code directory} is not a directory
   * @throws UncheckedIOException if it cannot be listed
   */
  public static Listing list(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException("rules directory " + directory + " is not a directory");
    }
    List<Path> ruleFiles = new ArrayList<>();
    Path parameters = null;
    Path regions = null;
    List<Skipped> skipped = new ArrayList<>();
    List<Path> entries;
    try (Stream<Path> listing = Files.list(directory)) {
      entries = listing.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list rules directory " + directory, e);
    }
    for (Path path : entries) {
      String name = path.getFileName().toString();
      boolean named = name.endsWith(".drl") || name.equals(PARAMETERS) || name.equals(REGIONS);
      if (name.startsWith(".")) {
        // Editors and version control keep their own files here; a hidden file is never the author's rule.
        skipped.add(new Skipped(path, "hidden, so not read"));
      } else if (Files.isDirectory(path)) {
        skipped.add(new Skipped(path, "a folder: only the rules directory's own files are read, not its folders'"));
      } else if (!named) {
        skipped.add(new Skipped(path, "not read: only *.drl, " + PARAMETERS + " and " + REGIONS + " count"));
      } else if (!Files.isRegularFile(path)) {
        // A FIFO would block the reader forever, a device could be read without end.
        skipped.add(new Skipped(path, "not a regular file (a FIFO, device, socket or broken link), so not read"));
      } else if (name.equals(PARAMETERS)) {
        parameters = path;
      } else if (name.equals(REGIONS)) {
        regions = path;
      } else {
        ruleFiles.add(path);
      }
    }
    return new Listing(ruleFiles, parameters, regions, skipped);
  }

  /**
   * This policy with an author's directory laid over it: a {@code .drl} file there replaces the
   * shipped file of the same name or is added; its parameters and regions override key by key.
   * What counts is what {@link #list(Path)} says.
   */
  public PolicySource overlay(Path directory) {
    return overlay(list(directory));
  }

  /** This policy with the files of a {@linkplain #list(Path) listed} rules directory laid over it. */
  public PolicySource overlay(Listing listing) {
    Map<String, RuleFile> byName = new LinkedHashMap<>();
    files.forEach(f -> byName.put(f.name(), f));
    for (Path path : listing.ruleFiles()) {
      String name = path.getFileName().toString();
      byName.put(name, new RuleFile(name, path.toString(), read(path)));
    }
    Map<String, String> merged = new LinkedHashMap<>(parameters);
    List<RuleFile> read = new ArrayList<>(parameterFiles);
    if (listing.parameters() != null) {
      RuleFile file = new RuleFile(PARAMETERS, listing.parameters().toString(), read(listing.parameters()));
      merged.putAll(properties(file.path(), file.text(), ""));
      read.add(file);
    }
    if (listing.regions() != null) {
      RuleFile file = new RuleFile(REGIONS, listing.regions().toString(), read(listing.regions()));
      merged.putAll(properties(file.path(), file.text(), "region."));
      read.add(file);
    }
    return new PolicySource(List.copyOf(byName.values()), merged, read);
  }

  /** This policy with some parameters replaced. */
  public PolicySource withParameters(Map<String, String> overrides) {
    Map<String, String> merged = new LinkedHashMap<>(parameters);
    merged.putAll(overrides);
    return new PolicySource(files, merged, parameterFiles);
  }

  private static String read(Path path) {
    // Listed as a regular file, but it may have been swapped since; a FIFO would block here forever.
    if (!Files.isRegularFile(path)) {
      throw new RuleSetException(new RuleMessage(path.toString(), 0, 0, true,
          "cannot read: not a regular file (a FIFO, device, socket or broken link)"), null);
    }
    try {
      return withoutBom(Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new RuleSetException(new RuleMessage(path.toString(), 0, 0, true,
          "cannot read: " + e.getMessage()), e);
    }
  }

  /**
   * The text without a leading byte order mark, which editors on Windows write into UTF-8 files
   * and which would otherwise become part of the first key or the first DRL token.
   */
  static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * Parses a properties file as {@link Properties#load(Reader)} does, one logical line at a time so
   * that a problem can name its line, and refusing a key set twice: {@code Properties} keeps the
   * last value without a word, so an author who adds a key lower down silently loses the first.
   */
  private static Map<String, String> properties(String where, String text, String prefix) {
    Map<String, Entry> entries = entries(where, text);
    Map<String, String> sorted = new LinkedHashMap<>();
    entries.keySet().stream().sorted().forEach(key -> sorted.put(prefix + key, entries.get(key).value()));
    return sorted;
  }

  /**
   * The line a parameters or regions file sets {@code key} on, as the file writes it (a regions
   * file's keys are country codes); 0 if it does not set it. Read by the same parse as the values,
   * so that an escaped or continued key is found where {@link Properties} finds it.
   *
   * @throws RuleSetException if the file cannot be parsed
   */
  public static int lineOf(RuleFile file, String key) {
    Entry entry = entries(file.path(), file.text()).get(key);
    return entry == null ? 0 : entry.line();
  }

  /** A value a properties file sets, and the line its key is on. */
  private record Entry(String value, int line) {}

  /** Each key of a properties file with its value and line, in file order. */
  private static Map<String, Entry> entries(String where, String text) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    if (text == null) {
      return entries;
    }
    String[] lines = withoutBom(text).split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int first = i + 1;
      String line = lines[i].replaceFirst("^[ \t\f]+", "");
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      StringBuilder logical = new StringBuilder(line);
      while (endsInOddBackslashes(logical) && i + 1 < lines.length) {
        logical.setLength(logical.length() - 1);
        logical.append(lines[++i].replaceFirst("^[ \t\f]+", ""));
      }
      Properties one = new Properties();
      try (Reader reader = new StringReader(logical.toString())) {
        one.load(reader);
      } catch (IOException | IllegalArgumentException e) {
        throw new RuleSetException(new RuleMessage(where, first, 1, true, "cannot parse: " + e.getMessage()), e);
      }
      for (String key : one.stringPropertyNames()) {
        Entry earlier = entries.get(key);
        if (earlier != null) {
          throw new RuleSetException(List.of(new RuleMessage(where, first, 1, true, "key " + key
              + " is set twice, on line " + earlier.line() + " and on line " + first + "; keep one")));
        }
        entries.put(key, new Entry(one.getProperty(key), first));
      }
    }
    return entries;
  }

  private static boolean endsInOddBackslashes(CharSequence line) {
    int backslashes = 0;
    for (int j = line.length() - 1; j >= 0 && line.charAt(j) == '\\'; j--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }
}
