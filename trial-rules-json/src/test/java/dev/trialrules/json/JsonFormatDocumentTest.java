package dev.trialrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.trialrules.Decision;
import dev.trialrules.DerivedValue;
import dev.trialrules.EventKind;
import dev.trialrules.Finding;
import dev.trialrules.Phase;
import dev.trialrules.Severity;
import dev.trialrules.TrialEvent;
import dev.trialrules.TrialState;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * JSON-FORMAT.md stays true: its examples read, and it names every type, every property read or
 * written, every event kind and every derived value.
 */
class JsonFormatDocumentTest {
  private static final Path DOCUMENT = Path.of("JSON-FORMAT.md");
  private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

  private static String document() throws IOException {
    return Files.readString(DOCUMENT);
  }

  @Test
  void everyRequestAndTrialExample_reads() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<String> read = new ArrayList<>();
    Matcher block = JSON_BLOCK.matcher(document());
    while (block.find()) {
      String json = block.group(1);
      JsonNode tree = mapper.readTree(json);
      if (tree.has("type")) {
        assertThatCode(() -> RequestJson.parse(json, "JSON-FORMAT.md", null)).as(json).doesNotThrowAnyException();
        read.add(tree.get("type").asString());
      } else if (tree.has("startDate")) {
        assertThatCode(() -> TrialJson.parse(json, "JSON-FORMAT.md")).as(json).doesNotThrowAnyException();
        read.add("trial");
      }
    }
    List<String> expected = new ArrayList<>(RequestDto.typeIds());
    expected.add("trial");
    assertThat(read).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void everyRequestType_hasItsSection() throws IOException {
    String document = document();
    for (String type : RequestDto.typeIds()) {
      assertThat(document).contains("### `\"type\": \"" + type + "\"`");
    }
  }

  @Test
  void everyPropertyTheBindingReads_isListed() throws IOException {
    String document = document();
    List<Class<?>> objects = new ArrayList<>(List.of(RequestDto.class.getPermittedSubclasses()));
    objects.addAll(List.of(TrialDto.class, TrialDto.DeviceDto.class, RequestDto.PartnerDto.class,
        RequestDto.CustomerDto.class, RequestDto.AdminDto.class, RequestDto.ShipmentDto.class));
    for (Class<?> object : objects) {
      for (RecordComponent property : object.getRecordComponents()) {
        assertThat(document).as("%s.%s", object.getSimpleName(), property.getName())
            .contains("| `" + property.getName() + "` |");
      }
    }
  }

  @Test
  void everyEventKind_andEveryPropertyAnEventOrStateIsWrittenWith_isListed() throws IOException {
    String document = document();
    for (EventKind kind : EventKind.values()) {
      assertThat(document).contains("| `" + kind.name() + "` |");
    }
    TrialEvent event = TrialEvent.deadline("t", LocalDate.of(2026, 12, 1), "RET-01", "Return the devices.");
    TimelineJson.eventTree(event).propertyNames().forEach(name ->
        assertThat(document).contains("| `" + name + "` |"));
    TimelineJson.stateTree(LocalDate.of(2026, 12, 1), new TrialState(Phase.RUNNING, 3, false, false)).propertyNames()
        .forEach(name -> assertThat(document).contains("| `" + name + "` |"));
  }

  @Test
  void everyPropertyAFindingIsWrittenWith_isListed() throws IOException {
    String document = document();
    Finding finding = Finding.builder("EXIST-01", Severity.DENY, "services", "Already bought.")
        .ruleName("EXIST-01 Deny").item("MEETINGS").remedy("Trial another.").source("(1) k\u00f8bt").build();
    JsonNode written = DecisionJson.toTree(Decision.of(List.of(finding), Map.of(), "rev-1")).get("findings").get(0);
    assertThat(written.size()).isEqualTo(8);
    written.propertyNames().forEach(name -> assertThat(document).contains("| `" + name + "` |"));
  }

  @Test
  void everyDerivedValue_isListed() throws IOException {
    String document = document();
    for (DerivedValue<?> key : DerivedValue.all()) {
      assertThat(document).contains("| `" + key.name() + "` |");
    }
  }
}
