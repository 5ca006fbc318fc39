package dev.trialrules.test;

import dev.trialrules.Decision;
import org.assertj.core.api.Assertions;

/**
 * The entry point for assertions on trial-rules results, and for every AssertJ assertion:
 * it extends AssertJ's {@link Assertions}, so one static import serves both.
 *
 * <pre>{@code
 * import static dev.trialrules.test.TrialRulesAssertions.assertThat;
 *
 * assertThat(engine.decide(request)).isAllowed().hasDerived(DerivedValue.DATA_REGION, "EU");
 * assertThat(decision.ruleIds()).contains("NEW-02");       // AssertJ's own, through the same import
 * }</pre>
 */
public class TrialRulesAssertions extends Assertions {

  /** For callers that collect their own assertions by extending this class, as AssertJ allows. */
  protected TrialRulesAssertions() {}

  /** Assertions on a decision. */
  public static DecisionAssert assertThat(Decision actual) {
    return new DecisionAssert(actual);
  }
}
