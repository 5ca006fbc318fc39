package dev.trialrules.cli;

import static dev.trialrules.cli.TrialPolicyCliTest.assertBadInput;
import static dev.trialrules.cli.TrialPolicyCliTest.run;
import static dev.trialrules.cli.TrialPolicyCliTest.trial;
import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import dev.trialrules.cli.TrialPolicyCliTest.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code trial-policy timeline}: its formats, its order and its state, on known test rules. */
class TimelineCommandTest {
  private static final Path SAMPLE = Path.of("../examples/requests", "trial-calling.json");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path dir;

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  /** A trial ending on 2026-12-01, so TEST-01 schedules 2026-11-24, 2026-12-01, 2026-12-15 and 2027-01-01. */
  private Path testTrial() throws IOException {
    return file("trial.json", trial(""));
  }

  private String testRules() throws IOException {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    return TestRules.in(rules).toString();
  }

  @Test
  void theSample_printsItsEventsInDateOrderWithTheDocumentedFields() throws IOException {
    Result result = run("timeline", SAMPLE.toString());

    assertThat(result.status()).as("stderr: %s", result.err()).isZero();
    assertThat(result.err()).isEmpty();
    JsonNode timeline = MAPPER.readTree(result.out());
    // No --on, no state.
    assertThat(timeline.propertyNames()).containsExactly("trialId", "events", "rulesRevision");
    assertThat(timeline.get("trialId").asString()).isEqualTo("trial-fjord-calling-05");
    List<String> dates = new ArrayList<>();
    for (JsonNode event : timeline.get("events")) {
      assertThat(event.propertyNames())
          .containsExactly("date", "ruleId", "kind", "recipients", "change", "description");
      assertThat(event.get("recipients").isArray()).isTrue();
      dates.add(event.get("date").asString());
    }
    assertThat(dates).isSorted();
  }

  @Test
  void theSample_withOn_addsTheStateOnThatDate() throws IOException {
    Result result = run("timeline", SAMPLE.toString(), "--on", "2027-02-01");

    assertThat(result.status()).as("stderr: %s", result.err()).isZero();
    JsonNode timeline = MAPPER.readTree(result.out());
    assertThat(timeline.propertyNames()).containsExactly("trialId", "events", "state", "rulesRevision");
    JsonNode state = timeline.get("state");
    assertThat(state.propertyNames())
        .containsExactly("date", "phase", "daysLeft", "callingStopped", "numbersReleased");
    assertThat(state.get("date").asString()).isEqualTo("2027-02-01");
    assertThat(state.get("callingStopped").isBoolean()).isTrue();
  }

  @Test
  void eventsScheduledOutOfOrder_arePrintedByDate() throws IOException {
    Result result = run("timeline", testTrial().toString(), "--rules", testRules());

    assertThat(result.status()).as("stderr: %s", result.err()).isZero();
    JsonNode events = MAPPER.readTree(result.out()).get("events");
    assertThat(events).hasSize(4);
    assertThat(events.findValuesAsString("date")).containsExactly("2026-11-24", "2026-12-01", "2026-12-15", "2027-01-01");
    assertThat(events.findValuesAsString("kind")).containsExactly("NOTICE", "CHANGE", "DEADLINE", "CHANGE");
    assertThat(events.findValuesAsString("change")).containsExactly("NONE", "EXPIRES", "NONE", "MOVES_TO_CONSUMER_ORG");
    assertThat(events.findValuesAsString("ruleId")).containsOnly("TEST-01");
    // Recipients in Audience's order, not the order the rule named them in; none but a notice's.
    assertThat(events.get(0).get("recipients").toString()).isEqualTo("[\"CUSTOMER_ADMINS\",\"PARTNER_ADMINS\"]");
    for (int i = 1; i < events.size(); i++) {
      assertThat(events.get(i).get("recipients").isEmpty()).as("recipients of %s", events.get(i)).isTrue();
    }
  }

  static Stream<Arguments> states() {
    return Stream.of(
        Arguments.of("2026-11-24", "RUNNING", 7),
        Arguments.of("2026-11-30", "RUNNING", 1),
        Arguments.of("2026-12-01", "IN_GRACE", 0),
        Arguments.of("2026-12-31", "IN_GRACE", 0),
        Arguments.of("2027-01-01", "ENDED", 0));
  }

  @ParameterizedTest(name = "on {0}: {1}, {2} days left")
  @MethodSource("states")
  void on_givesTheStateAtTheEndOfThatDate(String on, String phase, int daysLeft) throws IOException {
    Result result = run("timeline", testTrial().toString(), "--rules", testRules(), "--on", on);

    JsonNode state = MAPPER.readTree(result.out()).get("state");
    assertThat(state.get("date").asString()).isEqualTo(on);
    assertThat(state.get("phase").asString()).isEqualTo(phase);
    assertThat(state.get("daysLeft").asInt()).isEqualTo(daysLeft);
    assertThat(state.get("callingStopped").asBoolean()).isFalse();
    assertThat(state.get("numbersReleased").asBoolean()).isFalse();
  }

