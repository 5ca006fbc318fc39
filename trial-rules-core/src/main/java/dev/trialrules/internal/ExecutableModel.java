package dev.trialrules.internal;

import dev.trialrules.RuleMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * A policy's rules as Drools' executable model: Java classes that the policy module's build
 * generates from its DRL and compiles (trial-rules-drl's {@code ExecModelGenerator}), so that a
 * knowledge base is made from them with no DRL to parse, no MVEL to analyse and no consequence to
 * compile: the shipped policy builds in milliseconds instead of the second compiling takes.
 *
 * <p>The policy module ships two resources and names them when it builds its {@code Policy}: an
 * index, whose first line is {@code format<TAB>1} and whose other lines are
 * {@code file<TAB>PATH<TAB>PACKAGE<TAB>SHA-256 OF THE TEXT} for every rule file the model was
 * generated from and {@code model<TAB>CLASS} for every generated Model class; and the generated
 * classes as one zip. The classes are defined by a class loader of the engine's own rather than
 * put on the application class path, so that an author who replaces a file, and with it a type
 * that file declares, never meets the shipped type by the same name.
 *
 * <p>Nothing here is cached beyond the instance: the {@code Policy} that reads a model holds it,
 * and both go when the policy does, with the class loader of the module that provided it. (A
 * static cache keyed by that loader whose values held it as their parent kept every plug-in's
 * loader, and its 500 generated classes, for the life of the JVM.)
 *
 * <p>A package is taken from the model only when its files are exactly the shipped ones; an
 * author's files are compiled from DRL and added to the same knowledge base. Where that cannot be
 * done (Drools cannot merge some of what DRL declares, such as the type of a {@code collect},
 * into a model-built knowledge base), {@link #assemble} says so and the engine compiles the whole
 * policy from DRL instead: the same policy, by the slower path.
 */
public final class ExecutableModel {
  private static final Logger LOG = LoggerFactory.getLogger(ExecutableModel.class);
  private static final String FORMAT = "format\t1";

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
   * Reads the model whose index and classes are the resources {@code index} and {@code classes}
   * of {@code loader}, which also becomes the parent of the loader that defines the generated
   * classes. Empty when either is missing or cannot be read, which only means the engine compiles
   * the DRL instead, and says so in the log.
   */
  public static Optional<ExecutableModel> read(ClassLoader loader, String index, String classes) {
    try (InputStream indexIn = loader.getResourceAsStream(index);
        InputStream zip = loader.getResourceAsStream(classes)) {
      if (indexIn == null || zip == null) {
        LOG.warn("no executable model at {} and {}; the rules are compiled from DRL, which is slower", index, classes);
        return Optional.empty();
      }
      Map<String, ShippedFiles.File> sources = new LinkedHashMap<>();
      List<String> models = new ArrayList<>();
      String[] lines = new String(indexIn.readAllBytes(), StandardCharsets.UTF_8).split("\n");
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
      LOG.warn("executable model at {} not used, the rules are compiled from DRL: {}", index, e.toString());
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
      LOG.info("executable model not used for this rule set, compiling it from DRL instead: {}", e.toString());
      return Assembled.UNUSABLE;
    }
  }

  /** The class loader that defines the generated classes, but none of the packages in {@code left}. */
  private ClassLoader loaderLeavingOut(Set<String> left) {
    synchronized (loaders) {
      return loaders.computeIfAbsent(Set.copyOf(left), l -> new ModelClassLoader(parent, classes, l));
    }
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
