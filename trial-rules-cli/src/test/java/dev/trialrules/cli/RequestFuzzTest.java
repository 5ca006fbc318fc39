package dev.trialrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import dev.trialrules.cli.TrialPolicyCliTest.Result;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Mutates the sample requests at random and runs {@code trial-policy evaluate} on each mutant,
 * in process. Every run must end in a decision (exit 0 or 1, nothing on stderr) or in one line on
 * stderr naming the file and a field or position (exit 2); never exit 3, never a stack trace.
 * A mutation that is known to make the request invalid (a wrong type, an unknown key or enum
 * constant, a count or date out of range, a duplicate, a truncation) must never be ALLOWED.
 *
 * <p>Reproducible: run {@code i} uses the seed {@code fuzz.seed + i}, and a failure prints it.
 * Rerun one mutant with
 * {@code mvn -o -pl examples -am verify -Dtest=RequestFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfuzz.seed=SEED -Dfuzz.runs=1}; {@code -Dfuzz.runs=100000} searches longer.
 */
class RequestFuzzTest {
  private static final long SEED = Long.getLong("fuzz.seed", 20_261_123L);
  private static final int RUNS = Integer.getInteger("fuzz.runs", 3_000);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path REQUESTS = Path.of("../examples/requests");

  /** Properties whose values are Java enum constants, so that an unknown constant is a read error. */
  private static final Set<String> ENUM_FIELDS =
      Set.of("type", "flow", "tier", "userRoles", "meetingsEdition", "shippingSkipReason", "status", "action", "by");
  /** Characters beyond C0 that must not reach a terminal raw: C1, bidi controls, zero-width ones. */
  private static final String TERMINAL_UNSAFE = "\u007f\u0085\u009b\u2028\u2029\u202a\u202b\u202c\u202d\u202e"
      + "\u2066\u2067\u2068\u2069\u200b\u200c\u200d\u200e\u200f\ufeff\u2060";
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  /** One line: the tool's name, the file with an optional line and column, then what is wrong. */
  private static final Pattern ONE_LINE_ERROR =
      Pattern.compile("trial-policy: \\S*fuzz\\.json(?<position>:\\d+(:\\d+)?)?: (?<detail>.+)\\R");

  @TempDir
  Path dir;

  /** What a mutation does, and whether the request it leaves is known to be invalid. */
  enum Kind {
    FLIP_BYTE(false),
    TRUNCATE(true),
    DELETE_KEY(false),
    DUPLICATE_KEY(true),
    UNKNOWN_KEY(true),
    OTHER_TYPE(true),
    HUGE_NUMBER(true),
    NEGATIVE_NUMBER(true),
    ODD_DATE(true),
    UNKNOWN_ENUM(true),
    DUPLICATE_ELEMENT(true),
    DELETE_ELEMENT(false),
    ODD_STRING(false),
    NULL_VALUE(false),
    LONG_STRING(false),
    CONTROL_CHARACTER(false),
    NUL(false),
    BIDI_OVERRIDE(false),
    ZERO_WIDTH(false),
    INVALID_UTF8(true),
    OVERLONG_UTF8(true);

    final boolean invalidates;

    Kind(boolean invalidates) {
      this.invalidates = invalidates;
    }
  }

  record Sample(String name, byte[] bytes, ObjectNode tree) {}

  record Mutant(Kind kind, String description, byte[] bytes) {}

  /**
   * A value in the tree, with what holds it, so it can be replaced or removed; {@code owner} is
   * the property it is the value of, or an element of.
   */
  record Slot(JsonNode parent, String field, int index, String owner, JsonNode value) {
    String name() {
      return field != null ? field : "[" + index + "]";
    }
  }

