package dev.trialrules.testing;

import dev.trialrules.facts.ConsentAction;
import dev.trialrules.facts.ConsentRequest;
import dev.trialrules.facts.CustomerOrg;
import dev.trialrules.facts.Flow;
import dev.trialrules.facts.MeetingsEdition;
import dev.trialrules.facts.Partner;
import dev.trialrules.facts.PartnerRole;
import dev.trialrules.facts.PartnerTier;
import dev.trialrules.facts.Services;
import dev.trialrules.facts.StartTrialRequest;
import dev.trialrules.facts.Trial;
import dev.trialrules.facts.TrialStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * Valid facts for every module's tests to change one thing at a time: a partner, a customer,
 * one request per flow that the shipped policy allows, a consent step and two trials. Each is a
 * fresh builder, so a test's change never leaks into another's. The values are those the rule
 * tests were written against (trial-rules-drl's expected dates and quantities follow from them),
 * so changing one changes what those tests mean.
 */
public final class Fixtures {
  /** The date every fixture is decided on. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private Fixtures() {}

  /** A verified tier-1 partner whose acting user is a sales admin. */
  public static Partner.Builder partner() {
    return Partner.builder("partner-1").verified(true).tier(PartnerTier.TIER_1)
        .roles(PartnerRole.SALES_ADMIN).adminEmails(List.of("sales@partner.example"));
  }

  /**
   * An existing organization: a full admin, an admin who is not one, Meetings bought, and a
   * Calling trial run by another partner.
   */
  public static CustomerOrg.Builder customer() {
    return CustomerOrg.builder("customer-1").country("DK")
        .fullAdmin("ceo@fjord.example").admin("it@fjord.example")
        .purchased(Services.MEETINGS).otherPartnerTrials(Services.CALLING);
  }

  /**
   * A new customer's request with every user input given: a trial of Messaging and Meetings
   * (standard edition) that is allowed.
   */
  public static StartTrialRequest.Builder newCustomer() {
    return StartTrialRequest.builder(Flow.NEW_CUSTOMER, TODAY)
        .partner(partner().build())
        .companyName("Fjord Shipping A/S").adminEmail("it@fjord.example").vertical("Transportation")
        .country("DK").locationAcknowledged(true)
        .services(Services.MESSAGING, Services.MEETINGS).meetingsEdition(MeetingsEdition.STANDARD)
        .licenseQuantity(200).durationDays(60);
  }

  /**
   * An existing customer's (see {@link #customer()}) trial of Messaging that is allowed. The
   * acting user has confirmed the organization found for the admin e-mail: without that, EXIST-03
   * leaves every existing-customer request incomplete and no other rule could be seen alone.
   */
  public static StartTrialRequest.Builder existingCustomer() {
    return StartTrialRequest.builder(Flow.EXISTING_CUSTOMER, TODAY)
        .partner(partner().build()).customer(customer().build())
        .companyName("Fjord Shipping A/S").adminEmail("it@fjord.example").vertical("Transportation")
        .country("DK").locationAcknowledged(true).organizationConfirmed(true)
        .services(Services.MESSAGING).licenseQuantity(50).durationDays(30);
  }

  /** A paid customer's (see {@link #customer()}) trial of Messaging that is allowed. */
  public static StartTrialRequest.Builder paidCustomer() {
    return StartTrialRequest.builder(Flow.PAID_CUSTOMER, TODAY)
        .partner(partner().build()).customer(customer().build())
        .services(Services.MESSAGING).licenseQuantity(50).durationDays(30);
  }

  /**
   * An active trial of Messaging and Meetings for {@link #customer()}: started on 2026-10-01 and
   * expiring on 2026-12-01 (E), eight days after {@link #TODAY}; 50 licences; no devices.
   */
  public static Trial.Builder trial() {
    return Trial.builder("trial-1", partner().build(), customer().build())
        .customerAdminEmail("ceo@fjord.example")
        .services(Services.MESSAGING, Services.MEETINGS).licenseQuantity(50)
        .period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 1))
        .status(TrialStatus.ACTIVE);
  }

  /** {@link #trial()} with Devices: two phones shipped, due back per the EULA on 2026-12-15. */
  public static Trial.Builder deviceTrial() {
    return trial().services(Services.MESSAGING, Services.DEVICES)
        .device("FOC0001", "PHONE").device("FOC0002", "PHONE")
        .deviceDueDate(LocalDate.of(2026, 12, 15));
  }

  /** A consent step for {@link #customer()}, the e-mail sent three days ago to its admin. */
  public static ConsentRequest.Builder consent(ConsentAction action) {
    return ConsentRequest.builder(action, TODAY)
        .partner(partner().build()).customer(customer().build())
        .adminEmail("it@fjord.example").sentOn(TODAY.minusDays(3));
  }
}
