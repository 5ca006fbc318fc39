package dev.trialrules.facts;

import static dev.trialrules.facts.FactHelpers.TURKISH;
import static dev.trialrules.facts.FactHelpers.underDefaultLocale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class CustomerAdminTest {

  @Test
  void email_isStrippedAndLowerCased() {
    assertThat(CustomerAdmin.of(" CEO@Fjord.Example ", true).email()).isEqualTo("ceo@fjord.example");
  }

  @Test
  void email_isLowerCasedInTheRootLocaleUnderATurkishDefault() {
    CustomerAdmin admin = underDefaultLocale(TURKISH, () -> CustomerAdmin.of("ADMIN@FJORD.EXAMPLE", true));

    assertThat(admin.email()).isEqualTo("admin@fjord.example");
  }

  @Test
  void missingEmail_isRefusedNamingTheField() {
    assertThatNullPointerException().isThrownBy(() -> CustomerAdmin.of(null, false))
        .withMessageContaining("customer.admins.email");
  }

  @Test
  void admins_areEqualByValueAfterLowerCasing() {
    assertThat(CustomerAdmin.of("IT@fjord.example", false))
        .isEqualTo(CustomerAdmin.of("it@fjord.example", false))
        .isNotEqualTo(CustomerAdmin.of("it@fjord.example", true));
  }
}
