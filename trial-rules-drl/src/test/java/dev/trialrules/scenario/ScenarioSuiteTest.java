package dev.trialrules.scenario;

import static dev.trialrules.scenario.ScenarioFiles.decisionScenario;
import static dev.trialrules.scenario.ScenarioFiles.engine;
import static dev.trialrules.scenario.ScenarioFiles.expect;
import static dev.trialrules.scenario.ScenarioFiles.text;
import static dev.trialrules.scenario.ScenarioFiles.timelineScenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import tools.jackson.databind.node.ObjectNode;
import dev.trialrules.PolicyCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Loading and running scenario files: what passes, what fails, and how a failure reads. */
class ScenarioSuiteTest {
  @TempDir
  Path dir;

  private ScenarioResult runOne() {
    SuiteResult result = ScenarioSuite.load(dir).run(engine());
    assertThat(result.results()).hasSize(1);
    return result.results().get(0);
  }

  @Test
  void theShippedScenarios_allPass() {
    SuiteResult result = ScenarioSuite.load(ScenarioFiles.SHIPPED).run(engine());

    assertThat(result.failures()).as("%s", result).isEmpty();
    assertThat(result.summary()).isEqualTo(result.results().size() + " passed, 0 failed");
  }

  @Test
  void scenarios_loadEveryJsonFile_sortedByName() {
    decisionScenario(dir, "b.json", s -> { });
    decisionScenario(dir, "a.json", s -> { });
    text(dir, "notes.txt", "not a scenario");

    List<Scenario> scenarios = ScenarioSuite.load(dir).scenarios();

    assertThat(scenarios).extracting(Scenario::name).containsExactly("a.json", "b.json");
    assertThat(scenarios.get(0).request()).isPresent();
    assertThat(scenarios.get(0).trial()).isEmpty();
    assertThat(scenarios.get(0).problem()).isEmpty();
  }

  @Test
  void aScenariosParameters_applyToItAlone() {
    Consumer<ObjectNode> licences101 = s -> {
      ((ObjectNode) s.get("request")).put("licenseQuantity", 101);
      expect(s).withObjectProperty("derived").putObject("licensesPerService").put("MESSAGING", 101).put("MEETINGS", 101);
    };
    decisionScenario(dir, "a-capped.json", licences101.andThen(s -> {
      s.putObject("parameters").put("max-license-quantity", 100);
      expect(s).put("outcome", "DENIED");
    }));
    decisionScenario(dir, "b-uncapped.json", licences101);
    decisionScenario(dir, "c-capped-but-expects-allowed.json", licences101.andThen(
        s -> s.putObject("parameters").put("max-license-quantity", "100")));

    SuiteResult result = ScenarioSuite.load(dir).run(engine());

    assertThat(result.failures()).extracting(ScenarioResult::name).containsExactly("c-capped-but-expects-allowed.json");
    assertThat(result.failures().get(0).differences())
        .contains(new Difference("outcome", "\"ALLOWED\"", "\"DENIED\""));
    assertThat(ScenarioSuite.load(dir).scenarios()).extracting(Scenario::parameters).containsExactly(
        Map.of("max-license-quantity", "100"), Map.of(), Map.of("max-license-quantity", "100"));
  }

  @Test
  void aParameterTheRulesDoNotKnow_failsTheScenario_byName() {
    decisionScenario(dir, "typo.json", s -> s.putObject("parameters").put("max-licence-quantity", 100));

    ScenarioResult result = runOne();

    assertThat(result.passed()).isFalse();
    assertThat(result.toString()).contains("typo.json: its parameters are refused").contains("max-licence-quantity");
  }

  @Test
  void parametersThatAreNotNamesAndValues_makeTheFileUnreadable() {
    decisionScenario(dir, "nested.json", s -> s.putObject("parameters").putObject("grace-period-days"));

    Scenario scenario = ScenarioSuite.load(dir).scenarios().get(0);

    assertThat(scenario.problem()).contains(
        "nested.json: parameters.grace-period-days must be a string or a number, was {}");
  }

  @Test
  void aWrongOutcome_failsWithExpectedOverActual() {
    decisionScenario(dir, "wrong.json", s -> expect(s).put("outcome", "DENIED"));

    ScenarioResult result = runOne();

    assertThat(result.passed()).isFalse();
    assertThat(result.differences()).containsExactly(new Difference("outcome", "\"DENIED\"", "\"ALLOWED\""));
    assertThat(result.toString()).isEqualTo("""
        FAIL wrong.json
            outcome                      expected "DENIED"
                                         actual   "ALLOWED\"""");
  }

