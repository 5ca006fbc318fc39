package dev.trialrules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trialrules.Decision;
import dev.trialrules.DerivedValue;
import dev.trialrules.Finding;
import dev.trialrules.Outcome;
import dev.trialrules.RuleMessage;
import dev.trialrules.RuleSetException;
import dev.trialrules.Severity;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.facts.ConsentAction;
import dev.trialrules.facts.PolicyRequest;
import dev.trialrules.policy.ShippedEngine;
import dev.trialrules.policy.ShippedPolicy;
import dev.trialrules.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The engine's wiring: overrides, compile errors, failing closed and sharing between threads. */
class TrialPolicyEngineTest {
  @TempDir Path rules;

  private static final String HEADER = """
      package author.rules;
      import dev.trialrules.facts.*;
      import dev.trialrules.PolicyParameters;
      global dev.trialrules.rules.Verdict verdict;
      """;

  private void write(String name, String text) throws IOException {
    Files.writeString(rules.resolve(name), text);
  }

  private void writeHospitalRule() throws IOException {
    write("local.drl", HEADER + """
        rule "LOCAL-01 Deny trials for hospitals in Denmark"
        when
            StartTrialRequest( vertical == "Healthcare", country == "DK" )
        then
            verdict.deny("vertical", "Danish hospitals trial through the public tender instead.");
        end
        """);
  }

  @Test
  void anAuthorsFile_addsRulesToTheShippedPolicy() throws IOException {
    writeHospitalRule();
    TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules).build();
    Decision hospital = engine.decide(Fixtures.newCustomer().vertical("Healthcare").build());
    assertThat(hospital.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(hospital.ruleIds()).contains("LOCAL-01");
    assertThat(engine.decide(Fixtures.newCustomer().build()).outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(engine.ruleNames()).containsAll(ShippedEngine.ENGINE.ruleNames());
  }

  @Test
  void anAuthorsFileOfTheSameName_replacesTheShippedOne() throws IOException {
    write("lifecycle.drl", HEADER + """
        rule "NEW-12 Welcome nobody"
        when
            StartTrialRequest( companyName == "never" )
        then
            verdict.info("adminEmail", "never");
        end
        """);
    // The rest of the shipped lifecycle.drl is dropped, which must be said.
    write("parameters.properties", "removed-rules = END-01, END-02, END-03, END-05, END-06, END-07, PAID-02\n");
    TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules).build();
    assertThat(engine.decide(Fixtures.newCustomer().build()).ruleIds()).doesNotContain("NEW-12");
    assertThat(ShippedEngine.ENGINE.decide(Fixtures.newCustomer().build()).ruleIds()).contains("NEW-12");
    assertThat(engine.rulesRevision()).isNotEqualTo(ShippedEngine.ENGINE.rulesRevision());
  }

