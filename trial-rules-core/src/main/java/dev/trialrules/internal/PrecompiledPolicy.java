package dev.trialrules.internal;

import dev.trialrules.RuleMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shipped rules compiled when trial-rules-drl is built, so that building an engine does not
 * compile them again: compiling 119 rules (parsing, MVEL analysis, generating and compiling Java
 * for every consequence) is most of a cold start, and reading them back compiled is several
 * times faster.
 *
 * <p>The build runs {@link #main} after the rule files are copied to the classes folder; it
 * writes {@value #RESOURCE} next to {@code ruleset.index}: the compiled packages in Drools' own
 * serialized form, the bytecode of the types the rules declare, and the SHA-256 of every file they
 * were compiled from. A package is read back only when its files are exactly those (same paths,
 * same text); a package an author's rules directory touches, and anything that cannot be read
 * back, is compiled at run time as before. The content hashes are what make this safe: a
 * precompiled package is by construction the compilation of the files the engine was given.
 *
 * <p>The engine builds from the {@link ExecutableModel} first, which is faster again; these
 * packages are what it falls back to when an author's files cannot be added to a knowledge base
 * made from the model, or a jar was built without it.
 */
public final class PrecompiledPolicy {
  private static final Logger LOG = LoggerFactory.getLogger(PrecompiledPolicy.class);
  /** The file the build writes, under {@link PolicySource#SHIPPED_ROOT}. */
  public static final String RESOURCE = "ruleset.bin";
  /** Changes whenever the layout of {@value #RESOURCE} does. */
  private static final int FORMAT = 1;
  private static final Map<ClassLoader, Optional<PrecompiledPolicy>> READ = new WeakHashMap<>();

  private final ShippedFiles sources;
  private final Map<String, byte[]> declaredTypes;
  private final List<RuleMessage> warnings;
  private final byte[] packages;

  /**
   * What {@link #assemble} gives: packages ready for a knowledge base made with {@code loader},
   * the precompiled ones and those compiled now.
   *
   * @param loader the class loader the declared types live in; the knowledge base must use it
   * @param packages every package of the policy
   * @param warnings the compiler's warnings about all of them
   */
  record Assembled(ProjectClassLoader loader, Collection<KiePackage> packages, List<RuleMessage> warnings) {}

  private PrecompiledPolicy(ShippedFiles sources, Map<String, byte[]> declaredTypes,
      List<RuleMessage> warnings, byte[] packages) {
    this.sources = sources;
    this.declaredTypes = declaredTypes;
    this.warnings = warnings;
    this.packages = packages;
  }

  /**
   * The precompiled shipped policy on {@code loader}'s classpath; empty when there is none (a
   * build without the step, or rules on the classpath that are not trial-rules-drl's jar) or it
   * cannot be read, which only means the rules are compiled at run time.
   */
  static Optional<PrecompiledPolicy> shipped(ClassLoader loader) {
    // Read once per class loader: a reload reads the same jar again, and reading and unpacking a
    // megabyte is a fair part of a warm rebuild. Entries go with their class loader.
    synchronized (READ) {
      Optional<PrecompiledPolicy> read = READ.get(loader);
      if (read == null) {
        read = readFrom(loader);
        READ.put(loader, read);
      }
      return read;
    }
  }

  private static Optional<PrecompiledPolicy> readFrom(ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream(PolicySource.SHIPPED_ROOT + RESOURCE)) {
      return in == null ? Optional.empty() : Optional.of(read(in.readAllBytes()));
    } catch (IOException | RuntimeException e) {
      LOG.info("precompiled policy {} not used, compiling the rules instead: {}", RESOURCE, e.toString());
      return Optional.empty();
    }
  }

  /**
   * The packages for {@code files}: each package whose files are all precompiled, unchanged, is
   * read back; the others are compiled now, against the same class loader so that they can use
   * the declared types of the precompiled ones. Empty when nothing can be read back, or the
   * packages compiled now have errors: then the caller compiles all files together, exactly as
   * without precompiled rules, and reports that compilation's errors.
   */
  Optional<Assembled> assemble(List<RuleFile> files, ClassLoader parent) {
    ShippedFiles.Split split = sources.split(files);
    Set<String> reused = split.unchanged();
    List<RuleFile> rest = split.rest();
    if (reused.isEmpty()) {
      return Optional.empty();
    }
    try {
      ProjectClassLoader loader = ProjectClassLoader.createProjectClassLoader(parent, new HashMap<>(declaredTypes));
      // An author's files compile while the shipped packages are read back: the two are
      // independent, and on a reload each is a fifth of the time. Run by the common pool if it
      // has a thread free, else by this thread afterwards; a FutureTask runs only once.
      FutureTask<RuleCompiler.Result> compiling = rest.isEmpty() ? null
          : new FutureTask<>(() -> RuleCompiler.compile(rest, loader));
      if (compiling != null) {
        ForkJoinPool.commonPool().execute(compiling);
      }
      List<KiePackage> all = new ArrayList<>();
      for (KiePackage p : readPackages(loader)) {
        if (reused.contains(p.getName())) {
          all.add(p);
        }
      }
      List<RuleMessage> messages = new ArrayList<>();
      warnings.stream().filter(w -> reused.contains(sources.packageAt(w.file()))).forEach(messages::add);
      if (compiling != null) {
        compiling.run();
        RuleCompiler.Result compiled = result(compiling);
        if (compiled.hasErrors()) {
          return Optional.empty();
        }
        all.addAll(compiled.packages());
        messages.addAll(compiled.messages());
      }
      return Optional.of(new Assembled(loader, all, messages));
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      LOG.info("precompiled policy {} not used, compiling the rules instead: {}", RESOURCE, e.toString());
      return Optional.empty();
    }
  }

  /** What a finished compilation gave, or what it threw, unwrapped. */
  private static RuleCompiler.Result result(FutureTask<RuleCompiler.Result> compiling) {
    try {
      return compiling.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while compiling the rules", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  @SuppressWarnings("unchecked")
  private List<KiePackage> readPackages(ClassLoader loader) throws IOException, ClassNotFoundException {
    try (DroolsObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(packages), loader)) {
      return (List<KiePackage>) in.readObject();
    }
  }

  private static PrecompiledPolicy read(byte[] bytes) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    int format = in.readInt();
    if (format != FORMAT) {
      throw new IOException("format " + format + ", this library reads " + FORMAT);
    }
    Map<String, ShippedFiles.File> sources = new LinkedHashMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      sources.put(in.readUTF(), new ShippedFiles.File(in.readUTF(), in.readUTF()));
    }
    Map<String, byte[]> types = new HashMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      String name = in.readUTF();
      types.put(name, in.readNBytes(in.readInt()));
    }
    List<RuleMessage> warnings = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      warnings.add(new RuleMessage(in.readUTF(), in.readInt(), in.readInt(), false, in.readUTF()));
    }
    byte[] packages = in.readNBytes(in.readInt());
    return new PrecompiledPolicy(new ShippedFiles(sources), types, List.copyOf(warnings), packages);
  }

  /**
   * The build step: compiles the shipped policy found on the class path and writes
   * {@value #RESOURCE} into the given classes folder. Writes nothing when the rules have errors,
   * so that the engine compiles them at run time and reports the errors as it always has.
   *
   * @param args the classes folder the shipped rules were copied to
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0], PolicySource.SHIPPED_ROOT, RESOURCE);
    Files.deleteIfExists(out);
    PolicySource source = PolicySource.shipped(PrecompiledPolicy.class.getClassLoader());
    ProjectClassLoader loader = ProjectClassLoader.createProjectClassLoader(PrecompiledPolicy.class.getClassLoader());
    RuleCompiler.Result compiled = RuleCompiler.compile(source.files(), loader);
    if (compiled.hasErrors()) {
      System.err.println("the shipped rules have errors; not precompiled, the engine compiles them at run time:");
      compiled.messages().forEach(m -> System.err.println("  " + m));
      return;
    }
    ByteArrayOutputStream packages = new ByteArrayOutputStream();
    try (DroolsObjectOutputStream objects = new DroolsObjectOutputStream(packages)) {
      objects.writeObject(new ArrayList<>(compiled.packages()));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream data = new DataOutputStream(bytes)) {
      data.writeInt(FORMAT);
      data.writeInt(source.files().size());
      for (Map.Entry<String, ShippedFiles.File> file : ShippedFiles.of(source.files()).byPath().entrySet()) {
        data.writeUTF(file.getKey());
        data.writeUTF(file.getValue().packageName());
        data.writeUTF(file.getValue().hash());
      }
      Map<String, byte[]> types = loader.getStore() == null ? Map.of() : loader.getStore();
      data.writeInt(types.size());
      for (Map.Entry<String, byte[]> type : types.entrySet()) {
        data.writeUTF(type.getKey());
        data.writeInt(type.getValue().length);
        data.write(type.getValue());
      }
      data.writeInt(compiled.messages().size());
      for (RuleMessage warning : compiled.messages()) {
        data.writeUTF(warning.file());
        data.writeInt(warning.line());
        data.writeInt(warning.column());
        data.writeUTF(warning.text());
      }
      data.writeInt(packages.size());
      packages.writeTo(data);
    }
    Files.createDirectories(out.getParent());
    Files.write(out, bytes.toByteArray());
    System.out.println("precompiled " + source.files().size() + " rule files into " + out + " (" + bytes.size()
        + " bytes)");
  }
}
