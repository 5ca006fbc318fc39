package dev.trialrules;

import java.util.Collection;

/**
 * The verdict of a {@link Decision}, read off its strongest finding. Declared in the order of
 * the {@link Severity} each is read off, strongest first.
 */
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
    Severity strongest = Severity.INFO;
    for (Finding finding : findings) {
      if (finding.severity().compareTo(strongest) < 0) {
        strongest = finding.severity();
      }
    }
    return of(strongest);
  }

  /**
   * The outcome of a decision whose strongest finding has this severity. One switch, so that the
   * ranking lives in {@link Severity}'s declaration order and nowhere else.
   */
  static Outcome of(Severity strongest) {
    return switch (strongest) {
      case DENY -> DENIED;
      case REQUIRE -> INCOMPLETE;
      case APPROVAL -> NEEDS_APPROVAL;
      case WARN, INFO -> ALLOWED;
    };
  }
}
