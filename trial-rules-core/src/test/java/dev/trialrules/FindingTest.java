package dev.trialrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingTest {
  private static final Finding DENIAL = new Finding("EXIST-01", "EXIST-01 Deny a purchased service",
      Severity.DENY, "MEETINGS", "Meetings is already bought.", Optional.of("trial another service"));

  @Test
  void toString_showsSeverityRuleSubjectMessageAndRemedy() {
    assertThat(DENIAL).hasToString(
        "DENY EXIST-01 [MEETINGS] Meetings is already bought. (remedy: trial another service)");
  }

  @Test
  void toString_leavesOutAMissingRemedy() {
    Finding warning = new Finding("NEW-10", "NEW-10 Warn", Severity.WARN, "PHONE", "Needs PoE.", Optional.empty());

    assertThat(warning).hasToString("WARN NEW-10 [PHONE] Needs PoE.");
  }

  @Test
  void aMissingRemedyOptional_isRefusedNamingIt() {
    assertThatNullPointerException()
        .isThrownBy(() -> new Finding("NEW-10", "NEW-10 Warn", Severity.WARN, "PHONE", "Needs PoE.", null))
        .withMessage("remedy");
  }
}
