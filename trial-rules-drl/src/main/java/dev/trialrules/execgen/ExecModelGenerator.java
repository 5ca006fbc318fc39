package dev.trialrules.execgen;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * The build step that generates Drools' executable model of the shipped rules: Java source per
 * package, compiled by Drools, whose classes the engine builds a knowledge base from at run time.
 * Run by exec-maven-plugin after the rule files are copied to the classes folder, with
 * drools-model-codegen on the class path; left out of the jar, since nothing runs it there. It
 * uses nothing of the engine's: it writes the format the engine's {@code ExecutableModel} reads
 * (documented there), and {@code ExecutableModelTest} proves the two agree.
 */
public final class ExecModelGenerator {
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
  /**
   * Every zip entry gets this time, so that two builds of one commit write the same bytes: the
   * zip format's first day, as a local date-time, which no machine's time zone shifts.
   */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

  private ExecModelGenerator() {}

  /**
   * Generates the model and writes it next to the shipped rule files. When the model cannot be
   * generated, writes nothing, says why and exits with status 1, which fails the build.
   *
   * @param args the classes folder the shipped rules were copied to, and the folder in it that
   *     holds them and {@code ruleset.index}, as a resource path ending in {@code /}
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    long started = System.nanoTime();
    // Drools builds the rules of a large package on several threads, and a counter they share
    // names the generated pattern variables: the same rules then give different classes from one
    // build to the next. One thread gives the same bytes every time, for a few seconds more.
    System.setProperty("drools.parallelRulesBuildThreshold", "-1");
    String root = args[1];
    Path directory = Path.of(args[0], root);
    Files.deleteIfExists(directory.resolve("executable-model.index"));
    Files.deleteIfExists(directory.resolve("executable-model.zip"));
    Map<String, String> sources = new LinkedHashMap<>();
    for (String line : Files.readAllLines(directory.resolve("ruleset.index"), StandardCharsets.UTF_8)) {
      String relative = line.strip();
      if (!relative.isEmpty() && !relative.startsWith("#")) {
        sources.put(root + relative, Files.readString(directory.resolve(relative), StandardCharsets.UTF_8));
      }
    }
    KieServices kie = KieServices.get();
    KieFileSystem files = kie.newKieFileSystem();
    // As RuleCompiler configures the DRL path: the facts are immutable, so property reactivity
    // has nothing to track.
    files.writeKModuleXML("""
        <kmodule xmlns="http://www.drools.org/xsd/kmodule">
          <configuration>
            <property key="drools.propertySpecific" value="ALLOWED"/>
          </configuration>
          <kbase name="shipped" default="true"/>
        </kmodule>
        """);
    sources.forEach((path, text) -> files.write("src/main/resources/" + path, text));
    KieBuilder builder = kie.newKieBuilder(files).buildAll(ExecutableModelProject.class);
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      // A failure here is a build failure: a jar without its model would still decide, but every
      // engine would compile the whole policy at start, which is the cost the model exists to save.
      System.err.println("the executable model of the shipped rules cannot be generated:");
      errors.forEach(m -> System.err.println("  " + m));
      System.exit(1);
    }
    Map<String, byte[]> generated = new TreeMap<>();
    List<String> models = new ArrayList<>();
    byte[] kjar = ((InternalKieModule) builder.getKieModule()).getBytes();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(kjar))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        byte[] bytes = in.readAllBytes();
        if (entry.getName().endsWith(".class")) {
          generated.put(entry.getName(), bytes);
        } else if (entry.getName().endsWith("/drools-model")) {
          // The kjar's own list of its Model classes, one a line after a version line.
          for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank() && !line.startsWith("Drools-Model-Version")) {
              models.add(line.strip());
            }
          }
        }
      }
    }
    if (models.isEmpty()) {
      System.err.println("the executable model names no Model class");
      System.exit(1);
    }
    // Sorted entries with one fixed time: the same rules give the same bytes, build after build.
    ByteArrayOutputStream classes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(classes)) {
      for (Map.Entry<String, byte[]> entry : generated.entrySet()) {
        ZipEntry zipped = new ZipEntry(entry.getKey());
        zipped.setTimeLocal(ENTRY_TIME);
        out.putNextEntry(zipped);
        out.write(entry.getValue());
        out.closeEntry();
      }
    }
    models.sort(null);
    StringBuilder index = new StringBuilder("format\t1\n");
    sources.forEach((path, text) -> index.append("file\t").append(path).append('\t').append(packageOf(text))
        .append('\t').append(sha256(text)).append('\n'));
    models.forEach(model -> index.append("model\t").append(model).append('\n'));
    Files.write(directory.resolve("executable-model.zip"), classes.toByteArray());
    Files.writeString(directory.resolve("executable-model.index"), index, StandardCharsets.UTF_8);
    System.out.println("generated the executable model of " + sources.size() + " rule files: " + generated.size()
        + " classes, " + models.size() + " models, in " + (System.nanoTime() - started) / 1_000_000 + " ms");
  }

  private static String packageOf(String drl) {
    Matcher m = PACKAGE.matcher(drl);
    return m.find() ? m.group(1) : "";
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
