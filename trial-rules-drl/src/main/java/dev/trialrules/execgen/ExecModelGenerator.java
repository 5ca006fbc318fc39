package dev.trialrules.execgen;

import dev.trialrules.internal.ExecutableModel;
import dev.trialrules.internal.PolicySource;
import dev.trialrules.internal.RuleFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * package, compiled by Drools, whose classes {@link ExecutableModel} builds a knowledge base from
 * at run time. Run by exec-maven-plugin after the rule files are copied to the classes folder,
 * with drools-model-codegen on the class path; left out of the jar, since nothing runs it there.
 */
public final class ExecModelGenerator {
  private ExecModelGenerator() {}

  /**
   * Generates the model and writes it next to the shipped rule files. Writes nothing, and says
   * why, when the model cannot be generated: the engine then reads the serialized packages.
   *
   * @param args the classes folder the shipped rules were copied to
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    long started = System.nanoTime();
    Path directory = Path.of(args[0], PolicySource.SHIPPED_ROOT);
    Files.deleteIfExists(directory.resolve(ExecutableModel.INDEX));
    Files.deleteIfExists(directory.resolve(ExecutableModel.CLASSES));
    PolicySource source = PolicySource.shipped(ExecModelGenerator.class.getClassLoader());
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
    for (RuleFile file : source.files()) {
      files.write("src/main/resources/" + file.path(), file.text());
    }
    KieBuilder builder = kie.newKieBuilder(files).buildAll(ExecutableModelProject.class);
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      System.err.println("the executable model of the shipped rules cannot be generated; the engine reads"
          + " the serialized packages instead:");
      errors.forEach(m -> System.err.println("  " + m));
      return;
    }
    ByteArrayOutputStream classes = new ByteArrayOutputStream();
    List<String> models = new ArrayList<>();
    int count = 0;
    byte[] kjar = ((InternalKieModule) builder.getKieModule()).getBytes();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(kjar));
        ZipOutputStream out = new ZipOutputStream(classes)) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        byte[] bytes = in.readAllBytes();
        if (entry.getName().endsWith(".class")) {
          out.putNextEntry(new ZipEntry(entry.getName()));
          out.write(bytes);
          out.closeEntry();
          count++;
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
      System.err.println("the executable model names no Model class; the engine reads the serialized packages");
      return;
    }
    ExecutableModel.write(directory, source.files(), models, classes.toByteArray());
    System.out.println("generated the executable model of " + source.files().size() + " rule files: " + count
        + " classes, " + models.size() + " models, in " + (System.nanoTime() - started) / 1_000_000 + " ms");
  }
}
