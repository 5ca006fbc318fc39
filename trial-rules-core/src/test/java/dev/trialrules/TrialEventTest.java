package dev.trialrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrialEventTest {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  @Test
  void eachKind_hasItsShape() {
    TrialEvent notice = TrialEvent.notice("t-1", DAY, "END-02", Set.of(Audience.CUSTOMER_ADMINS), "Expires soon.");
    TrialEvent change = TrialEvent.change("t-1", DAY, "END-04", Change.EXPIRES, "The trial expires.");
    TrialEvent deadline = TrialEvent.deadline("t-1", DAY, "RET-01", "Return the devices.");

    assertThat(notice.kind()).isEqualTo(EventKind.NOTICE);
    assertThat(notice.change()).isEqualTo(Change.NONE);
    assertThat(change.recipients()).isEmpty();
    assertThat(change.change()).isEqualTo(Change.EXPIRES);
    assertThat(deadline.kind()).isEqualTo(EventKind.DEADLINE);
    assertThat(deadline.recipients()).isEmpty();
  }

  @Test
  void aNoticeWithoutRecipients_andAChangeOfNothing_areRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TrialEvent.notice("t-1", DAY, "END-02", Set.of(), "To nobody."))
        .withMessageContaining("END-02");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TrialEvent.change("t-1", DAY, "END-04", Change.NONE, "Nothing."))
        .withMessageContaining("END-04");
    assertThatNullPointerException()
        .isThrownBy(() -> TrialEvent.deadline("t-1", null, "RET-01", "Return."))
        .withMessage("date");
  }

  @Test
  void recipients_areCopied_andEventsAreEqualByValue() {
    Set<Audience> to = EnumSet.of(Audience.USERS);
    TrialEvent notice = TrialEvent.notice("t-1", DAY, "END-03", to, "Your trial ended.");
    to.add(Audience.PARTNER_ADMINS);

    assertThat(notice.recipients()).containsExactly(Audience.USERS);
    assertThat(notice).isEqualTo(TrialEvent.notice("t-1", DAY, "END-03", Set.of(Audience.USERS), "Your trial ended."))
        .hasSameHashCodeAs(TrialEvent.notice("t-1", DAY, "END-03", Set.of(Audience.USERS), "Your trial ended."))
        .isNotEqualTo(TrialEvent.notice("t-2", DAY, "END-03", Set.of(Audience.USERS), "Your trial ended."));
    assertThat(notice).hasToString("2026-12-01 END-03 NOTICE to [USERS] (t-1): Your trial ended.");
  }
}
