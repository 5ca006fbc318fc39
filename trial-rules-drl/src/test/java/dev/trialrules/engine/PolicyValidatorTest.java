package dev.trialrules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trialrules.PolicyValidator;
import dev.trialrules.RuleMessage;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.policy.ShippedPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PolicyValidator} on the shipped policy and on author directories laid over it: compile
 * errors located, and the warnings for rule IDs, rule names and undefined parameters.
 */
class PolicyValidatorTest {
  @TempDir Path rules;

  /** Five lines, so that an author's first rule starts on line 6. */
  private static final String HEADER = """
      package author.rules;
      import dev.trialrules.facts.*;
      import dev.trialrules.PolicyParameters;
      global dev.trialrules.rules.Verdict verdict;

      """;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(rules.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static String shipped(String relative) throws IOException {
    try (InputStream in = PolicyValidatorTest.class.getClassLoader()
        .getResourceAsStream("dev/trialrules/policy/" + relative)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * The messages about the directory, less the warnings about missing {@code @id} metadata: the
   * fixtures below write rules the short way to show one thing each, and
   * {@link #aRuleWithoutIdMetadata_isWarned_andOneWhoseIdDisagreesWithItsName} shows those.
   */
  private List<RuleMessage> validate() {
    return PolicyValidator.validate(ShippedPolicy.get(), rules).stream().filter(m -> !m.text().contains("declares no @id")).toList();
  }

  @Test
  void aRuleWithoutIdMetadata_isWarned_andOneWhoseIdDisagreesWithItsName() throws IOException {
    Path file = write("local.drl", HEADER + """
        rule "LOCAL-01 Deny hospitals in Denmark"
        when
            StartTrialRequest( vertical == "Healthcare", country == "DK" )
        then
            verdict.deny("vertical", "Danish hospitals trial through the public tender.");
        end

        rule "LOCAL-02 Deny hospitals in Sweden"
            @id("LOCAL-03") @source("a house rule")
        when
            StartTrialRequest( vertical == "Healthcare", country == "SE" )
        then
            verdict.deny("vertical", "Swedish hospitals trial through the public tender.");
        end

        rule "LOCAL-04 Deny hospitals in Norway"
            @id("LOCAL-04") @reading("when a hospital asks, it tenders")
        when
            StartTrialRequest( vertical == "Healthcare", country == "NO" )
        then
            verdict.deny("vertical", "Norwegian hospitals trial through the public tender.");
        end
        """);

    assertThat(PolicyValidator.validate(ShippedPolicy.get(), rules)).extracting(RuleMessage::file, RuleMessage::line, RuleMessage::error)
        .containsExactly(tuple(file.toString(), 6, false), tuple(file.toString(), 13, false));
    assertThat(PolicyValidator.validate(ShippedPolicy.get(), rules)).extracting(RuleMessage::text).satisfiesExactly(
        first -> assertThat(first).contains("\"LOCAL-01 Deny hospitals in Denmark\"", "declares no @id(\"LOCAL-01\")"),
        second -> assertThat(second).contains("declares @id(\"LOCAL-03\")", "starts with LOCAL-02"));
  }

  @Test
  void theShippedPolicyAlone_validatesWithoutAnyMessage() {
    assertThat(PolicyValidator.validate(ShippedPolicy.get())).isEmpty();
  }

  @Test
  void anEmptyDirectory_isTheShippedPolicy() {
    assertThat(validate()).isEmpty();
  }

  @Test
  void shippedFilesCopiedUnchanged_validateClean() throws IOException {
    // EXIST-03 is in both files, NEW-01 has five rules: the policy's own arrangement, no warning.
    write("eligibility.drl", shipped("eligibility/eligibility.drl"));
    write("consent.drl", shipped("consent/consent.drl"));

    assertThat(validate()).isEmpty();
  }

  @Test
  void aSyntaxError_isAnErrorAtItsFileAndLine() throws IOException {
    Path file = write("syntax.drl", HEADER + """
        rule "LOCAL-01 Unterminated"
        when
            StartTrialRequest(
        then
        end
        """);

    List<RuleMessage> messages = validate();

    assertThat(messages).isNotEmpty().allSatisfy(m -> {
      assertThat(m.error()).isTrue();
      assertThat(m.file()).isEqualTo(file.toString());
      // Drools notices the missing ')' where the rule ends; the follow-on "null Package" is left out.
      assertThat(m.line()).isBetween(8, 10);
      // The parser's own row and column, counted from 1: 'end' opens line 10.
      assertThat(m.column()).isEqualTo(1);
    });
  }

  @Test
  void aReplacementThatDoesNotParse_hasItsSyntaxErrors_andNoRuleChecksOrLostIds() throws IOException {
    // Its rules are not known until it parses: no warnings guessed from its text, and no claim
    // that the shipped IDs it would decide are lost.
    Path file = write("eligibility.drl", shipped("eligibility/eligibility.drl").replaceFirst("\\nwhen\\n", "\nwhen\n  (\n"));

    List<RuleMessage> messages = PolicyValidator.validate(ShippedPolicy.get(), rules);

    // The compiler's errors only (it also fails the shipped files' declared types once one file
    // of the rule set does not parse), with the syntax error placed in the file.
    assertThat(messages).isNotEmpty().allMatch(RuleMessage::error)
        .noneMatch(m -> m.text().contains("lacks shipped rule ID"))
        .anySatisfy(m -> {
          assertThat(m.file()).isEqualTo(file.toString());
          assertThat(m.line()).isPositive();
          assertThat(m.text()).contains("mismatched input");
        });
  }

  @Test
  void aRuleOnOneLine_isNotGivenTheNextRulesIdMetadata() throws IOException {
    // Read from the text, the one-line rule's metadata ran on to the next line-starting 'when'.
    Path file = write("local.drl", HEADER + """
        rule "LOCAL-01 Deny hospitals" when StartTrialRequest( vertical == "Healthcare" ) then end
        rule "LOCAL-02 Deny schools"
            @id("LOCAL-02")
        when
            StartTrialRequest( vertical == "Education" )
        then
        end
        """);

    assertThat(PolicyValidator.validate(ShippedPolicy.get(), rules)).singleElement().satisfies(m -> {
      assertThat(m.file()).isEqualTo(file.toString());
      assertThat(m.line()).isEqualTo(6);
      assertThat(m.column()).isEqualTo(1);
      assertThat(m.text()).contains("\"LOCAL-01 Deny hospitals\" declares no @id(\"LOCAL-01\")");
    });
  }

  @Test
  void aTypeError_isAnErrorAtItsFileAndLine() throws IOException {
    Path file = write("types.drl", HEADER + """
        rule "LOCAL-01 Refers to a field that does not exist"
        when
            StartTrialRequest( colour == "red" )
        then
        end

        rule "LOCAL-02 Puts a number where text goes"
        when
            $request : StartTrialRequest()
        then
            String quantity = $request.licenseQuantity();
        end
        """);

    List<RuleMessage> errors = validate().stream().filter(RuleMessage::error).toList();
    assertThat(errors).allSatisfy(m -> assertThat(m.file()).isEqualTo(file.toString()));
    // A constraint's error is on its line; one in a consequence on the line its rule starts on.
    assertThat(errors).anySatisfy(m -> {
      assertThat(m.line()).isEqualTo(8);
      // The descriptor's column, counted from 1: the pattern the constraint is in.
      assertThat(m.column()).isEqualTo(5);
      assertThat(m.text()).contains("colour");
    });
    assertThat(errors).anySatisfy(m -> {
      assertThat(m.line()).isEqualTo(12);
      assertThat(m.column()).isEqualTo(1);
    });
    assertThat(errors).allSatisfy(m -> assertThat(m.toString()).startsWith(file + ":" + m.line() + ":"));
  }

  @Test
  void whatTheValidatorCallsAnError_stopsTheEngine() throws IOException {
    write("types.drl", HEADER + """
        rule "LOCAL-01 Refers to a field that does not exist"
        when
            StartTrialRequest( colour == "red" )
        then
        end
        """);

    List<RuleMessage> errors = validate().stream().filter(RuleMessage::error).toList();
    assertThatThrownBy(() -> TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules).build())
        .isInstanceOfSatisfying(dev.trialrules.RuleSetException.class,
            e -> assertThat(e.messages()).filteredOn(RuleMessage::error).containsExactlyInAnyOrderElementsOf(errors));
  }

  @Test
  void aRuleWithoutAnId_isWarnedAtItsLine() throws IOException {
    Path file = write("local.drl", HEADER + """
        rule "LOCAL-01 Deny hospitals in Denmark"
        when
            StartTrialRequest( vertical == "Healthcare", country == "DK" )
        then
            verdict.deny("vertical", "Danish hospitals trial through the public tender.");
        end

          rule 'Deny hospitals in Sweden'
        when
            StartTrialRequest( vertical == "Healthcare", country == "SE" )
        then
            verdict.deny("vertical", "Swedish hospitals trial through the public tender.");
        end

        // rule "Commented out, so not a rule"
        /*
        rule "Nor is this"
        */
        """);

    assertThat(validate()).singleElement().satisfies(m -> {
      assertThat(m.error()).isFalse();
      assertThat(m.file()).isEqualTo(file.toString());
      assertThat(m.line()).isEqualTo(13);
      assertThat(m.column()).isEqualTo(3);
      assertThat(m.text()).contains("\"Deny hospitals in Sweden\"", "rule ID");
    });
  }

  @Test
  void anAuthorsRuleClaimingAShippedIdFromAnotherFile_isWarned() throws IOException {
    Path file = write("local.drl", HEADER + """
        rule "NEW-01 Require a company name of at least two letters"
        when
            StartTrialRequest( companyName != null, companyName.length() < 2 )
        then
            verdict.require("companyName", "Give the company's full name.");
        end
        """);

    assertThat(validate()).singleElement().satisfies(m -> {
      assertThat(m.error()).isFalse();
      assertThat(m.file()).isEqualTo(file.toString());
      assertThat(m.line()).isEqualTo(6);
      assertThat(m.text()).contains("NEW-01", "eligibility.drl");
    });
  }

  @Test
  void aReplacementThatKeepsItsShippedIds_isNotWarned() throws IOException {
    // consent.drl decides EXIST-03..08; EXIST-03 is also in the shipped eligibility.drl.
    write("consent.drl", HEADER + """
        rule "EXIST-03 Deny a consent step for an unknown organization"
        when
            ConsentRequest( customer.exists == false )
        then
            verdict.deny("customer", "No such organization.");
        end

        rule "EXIST-05 Deny every acceptance"
        when
            ConsentRequest( action == ConsentAction.ACCEPT )
        then
            verdict.deny("acceptedBy", "Not this month.");
        end
        """);
    write("parameters.properties", "removed-rules = EXIST-04, EXIST-06, EXIST-07, EXIST-08, EXIST-09\n");

    assertThat(validate()).isEmpty();
  }

  @Test
  void aReplacementTakingAnIdFromAnotherShippedFile_isWarned() throws IOException {
    Path file = write("consent.drl", HEADER + """
        rule "NEW-02 Require the country for a consent step"
        when
            ConsentRequest( customer.country == null )
        then
            verdict.require("country", "Give the country.");
        end
        """);
    write("parameters.properties", "removed-rules = EXIST-04, EXIST-05, EXIST-06, EXIST-07, EXIST-08, EXIST-09\n");

    assertThat(validate()).singleElement().satisfies(m -> {
      assertThat(m.file()).isEqualTo(file.toString());
      assertThat(m.text()).contains("NEW-02", "eligibility.drl");
    });
  }

  @Test
  void oneRuleNameInTwoPackages_isWarned() throws IOException {
    String rule = """
        rule "LOCAL-01 Deny hospitals"
        when
            StartTrialRequest( vertical == "Healthcare" )
        then
            verdict.deny("vertical", "Hospitals trial through the public tender.");
        end
        """;
    Path first = write("a.drl", HEADER + rule);
    Path second = write("b.drl", HEADER.replace("author.rules", "author.other") + rule);

    List<RuleMessage> messages = validate();

    assertThat(messages).hasSize(2).allSatisfy(m -> {
      assertThat(m.error()).isFalse();
      assertThat(m.line()).isEqualTo(6);
      assertThat(m.text()).contains("LOCAL-01 Deny hospitals", "same name");
    });
    assertThat(messages).extracting(RuleMessage::file).containsExactly(first.toString(), second.toString());
  }

  @Test
  void anUndefinedCustomParameter_isWarnedAtTheCall_andADefinedOneIsNot() throws IOException {
    write("parameters.properties", "custom.tender-countries = DK, SE\n");
    Path file = write("local.drl", HEADER + """
        rule "LOCAL-01 Deny hospitals where a tender is required"
        when
            PolicyParameters( $countries : custom("tender-countries") )
            StartTrialRequest( vertical == "Healthcare", $countries.contains(country) )
        then
            verdict.deny("vertical", "Hospitals trial through the public tender.");
        end

        rule "LOCAL-02 Deny large hospitals"
        when
            PolicyParameters( $limit : custom( "hospital-limit" ) )
            StartTrialRequest( vertical == "Healthcare", licenseQuantity > Integer.parseInt($limit) )
        then
            verdict.deny("licenseQuantity", "Above the hospital limit.");
        end
        """);

    assertThat(validate()).singleElement().satisfies(m -> {
      assertThat(m.error()).isFalse();
      assertThat(m.file()).isEqualTo(file.toString());
      assertThat(m.line()).isEqualTo(16);
      assertThat(m.column()).isEqualTo(32);
      assertThat(m.text()).contains("custom.hospital-limit", "not defined");
    });
  }

  @Test
  void anUnknownParameterKey_isAnErrorNamingItOnItsLine() throws IOException {
    Path file = write("parameters.properties", "# longer windows\nconsent-window-days = 14\ngrace-perod-days = 45\n");

    assertThat(validate()).singleElement().satisfies(m -> {
      assertThat(m.error()).isTrue();
      assertThat(m.file()).isEqualTo(file.toString());
      assertThat(m.line()).isEqualTo(3);
      assertThat(m.text()).contains("grace-perod-days");
    });
  }

  @Test
  void aMalformedParameter_isAnErrorWithItsValue_besideTheCompileErrors() throws IOException {
    Path parameters = write("parameters.properties", "grace-period-days = thirty\n");
    Path drl = write("local.drl", HEADER + "rule \"LOCAL-01 Broken\"\nwhen\n    NoSuchFact()\nthen\nend\n");

    List<RuleMessage> messages = validate();

    assertThat(messages).anySatisfy(m -> {
      assertThat(m.error()).isTrue();
      assertThat(m.file()).isEqualTo(parameters.toString());
      assertThat(m.line()).isEqualTo(1);
      assertThat(m.text()).contains("grace-period-days", "thirty");
    });
    assertThat(messages).anySatisfy(m -> {
      assertThat(m.error()).isTrue();
      assertThat(m.file()).isEqualTo(drl.toString());
    });
  }

  @Test
  void aBadRegionEntry_isPlacedInTheRegionsFile() throws IOException {
    Path file = write("regions.properties", "DK = NORDICS\ndk = NORDICS\n");

    assertThat(validate()).singleElement().satisfies(m -> {
      assertThat(m.error()).isTrue();
      assertThat(m.file()).isEqualTo(file.toString());
      assertThat(m.line()).isEqualTo(2);
    });
  }

  @Test
  void messages_areSortedByFileLineAndColumn() throws IOException {
    write("b.drl", HEADER + "rule \"No ID here\"\nwhen\nthen\nend\nrule \"Nor here\"\nwhen\nthen\nend\n");
    write("a.drl", HEADER.replace("author.rules", "author.a") + "rule \"Nor in a\"\nwhen\nthen\nend\n");

    List<RuleMessage> messages = validate();

    assertThat(messages).hasSize(3).isSortedAccordingTo(Comparator.comparing(RuleMessage::file)
        .thenComparingInt(RuleMessage::line).thenComparingInt(RuleMessage::column));
  }

  @Test
  void aMissingDirectory_isRefused() {
    assertThatThrownBy(() -> PolicyValidator.validate(ShippedPolicy.get(), rules.resolve("nope")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
  }

  // ---- which files count, and files that must not be read ----

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aFifoNamedLikeARuleOrParametersFile_isSkippedWithAWarning_notReadForever() throws Exception {
    Fifo.make(rules.resolve("local.drl"));
    Fifo.make(rules.resolve("parameters.properties"));

    List<RuleMessage> messages = validate();

    assertThat(messages).extracting(RuleMessage::file, RuleMessage::error)
        .containsExactly(tuple(rules.resolve("local.drl").toString(), false),
            tuple(rules.resolve("parameters.properties").toString(), false));
    assertThat(messages).allSatisfy(m -> assertThat(m.text()).contains("not a regular file"));
    assertThat(PolicyValidator.filesRead(rules)).isEmpty();
  }

  @Test
  void aLinkToARegularFile_counts() throws IOException {
    Path elsewhere = Files.createTempDirectory("elsewhere");
    Path target = Files.writeString(elsewhere.resolve("target.properties"), "consent-window-days = 3\n");
    Files.createSymbolicLink(rules.resolve("parameters.properties"), target);

    assertThat(validate()).isEmpty();
    assertThat(PolicyValidator.filesRead(rules)).containsExactly(rules.resolve("parameters.properties"));
  }

  @Test
  void everyFileOrFolderThatDoesNotCount_isNamed_andTheFilesReadAreListed() throws IOException {
    write("parameter.properties", "consent-window-days = 3\n");
    write(".hidden.drl", HEADER + "rule \"LOCAL-01 Hidden\" when then end\n");
    Files.createDirectory(rules.resolve("more"));
    Files.writeString(rules.resolve("more").resolve("deep.drl"), HEADER);
    write("notes.txt", "to do\n");
    Path counted = write("local.drl", HEADER);
    Path parameters = write("parameters.properties", "consent-window-days = 3\n");

    List<RuleMessage> messages = validate();

    assertThat(messages).extracting(RuleMessage::file).containsExactly(
        rules.resolve(".hidden.drl").toString(), rules.resolve("more").toString(),
        rules.resolve("notes.txt").toString(), rules.resolve("parameter.properties").toString());
    assertThat(messages).noneMatch(RuleMessage::error);
    assertThat(messages.get(0).text()).contains("hidden");
    assertThat(messages.get(1).text()).contains("folder");
    assertThat(messages.get(3).text()).contains("only *.drl, parameters.properties and regions.properties count");
    assertThat(PolicyValidator.filesRead(rules)).containsExactly(counted, parameters);
  }

  @Test
  void aHiddenRuleFile_isNotLoadedByTheEngineEither() throws IOException {
    write(".hidden.drl", HEADER + """
        rule "LOCAL-01 Hidden"
            @id("LOCAL-01")
        when
        then
        end
        """);

    assertThat(TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules).build().ruleNames())
        .doesNotContain("LOCAL-01 Hidden");
  }

  // ---- a policy that loses shipped rules ----

  @Test
  void shippedFilesOverlaidWithEmptyOnes_areAnError_namingEveryLostRuleId() throws IOException {
    for (String relative : shipped("ruleset.index").split("\n")) {
      if (!relative.isBlank() && !relative.startsWith("#")) {
        write(relative.substring(relative.lastIndexOf('/') + 1), "");
      }
    }

    List<RuleMessage> messages = validate();

    assertThat(messages).singleElement().satisfies(m -> {
      assertThat(m.error()).isTrue();
      assertThat(m.file()).isEqualTo(rules.toString());
      assertThat(m.text()).contains("lacks shipped rule IDs", "NEW-01 (eligibility.drl)", "EXT-04", "removed-rules = ");
    });
  }

  @Test
  void aShippedRuleRemovedOnPurpose_isNoProblem_andAnUnknownIdInRemovedRules_isAnError() throws IOException {
    write("returns.drl", shipped("returns/returns.drl").replaceAll("(?s)rule \"RET-05[^\\n]*\\n.*?\\nend\\n", ""));
    assertThat(validate()).singleElement().satisfies(m -> assertThat(m.text()).contains("lacks shipped rule ID RET-05 (returns.drl)"));

    write("parameters.properties", "removed-rules = RET-05\n");
    assertThat(validate()).isEmpty();

    write("parameters.properties", "# one\nremoved-rules = RET-05, RET-99\n");
    assertThat(validate()).singleElement().satisfies(m -> {
      assertThat(m.error()).isTrue();
      assertThat(m.file()).isEqualTo(rules.resolve("parameters.properties").toString());
      assertThat(m.line()).isEqualTo(2);
      assertThat(m.text()).contains("RET-99, which no shipped rule has");
    });
  }

  // ---- parameters files ----

  @Test
  void aKeySetTwice_isAnError_namingTheKeyAndBothLines() throws IOException {
    write("parameters.properties", "consent-window-days = 3\n# later\nconsent-window-days = 4\n");
    write("regions.properties", "DK = EU\nSE = EU\nDK = UK\n");

    assertThat(validate()).singleElement().satisfies(m -> {
      assertThat(m.error()).isTrue();
      assertThat(m.file()).isEqualTo(rules.resolve("parameters.properties").toString());
      assertThat(m.line()).isEqualTo(3);
      assertThat(m.text()).contains("consent-window-days", "line 1", "line 3");
    });
    write("parameters.properties", "consent-window-days = 3\n");
    assertThat(validate()).singleElement().satisfies(m -> {
      assertThat(m.file()).isEqualTo(rules.resolve("regions.properties").toString());
      assertThat(m.text()).contains("DK", "line 1", "line 3");
    });
  }

  @Test
  void aByteOrderMarkAtTheStart_isAccepted() throws IOException {
    write("parameters.properties", "\uFEFFconsent-window-days = 3\n");
    write("regions.properties", "\uFEFFDK = EU\n");

    assertThat(validate()).isEmpty();
  }

  @Test
  void aRefusedParameter_isOneLine_placedOnItsLine_withKeyAndValue() throws IOException {
    write("parameters.properties", "\n\ngrace-period-days = soon\\\n  er\n");

    assertThat(validate()).singleElement().satisfies(m -> {
      assertThat(m.file()).isEqualTo(rules.resolve("parameters.properties").toString());
      assertThat(m.line()).isEqualTo(3);
      assertThat(m.toString()).doesNotContain("\n").contains("grace-period-days", "sooner");
    });
  }

  @Test
  void aRefusedParameter_isPlacedByItsKey_notByAnotherKeyItsValueNames() throws IOException {
    // The value names a longer key that the file also sets: the refusal is still grace-period-days'.
    write("parameters.properties", "consent-window-days = 14\ngrace-period-days = consent-window-days\n");

    assertThat(validate()).singleElement().satisfies(m -> {
      assertThat(m.file()).isEqualTo(rules.resolve("parameters.properties").toString());
      assertThat(m.line()).isEqualTo(2);
      assertThat(m.text()).contains("grace-period-days", "'consent-window-days'", "is not a whole number");
    });
  }

  @Test
  void aRegionForACodeThatNamesNoCountry_isPlacedOnItsLine() throws IOException {
    Path file = write("regions.properties", "DK = EU\nXK = EU\n");

    assertThat(validate()).singleElement().satisfies(m -> {
      assertThat(m.error()).isTrue();
      assertThat(m.file()).isEqualTo(file.toString());
      assertThat(m.line()).isEqualTo(2);
      assertThat(m.text()).contains("region.XK", "names no country");
    });
  }

  // ---- the e-mail pattern ----

  @Test
  void anEmailPatternThatRepeatsARepeatingGroup_isWarned() throws IOException {
    write("parameters.properties", "# one\nemail-pattern = ([\\\\w.]+)+@(\\\\w+\\\\.)*\\\\w+\n");

    assertThat(validate()).singleElement().satisfies(m -> {
      assertThat(m.error()).isFalse();
      assertThat(m.file()).isEqualTo(rules.resolve("parameters.properties").toString());
      assertThat(m.line()).isEqualTo(2);
      assertThat(m.text()).contains("email-pattern", "exponential");
    });
    write("parameters.properties", "email-pattern = [^@\\\\s]+@([^@\\\\s.]+\\\\.)[a-z]{2,}(\\\\.[a-z]+)?\n");
    assertThat(validate()).isEmpty();
  }
}
