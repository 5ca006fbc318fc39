package dev.trialrules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trialrules.Decision;
import dev.trialrules.RuleSetException;
import dev.trialrules.internal.CompiledPolicy;
import dev.trialrules.internal.CompiledPolicy.Origin;
import dev.trialrules.policy.ShippedSources;
import dev.trialrules.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an engine builds the shipped rules from when an author's rules directory lies over them:
 * the executable model wherever Drools can add the author's DRL to it, else the DRL compiled at
 * run time, and in either case the policy the DRL says. {@code BuildPathsPropertiesTest} holds
 * the shipped policy alone to the same.
 */
class ExecutableModelTest {
  @TempDir
  Path rules;

  private CompiledPolicy build() {
    return CompiledPolicy.compile(ShippedSources.source().overlay(rules), ShippedSources.model());
  }

  private CompiledPolicy compiled() {
    return CompiledPolicy.compile(ShippedSources.source().overlay(rules));
  }

  @Test
  void theShippedRulesAlone_comeFromTheExecutableModel() {
    assertThat(CompiledPolicy.compile(ShippedSources.source(), ShippedSources.model()).origin())
        .isEqualTo(Origin.EXECUTABLE_MODEL);
  }

  @Test
  void anAuthorsNewPackage_isAddedToTheExecutableModel() throws IOException {
    Files.writeString(rules.resolve("large.drl"), """
        package dev.trialrules.authors;

        import dev.trialrules.facts.StartTrialRequest;

        global dev.trialrules.rules.Verdict verdict;

        rule "AUTH-01 Warn about a large trial"
        when
            StartTrialRequest( licenseQuantity != null, licenseQuantity > 40 )
        then
            verdict.warn("licenseQuantity", "A large trial.");
        end
        """);
    CompiledPolicy policy = build();
    Decision decision = policy.decide(Fixtures.newCustomer().build());

    assertThat(policy.origin()).isEqualTo(Origin.EXECUTABLE_MODEL);
    assertThat(decision.findings()).anyMatch(f -> f.ruleId().equals("AUTH-01"));
    assertThat(decision).isEqualTo(compiled().decide(Fixtures.newCustomer().build()));
  }

  @Test
  void aReplacedShippedFile_isCompiled_andTheOthersComeFromTheModel() throws IOException {
    String eligibility = ShippedSources.source().files().stream().filter(f -> f.name().equals("eligibility.drl"))
        .findFirst().orElseThrow().text();
    Files.writeString(rules.resolve("eligibility.drl"),
        eligibility.replace("Give the company's vertical.", "Name the company's vertical."));
    CompiledPolicy policy = build();
    Decision decision = policy.decide(Fixtures.newCustomer().vertical(null).build());

    assertThat(policy.origin()).isEqualTo(Origin.EXECUTABLE_MODEL);
    assertThat(decision.findings()).anyMatch(f -> f.message().equals("Name the company's vertical."));
    assertThat(decision).isEqualTo(compiled().decide(Fixtures.newCustomer().vertical(null).build()));
  }

  @Test
  void anAuthorsCollect_whichDroolsCannotAddToTheModel_fallsBackToCompilingEverything() throws IOException {
    Files.writeString(rules.resolve("collecting.drl"), """
        package dev.trialrules.authors;

        import dev.trialrules.facts.StartTrialRequest;
        import java.util.List;

        global dev.trialrules.rules.Verdict verdict;

        rule "AUTH-02 Note every start request"
        when
            $requests : List( !isEmpty() ) from collect( StartTrialRequest() )
        then
            verdict.info("licenseQuantity", $requests.size() + " start request.");
        end
        """);
    CompiledPolicy policy = build();
    Decision decision = policy.decide(Fixtures.newCustomer().build());

    assertThat(policy.origin()).isEqualTo(Origin.COMPILED);
    assertThat(decision.findings()).anyMatch(f -> f.ruleId().equals("AUTH-02"));
    assertThat(decision).isEqualTo(compiled().decide(Fixtures.newCustomer().build()));
  }

  @Test
  void anAuthorsError_isReportedWithItsFileAndLine() throws IOException {
    Files.writeString(rules.resolve("broken.drl"), """
        package dev.trialrules.authors;

        import dev.trialrules.facts.StartTrialRequest;

        rule "AUTH-03 Broken"
        when
            StartTrialRequest( noSuchField > 1 )
        then
        end
        """);
    assertThatThrownBy(this::build).isInstanceOf(RuleSetException.class).hasMessageContaining("broken.drl:7");
  }
}
