package dev.trialrules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.Decision;
import dev.trialrules.Outcome;
import dev.trialrules.Policy;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.policy.ShippedPolicy;
import dev.trialrules.testing.Fixtures;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy loaded by a plug-in's class loader, as an application server or a plug-in host loads
 * one per deployment, can be unloaded: once its engines and policy are dropped, nothing of this
 * library or of Drools keeps the loader, or the 500 classes of the executable model it defines,
 * reachable. The executable model used to be cached in a static map keyed by the loader whose
 * value held the loader as its parent, so no plug-in loader was ever collected.
 */
class PluginClassLoaderTest {

  @TempDir
  Path rules;

  @Test
  void aPluginsClassLoader_isCollected_onceItsEnginesAreGone() throws Exception {
    WeakReference<ClassLoader> plugin = decideInAPlugin(null);

    assertThat(collected(plugin)).as("the plug-in's class loader is collected").isTrue();
  }

  @Test
  void aPluginWithAnAuthorsOverlay_isCollectedToo() throws Exception {
    // An overlay compiles the author's files at run time into a loader whose parent is the
    // model's: that path must not pin the plug-in either.
    Files.writeString(rules.resolve("local.drl"), """
        package dev.trialrules.local;

        import dev.trialrules.facts.StartTrialRequest;

        global dev.trialrules.rules.Verdict verdict;

        rule "LOCAL-01 Note a large trial"
            @id("LOCAL-01")
        when
            StartTrialRequest( licenseQuantity != null, licenseQuantity > 40 )
        then
            verdict.info("licenseQuantity", "A large trial.");
        end
        """);
    WeakReference<ClassLoader> plugin = decideInAPlugin(rules);

    assertThat(collected(plugin)).as("the plug-in's class loader is collected").isTrue();
  }

  @Test
  void theCheck_canFail_whileTheLoaderIsStillReachable() throws Exception {
    // Without this, a garbage collector that never ran would pass the tests above.
    List<Object> kept = new ArrayList<>();
    WeakReference<ClassLoader> plugin = decideInAPlugin(null, kept);

    assertThat(collected(plugin)).as("kept alive by a reference the test holds").isFalse();
    kept.clear();
    assertThat(collected(plugin)).as("collected once that reference is gone").isTrue();
  }

  private static WeakReference<ClassLoader> decideInAPlugin(Path rulesDirectory) throws Exception {
    return decideInAPlugin(rulesDirectory, new ArrayList<>());
  }

  /**
   * Loads trial-rules-drl in a loader of its own, builds an engine from its policy, decides one
   * request, closes the engine, and hands back only a weak reference to the loader (and, in
   * {@code kept}, whatever the caller wants to keep reachable).
   */
  private static WeakReference<ClassLoader> decideInAPlugin(Path rulesDirectory, List<Object> kept) throws Exception {
    URL policyModule = ShippedPolicy.class.getProtectionDomain().getCodeSource().getLocation();
    URLClassLoader loader = new URLClassLoader("plugin", new URL[] {policyModule},
        new WithoutThePolicyModule(PluginClassLoaderTest.class.getClassLoader()));
    Class<?> shipped = loader.loadClass(ShippedPolicy.class.getName());
    assertThat(shipped.getClassLoader()).as("the policy module comes from the plug-in").isSameAs(loader);
    Policy policy = (Policy) shipped.getMethod("get").invoke(null);
    TrialPolicyEngine.Builder builder = TrialPolicyEngine.builder(policy);
    if (rulesDirectory != null) {
      builder.rulesDirectory(rulesDirectory);
    }
    try (TrialPolicyEngine engine = builder.build()) {
      Decision decision = engine.decide(Fixtures.newCustomer().licenseQuantity(50).build());
      assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
      assertThat(engine.ruleNames()).hasSizeGreaterThan(100);
      kept.add(engine);
    }
    kept.add(loader);
    return new WeakReference<>(loader);
  }

  /** Whether the referent is collected within a few rounds of garbage collection. */
  private static boolean collected(WeakReference<?> reference) throws InterruptedException {
    for (int i = 0; i < 40 && reference.get() != null; i++) {
      System.gc();
      // Class loaders need their classes' metadata unloaded too, which a full collection may
      // leave to the next one; a little garbage and a pause let it come.
      byte[][] pressure = new byte[64][];
      for (int j = 0; j < pressure.length; j++) {
        pressure[j] = new byte[64 * 1024];
      }
      Thread.sleep(25);
    }
    return reference.get() == null;
  }

  /**
   * The test's class path without trial-rules-drl's classes and resources, so that the plug-in
   * loader, not its parent, defines them, as it would for a policy module deployed as a plug-in.
   */
  private static final class WithoutThePolicyModule extends ClassLoader {
    private static final String PACKAGE = ShippedPolicy.class.getPackageName() + ".";
    private static final String FOLDER = PACKAGE.replace('.', '/');

    WithoutThePolicyModule(ClassLoader parent) {
      super(parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (name.startsWith(PACKAGE) && !name.startsWith(Fixtures.class.getName())) {
        throw new ClassNotFoundException(name);
      }
      return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
      return name.startsWith(FOLDER) ? null : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      return name.startsWith(FOLDER) ? java.util.Collections.emptyEnumeration() : super.getResources(name);
    }
  }
}
