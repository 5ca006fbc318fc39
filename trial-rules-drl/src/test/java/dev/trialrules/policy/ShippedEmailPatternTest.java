package dev.trialrules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.PolicyParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * NEW-01's shipped {@code email-pattern} decides any text in time linear in its length, and means
 * what its comment says: one {@code @}, a dot inside the domain, no spaces.
 *
 * <p>Linear, not merely fast: the facts bound an address to 254 characters, but a policy author
 * may reuse the pattern elsewhere, and the earlier pattern {@code [^@\s]+@[^@\s]+\.[^@\s]+} spent
 * seconds on a 128,000-character address by trying every dot of the domain against every later
 * position. The work is counted as the characters the matcher reads, so the test does not depend
 * on the machine's speed.
 */
class ShippedEmailPatternTest {
  private static final PolicyParameters SHIPPED = PolicyParameters.fromProperties(
      ShippedPolicy.get().parameters());
  private static final Pattern PATTERN = Pattern.compile(SHIPPED.emailPattern());

  /** The earlier default, whose meaning the shipped pattern keeps. */
  private static final Pattern MEANING = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** Reads per input character that a linear match stays under; the shipped pattern reads each about once. */
  private static final int READS_PER_CHARACTER = 8;

  /** Text that reports how often the matcher reads a character of it. */
  private static final class CountingText implements CharSequence {
    private final String text;
    private long reads;

    CountingText(String text) {
      this.text = text;
    }

    @Override
    public char charAt(int index) {
      reads++;
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  private static long reads(String text) {
    CountingText counting = new CountingText(text);
    PATTERN.matcher(counting).matches();
    return counting.reads;
  }

  private static Arguments hostile(String name, IntFunction<String> ofLength) {
    return Arguments.of(name, ofLength);
  }

  /** Addresses of about {@code n} characters, each built to make a backtracking pattern retry. */
  static Stream<Arguments> hostileAddresses() {
    return Stream.of(
        hostile("dots in the domain, then a second @", n -> "a@" + "a.".repeat(n / 2) + "@"),
        hostile("dots in the domain, then a space", n -> "a@" + "a.".repeat(n / 2) + " "),
        hostile("only dots in the domain, then a second @", n -> "a@" + ".".repeat(n) + "@"),
        hostile("dots on both sides of a repeated @", n -> "a.".repeat(n / 4) + "@" + "a.".repeat(n / 4) + "@"),
        hostile("many @", n -> "a@" + "a.a@".repeat(n / 4)),
        hostile("no @ at all", n -> "a.".repeat(n / 2)),
        hostile("no dot in the domain", n -> "a@" + "a".repeat(n)),
        hostile("a valid address, long", n -> "a".repeat(n / 2) + "@" + "b.".repeat(n / 4) + "c"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileAddresses")
  void anyAddress_isDecidedInReadsLinearInItsLength(String name, IntFunction<String> ofLength) {
    List<Long> perLength = new ArrayList<>();
    // Smallest first, so that a quadratic pattern fails in milliseconds rather than minutes.
    for (int n : new int[] {1_000, 2_000, 50_000, 100_000}) {
      String address = ofLength.apply(n);
      long reads = reads(address);
      assertThat(reads).as("%s: characters read for an address of %d characters", name, address.length())
          .isLessThanOrEqualTo((long) READS_PER_CHARACTER * address.length() + 16);
      perLength.add(reads);
    }
    // Twice the text, about twice the work: what a quadratic pattern could not keep up.
    assertThat((double) perLength.get(3) / perLength.get(2)).as("%s: reads at 100,000 over reads at 50,000", name)
        .isLessThan(2.2);
  }

  @Test
  void thePattern_acceptsExactlyWhatTheEarlierOneAccepted_onEveryShortText() {
    // Each character class of the patterns is one of these: something else, a dot, an @, a space.
    char[] alphabet = {'a', '.', '@', ' '};
    int compared = 0;
    for (int length = 0; length <= 8; length++) {
      int[] digits = new int[length];
      for (int count = (int) Math.pow(alphabet.length, length); count > 0; count--) {
        StringBuilder text = new StringBuilder(length);
        for (int digit : digits) {
          text.append(alphabet[digit]);
        }
        assertThat(PATTERN.matcher(text).matches()).as("'%s'", text).isEqualTo(MEANING.matcher(text).matches());
        compared++;
        for (int i = 0; i < length && ++digits[i] == alphabet.length; i++) {
          digits[i] = 0;
        }
      }
    }
    assertThat(compared).isEqualTo(87_381);
  }

  @Test
  void thePattern_meansOneAtADotInTheDomainAndNoSpaces() {
    assertThat(List.of("it@fjord.example", "a@b.c", "first.last@mail.fjord.example", "a@b..c", "a@.b.c",
        "ü@fjørd.example", "a+tag@b.c"))
        .allMatch(address -> PATTERN.matcher(address).matches());
    assertThat(List.of("it@fjord", "it@fjord.", "it@.fjord", "@fjord.example", "it@@fjord.example",
        "it@fj@ord.example", "i t@fjord.example", "it@fjord.exa\tmple", "it.fjord.example", ""))
        .noneMatch(address -> PATTERN.matcher(address).matches());
  }
}
