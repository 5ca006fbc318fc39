package dev.trialrules.internal;

import dev.trialrules.RuleMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shipped rules as Drools' executable model: Java classes that trial-rules-drl's build
 * generates from the DRL (dev.trialrules.execgen.ExecModelGenerator) and compiles, so that a
 * knowledge base is made from them with no DRL to parse, no MVEL to analyse and no consequence to
 * compile. Measured against the serialized packages of {@link PrecompiledPolicy}: a warm build of
 * the shipped policy about 5 times faster, a cold start about a fifth shorter.
 *
 * <p>The build writes two resources under {@link PolicySource#SHIPPED_ROOT}: {@value #INDEX},
 * naming the Model classes and the SHA-256 of every file they were generated from, and
 * {@value #CLASSES}, the generated classes as one zip. The classes are defined by a class loader
 * of the engine's own rather than put on the application class path, so that an author who
 * replaces a file, and with it a type that file declares, never meets the shipped type by the
 * same name.
 *
 * <p>A package is taken from the model only when its files are exactly the shipped ones; an
 * author's files are compiled from DRL and added to the same knowledge base. Where that cannot be
 * done (Drools cannot merge some of what DRL declares, such as the type of a {@code collect},
 * into a model-built knowledge base), {@link #assemble} says so and the engine builds from the
 * serialized packages instead: the same policy, by the slower path.
 */
public final class ExecutableModel {
  private static final Logger LOG = LoggerFactory.getLogger(ExecutableModel.class);
  /** The index the build writes. */
  public static final String INDEX = "executable-model.index";
  /** The generated classes, as a zip. */
  public static final String CLASSES = "executable-model.zip";
  private static final String FORMAT = "format\t1";
  private static final Map<ClassLoader, Optional<ExecutableModel>> READ = new WeakHashMap<>();

  /**
   * What {@link #assemble} gives.
   *
   * @param base the knowledge base, or {@code null} if the model could not be used
   * @param warnings the compiler's warnings about the files compiled from DRL
   * @param authorErrors whether the files compiled from DRL have errors, which compiling them
   *     again by another path would only repeat
   */
  record Assembled(InternalKnowledgeBase base, List<RuleMessage> warnings, boolean authorErrors) {
    static final Assembled UNUSABLE = new Assembled(null, List.of(), false);
  }

  private final ShippedFiles sources;
  private final List<String> models;
  private final Map<String, byte[]> classes;
  private final ClassLoader parent;
  /**
   * One class loader per set of packages left out, so that a rebuild reuses the classes defined
   * for the last one instead of defining 500 again. They hold the application class loader as
   * their parent, so a container that discards it must discard this library with it, as it
   * does the library's other classes.
   */
  private final Map<Set<String>, ClassLoader> loaders = new HashMap<>();

  private ExecutableModel(ShippedFiles sources, List<String> models, Map<String, byte[]> classes,
      ClassLoader parent) {
    this.sources = sources;
    this.models = models;
    this.classes = classes;
    this.parent = parent;
  }

  /**
   * The executable model on {@code loader}'s class path; empty when there is none or it cannot be
   * read, which only means the engine takes the slower path.
   */
  static Optional<ExecutableModel> shipped(ClassLoader loader) {
    synchronized (READ) {
      return READ.computeIfAbsent(loader, ExecutableModel::readFrom);
    }
  }

  private static Optional<ExecutableModel> readFrom(ClassLoader loader) {
    try (InputStream index = loader.getResourceAsStream(PolicySource.SHIPPED_ROOT + INDEX);
        InputStream zip = loader.getResourceAsStream(PolicySource.SHIPPED_ROOT + CLASSES)) {
      if (index == null || zip == null) {
        return Optional.empty();
      }
      Map<String, ShippedFiles.File> sources = new LinkedHashMap<>();
      List<String> models = new ArrayList<>();
      String[] lines = new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      if (!lines[0].equals(FORMAT)) {
        throw new IOException("index " + lines[0] + ", this library reads " + FORMAT);
      }
      for (int i = 1; i < lines.length; i++) {
        String[] fields = lines[i].split("\t");
        if (fields[0].equals("file")) {
          sources.put(fields[1], new ShippedFiles.File(fields[2], fields[3]));
        } else if (fields[0].equals("model")) {
          models.add(fields[1]);
        }
      }
      return Optional.of(new ExecutableModel(new ShippedFiles(sources), models, unzip(zip), loader));
    } catch (IOException | RuntimeException e) {
      LOG.info("executable model not used, reading the serialized packages instead: {}", e.toString());
      return Optional.empty();
    }
  }

  private static Map<String, byte[]> unzip(InputStream in) throws IOException {
    Map<String, byte[]> classes = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        if (entry.getName().endsWith(".class")) {
          classes.put(entry.getName(), zip.readAllBytes());
        }
      }
    }
    return classes;
  }

  /**
   * A knowledge base for {@code files}: each package whose files are exactly the shipped ones from
   * the model, the others compiled from DRL now and added to it. {@link Assembled#UNUSABLE} when
   * no package can come from the model or the two cannot be put together.
   */
  Assembled assemble(List<RuleFile> files) {
    ShippedFiles.Split split = sources.split(files);
    Set<String> reused = split.unchanged();
    List<RuleFile> rest = split.rest();
    if (reused.isEmpty()) {
      return Assembled.UNUSABLE;
    }
    try {
      Set<String> left = sources.packages();
      left.removeAll(reused);
      ClassLoader loader = loaderLeavingOut(left);
      List<Model> chosen = new ArrayList<>();
      for (String name : models) {
        if (reused.contains(name.substring(0, name.lastIndexOf('.')))) {
          chosen.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
        }
      }
      KnowledgeBuilderConfiguration builder = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, loader);
      // As RuleCompiler: the facts are immutable, property reactivity has nothing to track.
      builder.setOption(PropertySpecificOption.ALLOWED);
      InternalKnowledgeBase base = KieBaseBuilder.createKieBaseFromModel(chosen,
          RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader), builder);
      if (rest.isEmpty()) {
        return new Assembled(base, List.of(), false);
      }
      RuleCompiler.Result compiled = RuleCompiler.compile(rest, base.getRootClassLoader());
      if (compiled.hasErrors()) {
        return new Assembled(null, List.of(), true);
      }
      base.addPackages(compiled.packages());
      return new Assembled(base, compiled.messages(), false);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      LOG.info("executable model not used for this rule set, reading the serialized packages instead: {}",
          e.toString());
      return Assembled.UNUSABLE;
    }
  }

  /** The class loader that defines the generated classes, but none of the packages in {@code left}. */
  private ClassLoader loaderLeavingOut(Set<String> left) {
    synchronized (loaders) {
      return loaders.computeIfAbsent(Set.copyOf(left), l -> new ModelClassLoader(parent, classes, l));
    }
  }

  /**
   * Writes {@value #INDEX} and {@value #CLASSES} into {@code directory}: the build step's output,
   * kept here beside the reader so that the two cannot drift apart.
   *
   * @param directory where the shipped rule files are, in the classes folder
   * @param files the files the model was generated from
   * @param modelClasses the names of the generated {@link Model} classes
   * @param classesZip the generated classes, as a zip
   * @throws IOException if a file cannot be written
   */
  public static void write(Path directory, List<RuleFile> files, List<String> modelClasses, byte[] classesZip)
      throws IOException {
    StringBuilder index = new StringBuilder(FORMAT).append('\n');
    ShippedFiles.of(files).byPath().forEach((path, file) -> index.append("file\t").append(path).append('\t')
        .append(file.packageName()).append('\t').append(file.hash()).append('\n'));
    for (String model : modelClasses) {
      index.append("model\t").append(model).append('\n');
    }
    Files.createDirectories(directory);
    Files.write(directory.resolve(CLASSES), classesZip);
    Files.writeString(directory.resolve(INDEX), index, StandardCharsets.UTF_8);
  }

  /** Defines the generated classes itself, leaving out the packages an author replaces. */
  private static final class ModelClassLoader extends ClassLoader {
    static {
      registerAsParallelCapable();
    }

    private final Map<String, byte[]> classes;
    private final Set<String> left;

    ModelClassLoader(ClassLoader parent, Map<String, byte[]> classes, Set<String> left) {
      super(parent);
      this.classes = classes;
      this.left = left;
    }

    private byte[] bytes(String resource) {
      int slash = resource.lastIndexOf('/');
      String pkg = slash < 0 ? "" : resource.substring(0, slash).replace('/', '.');
      return left.contains(pkg) ? null : classes.get(resource);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = bytes(name.replace('.', '/') + ".class");
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
      byte[] bytes = bytes(name);
      return bytes != null ? new ByteArrayInputStream(bytes) : super.getResourceAsStream(name);
    }
  }
}
