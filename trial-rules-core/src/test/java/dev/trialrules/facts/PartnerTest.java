package dev.trialrules.facts;

import static dev.trialrules.facts.FactHelpers.TURKISH;
import static dev.trialrules.facts.FactHelpers.copyWith;
import static dev.trialrules.facts.FactHelpers.underDefaultLocale;
import static dev.trialrules.testing.Fixtures.partner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerTest {

  @Test
  void builder_keepsEveryField() {
    Partner p = Partner.builder("partner-9").verified(true).tier(PartnerTier.TIER_2)
        .roles(PartnerRole.SALES_ADMIN, PartnerRole.FULL_ADMIN).adminEmails(List.of("a@p.example"))
        .build();

    assertThat(p.orgId()).isEqualTo("partner-9");
    assertThat(p.verified()).isTrue();
    assertThat(p.tier()).isEqualTo(PartnerTier.TIER_2);
    assertThat(p.userRoles()).containsExactlyInAnyOrder(PartnerRole.SALES_ADMIN, PartnerRole.FULL_ADMIN);
    assertThat(p.adminEmails()).containsExactly("a@p.example");
  }

  @Test
  void builder_defaultsToAnUnverifiedTierOnePartnerWithoutRolesOrAdmins() {
    Partner p = Partner.builder("partner-9").build();

    assertThat(p.verified()).isFalse();
    assertThat(p.tier()).isEqualTo(PartnerTier.TIER_1);
    assertThat(p.userRoles()).isEmpty();
    assertThat(p.adminEmails()).isEmpty();
  }

  @Test
  void missingOrgId_isRefusedNamingTheField() {
    assertThatNullPointerException().isThrownBy(() -> Partner.builder(null).build())
        .withMessageContaining("partner.orgId");
  }

  @Test
  void missingTier_isRefusedNamingTheField() {
    assertThatNullPointerException().isThrownBy(() -> partner().tier(null).build())
        .withMessageContaining("partner.tier");
  }

  @Test
  void nullRoles_areRefusedNamingTheField() {
    assertThatNullPointerException().isThrownBy(() -> copyWith(partner().build(), "userRoles", null))
        .withMessageContaining("partner.userRoles");
  }

  @Test
  void nullAdminEmails_areRefusedNamingTheField() {
    assertThatNullPointerException().isThrownBy(() -> copyWith(partner().build(), "adminEmails", null))
        .withMessageContaining("partner.adminEmails");
  }

  @Test
  void aNullAdminEmail_isRefusedNamingTheField() {
    List<String> withNull = Arrays.asList("sales@partner.example", null);

    assertThatNullPointerException().isThrownBy(() -> copyWith(partner().build(), "adminEmails", withNull))
        .withMessageContaining("partner.adminEmails");
  }

  @Test
  void adminEmailsThatDifferOnlyInCase_areRefusedAsDuplicates() {
    Partner.Builder twice = partner().adminEmails(List.of("Sales@Partner.example", "sales@partner.example"));

    assertThatIllegalArgumentException().isThrownBy(twice::build)
        .withMessageContainingAll("partner.adminEmails", "sales@partner.example");
  }

  @Test
  void adminEmails_areStrippedAndLowerCased() {
    Partner p = partner().adminEmails(List.of("  Sales@PARTNER.example ")).build();

    assertThat(p.adminEmails()).containsExactly("sales@partner.example");
  }

  @Test
  void adminEmails_areLowerCasedInTheRootLocaleUnderATurkishDefault() {
    assertThat(underDefaultLocale(TURKISH, () -> "ADMIN".toLowerCase())).isEqualTo("adm\u0131n");

    Partner p = underDefaultLocale(TURKISH,
        () -> partner().adminEmails(List.of("ADMIN@FJORD.EXAMPLE")).build());

    assertThat(p.adminEmails()).containsExactly("admin@fjord.example");
  }

  @Test
  void lists_areUnmodifiableCopies() {
    List<String> emails = new ArrayList<>(List.of("sales@partner.example"));
    EnumSet<PartnerRole> roles = EnumSet.of(PartnerRole.SALES_ADMIN);
    Partner p = FactHelpers.copyWith(partner().adminEmails(emails).build(), "userRoles", roles);

    emails.add("other@partner.example");
    roles.add(PartnerRole.FULL_ADMIN);

    assertThat(p.adminEmails()).containsExactly("sales@partner.example");
    assertThat(p.userRoles()).containsExactly(PartnerRole.SALES_ADMIN);
    assertThatThrownBy(() -> p.adminEmails().add("x@partner.example"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> p.userRoles().add(PartnerRole.FULL_ADMIN))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void partners_areEqualByValue() {
    assertThat(partner().build()).isEqualTo(partner().build()).hasSameHashCodeAs(partner().build());
    assertThat(partner().verified(false).build()).isNotEqualTo(partner().build());
  }

  @Test
  void roles_keepTheEnumsOrder_soDecisionsPrintTheSameOnEveryRun() {
    Partner partner = Partner.builder("p").roles(PartnerRole.SALES_FULL_ADMIN, PartnerRole.READ_ONLY_ADMIN,
        PartnerRole.FULL_ADMIN, PartnerRole.SALES_ADMIN).build();
    assertThat(partner.userRoles()).containsExactly(PartnerRole.FULL_ADMIN, PartnerRole.READ_ONLY_ADMIN,
        PartnerRole.SALES_ADMIN, PartnerRole.SALES_FULL_ADMIN);
  }
}