  @Test
  void ruleIds_areAnExactSet_inAnyOrder() {
    decisionScenario(dir, "reordered.json", s -> expect(s).putArray("ruleIds").add("NEW-12").add("NEW-02").add("NEW-05"));
    decisionScenario(dir, "missing.json", s -> expect(s).putArray("ruleIds").add("NEW-02").add("NEW-05"));

    SuiteResult result = ScenarioSuite.load(dir).run(engine());

    assertThat(result.failures()).extracting(ScenarioResult::name).containsExactly("missing.json");
    assertThat(result.failures().get(0).differences()).containsExactly(
        new Difference("ruleIds", "[\"NEW-02\",\"NEW-05\"]", "[\"NEW-02\",\"NEW-05\",\"NEW-12\"]"));
  }

  @Test
  void aFindingThatIsNotThere_andDerivedValues_areEachADifference() {
    decisionScenario(dir, "findings.json", s -> {
      expect(s).putArray("findings").addObject().put("ruleId", "NEW-02").put("severity", "DENY");
      ObjectNode derived = (ObjectNode) expect(s).get("derived");
      derived.put("dataRegion", "US");
      derived.remove("mailRecipients");
      derived.put("didsNeeded", 3);
    });

    ScenarioResult result = runOne();

    assertThat(result.differences()).extracting(Difference::field)
        .containsExactly("findings", "derived.dataRegion", "derived.didsNeeded", "derived.mailRecipients");
    assertThat(result.differences().get(0).actual()).isEqualTo("(no such finding)");
    assertThat(result.differences().get(2).actual()).isEqualTo("(none)");
    assertThat(result.differences().get(3).expected()).isEqualTo("(none)");
  }

  @Test
  void aFindingMatches_onTheFieldsGiven() {
    decisionScenario(dir, "finding.json", s ->
        expect(s).putArray("findings").addObject().put("ruleId", "NEW-02").put("severity", "INFO"));

    assertThat(runOne().passed()).isTrue();
  }

  @Test
  void aTimelineScenario_passesOnTheRealEvents() {
    timelineScenario(dir, "calling.json", s -> { });

    ScenarioResult result = runOne();

    assertThat(result.passed()).as("%s", result).isTrue();
    assertThat(ScenarioSuite.load(dir).scenarios().get(0).trial()).isPresent();
  }

  @Test
  void aTimelineScenario_namesMissingAndUnexpectedEvents_changesAndTheState() {
    timelineScenario(dir, "calling.json", s -> {
      var events = expect(s).withArray("events");
      events.remove(6);                                                                   // END-07 unexpected
      events.addObject().put("date", "2027-03-01").put("ruleId", "END-99");               // missing
      ((ObjectNode) events.get(3)).putArray("recipients").add("CUSTOMER_ADMINS");          // wrong recipients
      ((ObjectNode) events.get(5)).put("change", "RELEASES_NUMBERS");                     // wrong change
      ((ObjectNode) expect(s).get("stateOn")).put("numbersReleased", true);
    });

    ScenarioResult result = runOne();

    assertThat(result.differences()).containsExactly(
        new Difference("events", "2027-03-01 END-99", "(no such event)"),
        new Difference("events", "(no such event)", "2027-02-16 END-07"),
        new Difference("events[2027-01-31 END-03]", "{\"kind\":\"NOTICE\",\"recipients\":[\"CUSTOMER_ADMINS\"]}",
            "{\"kind\":\"NOTICE\",\"recipients\":[\"USERS\"],\"change\":\"NONE\"}"),
        new Difference("events[2027-02-01 END-06]", "{\"change\":\"RELEASES_NUMBERS\"}",
            "{\"kind\":\"CHANGE\",\"recipients\":[],\"change\":\"STOPS_CALLING\"}"),
        new Difference("stateOn.numbersReleased", "true", "false"));
  }

  @Test
  void aFileThatIsNotJson_isAFailingScenario_withOneLineNamingThePosition() {
    text(dir, "broken.json", "{\n  \"description\": \"x\",\n  oops\n}");
    decisionScenario(dir, "good.json", s -> { });

    SuiteResult result = ScenarioSuite.load(dir).run(engine());

    assertThat(result.summary()).isEqualTo("1 passed, 1 failed");
    ScenarioResult broken = result.failures().get(0);
    assertThat(broken.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("broken.json:3:").doesNotContain("\n"));
    assertThat(broken.toString()).startsWith("FAIL broken.json\n    broken.json:3:");
  }

