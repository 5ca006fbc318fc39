package dev.trialrules.facts;

import static dev.trialrules.facts.FactFixtures.TURKISH;
import static dev.trialrules.facts.FactFixtures.underDefaultLocale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class CustomerAdminTest {

  @Test
  void email_isStrippedAndLowerCased() {
    assertThat(new CustomerAdmin(" CEO@Fjord.Example ", true).email()).isEqualTo("ceo@fjord.example");
  }

  @Test
  void email_isLowerCasedInTheRootLocaleUnderATurkishDefault() {
    CustomerAdmin admin = underDefaultLocale(TURKISH, () -> new CustomerAdmin("ADMIN@FJORD.EXAMPLE", true));

    assertThat(admin.email()).isEqualTo("admin@fjord.example");
  }

  @Test
  void missingEmail_isRefusedNamingTheField() {
    assertThatNullPointerException().isThrownBy(() -> new CustomerAdmin(null, false))
        .withMessageContaining("customer.admins.email");
  }

  @Test
  void admins_areEqualByValueAfterLowerCasing() {
    assertThat(new CustomerAdmin("IT@fjord.example", false))
        .isEqualTo(new CustomerAdmin("it@fjord.example", false))
        .isNotEqualTo(new CustomerAdmin("it@fjord.example", true));
  }
}