  @Test
  void aParametersFile_overridesTheShippedNumbers() throws IOException {
    write("parameters.properties", "consent-window-days = 3\n");
    write("regions.properties", "DK = NORDICS\n");
    TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules).build();
    assertThat(engine.parameters().consentWindowDays()).isEqualTo(3);
    assertThat(engine.parameters().gracePeriodDays()).isEqualTo(ShippedEngine.ENGINE.parameters().gracePeriodDays());
    Decision decision = engine.decide(Fixtures.existingCustomer().build());
    assertThat(decision.value(DerivedValue.CONSENT_DEADLINE)).contains(Fixtures.TODAY.plusDays(3));
    assertThat(decision.value(DerivedValue.DATA_REGION)).contains("NORDICS");
  }

  @Test
  void builderParameters_winOverTheDirectory() throws IOException {
    write("parameters.properties", "consent-window-days = 3\n");
    TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules)
        .parameter("consent-window-days", "5").build();
    assertThat(engine.parameters().consentWindowDays()).isEqualTo(5);
  }

  @Test
  void withParameters_keepsTheAuthorsRulesAndOverrides_andLeavesTheOriginalAlone() throws IOException {
    write("parameters.properties", "consent-window-days = 3\n");
    writeHospitalRule();
    TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules)
        .parameter("grace-period-days", "45").build();

    TrialPolicyEngine capped = engine.withParameters(Map.of("max-license-quantity", "100"));

    assertThat(capped.parameters().maxLicenseQuantity()).isEqualTo(100);
    assertThat(capped.parameters().consentWindowDays()).isEqualTo(3);
    assertThat(capped.parameters().gracePeriodDays()).isEqualTo(45);
    assertThat(capped.ruleNames()).isEqualTo(engine.ruleNames());
    assertThat(capped.rulesRevision()).isNotEqualTo(engine.rulesRevision());
    Decision over = capped.decide(Fixtures.newCustomer().licenseQuantity(101).build());
    assertThat(over.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(over.findings("NEW-05")).extracting(Finding::severity).contains(Severity.DENY);
    assertThat(engine.parameters().maxLicenseQuantity()).isZero();
    assertThat(engine.decide(Fixtures.newCustomer().licenseQuantity(101).build()).outcome())
        .isEqualTo(Outcome.ALLOWED);
  }

  @Test
  void withParameters_refusesAnUnknownParameter_byName() {
    assertThatThrownBy(() -> ShippedEngine.ENGINE.withParameters(Map.of("grace-period-dayz", "45")))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("grace-period-dayz");
  }

  @Test
  void aRuleSetThatDoesNotCompile_listsEveryErrorWithFileAndLine() throws IOException {
    write("broken.drl", HEADER + """
        rule "LOCAL-01 Refers to a field that does not exist"
        when
            StartTrialRequest( colour == "red" )
        then
        end

        rule "LOCAL-02 Calls a method that does not exist"
        when
            StartTrialRequest()
        then
            verdict.shout("nobody listens");
        end
        """);
    assertThatThrownBy(() -> TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules).build())
        .isInstanceOfSatisfying(RuleSetException.class, e -> {
          assertThat(e.messages()).filteredOn(RuleMessage::error).hasSizeGreaterThanOrEqualTo(2);
          assertThat(e.messages()).allSatisfy(m -> assertThat(m.file()).endsWith("broken.drl"));
          // A constraint's error points at its line; Drools places an error inside a
          // consequence at the line its rule starts on.
          assertThat(e.messages()).extracting(RuleMessage::line).contains(7, 11);
          assertThat(e.getMessage()).contains("broken.drl:7:", "colour", "shout");
        });
  }

  @Test
  void aSyntaxError_isReportedWithItsLine() throws IOException {
    write("syntax.drl", HEADER + "rule \"LOCAL-01 unterminated\"\nwhen\n    StartTrialRequest(\nthen\nend\n");
    assertThatThrownBy(() -> TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules).build())
        .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.messages())
            .anySatisfy(m -> {
              assertThat(m.file()).endsWith("syntax.drl");
              assertThat(m.line()).isBetween(5, 9);
            }));
  }

  @Test
  void anUnknownParameter_isRefusedByName() {
    assertThatThrownBy(() -> TrialPolicyEngine.builder(ShippedPolicy.get()).parameter("grace-perod-days", "45").build())
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("grace-perod-days");
  }

  @Test
  void aMalformedParameter_isRefusedWithItsValue() {
    assertThatThrownBy(() -> TrialPolicyEngine.builder(ShippedPolicy.get()).parameter("grace-period-days", "thirty").build())
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("grace-period-days").hasMessageContaining("thirty");
  }

  @Test
  void aMissingRulesDirectory_isRefused() {
    assertThatThrownBy(() -> TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules.resolve("nope")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
  }

  @Test
  void aRuleThatThrows_failsTheDecisionClosedAndNamesTheRule() throws IOException {
    write("throws.drl", HEADER + """
        rule "LOCAL-01 Divide by the number of services"
        when
            StartTrialRequest( $services : services )
        then
            int perService = 100 / ($services.size() - $services.size());
        end
        """);
    TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules).build();
    Decision decision = engine.decide(Fixtures.newCustomer().build());
    assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(decision.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(Finding.ENGINE);
      assertThat(f.severity()).isEqualTo(Severity.DENY);
      assertThat(f.message()).contains("LOCAL-01 Divide by the number of services", "ArithmeticException");
    });
    assertThat(decision.rulesRevision()).isEqualTo(engine.rulesRevision());
  }

  @Test
  void aConstraintThatThrows_failsTheDecisionClosed() throws IOException {
    write("constraint.drl", HEADER + """
        rule "LOCAL-01 Reads a parameter nobody defined"
        when
            PolicyParameters( custom("nowhere") == "x" )
            StartTrialRequest()
        then
            verdict.info("x", "never");
        end
        """);
    TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules).build();
    Decision decision = engine.decide(Fixtures.newCustomer().build());
    assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(decision.ruleIds()).containsExactly(Finding.ENGINE);
    assertThat(decision.findings().get(0).message()).contains("custom.nowhere");
  }

  @Test
  void aRuleThatKeepsRetriggering_failsClosedInsteadOfHanging() throws IOException {
    write("loop.drl", HEADER + """
        rule "LOCAL-01 Insert forever"
        when
            $n : Integer()
        then
            insert(Integer.valueOf($n.intValue() + 1));
        end
        rule "LOCAL-02 Seed"
        when
            StartTrialRequest()
        then
            insert(Integer.valueOf(0));
        end
        """);
    Decision decision = TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules).build()
        .decide(Fixtures.newCustomer().build());
    assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(decision.ruleIds()).containsExactly(Finding.ENGINE);
  }

  @Test
  void conflictingDerivedValues_failClosed() throws IOException {
    write("conflict.drl", HEADER + """
        import dev.trialrules.DerivedValue;
        rule "LOCAL-01 Claims another region"
        when
            StartTrialRequest( country == "DK" )
        then
            verdict.derive(DerivedValue.DATA_REGION, "MARS");
        end
        """);
    Decision decision = TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules).build()
        .decide(Fixtures.newCustomer().build());
    assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(decision.findings().get(0).message()).contains("dataRegion", "MARS");
  }

  @Test
  void oneEngine_decidesTheSameFromManyThreads() throws Exception {
    List<PolicyRequest> requests = List.of(
        Fixtures.newCustomer().build(),
        Fixtures.newCustomer().companyName(null).build(),
        Fixtures.existingCustomer().build(),
        Fixtures.paidCustomer().build(),
        Fixtures.consent(ConsentAction.ACCEPT).acceptedBy("ceo@fjord.example").build(),
        Fixtures.newCustomer().partner(Fixtures.partner().verified(false).build()).build());
    List<Decision> alone = requests.stream().map(ShippedEngine.ENGINE::decide).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          for (int i = 0; i < 300; i++) {
            int k = (i + offset) % requests.size();
            if (!ShippedEngine.ENGINE.decide(requests.get(k)).equals(alone.get(k))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void nullRequest_isRefused() {
    assertThatThrownBy(() -> ShippedEngine.ENGINE.decide(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void shippedFilesOverlaidWithEmptyOnes_areRefused_namingTheLostIds_unlessTheRemovalIsDeclared() throws IOException {
    for (String name : List.of("dates.drl", "eligibility.drl", "services.drl", "changes.drl", "consent.drl",
        "lifecycle.drl", "extension.drl", "conversion.drl", "returns.drl")) {
      write(name, "");
    }
    assertThatThrownBy(() -> TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules).build())
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("lacks shipped rule IDs")
        .hasMessageContaining("NEW-01 (eligibility.drl)")
        .hasMessageContaining("RET-05 (returns.drl)");

    write("returns.drl", Files.readString(Path.of("src/main/resources/dev/trialrules/policy/returns/returns.drl")));
    for (String name : List.of("dates.drl", "eligibility.drl", "services.drl", "changes.drl", "consent.drl",
        "lifecycle.drl", "extension.drl", "conversion.drl")) {
      Files.delete(rules.resolve(name));
    }
    write("returns.drl", Files.readString(rules.resolve("returns.drl"))
        .replaceAll("(?s)rule \"RET-05[^\\n]*\\n.*?\\nend\\n", ""));
    assertThatThrownBy(() -> TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules).build())
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("lacks shipped rule ID RET-05 (returns.drl)")
        .hasMessageContaining("removed-rules = RET-05");
    write("parameters.properties", "removed-rules = RET-05\n");
    assertThat(TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules).build().rules())
        .noneMatch(r -> r.ruleId().equals("RET-05"));

    write("parameters.properties", "removed-rules = RET-05, RET-99\n");
    assertThatThrownBy(() -> TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules).build())
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("RET-99, which no shipped rule has");
  }

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aFifoNamedLikeARuleOrParametersFile_isNotRead_soTheBuildDoesNotBlock() throws Exception {
    Fifo.make(rules.resolve("local.drl"));
    Fifo.make(rules.resolve("regions.properties"));

    TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules).build();

    assertThat(engine.ruleNames()).isEqualTo(ShippedEngine.ENGINE.ruleNames());
  }

  @Test
  void aParameterKeySetTwice_isRefused_namingTheKeyAndBothLines() throws IOException {
    write("parameters.properties", "consent-window-days = 3\nconsent-window-days = 4\n");

    assertThatThrownBy(() -> TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules).build())
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining(rules.resolve("parameters.properties") + ":2:1: error: key consent-window-days is set"
            + " twice, on line 1 and on line 2");
  }

  @Test
  void aParametersFileThatStartsWithAByteOrderMark_isRead() throws IOException {
    write("parameters.properties", "\uFEFFconsent-window-days = 3\n");

    assertThat(TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules).build().parameters().consentWindowDays())
        .isEqualTo(3);
  }

  @Test
  void aRefusedParameter_isOneLine_namingFileLineKeyAndValue() throws IOException {
    write("parameters.properties", "# the numbers\ngrace-period-days = soon\n");

    assertThatThrownBy(() -> TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules).build())
        .isInstanceOf(RuleSetException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n")
            .endsWith(rules.resolve("parameters.properties") + ":2:1: error: parameter grace-period-days = 'soon'"
                + " is not a whole number"));
  }
}
