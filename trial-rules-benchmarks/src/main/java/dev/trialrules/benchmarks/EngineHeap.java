package dev.trialrules.benchmarks;

import dev.trialrules.policy.ShippedPolicy;
import dev.trialrules.reference.ReferencePolicy;
import dev.trialrules.PolicyParameters;
import dev.trialrules.TrialPolicyEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Map;

/**
 * The heap a built engine keeps, in a fresh JVM: heap in use after a full collection, before
 * building and after building and deciding one request of each kind (so that lazily built parts
 * of the rule network and the session pool are counted), while the engine is still reachable.
 * Prints the bytes the engine keeps and the bytes the reference model keeps, measured the same
 * way, one per line. {@link BenchmarkTable} runs it in several JVMs and reports the median.
 *
 * <pre>
 * java -cp trial-rules-benchmarks/target/benchmarks.jar dev.trialrules.benchmarks.EngineHeap
 * </pre>
 */
public final class EngineHeap {
  private EngineHeap() {}

  /**
   * Measures and prints {@code engine <bytes>} and {@code reference <bytes>}.
   *
   * @param args none
   */
  public static void main(String[] args) {
    Map<String, String> properties = ShippedPolicy.get().parameters();
    // Load the fact, API and reference classes before the first reading, so that what is
    // measured is what the engine holds, not the classes every caller loads anyway.
    new ReferencePolicy(PolicyParameters.fromProperties(properties)).decide(Requests.newCustomer());

    long before = usedAfterGc();
    ReferencePolicy reference = new ReferencePolicy(PolicyParameters.fromProperties(properties));
    reference.decide(Requests.newCustomer());
    long referenceBytes = usedAfterGc() - before;

    before = usedAfterGc();
    TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).build();
    engine.decide(Requests.newCustomer());
    engine.decide(Requests.existingCustomer());
    engine.decide(Requests.extension());
    engine.decide(Requests.conversion());
    engine.timeline(Requests.trial());
    long engineBytes = usedAfterGc() - before;

    System.out.println("engine " + engineBytes);
    System.out.println("reference " + referenceBytes);
    // Keeps both reachable until after the last reading.
    if (engine.rulesRevision().isEmpty() || reference.parameters() == null) {
      System.out.println();
    }
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    // Several collections: one may leave finalizable or softly reachable garbage for the next.
    for (int i = 0; i < 5; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
