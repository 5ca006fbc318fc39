package dev.trialrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line as a user meets it: exit status, stdout and stderr, run through picocli's
 * {@code execute} so that nothing calls {@code System.exit}.
 */
class TrialPolicyCliTest {
  private static final Path REQUESTS = Path.of("../examples/requests");
  private static final String START = """
      "type": "start", "today": "2026-11-23", "flow": "NEW_CUSTOMER", "partner": {"orgId": "p"}""";

  /** A trial with only what the fact requires, then {@code extra} properties; see {@link #action}. */
  static String trial(String extra) {
    return "{\"trialId\": \"t-1\", \"partner\": {\"orgId\": \"p\"}, \"customer\": {\"orgId\": \"c\"},"
        + " \"startDate\": \"2026-10-02\", \"endDate\": \"2026-12-01\"" + (extra.isEmpty() ? "" : ", " + extra) + "}";
  }

  /** An action request of this type on {@code trial}, then {@code extra} properties. */
  static String action(String type, String trial, String extra) {
    return "{\"type\": \"" + type + "\", \"today\": \"2026-11-23\", \"trial\": " + trial
        + (extra.isEmpty() ? "" : ", " + extra) + "}";
  }

  @TempDir
  Path dir;

  record Result(int status, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = TrialPolicyCli.commandLine()
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
    return new Result(status, out.toString(), err.toString());
  }