  @Test
  void text_listsEventsByDateThenTheState() throws IOException {
    Result result = run("timeline", testTrial().toString(), "--rules", testRules(), "--on", "2026-12-01",
        "--format", "text");

    assertThat(result.status()).as("stderr: %s", result.err()).isZero();
    assertThat(result.out()).isEqualTo("""
        t-1
          2026-11-24 TEST-01 NOTICE [CUSTOMER_ADMINS, PARTNER_ADMINS] Expiry notice.
          2026-12-01 TEST-01 CHANGE The trial expires. (EXPIRES)
          2026-12-15 TEST-01 DEADLINE Return the devices.
          2027-01-01 TEST-01 CHANGE Users move. (MOVES_TO_CONSUMER_ORG)
        state on 2026-12-01
          phase = IN_GRACE
          daysLeft = 0
          callingStopped = false
          numbersReleased = false
        """);
  }

  @Test
  void theSampleAsText_startsWithTheTrialId() {
    Result result = run("timeline", SAMPLE.toString(), "--on", "2027-02-01", "--format", "text");

    assertThat(result.status()).as("stderr: %s", result.err()).isZero();
    String[] lines = result.out().split("\n");
    assertThat(lines[0]).isEqualTo("trial-fjord-calling-05");
    assertThat(lines[lines.length - 5]).isEqualTo("state on 2027-02-01");
    assertThat(lines[lines.length - 4]).matches("  phase = [A-Z_]+");
    assertThat(lines[lines.length - 3]).matches("  daysLeft = \\d+");
    for (int i = 1; i < lines.length - 5; i++) {
      assertThat(lines[i]).matches("  \\d{4}-\\d{2}-\\d{2} \\S+ (NOTICE \\[[A-Z_, ]+]|CHANGE|DEADLINE) .+");
    }
  }

  static Stream<Arguments> badTrials() {
    return Stream.of(
        Arguments.of("malformed JSON", "{\"trialId\": \"t-1\",,\n}", new String[] {"trial.json:1:", "malformed JSON"}),
        Arguments.of("endDate before startDate", trial("").replace("2026-12-01", "2026-09-30"),
            new String[] {"trial.json: trial.endDate must be after", "2026-09-30"}),
        Arguments.of("unknown status", trial("\"status\": \"RUNNING\""),
            new String[] {"trial.status", "\"RUNNING\"", "PENDING_CONSENT"}),
        Arguments.of("duplicate serial numbers", trial("\"devices\": [{\"serialNumber\": \"FOC1\", \"deviceType\": \"PHONE\"},"
            + " {\"serialNumber\": \"FOC1\", \"deviceType\": \"BOARD\"}]"), new String[] {"trial.devices", "FOC1", "twice"}),
        Arguments.of("device without serial", trial("\"devices\": [{\"deviceType\": \"PHONE\"}]"),
            new String[] {"trial.devices[0].serialNumber must not be null"}),
        Arguments.of("a request instead of a trial", "{\"type\": \"extension\", \"trial\": " + trial("") + "}",
            new String[] {"trial.type is not a known property"}),
        Arguments.of("an array", "[" + trial("") + "]", new String[] {"trial must be an object"}),
        Arguments.of("empty file", "", new String[] {"empty"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badTrials")
  void badTrial_exitsTwoWithOneLineNamingTheField(String name, String json, String[] mentions) throws IOException {
    assertBadInput(run("timeline", file("trial.json", json).toString()), mentions);
  }

  @Test
  void usageErrors_exitTwo() throws IOException {
    assertBadInput(run("timeline"), "TRIAL.json");
    assertBadInput(run("timeline", dir.resolve("nowhere.json").toString()), "nowhere.json", "no such file");
    assertBadInput(run("timeline", testTrial().toString(), "--on", "2027-02-30"), "--on", "2027-02-30");
    assertBadInput(run("timeline", testTrial().toString(), "--format", "xml"), "--format", "xml");
    assertBadInput(run("timeline", testTrial().toString(), "--rules", dir.resolve("nowhere").toString()),
        "--rules", "no such directory");
  }

  @Test
  void help_exitsZero() {
    Result result = run("timeline", "--help");

    assertThat(result.status()).isZero();
    assertThat(result.out()).contains("TRIAL.json", "--on", "--format", "--rules");
  }

  @Test
  void aTimelineThatCannotBeWritten_exitsFour() {
    Result result = TrialPolicyCliTest.runTo(new TrialPolicyCliTest.FullDisk(10), java.io.InputStream.nullInputStream(),
        "timeline", SAMPLE.toString(), "--format", "text");

    TrialPolicyCliTest.assertOutputFailed(result.status(), result.err());
  }
}
