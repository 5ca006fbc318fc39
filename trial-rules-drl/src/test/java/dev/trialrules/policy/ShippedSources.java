package dev.trialrules.policy;

import dev.trialrules.internal.ExecutableModel;
import dev.trialrules.internal.PolicySource;
import dev.trialrules.internal.RuleFile;
import java.util.List;

/**
 * The shipped policy's parts, for the tests that build it by one path or the other without an
 * engine: its sources as text, and its executable model as {@link ShippedPolicy} reads it.
 */
public final class ShippedSources {
  private ShippedSources() {}

  /** The shipped rule files and parameters. */
  public static PolicySource source() {
    List<RuleFile> files = ShippedPolicy.ruleFiles().stream()
        .map(relative -> new RuleFile(relative.substring(relative.lastIndexOf('/') + 1), ShippedPolicy.ROOT + relative,
            ShippedPolicy.text(relative)))
        .toList();
    return PolicySource.of(files, List.of(
        new RuleFile(PolicySource.PARAMETERS, ShippedPolicy.ROOT + PolicySource.PARAMETERS,
            ShippedPolicy.text(PolicySource.PARAMETERS)),
        new RuleFile(PolicySource.REGIONS, ShippedPolicy.ROOT + PolicySource.REGIONS,
            ShippedPolicy.text(PolicySource.REGIONS))));
  }

  /** The executable model the build generated. */
  public static ExecutableModel model() {
    return ExecutableModel.read(ShippedSources.class.getClassLoader(), ShippedPolicy.ROOT + ShippedPolicy.MODEL_INDEX,
        ShippedPolicy.ROOT + ShippedPolicy.MODEL_CLASSES).orElseThrow();
  }
}
