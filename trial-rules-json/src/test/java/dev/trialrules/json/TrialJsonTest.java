package dev.trialrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trialrules.facts.CustomerOrg;
import dev.trialrules.facts.Partner;
import dev.trialrules.facts.PartnerTier;
import dev.trialrules.facts.Services;
import dev.trialrules.facts.Trial;
import dev.trialrules.facts.TrialRequest;
import dev.trialrules.facts.TrialStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A trial reads the same from a trial file, a line of a sweep and the "trial" of a request. */
class TrialJsonTest {
  private static final Path REQUESTS = Path.of("../examples/requests");

  @Test
  void theTimelineSample_isTheTrialTheBuilderWouldMake() {
    Trial expected = Trial.builder("trial-fjord-calling-05",
            Partner.builder("partner-nordic-collab").verified(true).tier(PartnerTier.TIER_1)
                .adminEmails(List.of("admin@nordic-collab.example")).build(),
            CustomerOrg.builder("org-fjord-shipping").country("DK")
                .fullAdmin("it@fjord-shipping.example").admin("helpdesk@fjord-shipping.example").build())
        .customerAdminEmail("it@fjord-shipping.example")
        .services(Services.MESSAGING, Services.CALLING).licenseQuantity(120)
        .period(LocalDate.of(2026, 11, 2), LocalDate.of(2027, 1, 1))
        .status(TrialStatus.ACTIVE)
        .build();

    assertThat(TrialJson.read(REQUESTS.resolve("trial-calling.json"))).isEqualTo(expected);
  }

  @Test
  void everyLineOfTheSweepSample_isATrial() throws IOException {
    List<String> lines = Files.readAllLines(REQUESTS.resolve("trials.jsonl"));

    assertThat(lines).hasSizeGreaterThanOrEqualTo(5);
    for (int i = 0; i < lines.size(); i++) {
      assertThat(TrialJson.parseLine(lines.get(i), "trials.jsonl", i + 1).trialId()).isNotBlank();
    }
  }

  @Test
  void aRequestsTrial_readsLikeATrialFileAndALine() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    for (String sample : List.of("extension-device-approval.json", "device-return.json", "conversion.json")) {
      TrialRequest request = (TrialRequest) RequestJson.read(REQUESTS.resolve(sample), null);
      String trialJson = mapper.readTree(REQUESTS.resolve(sample).toFile()).get("trial").toString();

      assertThat(TrialJson.parse(trialJson, sample)).isEqualTo(request.trial());
      assertThat(TrialJson.parseLine(trialJson, sample, 1)).isEqualTo(request.trial());
    }
  }

  @Test
  void aLinesErrors_nameTheLineInTheStream() {
    assertThatThrownBy(() -> TrialJson.parseLine("{\"trialId\": \"t\", \"status\": \"NOPE\"}", "stdin", 7))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
          assertThat(e.line()).isEqualTo(7);
          assertThat(e.column()).isPositive();
          assertThat(e.detail()).startsWith("trial.status must be one of ");
          assertThat(e.getMessage()).startsWith("stdin:7:");
        });
    // A fact's refusal has no column; the line still finds it.
    assertThatThrownBy(() -> TrialJson.parseLine("{\"trialId\": \"t\"}", "stdin", 12))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("stdin:12: trial.partner must not be null");
    assertThatThrownBy(() -> TrialJson.parseLine("{\"trialId\": ", "stdin", 3))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageStartingWith("stdin:3:");
  }

  static Stream<Arguments> badLines() {
    String trial = "{\"trialId\": \"t\", \"partner\": {\"orgId\": \"p\"}, \"customer\": {\"orgId\": \"c\"},"
        + " \"startDate\": \"2026-10-02\", \"endDate\": \"2026-12-01\"";
    return Stream.of(
        Arguments.of("truncated JSON", "{\"trialId\": \"x\",", "stdin:4:", "end-of-input"),
        Arguments.of("device without serial", trial + ", \"devices\": [{\"deviceType\": \"PHONE\"}]}",
            "stdin:4: ", "trial.devices[0].serialNumber must not be null"),
        Arguments.of("unknown property", trial + ", \"licenceQuantity\": 5}", "stdin:4:",
            "trial.licenceQuantity is not a known property"),
        Arguments.of("two trials on one line", trial + "} " + trial + "}", "stdin:4:",
            "expected the end of the line after the trial object"),
        Arguments.of("an array", "[]", "stdin:4:", "trial must be an object"),
        Arguments.of("a string", "\"t\"", "stdin:4:", "trial must be an object"),
        Arguments.of("an empty line", "", "stdin:4: ", "the line is empty"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badLines")
  void aBadLine_isNamedByItsNumberAndPath(String name, String line, String where, String what) {
    assertThatThrownBy(() -> TrialJson.parseLine(line, "stdin", 4))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageStartingWith(where)
        .hasMessageContaining(what);
  }

  @Test
  void aFilesFactRefusal_namesThePathWithoutAPosition() {
    assertThatThrownBy(() -> TrialJson.parse("""
        {"trialId": "t", "partner": {"orgId": "p"}, "customer": {"orgId": "c"},
         "startDate": "2026-10-02", "endDate": "2026-10-02"}
        """, "t.json"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("t.json: trial.endDate must be after trial.startDate (2026-10-02), was 2026-10-02");
  }
}