  @Test
  void mutatedSamples_endInADecisionOrAOneLineError_andInvalidOnesAreNeverAllowed() throws IOException {
    List<Sample> samples = samples();
    Map<Kind, int[]> outcomes = new EnumMap<>(Kind.class);
    Path file = dir.resolve("fuzz.json");
    // One command line for every run, as picocli allows: building it anew costs more than deciding.
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = TrialPolicyCli.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    // The first run compiles the shipped policy; the time printed below is the fuzzing alone.
    assertThat(cli.execute("evaluate", REQUESTS.resolve("new-customer-allowed.json").toString())).isZero();
    long started = System.nanoTime();
    for (int i = 0; i < RUNS; i++) {
      long seed = SEED + i;
      Random random = new Random(seed);
      Sample sample = samples.get(random.nextInt(samples.size()));
      Mutant mutant = mutate(sample, random);
      Files.write(file, mutant.bytes());
      out.getBuffer().setLength(0);
      err.getBuffer().setLength(0);
      int status = cli.execute("evaluate", file.toString());
      Result result = new Result(status, out.toString(), err.toString());
      check(seed, sample, mutant, result);
      outcomes.computeIfAbsent(mutant.kind(), k -> new int[3])[result.status()]++;
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    // The tally shows the fuzzing reaches past the reader: some mutants of every kind are decided.
    System.out.printf("RequestFuzzTest: %d mutants from seed %d in %d ms; exit 0/1/2 by kind: %s%n",
        RUNS, SEED, millis, outcomes.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue()[0] + "/" + e.getValue()[1] + "/" + e.getValue()[2]).toList());
    assertThat(outcomes.keySet()).as("every kind of mutation ran").hasSize(RUNS >= 1_000 ? Kind.values().length : 0);
  }

  private static void check(long seed, Sample sample, Mutant mutant, Result result) {
    String context = String.format("seed %d (rerun with -Dfuzz.seed=%d -Dfuzz.runs=1): %s %s of %s%n"
        + "exit %d%nstderr: %s%nmutant: %s", seed, seed, mutant.kind(), mutant.description(), sample.name(),
        result.status(), result.err(), abbreviate(new String(mutant.bytes(), StandardCharsets.UTF_8)));
    assertThat(result.status()).as(context).isIn(0, 1, 2);
    assertThat(result.err()).as(context).doesNotContain("\tat ", "Exception", "Error:");
    assertThat(result.err().chars().filter(c -> (c < 0x20 && c != '\n') || TERMINAL_UNSAFE.indexOf(c) >= 0))
        .as(context + "\nstderr carries no control, bidi or zero-width character").isEmpty();
    if (result.status() == 2) {
      assertThat(result.out()).as(context).isEmpty();
      var line = ONE_LINE_ERROR.matcher(result.err());
      assertThat(line.matches()).as(context + "\none line naming the file").isTrue();
      String detail = line.group("detail");
      boolean namesAField = detail.startsWith("request") || detail.contains(" request.");
      boolean namesAPlace = line.group("position") != null || detail.startsWith("the file is empty");
      assertThat(namesAField || namesAPlace).as(context + "\nnames a field or a position").isTrue();
      return;
    }
    assertThat(result.err()).as(context).isEmpty();
    String outcome = outcome(result.out(), context);
    assertThat(result.status() == 0).as(context).isEqualTo(outcome.equals("ALLOWED"));
    if (mutant.kind().invalidates) {
      assertThat(outcome).as(context + "\nan invalid request must never be allowed").isNotEqualTo("ALLOWED");
    }
  }

