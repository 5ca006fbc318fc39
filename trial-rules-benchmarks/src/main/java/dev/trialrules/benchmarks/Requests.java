package dev.trialrules.benchmarks;

import dev.trialrules.facts.ConversionRequest;
import dev.trialrules.facts.CustomerOrg;
import dev.trialrules.facts.ExtensionRequest;
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
 * The requests the benchmarks decide: copies of the shared test fixtures
 * ({@code dev.trialrules.testing.Fixtures} in trial-rules-core's test-jar, which main code cannot
 * depend on), each one the policy allows, so a decision runs every rule of its flow rather than
 * stopping at an early refusal.
 */
public final class Requests {
  /** The date every request is decided on. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private Requests() {}

  /** A verified tier-1 partner whose acting user is a sales admin. */
  static Partner partner() {
    return Partner.builder("partner-1").verified(true).tier(PartnerTier.TIER_1)
        .roles(PartnerRole.SALES_ADMIN).adminEmails(List.of("sales@partner.example")).build();
  }

  /** An existing organization with Meetings bought and a Calling trial run by another partner. */
  static CustomerOrg customer() {
    return CustomerOrg.builder("customer-1").country("DK")
        .fullAdmin("ceo@fjord.example").admin("it@fjord.example")
        .purchased(Services.MEETINGS).otherPartnerTrials(Services.CALLING).build();
  }

  /** A new customer's trial of Messaging and Meetings that is allowed. */
  public static StartTrialRequest newCustomer() {
    return StartTrialRequest.builder(Flow.NEW_CUSTOMER, TODAY)
        .partner(partner())
        .companyName("Fjord Shipping A/S").adminEmail("it@fjord.example").vertical("Transportation")
        .country("DK").locationAcknowledged(true)
        .services(Services.MESSAGING, Services.MEETINGS).meetingsEdition(MeetingsEdition.STANDARD)
        .licenseQuantity(200).durationDays(60).build();
  }

  /** An existing customer's trial of Messaging that is allowed. */
  public static StartTrialRequest existingCustomer() {
    return StartTrialRequest.builder(Flow.EXISTING_CUSTOMER, TODAY)
        .partner(partner()).customer(customer())
        .companyName("Fjord Shipping A/S").adminEmail("it@fjord.example").vertical("Transportation")
        .country("DK").locationAcknowledged(true)
        .services(Services.MESSAGING).licenseQuantity(50).durationDays(30).build();
  }

  /** An active trial of Messaging and Meetings expiring on 2026-12-01, eight days after today. */
  public static Trial trial() {
    return Trial.builder("trial-1", partner(), customer())
        .customerAdminEmail("ceo@fjord.example")
        .services(Services.MESSAGING, Services.MEETINGS).licenseQuantity(50)
        .period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 1))
        .status(TrialStatus.ACTIVE).build();
  }

  /** An extension of {@link #trial()} requested today. */
  public static ExtensionRequest extension() {
    return ExtensionRequest.of(TODAY, trial());
  }

  /** A conversion of {@link #trial()} to an order of the services it tried. */
  public static ConversionRequest conversion() {
    return ConversionRequest.builder(TODAY, trial()).provisioningEmail("ceo@fjord.example")
        .orderedServices(List.of(Services.MESSAGING, Services.MEETINGS)).build();
  }
}
