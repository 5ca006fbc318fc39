package dev.trialrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetExceptionTest {
  private static final RuleMessage FIRST_ERROR = new RuleMessage("a.drl", 4, 9, true, "mismatched input");
  private static final RuleMessage WARNING = new RuleMessage("a.drl", 10, 1, false, "shadowed variable");
  private static final RuleMessage SECOND_ERROR = new RuleMessage("b.drl", 2, 0, true, "unknown type");

  @Test
  void message_countsTheErrorsAndListsEveryMessageInOrder() {
    RuleSetException e = new RuleSetException(List.of(FIRST_ERROR, WARNING, SECOND_ERROR));

    assertThat(e).hasMessage("the rule set does not build (2 errors):\n"
        + "a.drl:4:9: error: mismatched input\n"
        + "a.drl:10:1: warning: shadowed variable\n"
        + "b.drl:2:0: error: unknown type");
  }

  @Test
  void message_countsOneErrorInTheSingular() {
    assertThat(new RuleSetException(List.of(FIRST_ERROR, WARNING))).hasMessageStartingWith(
        "the rule set does not build (1 error):\n");
  }

  @Test
  void messages_areAnUnmodifiableCopy() {
    List<RuleMessage> messages = new ArrayList<>(List.of(FIRST_ERROR));
    RuleSetException e = new RuleSetException(messages);

    messages.add(SECOND_ERROR);

    assertThat(e.messages()).containsExactly(FIRST_ERROR);
    assertThatThrownBy(() -> e.messages().add(WARNING)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anEmptyMessageList_isRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> new RuleSetException(List.of()))
        .withMessageContaining("at least one message");
  }

  @Test
  void oneMessageWithACause_keepsBoth() {
    IOException cause = new IOException("disk gone");
    RuleSetException e = new RuleSetException(FIRST_ERROR, cause);

    assertThat(e).hasCause(cause).hasMessageContaining("a.drl:4:9: error: mismatched input");
    assertThat(e.messages()).containsExactly(FIRST_ERROR);
  }
}