  @Test
  void aScenarioOfTheWrongShape_failsNamingTheProperty() {
    decisionScenario(dir, "typo.json", s -> expect(s).set("ruleIdz", expect(s).remove("ruleIds")));
    decisionScenario(dir, "both.json", s -> s.set("trial", ScenarioFiles.JSON.createObjectNode()));
    timelineScenario(dir, "bad-date.json", s -> ((ObjectNode) expect(s).withArray("events").get(0)).put("date", "25.12.2026"));

    SuiteResult result = ScenarioSuite.load(dir).run(engine());

    assertThat(result.failures()).extracting(r -> r.problem().orElseThrow()).containsExactly(
        "bad-date.json: expect.events[0].date must be a date written YYYY-MM-DD, was \"25.12.2026\"",
        "both.json: a scenario has either \"request\" or \"trial\", not both or neither",
        "typo.json: expect.ruleIdz is not a scenario property; expected one of [derived, findings, outcome, ruleIds]");
  }

  @Test
  void anEventExpectation_withRevisionOnesAudience_orAnUnknownKind_isNotAScenario() {
    Path audience = timelineScenario(dir, "audience.json",
        s -> ((ObjectNode) expect(s).withArray("events").get(0)).putArray("audience").add("CUSTOMER_ADMINS"));
    Path kind = timelineScenario(dir, "kind.json",
        s -> ((ObjectNode) expect(s).withArray("events").get(0)).put("kind", "EMAIL"));
    Path recipients = timelineScenario(dir, "recipients.json",
        s -> ((ObjectNode) expect(s).withArray("events").get(0)).put("recipients", "USERS"));

    // Loading alone finds these; no engine is needed to say so.
    assertThat(Scenario.load(audience).problem()).hasValue("audience.json: expect.events[0].audience is no longer a"
        + " scenario property: an event has a kind, and a NOTICE has recipients; expected one of"
        + " [change, date, kind, recipients, ruleId]");
    assertThat(Scenario.load(kind).problem())
        .hasValue("kind.json: expect.events[0].kind must be one of [CHANGE, DEADLINE, NOTICE], was \"EMAIL\"");
    assertThat(Scenario.load(recipients).problem())
        .hasValue("recipients.json: expect.events[0].recipients must be an array");
  }

  @Test
  void aTimelineScenario_withKindsRecipientsAndDaysLeft_loads() {
    Path file = timelineScenario(dir, "calling.json", s -> { });

    Scenario scenario = Scenario.load(file);

    assertThat(scenario.problem()).isEmpty();
    assertThat(scenario.expected().orElseThrow().get("stateOn").get("daysLeft").asInt()).isZero();
  }

  @Test
  void aRequestTheBindingRefuses_failsNamingItsJsonPath() {
    decisionScenario(dir, "tier.json", s -> ((ObjectNode) s.get("request").get("partner")).put("tier", "GOLD"));

    assertThat(runOne().problem()).hasValueSatisfying(p ->
        assertThat(p).startsWith("tier.json: request.partner.tier"));
  }

  @Test
  void aDirectoryThatDoesNotExist_isRefused() {
    assertThatThrownBy(() -> ScenarioSuite.load(dir.resolve("nope")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("nope: no such directory");
  }

  @Test
  void theReloadCheck_passesAPassingSuite_andNamesTheFailingScenarios() throws Exception {
    decisionScenario(dir, "good.json", s -> { });
    PolicyCheck check = ScenarioSuite.load(dir).asReloadCheck();
    assertThatCode(() -> check.check(engine())).doesNotThrowAnyException();

    // The check reads the directory again: a scenario written after loading counts.
    decisionScenario(dir, "bad.json", s -> expect(s).put("outcome", "DENIED"));

    assertThatThrownBy(() -> check.check(engine()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("1 of 2 scenarios")
        .hasMessageEndingWith("failed: bad.json");
  }

  @Test
  void aReloadCheckFromAnEmptyFolder_isRefused_andOneWhoseScenariosAreGone_refusesTheRules() throws Exception {
    assertThatThrownBy(() -> ScenarioSuite.load(dir).asReloadCheck())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no scenario files (*.json) in " + dir);

    Path good = decisionScenario(dir, "good.json", s -> { });
    PolicyCheck check = ScenarioSuite.load(dir).asReloadCheck();
    Files.delete(good);

    assertThatThrownBy(() -> check.check(engine()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no scenario files (*.json) in " + dir);
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aFifoNamedLikeAScenario_failsAsNotARegularFile_insteadOfBlockingForever() throws Exception {
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.json").toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "mkfifo is not available");
      return;
    }
    assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");

    assertThat(runOne().problem()).hasValueSatisfying(p ->
        assertThat(p).startsWith("pipe.json: ").contains("not a regular file"));
  }
}