  private static String outcome(String out, String context) {
    try {
      return JSON.readTree(out).get("outcome").asString();
    } catch (JacksonException e) {
      throw new AssertionError(context + "\nstdout is not a decision: " + out, e);
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 4_000 ? text : text.substring(0, 4_000) + "... (" + text.length() + " characters)";
  }

  /** Every request sample; the {@code trial-*.json} files are trials, for {@code timeline}. */
  private static List<Sample> samples() throws IOException {
    List<Sample> samples = new ArrayList<>();
    for (Path path : TrialPolicyCliTest.samples().toList()) {
      byte[] bytes = Files.readAllBytes(path);
      samples.add(new Sample(path.getFileName().toString(), bytes, (ObjectNode) JSON.readTree(bytes)));
    }
    assertThat(samples).hasSizeGreaterThanOrEqualTo(5);
    return samples;
  }

  // ---- mutations -------------------------------------------------------------------------------

  private static Mutant mutate(Sample sample, Random random) {
    Kind[] kinds = Kind.values();
    // A kind with nothing to act on in this sample (no number, say) gives way to the next one.
    for (int attempt = 0; ; attempt++) {
      Kind kind = kinds[(random.nextInt(kinds.length) + attempt) % kinds.length];
      Mutant mutant = mutate(kind, sample, random);
      if (mutant != null) {
        return mutant;
      }
    }
  }

  private static Mutant mutate(Kind kind, Sample sample, Random random) {
    byte[] bytes = sample.bytes();
    return switch (kind) {
      case FLIP_BYTE -> {
        byte[] flipped = bytes.clone();
        int at = random.nextInt(flipped.length);
        int flips = 1 + random.nextInt(3);
        for (int i = 0; i < flips; i++) {
          flipped[(at + i) % flipped.length] ^= (byte) (1 << random.nextInt(8));
        }
        yield new Mutant(kind, flips + " bits from byte " + at, flipped);
      }
      case TRUNCATE -> {
        // Any proper prefix of an object's text stops before its closing brace.
        int end = new String(bytes, StandardCharsets.UTF_8).stripTrailing().getBytes(StandardCharsets.UTF_8).length;
        int keep = random.nextInt(end);
        byte[] prefix = new byte[keep];
        System.arraycopy(bytes, 0, prefix, 0, keep);
        yield new Mutant(kind, "to " + keep + " bytes", prefix);
      }
      case DELETE_KEY -> onTree(sample, random, s -> s.field() != null, (tree, s) -> {
        ((ObjectNode) s.parent()).remove(s.field());
        return write(tree, null);
      }, kind, "delete");
      case DUPLICATE_KEY -> onTree(sample, random, s -> s.field() != null, (tree, s) -> write(tree, s), kind,
          "duplicate");
      case UNKNOWN_KEY -> onTree(sample, random, s -> s.value().isObject(), (tree, s) -> {
        ((ObjectNode) s.value()).put("colour", "red");
        return write(tree, null);
      }, kind, "add \"colour\" to");
      case OTHER_TYPE -> onTree(sample, random, s -> s.parent() != null, (tree, s) -> {
        JsonNode other = otherType(s.value(), random);
        replace(s, other);
        return write(tree, null);
      }, kind, "another type for");
      case HUGE_NUMBER -> replaceWith(sample, random, kind, JsonNode::isIntegralNumber,
          "10000001", "2147483647", "2147483648", "9223372036854775808", "1" + "0".repeat(400), "1e400");
      case NEGATIVE_NUMBER -> replaceWith(sample, random, kind, JsonNode::isIntegralNumber,
          "-1", "-2147483648", "-9223372036854775809");
      case ODD_DATE -> replaceWith(sample, random, kind, v -> v.isString() && DATE.matcher(v.asString()).matches(),
          "\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"0000-01-01\"", "\"+10000-01-01\"", "\"2026-02-29\"",
          "\"2026-13-01\"", "\"2026-11-23T00:00:00Z\"", "\"23.11.2026\"", "\"\"");
      case UNKNOWN_ENUM -> replaceWith(sample, random, kind,
          s -> s.value().isString() && ENUM_FIELDS.contains(s.owner()), s -> "\"" + unknownConstant(s.value().asString(), random) + "\"");
      case DUPLICATE_ELEMENT -> onTree(sample, random, s -> s.value().isArray() && !s.value().isEmpty(), (tree, s) -> {
        ArrayNode array = (ArrayNode) s.value();
        array.add(array.get(random.nextInt(array.size())).deepCopy());
        return write(tree, null);
      }, kind, "duplicate an element of");
      case DELETE_ELEMENT -> onTree(sample, random, s -> s.value().isArray() && !s.value().isEmpty(), (tree, s) -> {
        ((ArrayNode) s.value()).remove(random.nextInt(s.value().size()));
        return write(tree, null);
      }, kind, "delete an element of");
      case ODD_STRING -> replaceWith(sample, random, kind, JsonNode::isString,
          "\"\"", "\"   \"", "\"x\"", "\"" + "x".repeat(100_000) + "\"", "\"a@b@c\"", "\"Europe/Atlantis\"",
          "\"\\u0000\"", "\"Ünïcødé 🎉\"", "\"\\n\"", "\"DK\"", "\"MESSAGING\"");
      case NULL_VALUE -> replaceWith(sample, random, kind, v -> !v.isNull(), "null");
      case LONG_STRING -> insertInto(sample, random, kind, "xyz\u00e9".repeat(random.nextBoolean() ? 75 : 17_500), true);
      case CONTROL_CHARACTER -> insertInto(sample, random, kind,
          pick(random, "\u001b[2J", "\u001b]0;title\u0007", "\r", "\t", "\u0085", "\u009b31m", "\u007f", "\u2028"), false);
      case NUL -> random.nextBoolean() ? insertInto(sample, random, kind, "\u0000", false)
          : insertBytes(sample, random, kind, new byte[] {0});
      case BIDI_OVERRIDE -> insertInto(sample, random, kind,
          pick(random, "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"), false);
      case ZERO_WIDTH -> insertInto(sample, random, kind,
          pick(random, "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\ufeff", "\u2060"), false);
      case INVALID_UTF8 -> insertBytes(sample, random, kind, pick(random,
          new byte[] {(byte) 0xC3, '('}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0x80},
          new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
          new byte[] {(byte) 0xE2, (byte) 0x82}));
      case OVERLONG_UTF8 -> insertBytes(sample, random, kind, pick(random,
          new byte[] {(byte) 0xC1, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAE},
          new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, new byte[] {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF}));
    };
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  /**
   * Puts {@code hostile} into a random string value, at a random place (or in place of it when
   * {@code replace}), so that the rest of the value, and of the request, still reads as before.
   */
  private static Mutant insertInto(Sample sample, Random random, Kind kind, String hostile, boolean replace) {
    Mutant mutant = onTree(sample, random, s -> s.parent() != null && s.value().isString(), (tree, s) -> {
      String value = s.value().asString();
      int at = random.nextInt(value.length() + 1);
      replace(s, JSON.getNodeFactory().textNode(replace ? hostile : value.substring(0, at) + hostile + value.substring(at)));
      return write(tree, null);
    }, kind, "put " + abbreviate(escapeForMessage(hostile)) + " into");
    return mutant;
  }

  /** Puts raw bytes, which need not be UTF-8 or even legal in JSON, at the end of a random string value. */
  private static Mutant insertBytes(Sample sample, Random random, Kind kind, byte[] raw) {
    String marker = "\u0001fuzz-bytes\u0001";
    Mutant mutant = onTree(sample, random, s -> s.parent() != null && s.value().isString(), (tree, s) -> {
      replace(s, JSON.getNodeFactory().textNode(s.value().asString() + marker));
      return write(tree, null);
    }, kind, "append bytes " + java.util.HexFormat.ofDelimiter(" ").formatHex(raw) + " to");
    if (mutant == null) {
      return null;
    }
    byte[] text = mutant.bytes();
    byte[] escapedMarker = JSON.getNodeFactory().textNode(marker).toString().replace("\"", "")
        .getBytes(StandardCharsets.UTF_8);
    int at = indexOf(text, escapedMarker);
    byte[] spliced = new byte[text.length - escapedMarker.length + raw.length];
    System.arraycopy(text, 0, spliced, 0, at);
    System.arraycopy(raw, 0, spliced, at, raw.length);
    System.arraycopy(text, at + escapedMarker.length, spliced, at + raw.length, text.length - at - escapedMarker.length);
    return new Mutant(kind, mutant.description(), spliced);
  }

  private static int indexOf(byte[] text, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= text.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (text[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalStateException("marker not found");
  }

  private static String escapeForMessage(String text) {
    StringBuilder escaped = new StringBuilder();
    text.chars().forEach(c -> escaped.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return escaped.toString();
  }

  private interface Edit {
    byte[] apply(ObjectNode tree, Slot slot);
  }

  /** Applies {@code edit} to a random slot of a fresh copy that {@code where} accepts; null if none does. */
  private static Mutant onTree(Sample sample, Random random, Predicate<Slot> where, Edit edit, Kind kind, String verb) {
    ObjectNode tree = sample.tree().deepCopy();
    List<Slot> slots = new ArrayList<>();
    collect(tree, null, null, -1, null, slots);
    slots.removeIf(where.negate());
    if (slots.isEmpty()) {
      return null;
    }
    Slot slot = slots.get(random.nextInt(slots.size()));
    return new Mutant(kind, verb + " " + slot.name(), edit.apply(tree, slot));
  }

  private static Mutant replaceWith(Sample sample, Random random, Kind kind, Predicate<JsonNode> what, String... by) {
    return replaceWith(sample, random, kind, s -> what.test(s.value()), s -> by[random.nextInt(by.length)]);
  }

  private static Mutant replaceWith(Sample sample, Random random, Kind kind, Predicate<Slot> where,
      java.util.function.Function<Slot, String> by) {
    String[] chosen = new String[1];
    Mutant mutant = onTree(sample, random, where.and(s -> s.parent() != null), (tree, s) -> {
      chosen[0] = by.apply(s);
      return replaceText(tree, s, chosen[0]);
    }, kind, "replace");
    return mutant == null ? null : new Mutant(kind, mutant.description() + " by " + abbreviate(chosen[0]), mutant.bytes());
  }

  /** Every value below the root, with its holder; the root itself is held by nothing. */
  private static void collect(JsonNode node, JsonNode parent, String field, int index, String owner, List<Slot> into) {
    into.add(new Slot(parent, field, index, owner, node));
    if (node.isObject()) {
      node.properties().forEach(e -> collect(e.getValue(), node, e.getKey(), -1, e.getKey(), into));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), node, null, i, owner, into);
      }
    }
  }

  /** A constant the enum does not have: the value in the other case, or a made-up one. */
  private static String unknownConstant(String value, Random random) {
    String lower = value.toLowerCase(java.util.Locale.ROOT);
    String otherCase = lower.equals(value) ? value.toUpperCase(java.util.Locale.ROOT) : lower;
    return random.nextBoolean() ? otherCase : "GOLD_PLUS";
  }

  private static void replace(Slot slot, JsonNode by) {
    if (slot.parent() == null) {
      throw new IllegalArgumentException("the root has no holder");
    }
    if (slot.field() != null) {
      ((ObjectNode) slot.parent()).set(slot.field(), by);
    } else {
      ((ArrayNode) slot.parent()).set(slot.index(), by);
    }
  }

  /** A value of another JSON type than {@code value}'s (never null, which may be a valid default). */
  private static JsonNode otherType(JsonNode value, Random random) {
    List<JsonNode> others = new ArrayList<>(List.of(
        JSON.getNodeFactory().numberNode(7), JSON.getNodeFactory().numberNode(1.5),
        JSON.getNodeFactory().booleanNode(true), JSON.getNodeFactory().textNode("x"),
        JSON.createArrayNode(), JSON.createArrayNode().add("x"), JSON.createObjectNode(),
        JSON.createObjectNode().put("k", 1)));
    others.removeIf(o -> o.getNodeType() == value.getNodeType()
        || (o.isNumber() && value.isNumber()));
    return others.get(random.nextInt(others.size()));
  }

  /** The tree written with {@code slot}'s value replaced by raw JSON text, which may be out of any Java range. */
  private static byte[] replaceText(ObjectNode tree, Slot slot, String json) {
    String marker = "\u0001fuzz-marker\u0001";
    replace(slot, JSON.getNodeFactory().textNode(marker));
    String text = new String(write(tree, null), StandardCharsets.UTF_8);
    return text.replace("\"" + marker + "\"", json).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The tree as JSON text, with {@code duplicate}'s property written twice when given: a tree
   * cannot hold a duplicate key, and it is exactly what the reader must refuse.
   */
  private static byte[] write(ObjectNode tree, Slot duplicate) {
    StringBuilder text = new StringBuilder();
    write(tree, duplicate, text);
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void write(JsonNode node, Slot duplicate, StringBuilder text) {
    if (node.isObject()) {
      text.append('{');
      boolean first = true;
      for (var property : (Iterable<Map.Entry<String, JsonNode>>) node.properties()::iterator) {
        int times = duplicate != null && duplicate.parent() == node && property.getKey().equals(duplicate.field()) ? 2 : 1;
        for (int t = 0; t < times; t++) {
          text.append(first ? "" : ", ").append(quote(property.getKey())).append(": ");
          write(property.getValue(), duplicate, text);
          first = false;
        }
      }
      text.append('}');
    } else if (node.isArray()) {
      text.append('[');
      for (int i = 0; i < node.size(); i++) {
        text.append(i == 0 ? "" : ", ");
        write(node.get(i), duplicate, text);
      }
      text.append(']');
    } else {
      text.append(node.toString());
    }
  }

  private static String quote(String key) {
    return JSON.getNodeFactory().textNode(key).toString();
  }
}
