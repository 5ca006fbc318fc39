package dev.trialrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class RuleMessageTest {

  @Test
  void anError_printsAsFileLineColumnError() {
    RuleMessage message = new RuleMessage("policy/services.drl", 12, 7, true, "unknown field");

    assertThat(message).hasToString("policy/services.drl:12:7: error: unknown field");
  }

  @Test
  void aWarning_printsAsFileLineColumnWarning() {
    RuleMessage message = new RuleMessage("policy/services.drl", 3, 0, false, "unused import");

    assertThat(message).hasToString("policy/services.drl:3:0: warning: unused import");
  }

  @Test
  void missingFileOrText_isRefusedNamingIt() {
    assertThatNullPointerException().isThrownBy(() -> new RuleMessage(null, 1, 1, true, "x"))
        .withMessage("file");
    assertThatNullPointerException().isThrownBy(() -> new RuleMessage("a.drl", 1, 1, true, null))
        .withMessage("text");
  }
}
