package dev.trialrules.examples;

import dev.trialrules.Decision;
import dev.trialrules.DerivedValue;
import dev.trialrules.Finding;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.facts.Flow;
import dev.trialrules.facts.MeetingsEdition;
import dev.trialrules.facts.Partner;
import dev.trialrules.facts.PartnerRole;
import dev.trialrules.facts.Services;
import dev.trialrules.facts.StartTrialRequest;
import dev.trialrules.policy.ShippedPolicy;
import java.time.LocalDate;

/**
 * How a Java service embeds trial-rules: build the engine once, decide requests, read the
 * explained decision, close the engine. README.md quotes the imports and the body of {@link #main}
 * word for word, and a test runs it, so the README's example always compiles and works.
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /**
   * Decides one new-customer trial and prints the outcome, the reasons and the data region.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // README:begin
    // Build once at start-up and share between threads: compiling the rules is the slow part,
    // deciding is not. Close it at shutdown: that stops its reload thread and directory watcher.
    try (TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).build()) {
      StartTrialRequest request = StartTrialRequest.builder(Flow.NEW_CUSTOMER, LocalDate.of(2026, 11, 23))
          .partner(Partner.builder("partner-1").verified(true).roles(PartnerRole.SALES_ADMIN).build())
          .companyName("Fjord Shipping A/S").adminEmail("it@fjord.example").vertical("Transportation")
          .country("DK").locationAcknowledged(true)
          .services(Services.MESSAGING, Services.MEETINGS).meetingsEdition(MeetingsEdition.STANDARD)
          .licenseQuantity(200).durationDays(60)
          .build();

      Decision decision = engine.decide(request);
      System.out.println(decision.outcome() + " because of " + decision.ruleIds());
      for (Finding finding : decision.findings()) {
        System.out.println("  " + finding.severity() + " " + finding.ruleId() + " [" + finding.field() + "]: "
            + finding.message());
      }
      decision.value(DerivedValue.DATA_REGION).ifPresent(region -> System.out.println("  data region " + region));
    }
    // README:end
  }
}
