package dev.trialrules;

import java.util.Collection;

/** The verdict of a {@link Decision}, read off its strongest finding. */
public enum Outcome {
  /** At least one {@link Severity#DENY} finding. */
  DENIED,
  /** No denial, but at least one {@link Severity#REQUIRE}: input is missing. */
  INCOMPLETE,
  /** Neither of the above, but at least one {@link Severity#APPROVAL}. */
  NEEDS_APPROVAL,
  /** Only warnings and information, or no findings. */
  ALLOWED;

  /** The outcome that these findings add up to. */
  public static Outcome of(Collection<Finding> findings) {
    boolean require = false;
    boolean approval = false;
    for (Finding finding : findings) {
      switch (finding.severity()) {
        case DENY -> {
          return DENIED;
        }
        case REQUIRE -> require = true;
        case APPROVAL -> approval = true;
        default -> { }
      }
    }
    return require ? INCOMPLETE : approval ? NEEDS_APPROVAL : ALLOWED;
  }
}
