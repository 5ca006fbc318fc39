package dev.trialrules.reference;

import dev.trialrules.PolicyParameters;
import dev.trialrules.policy.ShippedPolicy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shipped parameters and region table, read from trial-rules-drl's resources without
 * compiling a rule, and the moved set {@link Agreement#MOVED} is built with. The model's own
 * tests and the generators' date edges need no engine, so they work whatever state the DRL is in.
 */
final class ShippedParameters {
  /**
   * Every number moved, each to a value no other parameter has, so that a rule reading the wrong
   * parameter, or a literal, shows ("with several parameters changed, every date above moves with
   * its parameter; none is fixed"). NEW-11 denies, licences are capped, a shortening extension is
   * refused, and the not-offered and EMEAR lists name other countries than the shipped ones.
   */
  static final Map<String, String> MOVED_OVERRIDES = movedOverrides();

  private ShippedParameters() {}

  private static Map<String, String> movedOverrides() {
    Map<String, String> moved = new LinkedHashMap<>();
    moved.put("consent-window-days", "7");
    moved.put("extension-step-days", "21");
    moved.put("device-maximum-days", "100");
    moved.put("expiry-notice-lead-days", "5");
    moved.put("user-notice-days", "33");
    moved.put("grace-period-days", "40");
    moved.put("number-retention-days", "17");
    moved.put("device-return-days", "12");
    moved.put("dids-per-location", "3");
    moved.put("dids-per-user", "4");
    moved.put("max-license-quantity", "1000");
    moved.put("calling-numbers-severity", "DENY");
    moved.put("shortening-extension-severity", "DENY");
    moved.put("duration-choices", "45, 60");
    moved.put("countries-not-offered", "KP, NZ, FO");
    moved.put("emear-countries", "DK, GB, ET, IQ, GL");
    moved.put("emear-return-carrier", "Kuehne+Nagel");
    return Collections.unmodifiableMap(moved);
  }

  /** The shipped parameters, as an engine built with no overrides has them. */
  static PolicyParameters shipped() {
    return with(Map.of());
  }

  /** The parameters of an engine built with {@link #MOVED_OVERRIDES}. */
  static PolicyParameters moved() {
    return with(MOVED_OVERRIDES);
  }

  /** The shipped and the moved parameters, in that order, as {@link Agreement#PARAMETERS} lists them. */
  static List<PolicyParameters> both() {
    return List.of(shipped(), moved());
  }

  /** The shipped parameters with some replaced, as {@code TrialPolicyEngine.Builder#parameter} does. */
  static PolicyParameters with(Map<String, String> overrides) {
    return PolicyParameters.fromProperties(ShippedPolicy.get().withParameters(overrides).parameters());
  }
}
