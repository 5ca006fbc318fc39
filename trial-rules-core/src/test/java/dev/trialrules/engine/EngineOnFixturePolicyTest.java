package dev.trialrules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trialrules.Decision;
import dev.trialrules.Finding;
import dev.trialrules.Outcome;
import dev.trialrules.Policy;
import dev.trialrules.PolicyRule;
import dev.trialrules.PolicyValidator;
import dev.trialrules.RuleSetException;
import dev.trialrules.Timeline;
import dev.trialrules.TrialEvent;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.facts.CustomerOrg;
import dev.trialrules.facts.Flow;
import dev.trialrules.facts.Partner;
import dev.trialrules.facts.PartnerRole;
import dev.trialrules.facts.Services;
import dev.trialrules.facts.StartTrialRequest;
import dev.trialrules.facts.Trial;
import dev.trialrules.facts.TrialStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine beside its own code, on a four-rule fixture policy compiled from DRL: a policy is a
 * value the engine is given, an author's directory lays over it, its rule IDs must be kept, and a
 * rule that fails fails the decision closed. The shipped policy's behaviour is trial-rules-drl's
 * to test.
 */
class EngineOnFixturePolicyTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final Policy FIXTURE = FixturePolicy.get();

  @TempDir
  Path rules;

  private static StartTrialRequest.Builder request() {
    return StartTrialRequest.builder(Flow.NEW_CUSTOMER, TODAY)
        .partner(Partner.builder("partner-1").verified(true).roles(PartnerRole.SALES_ADMIN).build())
        .companyName("Fjord Shipping A/S").services(Services.MESSAGING).licenseQuantity(50);
  }

  @Test
  void aPolicyOfText_decidesByItsRules() {
    TrialPolicyEngine engine = TrialPolicyEngine.builder(FIXTURE).build();

    assertThat(engine.decide(request().build()).outcome()).isEqualTo(Outcome.ALLOWED);
    Decision tooMany = engine.decide(request().licenseQuantity(101).build());
    assertThat(tooMany.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(tooMany.ruleIds()).containsExactly("FIX-01");
    Decision unnamed = engine.decide(request().companyName(null).build());
    assertThat(unnamed.outcome()).isEqualTo(Outcome.INCOMPLETE);
    assertThat(unnamed.ruleIds()).containsExactly("FIX-02");
  }

  @Test
  void theRulesMetadata_describesTheFixturesRules() {
    TrialPolicyEngine engine = TrialPolicyEngine.builder(FIXTURE).build();

    assertThat(engine.rules()).extracting(PolicyRule::ruleId)
        .containsExactlyInAnyOrder("FIX-01", "FIX-02", "FIX-03", "FIX-04");
    assertThat(FIXTURE.ruleFiles()).containsExactly(FixturePolicy.ROOT + "fixture.drl");
    assertThat(FIXTURE.parameters()).containsEntry("max-license-quantity", "100").containsEntry("region.DK", "AMER");
  }

  @Test
  void aRuleThatThrows_failsTheDecisionClosed_namingTheRule() {
    Decision decision = TrialPolicyEngine.builder(FIXTURE).build().decide(request().companyName("Boom").build());

    assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(decision.ruleIds()).containsExactly(Finding.ENGINE);
    assertThat(decision.findings().get(0).message()).contains("FIX-04").contains("boom");
  }

  @Test
  void aTimeline_comesFromTheRulesThatMatchTheTrial() {
    Trial trial = Trial.builder("trial-1", Partner.builder("partner-1").build(), CustomerOrg.builder("customer-1").build())
        .services(Services.MESSAGING).licenseQuantity(10)
        .period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30)).status(TrialStatus.ACTIVE).build();

    Timeline timeline = TrialPolicyEngine.builder(FIXTURE).build().timeline(trial);

    assertThat(timeline.events()).extracting(TrialEvent::ruleId, TrialEvent::date)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("FIX-03", LocalDate.of(2026, 11, 30)));
  }

  @Test
  void parameters_laidOverThePolicy_changeWhatItDecides() {
    TrialPolicyEngine engine = TrialPolicyEngine.builder(FIXTURE).build();
    TrialPolicyEngine strict = engine.withParameters(Map.of("max-license-quantity", "40"));

    assertThat(engine.decide(request().build()).outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(strict.decide(request().build()).outcome()).isEqualTo(Outcome.DENIED);
    assertThat(TrialPolicyEngine.builder(FIXTURE.withParameters(Map.of("max-license-quantity", "40"))).build()
        .decide(request().build()).outcome()).isEqualTo(Outcome.DENIED);
  }

  @Test
  void anAuthorsDirectory_replacesTheFixturesFile_andReloads() throws Exception {
    String fixture = FixturePolicy.text("fixture.drl");
    Files.writeString(rules.resolve("fixture.drl"), fixture);
    try (TrialPolicyEngine engine = TrialPolicyEngine.builder(FIXTURE).rulesDirectory(rules).build()) {
      String before = engine.rulesRevision();
      Files.writeString(rules.resolve("fixture.drl"), fixture.replace("Give the company name.", "Name the company."));

      String after = engine.reload().get();

      assertThat(after).isNotEqualTo(before).isEqualTo(engine.rulesRevision());
      assertThat(engine.decide(request().companyName(null).build()).findings().get(0).message())
          .isEqualTo("Name the company.");
    }
  }

  @Test
  void anOverlayThatDropsARuleId_isRefused_unlessItSaysSo() throws IOException {
    String withoutFix01 = FixturePolicy.text("fixture.drl")
        .replaceAll("(?s)rule \"FIX-01.*?\\nend\\n", "");
    Files.writeString(rules.resolve("fixture.drl"), withoutFix01);

    assertThatThrownBy(() -> TrialPolicyEngine.builder(FIXTURE).rulesDirectory(rules).build())
        .isInstanceOf(RuleSetException.class).hasMessageContaining("FIX-01");
    assertThat(PolicyValidator.validate(FIXTURE, rules)).anyMatch(m -> m.error() && m.text().contains("FIX-01"));

    Files.writeString(rules.resolve("parameters.properties"), "removed-rules = FIX-01\n");
    TrialPolicyEngine engine = TrialPolicyEngine.builder(FIXTURE).rulesDirectory(rules).build();
    assertThat(engine.decide(request().licenseQuantity(1_000).build()).outcome()).isEqualTo(Outcome.ALLOWED);
  }

  @Test
  void theFixture_validatesClean_andThePolicyValueIsUnchangedByUse() throws IOException {
    assertThat(PolicyValidator.validate(FIXTURE)).filteredOn(m -> m.error()).isEmpty();
    Files.writeString(rules.resolve("parameters.properties"), "max-license-quantity = 7\n");

    Policy overlaid = FIXTURE.overlay(rules);

    assertThat(overlaid.parameters()).containsEntry("max-license-quantity", "7");
    assertThat(FIXTURE.parameters()).containsEntry("max-license-quantity", "100");
  }

  @Test
  void aPolicyWithoutRuleFiles_isRefused() {
    assertThatThrownBy(() -> Policy.builder("empty").build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("empty");
  }
}
