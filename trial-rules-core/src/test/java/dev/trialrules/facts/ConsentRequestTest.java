package dev.trialrules.facts;

import static dev.trialrules.facts.FactHelpers.TURKISH;
import static dev.trialrules.facts.FactHelpers.underDefaultLocale;
import static dev.trialrules.testing.Fixtures.TODAY;
import static dev.trialrules.testing.Fixtures.consent;
import static dev.trialrules.testing.Fixtures.partner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConsentRequestTest {

  @Test
  void sentOnAfterToday_isRefusedNamingBothDates() {
    ConsentRequest.Builder sentTomorrow = consent(ConsentAction.ACCEPT).sentOn(TODAY.plusDays(1));

    assertThatIllegalArgumentException().isThrownBy(sentTomorrow::build)
        .withMessageContainingAll("sentOn", "2026-11-24", "2026-11-23");
  }

  @Test
  void sentOnToday_isAllowed() {
    assertThat(consent(ConsentAction.RESEND).sentOn(TODAY).build().sentOn()).isEqualTo(TODAY);
  }

  @Test
  void builder_sendsTodayAndAwaitsConsentByDefault() {
    ConsentRequest send = ConsentRequest.builder(ConsentAction.SEND, TODAY)
        .partner(partner().build()).build();

    assertThat(send.sentOn()).isEqualTo(TODAY);
    assertThat(send.status()).isEqualTo(TrialStatus.PENDING_CONSENT);
    assertThat(send.customer()).isEqualTo(CustomerOrg.none());
  }

  @Test
  void aMissingSentOn_meansTodayForSend() {
    assertThat(consent(ConsentAction.SEND).sentOn(null).build().sentOn()).isEqualTo(TODAY);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = ConsentAction.class, names = "SEND", mode = EnumSource.Mode.EXCLUDE)
  void aMissingSentOn_isRefusedForEveryStepAfterSending(ConsentAction action) {
    assertThatNullPointerException().isThrownBy(() -> consent(action).sentOn(null).build())
        .withMessageContainingAll("sentOn", action.name());
  }

  @Test
  void missingAction_isRefusedNamingTheField() {
    assertThatNullPointerException()
        .isThrownBy(() -> ConsentRequest.builder(null, TODAY).partner(partner().build()).build())
        .withMessageContaining("action");
  }

  @Test
  void missingToday_isRefusedNamingTheField() {
    assertThatNullPointerException()
        .isThrownBy(() -> ConsentRequest.builder(ConsentAction.SEND, null).partner(partner().build()).build())
        .withMessageContaining("today");
  }

  @Test
  void missingPartner_isRefusedNamingTheField() {
    assertThatNullPointerException().isThrownBy(() -> consent(ConsentAction.ACCEPT).partner(null).build())
        .withMessageContaining("partner");
  }

  @Test
  void missingStatus_isRefusedNamingTheField() {
    assertThatNullPointerException().isThrownBy(() -> consent(ConsentAction.ACCEPT).status(null).build())
        .withMessageContaining("status");
  }

  @Test
  void addresses_areLowerCasedInTheRootLocaleUnderATurkishDefault() {
    ConsentRequest accept = underDefaultLocale(TURKISH, () -> consent(ConsentAction.ACCEPT)
        .adminEmail("ADMIN@FJORD.EXAMPLE").acceptedBy(" CEO@FJORD.EXAMPLE").build());

    assertThat(accept.adminEmail()).isEqualTo("admin@fjord.example");
    assertThat(accept.acceptedBy()).isEqualTo("ceo@fjord.example");
  }

  @Test
  void requests_areEqualByValue() {
    ConsentRequest accept = consent(ConsentAction.ACCEPT).build();

    assertThat(consent(ConsentAction.ACCEPT).build()).isEqualTo(accept).hasSameHashCodeAs(accept);
    assertThat(consent(ConsentAction.CANCEL).build()).isNotEqualTo(accept);
  }
}
