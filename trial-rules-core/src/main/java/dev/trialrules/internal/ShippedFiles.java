package dev.trialrules.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule files the policy module's build made its {@link ExecutableModel} from, by path: the
 * package each declares and the SHA-256 of its text. The hashes are what make reuse safe: a
 * package is taken from the model only when the files an engine is given for it are exactly these.
 */
final class ShippedFiles {
  /**
   * A file's package line, read from its text rather than by Drools' parser: this runs on every
   * build from the executable model, which exists so as not to parse DRL, and parsing the shipped
   * files cold takes seconds (2.3 s for its nine files, measured on a busy two-core machine) where
   * this takes microseconds. It is the expression the build's generator writes the index with, so
   * a shipped file, reused only when its hash matches the text the generator read, is filed under
   * the same package on both sides.
   */
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

  /** One file: the package it declares and the hash of its text. */
  record File(String packageName, String hash) {}

  /**
   * {@code files} split by package: the packages made of exactly the shipped files, unchanged,
   * and the files of every other package.
   */
  record Split(Set<String> unchanged, List<RuleFile> rest) {}

  private final Map<String, File> byPath;

  ShippedFiles(Map<String, File> byPath) {
    this.byPath = Collections.unmodifiableMap(new LinkedHashMap<>(byPath));
  }

  /** The record of {@code files} as they are now. */
  static ShippedFiles of(List<RuleFile> files) {
    Map<String, File> byPath = new LinkedHashMap<>();
    files.forEach(f -> byPath.put(f.path(), new File(packageOf(f.text()), hash(f.text()))));
    return new ShippedFiles(byPath);
  }

  /** Each file by path. */
  Map<String, File> byPath() {
    return byPath;
  }

  /** Every package the shipped files declare. */
  Set<String> packages() {
    Set<String> packages = new LinkedHashSet<>();
    byPath.values().forEach(f -> packages.add(f.packageName()));
    return packages;
  }

  /** The package of the shipped file at {@code path}; {@code ""} for none. */
  String packageAt(String path) {
    File file = byPath.get(path);
    return file == null ? "" : file.packageName();
  }

  /** Splits {@code files} into the packages that are shipped and unchanged, and the rest. */
  Split split(List<RuleFile> files) {
    Map<String, List<RuleFile>> byPackage = new LinkedHashMap<>();
    for (RuleFile file : files) {
      byPackage.computeIfAbsent(packageOf(file.text()), k -> new ArrayList<>()).add(file);
    }
    Set<String> unchanged = new LinkedHashSet<>();
    List<RuleFile> rest = new ArrayList<>();
    byPackage.forEach((name, group) -> {
      if (isShipped(name, group)) {
        unchanged.add(name);
      } else {
        rest.addAll(group);
      }
    });
    return new Split(unchanged, rest);
  }

  /** Whether the package {@code name} is made of exactly these files, each unchanged. */
  private boolean isShipped(String name, List<RuleFile> group) {
    long shipped = byPath.values().stream().filter(f -> f.packageName().equals(name)).count();
    if (shipped != group.size()) {
      return false;
    }
    for (RuleFile file : group) {
      File known = byPath.get(file.path());
      if (known == null || !known.packageName().equals(name) || !known.hash().equals(hash(file.text()))) {
        return false;
      }
    }
    return true;
  }

  /** The package a DRL file declares; {@code ""} for none. */
  static String packageOf(String drl) {
    Matcher m = PACKAGE.matcher(drl);
    return m.find() ? m.group(1) : "";
  }

  static String hash(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
