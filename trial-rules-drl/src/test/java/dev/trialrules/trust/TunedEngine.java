package dev.trialrules.trust;

import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.policy.ShippedEngine;
import dev.trialrules.policy.ShippedPolicy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * An engine built with some parameters set; it prints as those values, so that a property that
 * fails with it names the numbers to reproduce it with.
 *
 * <p>Building an engine compiles the rules, which takes about a second on a quiet machine, so the
 * properties do not build one per try: they draw from {@link #ENGINES}, a handful built once per
 * test run. Their numbers are random, from {@code -Dtrialrules.trust.seed} when given, and each
 * run prints the seed it used.
 */
record TunedEngine(Map<String, String> parameters, TrialPolicyEngine engine) {

  /** Every day-count parameter a date of POLICY.md moves with, and the range drawn from. */
  private static final Map<String, int[]> RANGES = ranges(
      "consent-window-days", 0, 60,
      "extension-step-days", 1, 200,
      "device-maximum-days", 0, 400,
      "expiry-notice-lead-days", 0, 60,
      "user-notice-days", 0, 120,
      "grace-period-days", 0, 120,
      "number-retention-days", 0, 60,
      "device-return-days", 0, 60);

  /** How many engines with random numbers the properties share. */
  private static final int RANDOM_ENGINES = 3;

  /**
   * The shipped numbers, every number at the bottom of its range (zero days, so that events
   * fall on the same day) and {@value #RANDOM_ENGINES} engines with random numbers.
   */
  static final List<TunedEngine> ENGINES = build();

  /** One of {@link #ENGINES}. */
  static Arbitrary<TunedEngine> any() {
    return Arbitraries.of(ENGINES);
  }

  private static List<TunedEngine> build() {
    long seed = Long.getLong("trialrules.trust.seed", System.nanoTime());
    System.out.println("TunedEngine: parameter values drawn with -Dtrialrules.trust.seed=" + seed);
    SplittableRandom random = new SplittableRandom(seed);
    List<TunedEngine> engines = new ArrayList<>();
    engines.add(new TunedEngine(Map.of(), ShippedEngine.ENGINE));
    Map<String, String> lowest = new LinkedHashMap<>();
    RANGES.forEach((name, range) -> lowest.put(name, Integer.toString(range[0])));
    engines.add(of(lowest));
    for (int i = 0; i < RANDOM_ENGINES; i++) {
      Map<String, String> drawn = new LinkedHashMap<>();
      RANGES.forEach((name, range) -> drawn.put(name, Integer.toString(random.nextInt(range[0], range[1] + 1))));
      engines.add(of(drawn));
    }
    return List.copyOf(engines);
  }

  private static TunedEngine of(Map<String, String> parameters) {
    return new TunedEngine(Collections.unmodifiableMap(new TreeMap<>(parameters)), TrialPolicyEngine.builder(ShippedPolicy.get()).parameters(parameters).build());
  }

  private static Map<String, int[]> ranges(Object... nameLowHigh) {
    Map<String, int[]> ranges = new LinkedHashMap<>();
    for (int i = 0; i < nameLowHigh.length; i += 3) {
      ranges.put((String) nameLowHigh[i], new int[] {(Integer) nameLowHigh[i + 1], (Integer) nameLowHigh[i + 2]});
    }
    return ranges;
  }

  @Override
  public String toString() {
    return parameters.isEmpty() ? "the shipped parameters" : "parameters " + parameters;
  }
}
