package dev.trialrules.cli;

import static dev.trialrules.cli.TrialPolicyCliTest.assertBadInput;
import static dev.trialrules.cli.TrialPolicyCliTest.trial;
import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import dev.trialrules.cli.TrialPolicyCliTest.Result;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code trial-policy sweep}: JSON lines in, JSON lines out, streamed. The test rules
 * ({@link TestRules}) make a trial ending on E due on E - 7, E, E + 14 and E + 31.
 */
class SweepCommandTest {
  private static final Path SAMPLE = Path.of("../examples/requests", "trials.jsonl");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path dir;

  static Result sweep(InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = TrialPolicyCli.commandLine(stdin)
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
    return new Result(status, out.toString(), err.toString());
  }

  static Result sweep(String stdin, String... args) {
    return sweep(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  private String testRules() throws IOException {
    return TestRules.in(Files.createDirectories(dir.resolve("rules"))).toString();
  }

  /** A trial line that ends on {@code end}. */
  private static String line(String id, String end) {
    return trial("").replace("\"t-1\"", "\"" + id + "\"").replace("2026-12-01", end) + "\n";
  }

  /** Each output line is one JSON object with exactly the documented properties, in order. */
  private static List<JsonNode> events(String out) throws IOException {
    assertThat(out).endsWith("\n");
    List<JsonNode> events = new java.util.ArrayList<>();
    for (String text : out.split("\n")) {
      JsonNode event = MAPPER.readTree(text);
      assertThat(event.propertyNames())
          .containsExactly("trialId", "date", "ruleId", "kind", "recipients", "change", "description");
      events.add(event);
    }
    return events;
  }

  @Test
  void theSample_writesOneSelfContainedEventALineForTheDocumentedDate() throws IOException {
    Result result = sweep(new ByteArrayInputStream(Files.readAllBytes(SAMPLE)), "sweep", "--date", "2026-12-25");

    assertThat(result.status()).as("stderr: %s", result.err()).isZero();
    assertThat(result.err()).isEmpty();
    // JSON-FORMAT.md promises events on this date; there are none only while the END rules are missing.
    List<JsonNode> events = events(result.out());
    assertThat(events).isNotEmpty();
    assertThat(events).allSatisfy(e -> assertThat(e.get("date").asString()).isEqualTo("2026-12-25"));
  }

  @Test
  void eventsDueOnTheDate_comeInInputOrder_andBlankLinesAreSkipped() throws IOException {
    String input = line("a", "2026-12-08") + "\n   \n" + line("b", "2026-12-01") + line("c", "2026-11-30") + "\r\n";

    Result result = sweep(input, "sweep", "--date", "2026-12-01", "--rules", testRules());

    assertThat(result.status()).as("stderr: %s", result.err()).isZero();
    List<JsonNode> events = events(result.out());
    // a's notice (E - 7), then b's expiry; c has nothing on 2026-12-01.
    assertThat(events).extracting(e -> e.get("trialId").asString()).containsExactly("a", "b");
    assertThat(events).extracting(e -> e.get("kind").asString()).containsExactly("NOTICE", "CHANGE");
    assertThat(events.get(0).toString()).isEqualTo("{\"trialId\":\"a\",\"date\":\"2026-12-01\",\"ruleId\":\"TEST-01\","
        + "\"kind\":\"NOTICE\",\"recipients\":[\"CUSTOMER_ADMINS\",\"PARTNER_ADMINS\"],\"change\":\"NONE\","
        + "\"description\":\"Expiry notice.\"}");
    assertThat(events.get(1).toString()).isEqualTo("{\"trialId\":\"b\",\"date\":\"2026-12-01\",\"ruleId\":\"TEST-01\","
        + "\"kind\":\"CHANGE\",\"recipients\":[],\"change\":\"EXPIRES\",\"description\":\"The trial expires.\"}");
  }

  @Test
  void noInput_writesNothing() throws IOException {
    Result result = sweep("", "sweep", "--date", "2026-12-01", "--rules", testRules());

    assertThat(result.status()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEmpty();
  }

  /**
   * The line errors the brief of this command names; every other way a line can be wrong reads
   * as in a trial file ({@code TrialJsonTest}), since each line is parsed alone. Each case builds
   * an engine, so the list is kept short.
   */
  static Stream<Arguments> badLines() {
    return Stream.of(
        Arguments.of("malformed JSON", "{\"trialId\": \"x\",,}", new String[] {"stdin:4:", "malformed JSON"}),
        Arguments.of("endDate before startDate", trial("").replace("2026-12-01", "2026-09-30"),
            new String[] {"stdin:4: trial.endDate must be after", "2026-09-30"}),
        Arguments.of("unknown status", trial("\"status\": \"RUNNING\""),
            new String[] {"stdin:4:", "trial.status", "\"RUNNING\""}),
        Arguments.of("duplicate serial numbers", trial("\"devices\": [{\"serialNumber\": \"FOC1\", \"deviceType\": \"PHONE\"},"
            + " {\"serialNumber\": \"FOC1\", \"deviceType\": \"BOARD\"}]"), new String[] {"stdin:4: trial.devices", "FOC1"}));
  }

  /**
   * Lines 1 and 2 are due, line 3 is blank, line 4 is bad, line 5 would be due: the events of
   * lines 1 and 2 are written, then one line on stderr names line 4, and line 5 is never swept.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("badLines")
  void aBadLine_stopsTheSweepWithItsNumber_afterTheEventsOfTheLinesBeforeIt(String name, String bad, String[] mentions)
      throws IOException {
    String input = line("first", "2026-12-01") + line("second", "2026-12-01") + "\n" + bad + "\n" + line("fifth", "2026-12-01");

    Result result = sweep(input, "sweep", "--date", "2026-12-01", "--rules", testRules());

    assertThat(result.status()).as("stderr: %s", result.err()).isEqualTo(2);
    assertThat(events(result.out())).extracting(e -> e.get("trialId").asString()).containsExactly("first", "second");
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).startsWith("trial-policy: ").contains(mentions)
        .doesNotContain("\tat ", "Exception");
  }

  /**
   * Input that never ends unless the sweep stops reading: trial lines, all due, with a bad line
   * at {@link #BAD_LINE}. When the input is asked for line {@link #CHECK_LINE}, events must
   * already have been written (the engine sweeps in batches far smaller than that); and the
   * sweep must stop at the bad line rather than read everything first.
   */
  private static final class EndlessTrials extends InputStream {
    static final int CHECK_LINE = 3_000;
    static final int BAD_LINE = 3_001;

    private final StringWriter out;
    private byte[] current = new byte[0];
    private int position;
    private int lineNumber;
    private boolean eventsWrittenBeforeCheckLine;

    EndlessTrials(StringWriter out) {
      this.out = out;
    }

    @Override
    public int read() {
      if (position == current.length) {
        lineNumber++;
        if (lineNumber == CHECK_LINE) {
          eventsWrittenBeforeCheckLine = !out.toString().isEmpty();
        }
        String text = lineNumber == BAD_LINE ? "{\"trialId\": \"bad\", \"status\": \"NOPE\"}\n"
            : line("trial-" + lineNumber, "2026-12-01");
        current = text.getBytes(StandardCharsets.UTF_8);
        position = 0;
      }
      return current[position++] & 0xff;
    }
  }

  @Test
  @Timeout(120)
  void theInput_isReadLazily_andEventsAreWrittenBeforeTheInputEnds() throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    EndlessTrials input = new EndlessTrials(out);

    int status = TrialPolicyCli.commandLine(input)
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute("sweep", "--date", "2026-12-01", "--rules", testRules());

    assertThat(input.eventsWrittenBeforeCheckLine).as("events written before line %d was read", EndlessTrials.CHECK_LINE)
        .isTrue();
    // Read-ahead of a buffer or two past the bad line, not the endless rest.
    assertThat(input.lineNumber).isLessThan(EndlessTrials.BAD_LINE + 200);
    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains("stdin:" + EndlessTrials.BAD_LINE + ":", "trial.status", "NOPE");
    assertThat(out.toString().lines()).hasSize(EndlessTrials.BAD_LINE - 1)
        .allSatisfy(l -> assertThat(l).startsWith("{\"trialId\":\"trial-").contains("\"date\":\"2026-12-01\""));
  }

  /** One line that never ends: {@code {"trialId": "xxxx...} without a newline, counting what was read. */
  private static final class EndlessLine extends InputStream {
    private final byte[] head;
    private long read;

    EndlessLine(String before) {
      head = (before + "{\"trialId\": \"").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
      long at = read++;
      return at < head.length ? head[(int) at] : 'x';
    }
  }

  /**
   * A line of hundreds of megabytes with no newline once ended in an OutOfMemoryError (exit 1
   * and a stack trace): it is refused as bad input, like a file past evaluate's limit, after
   * the events of the lines before it, and without reading much past the limit.
   */
  @Test
  @Timeout(120)
  void aLineLongerThanTheLimit_isBadInputNamingItsNumber_andIsNotReadToItsEnd() throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    EndlessLine input = new EndlessLine(line("first", "2026-12-01"));

    int status = TrialPolicyCli.commandLine(input)
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute("sweep", "--date", "2026-12-01", "--rules", testRules());

    assertThat(status).as("stderr: %s", err).isEqualTo(2);
    assertThat(events(out.toString())).extracting(e -> e.get("trialId").asString()).containsExactly("first");
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(err.toString()).startsWith("trial-policy: stdin:2: ").contains("longer than 16 MiB")
        .doesNotContain("\tat ", "Exception", "Error");
    assertThat(input.read).as("bytes read").isLessThan(17L * 1024 * 1024);
  }

  /**
   * A line that is not UTF-8 stops the sweep like a malformed one, naming its number; it was
   * once decoded with U+FFFD in place of the bad bytes and swept. So is input saved as UTF-16.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("notUtf8")
  void aLineThatIsNotUtf8_stopsTheSweepWithItsNumber(String name, byte[] bad) throws IOException {
    java.io.ByteArrayOutputStream input = new java.io.ByteArrayOutputStream();
    input.write(line("first", "2026-12-01").getBytes(StandardCharsets.UTF_8));
    String second = line("second-X", "2026-12-01");
    int at = second.indexOf('X');
    input.write(second.substring(0, at).getBytes(StandardCharsets.UTF_8));
    input.write(bad);
    input.write(second.substring(at + 1).getBytes(StandardCharsets.UTF_8));
    input.write(line("third", "2026-12-01").getBytes(StandardCharsets.UTF_8));

    Result result = sweep(new ByteArrayInputStream(input.toByteArray()), "sweep", "--date", "2026-12-01",
        "--rules", testRules());

    assertThat(result.status()).as("stderr: %s", result.err()).isEqualTo(2);
    assertThat(events(result.out())).extracting(e -> e.get("trialId").asString()).containsExactly("first");
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).startsWith("trial-policy: stdin:2:").contains("not UTF-8", "byte offset " + at)
        .doesNotContain("\tat ", "Exception");
  }

  static Stream<Arguments> notUtf8() {
    return Stream.of(
        Arguments.of("a truncated sequence", new byte[] {(byte) 0xC3, '('}),
        Arguments.of("an overlong @", new byte[] {(byte) 0xC1, (byte) 0x80}),
        Arguments.of("an overlong slash", new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}),
        Arguments.of("a lone surrogate", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
        Arguments.of("a Latin-1 byte", new byte[] {(byte) 0xF8}));
  }

  @Test
  void inputSavedAsUtf16_isRefused() throws IOException {
    byte[] input = ("\uFEFF" + line("first", "2026-12-01")).getBytes(StandardCharsets.UTF_16LE);

    Result result = sweep(new ByteArrayInputStream(input), "sweep", "--date", "2026-12-01", "--rules", testRules());

    assertThat(result.status()).as("stderr: %s", result.err()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("trial-policy: stdin:1:").contains("UTF-16");
  }

  /**
   * A sweep whose output fails stops at the first event it cannot write: it once went on
   * deciding the whole input and exited 0.
   */
  @Test
  @Timeout(120)
  void aSweepWhoseOutputFails_stopsThereAndExitsFour() throws IOException {
    StringWriter unused = new StringWriter();
    EndlessTrials input = new EndlessTrials(unused);
    TrialPolicyCliTest.FullDisk disk = new TrialPolicyCliTest.FullDisk(1000);

    Result result = TrialPolicyCliTest.runTo(disk, input, "sweep", "--date", "2026-12-01", "--rules", testRules());

    TrialPolicyCliTest.assertOutputFailed(result.status(), result.err());
    assertThat(input.lineNumber).as("lines read").isLessThan(EndlessTrials.CHECK_LINE);
  }

  /** {@code sweep < trials | head -1}: the sweep stops when head has gone, with one line and exit 4. */
  @Test
  @Timeout(300)
  void aSweepIntoAPipeThatCloses_stopsWithoutAStackTrace() throws Exception {
    Path trials = dir.resolve("trials.jsonl");
    try (var out = Files.newBufferedWriter(trials)) {
      for (int i = 0; i < 100_000; i++) {
        out.write(line("trial-" + i, "2026-12-01"));
      }
    }
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), TrialPolicyCli.class.getName(),
        "sweep", "--date", "2026-12-01", "--rules", testRules()));
    Process process = new ProcessBuilder(command).redirectInput(trials.toFile()).start();
    var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try (InputStream in = process.getErrorStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    try (var stdout = new java.io.BufferedReader(
        new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(stdout.readLine()).startsWith("{\"trialId\":\"trial-0\"");
    }

    assertThat(process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).as("the sweep stopped").isTrue();
    TrialPolicyCliTest.assertOutputFailed(process.exitValue(), err.join(), "Broken pipe");
  }

  /**
   * A trial ID twice once reordered the output (the second line's events came with the first's);
   * it is refused like a bad line, naming the ID and both lines.
   */
  @Test
  void aTrialIdOnTwoLines_stopsTheSweepNamingBothLines() throws IOException {
    String input = line("a", "2026-12-01") + line("b", "2026-12-01") + line("a", "2026-12-08") + line("c", "2026-12-01");

    Result result = sweep(input, "sweep", "--date", "2026-12-01", "--rules", testRules());

    assertThat(result.status()).as("stderr: %s", result.err()).isEqualTo(2);
    assertThat(events(result.out())).extracting(e -> e.get("trialId").asString()).containsExactly("a", "b");
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).startsWith("trial-policy: stdin:3: ").contains("\"a\"", "line 1");
  }

  @Test
  void usageErrors_exitTwo() throws IOException {
    assertBadInput(sweep("", "sweep"), "--date");
    assertBadInput(sweep("", "sweep", "--date", "2026-12-32"), "--date", "2026-12-32");
    assertBadInput(sweep("", "sweep", "--date", "2026-12-01", "--rules", dir.resolve("nowhere").toString()),
        "--rules", "no such directory");
  }

  @Test
  void rulesThatDoNotCompile_stopTheSweepBeforeItReadsALine() throws IOException {
    Files.writeString(dir.resolve("broken.drl"), "package broken;\n\nrule \"X-01 Broken\"\nwhen\n  NoSuchFact( )\nthen\nend\n");
    ByteArrayInputStream input = new ByteArrayInputStream(line("a", "2026-12-01").getBytes(StandardCharsets.UTF_8));

    assertBadInput(sweep(input, "sweep", "--date", "2026-12-01", "--rules", dir.toString()), "broken.drl:5:");
    assertThat(input.available()).as("unread input").isPositive();
  }

  @Test
  void help_exitsZero() {
    Result result = sweep("", "sweep", "--help");

    assertThat(result.status()).isZero();
    assertThat(result.out()).contains("--date", "--rules", "standard input");
  }

  @Test
  void theDocumentedDate_isTheOneTheSampleIsSweptOn() throws IOException {
    // JSON-FORMAT.md and the README name this date; keep them and this test together.
    assertThat(Files.readString(Path.of("../trial-rules-json/JSON-FORMAT.md"))).contains("sweep --date " + LocalDate.of(2026, 12, 25));
  }
}
