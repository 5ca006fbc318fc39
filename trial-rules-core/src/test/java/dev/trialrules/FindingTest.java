package dev.trialrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class FindingTest {
  private static final Finding DENIAL = Finding.builder("EXIST-01", Severity.DENY, "services",
      "Meetings is already bought.").ruleName("EXIST-01 Deny a purchased service").item("MEETINGS")
      .remedy("trial another service").build();

  @Test
  void toString_showsSeverityRuleFieldItemMessageAndRemedy() {
    assertThat(DENIAL).hasToString(
        "DENY EXIST-01 [services MEETINGS] Meetings is already bought. (remedy: trial another service)");
  }

  @Test
  void toString_leavesOutAMissingItemAndRemedy() {
    Finding warning = Finding.of("NEW-10", Severity.WARN, "poeSupported", "Needs PoE.");

    assertThat(warning).hasToString("WARN NEW-10 [poeSupported] Needs PoE.");
  }

  @Test
  void absentParts_areEmptyOptionals_andTheRuleNameDefaultsToTheId() {
    Finding finding = Finding.of("NEW-10", Severity.WARN, "poeSupported", "Needs PoE.");

    assertThat(finding.item()).isEmpty();
    assertThat(finding.remedy()).isEmpty();
    assertThat(finding.source()).isEmpty();
    assertThat(finding.ruleName()).isEqualTo("NEW-10");
    assertThat(DENIAL.item()).contains("MEETINGS");
    assertThat(DENIAL.field()).isEqualTo("services");
  }

  @Test
  void equalFindings_areEqual_andDifferByItem() {
    Finding same = Finding.builder("EXIST-01", Severity.DENY, "services", "Meetings is already bought.")
        .ruleName("EXIST-01 Deny a purchased service").item("MEETINGS").remedy("trial another service").build();
    Finding otherItem = Finding.builder("EXIST-01", Severity.DENY, "services", "Meetings is already bought.")
        .ruleName("EXIST-01 Deny a purchased service").item("CALLING").remedy("trial another service").build();

    assertThat(same).isEqualTo(DENIAL).hasSameHashCodeAs(DENIAL);
    assertThat(otherItem).isNotEqualTo(DENIAL);
  }

  @Test
  void aMissingField_isRefusedNamingIt() {
    assertThatNullPointerException()
        .isThrownBy(() -> Finding.of("NEW-10", Severity.WARN, null, "Needs PoE."))
        .withMessage("field");
  }

  @Test
  void aPartSetTwice_isRefused() {
    Finding.Builder builder = Finding.builder("NEW-10", Severity.WARN, "deviceShipments", "Needs PoE.").item("PHONE");

    assertThatIllegalStateException().isThrownBy(() -> builder.item("DESK"))
        .withMessage("item was already set to PHONE");
  }
}