  /** The contract for input the tool cannot read: status 2, no output, one line, no stack trace. */
  static void assertBadInput(Result result, String... mentions) {
    assertThat(result.status()).as("exit status; stderr: %s", result.err()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).startsWith("trial-policy: ").contains(mentions)
        .doesNotContain("at dev.", "\tat ", "Exception");
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void theAllowedSample_exitsZero() {
    Result result = run("evaluate", REQUESTS.resolve("new-customer-allowed.json").toString());

    assertThat(result.status()).as("stdout: %s%nstderr: %s", result.out(), result.err()).isZero();
    assertThat(result.out()).contains("\"outcome\": \"ALLOWED\"");
  }

  /** The sample requests: every {@code *.json} but the trials, {@code trial-*.json}, which are for {@code timeline}. */
  static Stream<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(REQUESTS)) {
      return files.filter(p -> p.toString().endsWith(".json"))
          .filter(p -> !p.getFileName().toString().startsWith("trial-")).sorted().toList().stream();
    }
  }

  /** The samples whose outcome JSON-FORMAT.md and the README state; the rest are for the format only. */
  static Stream<Arguments> samplesWithAStatedOutcome() {
    return Stream.of(
        Arguments.of("new-customer-allowed.json", 0, "ALLOWED"),
        Arguments.of("extension-allowed.json", 0, "ALLOWED"),
        Arguments.of("extension-device-approval.json", 1, "NEEDS_APPROVAL"),
        Arguments.of("conversion.json", 0, "ALLOWED"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samplesWithAStatedOutcome")
  void aSampleWithAStatedOutcome_hasIt(String sample, int status, String outcome) {
    Result result = run("evaluate", REQUESTS.resolve(sample).toString(), "--format", "text");

    assertThat(result.out()).as("stderr: %s", result.err()).startsWith(outcome + "\n");
    assertThat(result.status()).isEqualTo(status);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everySample_printsADecisionWhoseOutcomeMatchesTheExitStatus(Path sample) throws IOException {
    Result result = run("evaluate", sample.toString());

    assertThat(result.status()).as("stderr: %s", result.err()).isIn(0, 1);
    assertThat(result.err()).isEmpty();
    JsonNode decision = new ObjectMapper().readTree(result.out());
    assertThat(decision.propertyNames())
        .containsExactly("outcome", "ruleIds", "findings", "derived", "rulesRevision");
    assertThat(result.status() == 0).isEqualTo(decision.get("outcome").asString().equals("ALLOWED"));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everySample_printsReadableText(Path sample) {
    Result result = run("evaluate", sample.toString(), "--format", "text");

    assertThat(result.status()).isIn(0, 1);
    String[] lines = result.out().split("\n");
    assertThat(lines[0]).matches("ALLOWED|DENIED|INCOMPLETE|NEEDS_APPROVAL");
    for (int i = 1; i < lines.length; i++) {
      assertThat(lines[i]).matches("  (DENY|APPROVAL|REQUIRE|WARN|INFO) \\S+ \\[.*] .+|    source: .+|  \\w+ = .+");
      if (lines[i].startsWith("    source: ")) {
        // Under the finding it belongs to, and never under an INFO.
        assertThat(lines[i - 1]).matches("  (DENY|APPROVAL|REQUIRE|WARN) .+");
      }
    }
  }

  @Test
  void today_overridesTheRequestsDate() throws IOException {
    Path request = file("no-today.json", "{\"type\": \"start\", \"flow\": \"NEW_CUSTOMER\", \"partner\": {\"orgId\": \"p\"}}");

    assertBadInput(run("evaluate", request.toString()), "request.today must not be null");
    assertThat(run("evaluate", request.toString(), "--today", "2026-11-23").status()).isIn(0, 1);
  }

  static Stream<Arguments> badRequests() {
    return Stream.of(
        Arguments.of("malformed JSON", "{\"type\": \"start\",,\n}", new String[] {"bad.json:1:", "malformed JSON"}),
        Arguments.of("truncated JSON", "{" + START + ",\n \"licenseQuantity\": 2",
            new String[] {"bad.json:2:", "end-of-input"}),
        Arguments.of("unknown property", "{" + START + ", \"licenceQuantity\": 200}",
            new String[] {"request.licenceQuantity", "not a known property", "licenseQuantity"}),
        Arguments.of("nested unknown property", "{\"type\": \"start\", \"partner\": {\"orgId\": \"p\", \"tierr\": \"TIER_1\"}}",
            new String[] {"request.partner.tierr"}),
        Arguments.of("unknown enum value", "{\"type\": \"start\", \"partner\": {\"orgId\": \"p\", \"tier\": \"GOLD\"}}",
            new String[] {"request.partner.tier", "GOLD", "TIER_1, TIER_2"}),
        Arguments.of("enum as number", "{" + START + ", \"meetingsEdition\": 1}",
            new String[] {"request.meetingsEdition", "ENTERPRISE, STANDARD"}),
        Arguments.of("wrong type", "{" + START + ", \"licenseQuantity\": \"many\"}",
            new String[] {"request.licenseQuantity", "\"many\""}),
        Arguments.of("number as string", "{" + START + ", \"licenseQuantity\": \"200\"}",
            new String[] {"request.licenseQuantity", "\"200\""}),
        Arguments.of("object for a string", "{" + START + ", \"companyName\": {}}",
            new String[] {"request.companyName"}),
        Arguments.of("negative licenseQuantity", "{" + START + ", \"licenseQuantity\": -5}",
            new String[] {"request.licenseQuantity", "-5"}),
        Arguments.of("invalid time zone", "{" + START + ", \"timeZone\": \"Mars/Olympus\"}",
            new String[] {"request.timeZone", "Mars/Olympus"}),
        Arguments.of("invalid date", "{\"type\": \"start\", \"today\": \"2026-02-30\"}",
            new String[] {"request.today", "2026-02-30"}),
        Arguments.of("unknown request type", "{\"type\": \"stop\"}", new String[] {"request.type", "stop"}),
        Arguments.of("missing request type", "{\"today\": \"2026-11-23\"}", new String[] {"request.type", "missing"}),
        Arguments.of("null in a list", "{" + START + ", \"services\": [\"MESSAGING\", null]}",
            new String[] {"request.services[1]"}),
        Arguments.of("string for a list", "{" + START + ", \"services\": \"MESSAGING\"}",
            new String[] {"request.services", "array"}),
        Arguments.of("invalid nested fact", "{" + START.replace("{\"orgId\": \"p\"}", "{}") + "}",
            new String[] {"request.partner.orgId"}),
        Arguments.of("invalid list element", "{" + START + ", \"customer\": {\"orgId\": \"c\", \"admins\": "
            + "[{\"email\": \"a@c.example\"}, {\"fullAdmin\": true}]}}", new String[] {"request.customer.admins[1].email"}),
        Arguments.of("duplicate property", "{" + START + ", \"country\": \"DK\", \"country\": \"SE\"}",
            new String[] {"country"}),
        Arguments.of("content after the request", "{" + START + "} {}", new String[] {"after the request"}),
        Arguments.of("an array", "[]", new String[] {"request must be an object"}),
        Arguments.of("empty file", "", new String[] {"empty"}),
        // The actions on a started trial: the trial object is as strict as the request around it.
        Arguments.of("malformed trial JSON", action("extension", "{\"trialId\": \"t-1\",,\n}", ""),
            new String[] {"bad.json:1:", "malformed JSON"}),
        Arguments.of("trial endDate before startDate", action("extension",
            trial("").replace("2026-12-01", "2026-09-30"), ""),
            new String[] {"request.trial.endDate", "2026-09-30"}),
        Arguments.of("trial endDate on startDate", action("extension",
            trial("").replace("2026-12-01", "2026-10-02"), ""),
            new String[] {"request.trial.endDate"}),
        Arguments.of("unknown trial status", action("cancellation", trial("\"status\": \"RUNNING\""), "\"by\": \"PARTNER\""),
            new String[] {"request.trial.status", "\"RUNNING\"", "ACTIVE"}),
        Arguments.of("duplicate serial numbers", action("device-return", trial("\"devices\": ["
            + "{\"serialNumber\": \"FOC1\", \"deviceType\": \"PHONE\"}, {\"serialNumber\": \"FOC1\", \"deviceType\": \"BOARD\"}]"),
            "\"returnedSerials\": [\"FOC1\"]"), new String[] {"request.trial.devices", "FOC1", "twice"}),
        Arguments.of("device without a serial number", action("device-return", trial("\"devices\": ["
            + "{\"serialNumber\": \"FOC1\", \"deviceType\": \"PHONE\"}, {\"deviceType\": \"BOARD\"}]"),
            "\"returnedSerials\": []"), new String[] {"request.trial.devices[1].serialNumber", "null"}),
        Arguments.of("blank serial number", action("extension", trial("\"devices\": ["
            + "{\"serialNumber\": \"\", \"deviceType\": \"PHONE\"}]"), ""),
            new String[] {"request.trial.devices[0].serialNumber", "blank"}),
        Arguments.of("unknown device property", action("extension", trial("\"devices\": ["
            + "{\"serial\": \"FOC1\", \"deviceType\": \"PHONE\"}]"), ""),
            new String[] {"request.trial.devices[0].serial", "not a known property", "serialNumber"}),
        Arguments.of("unknown trial property", action("extension", trial("\"licenceQuantity\": 5"), ""),
            new String[] {"request.trial.licenceQuantity", "licenseQuantity"}),
        Arguments.of("trial as a string", action("extension", "\"t-1\"", ""),
            new String[] {"request.trial", "an object"}),
        Arguments.of("missing trial", "{\"type\": \"extension\", \"today\": \"2026-11-23\"}",
            new String[] {"request.trial must not be null"}),
        Arguments.of("trial without an ID", action("extension", trial("").replace("\"trialId\": \"t-1\", ", ""), ""),
            new String[] {"request.trial.trialId must not be null"}),
        Arguments.of("trial partner without orgId", action("extension", trial("").replace("{\"orgId\": \"p\"}", "{}"), ""),
            new String[] {"request.trial.partner.orgId"}),
        Arguments.of("trial customer admin without e-mail", action("extension",
            trial("").replace("{\"orgId\": \"c\"}", "{\"orgId\": \"c\", \"admins\": [{\"fullAdmin\": true}]}"), ""),
            new String[] {"request.trial.customer.admins[0].email"}),
        Arguments.of("trial date not a date", action("extension", trial("\"deviceDueDate\": \"soon\""), ""),
            new String[] {"request.trial.deviceDueDate", "YYYY-MM-DD", "soon"}),
        Arguments.of("negative extensionsGranted", action("extension", trial("\"extensionsGranted\": -1"), ""),
            new String[] {"request.trial.extensionsGranted", "-1"}),
        Arguments.of("cancellation without by", action("cancellation", trial(""), ""),
            new String[] {"request.by must not be null"}),
        Arguments.of("unknown by", action("cancellation", trial(""), "\"by\": \"DISTRIBUTOR\""),
            new String[] {"request.by", "PARTNER, CUSTOMER", "DISTRIBUTOR"}),
        Arguments.of("conversion without orderedServices", action("conversion", trial(""), "\"provisioningEmail\": \"a@p.example\""),
            new String[] {"request.orderedServices must not be null"}),
        Arguments.of("device-return without returnedSerials", action("device-return", trial(""), "\"labelsLost\": false"),
            new String[] {"request.returnedSerials must not be null"}),
        Arguments.of("labelsLost as a string", action("device-return", trial(""), "\"returnedSerials\": [], \"labelsLost\": \"yes\""),
            new String[] {"request.labelsLost", "true or false"}),
        Arguments.of("a service added and removed", action("service-change", trial(""),
            "\"addServices\": [\"CALLING\"], \"removeServices\": [\"CALLING\"]"),
            new String[] {"request: service 'CALLING' is both in addServices and removeServices"}),
        Arguments.of("a service added twice", action("service-change", trial(""), "\"addServices\": [\"CALLING\", \"CALLING\"]"),
            new String[] {"request.addServices", "CALLING", "twice"}),
        Arguments.of("negative newLicenseQuantity", action("service-change", trial(""), "\"newLicenseQuantity\": -1"),
            new String[] {"request.newLicenseQuantity", "-1"}),
        Arguments.of("a start property on an action", action("extension", trial(""), "\"flow\": \"NEW_CUSTOMER\""),
            new String[] {"request.flow", "not a known property", "today, trial"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void badRequest_exitsTwoWithOneLineNamingTheFieldOrPosition(String name, String json, String[] mentions)
      throws IOException {
    assertBadInput(run("evaluate", file("bad.json", json).toString()), mentions);
  }

  @Test
  void missingFile_exitsTwo() {
    assertBadInput(run("evaluate", dir.resolve("nowhere.json").toString()), "nowhere.json", "no such file");
  }

  @Test
  void missingRulesDirectory_exitsTwo() {
    assertBadInput(run("evaluate", REQUESTS.resolve("new-customer-allowed.json").toString(),
        "--rules", dir.resolve("nowhere").toString()), "--rules", "no such directory");
  }

  @Test
  void rulesThatDoNotCompile_exitTwoNamingFileAndLine() throws IOException {
    file("broken.drl", "package broken;\n\nrule \"X-01 Broken\"\nwhen\n  NoSuchFact( )\nthen\nend\n");

    assertBadInput(run("evaluate", REQUESTS.resolve("new-customer-allowed.json").toString(),
        "--rules", dir.toString()), "broken.drl:5:", "NoSuchFact");
  }

  @Test
  void usageErrors_exitTwoWithOneLine() {
    assertBadInput(run(), "subcommand");
    assertBadInput(run("evaluate"), "REQUEST.json");
    assertBadInput(run("evaluate", "x.json", "--format", "xml"), "--format", "xml");
    assertBadInput(run("evaluate", "x.json", "--today", "2026-13-01"), "--today", "2026-13-01");
  }

  @Test
  void help_exitsZero() {
    Result result = run("evaluate", "--help");

    assertThat(result.status()).isZero();
    assertThat(result.out()).contains("REQUEST.json", "--format", "--rules", "--today");
  }

  @Test
  void help_listsEverySubcommand() {
    Result result = run("--help");

    assertThat(result.status()).isZero();
    assertThat(result.out()).contains("evaluate", "timeline", "sweep", "validate", "test");
  }

  /** The outcome of running the command line in a JVM of its own. */
  record Process(int status, byte[] out, byte[] err) {}

  /**
   * Runs {@code trial-policy} as a user's shell would, in a JVM of its own, with the C locale and
   * every encoding property set to US-ASCII, and with {@code stdout} sent to {@code stdout} (a
   * file such as {@code /dev/full}) when given.
   */
  static Process runInAProcess(Path stdout, String... args) throws IOException, InterruptedException {
    java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dfile.encoding=US-ASCII", "-Dstdout.encoding=US-ASCII", "-Dstderr.encoding=US-ASCII",
        "-Dsun.stdout.encoding=US-ASCII", "-Dsun.stderr.encoding=US-ASCII",
        "-cp", System.getProperty("java.class.path"), TrialPolicyCli.class.getName()));
    command.addAll(java.util.List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("LC_ALL", "C");
    builder.environment().put("LANG", "C");
    if (stdout != null) {
      builder.redirectOutput(stdout.toFile());
    }
    java.lang.Process process = builder.start();
    process.getOutputStream().close();
    java.util.concurrent.CompletableFuture<byte[]> err =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
    byte[] out = readAll(process.getInputStream());
    int status = process.waitFor();
    return new Process(status, out, err.join());
  }

  private static byte[] readAll(java.io.InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Output is UTF-8 whatever the locale and the JVM's encoding properties say: under the C
   * locale a name such as {@code trial-malmö-ø-05} once printed as {@code trial-malm?-?-05}.
   */
  @Test
  void outputIsUtf8_underTheCLocaleAndAsciiEncodingProperties() throws Exception {
    String id = "trial-malm\u00f6-\u00f8-05";
    Path trial = file("trial.json", trial("").replace("\"t-1\"", "\"" + id + "\""));

    Process text = runInAProcess(null, "timeline", trial.toString(), "--format", "text");
    assertThat(text.status()).as("stderr: %s", new String(text.err(), StandardCharsets.UTF_8)).isZero();
    assertThat(text.out()).startsWith((id + "\n").getBytes(StandardCharsets.UTF_8));

    Path bad = file("bad.json", trial("\"status\": \"\u00f8\""));
    Process error = runInAProcess(null, "timeline", bad.toString());
    assertThat(error.status()).isEqualTo(2);
    assertThat(new String(error.err(), StandardCharsets.UTF_8)).contains("\"\u00f8\"").doesNotContain("?");
  }

  /** An output stream that takes {@code capacity} bytes, then fails as a full disk does. */
  static final class FullDisk extends java.io.OutputStream {
    private final int capacity;
    int written;

    FullDisk(int capacity) {
      this.capacity = capacity;
    }

    @Override
    public void write(int b) throws IOException {
      if (written == capacity) {
        throw new IOException("No space left on device");
      }
      written++;
    }
  }

  /** Runs with standard output going to {@code stdout}, as UTF-8, standard error captured. */
  static Result runTo(java.io.OutputStream stdout, java.io.InputStream stdin, String... args) {
    StringWriter err = new StringWriter();
    int status = TrialPolicyCli.commandLine(stdin)
        .setOut(new PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8), true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
    return new Result(status, "", err.toString());
  }

  /**
   * The contract for output that cannot be written: status 4, one line, no stack trace; the
   * reason ({@code mentions}) is known only for the tool's own standard output, not a test's writer.
   */
  static void assertOutputFailed(int status, String err, String... mentions) {
    assertThat(status).as("exit status; stderr: %s", err).isEqualTo(4);
    assertThat(err.lines()).hasSize(1);
    assertThat(err).startsWith("trial-policy: cannot write the output").doesNotContain("\tat ", "Exception");
    if (mentions.length > 0) {
      assertThat(err).contains(mentions);
    }
  }

  /** A decision that cannot be written once exited 0 or 1 as if it had been read. */
  @Test
  void aDecisionThatCannotBeWritten_exitsFour() {
    Result result = runTo(new FullDisk(10), java.io.InputStream.nullInputStream(),
        "evaluate", REQUESTS.resolve("new-customer-allowed.json").toString());

    assertOutputFailed(result.status(), result.err());
  }

  @Test
  void writingToDevFull_exitsFourWithOneLine() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")), "/dev/full");

    Process result = runInAProcess(Path.of("/dev/full"),
        "evaluate", REQUESTS.resolve("new-customer-allowed.json").toString());

    assertOutputFailed(result.status(), new String(result.err(), StandardCharsets.UTF_8), "No space left on device");
  }

  @Test
  void helpThatCannotBeWritten_exitsFour() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")), "/dev/full");

    Process result = runInAProcess(Path.of("/dev/full"), "--help");

    assertOutputFailed(result.status(), new String(result.err(), StandardCharsets.UTF_8));
  }
}
