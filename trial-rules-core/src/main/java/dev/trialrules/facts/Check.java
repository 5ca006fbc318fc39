package dev.trialrules.facts;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.NullUnmarked;

/**
 * Validation shared by the facts; every message names the field and the value, except that
 * over-long text is given by its length and a hidden character by its code point, never quoted.
 */
// Unmarked: each check receives whatever a caller passed, null included, and is where a null is
// refused with the field's name; annotating every parameter @Nullable would only restate that.
@NullUnmarked
final class Check {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Set<String> ISO_COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
  /** The shape of an address a system of record holds: one {@code @}, something on each side, no blanks. */
  private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+");

  /**
   * The first and last date a fact accepts: the years {@code YYYY-MM-DD} writes with four digits.
   * {@link LocalDate} itself reaches year 999,999,999, where a rule's {@code plusDays} would throw;
   * within these years, adding any {@code int} number of days cannot leave {@link LocalDate}'s range.
   */
  static final LocalDate MIN_DATE = LocalDate.of(1, 1, 1);
  static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);

  /**
   * The largest count a fact accepts (licences, users, locations, numbers, days, devices). Far
   * above any real trial, and low enough that the rules' {@code int} arithmetic on counts (users
   * plus numbers per location times locations, a date plus a duration) cannot overflow.
   */
  static final int MAX_COUNT = 10_000_000;

  private Check() {}

  static <T> T notNull(T value, String field) {
    if (value == null) {
      throw new NullPointerException(field + " must not be null");
    }
    return value;
  }

  static int nonNegative(int value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must not be negative, was " + value);
    }
    return atMostMaxCount(value, field);
  }

  static Integer nonNegative(Integer value, String field) {
    if (value != null) {
      nonNegative(value.intValue(), field);
    }
    return value;
  }

  static int positive(int value, String field) {
    if (value < 1) {
      throw new IllegalArgumentException(field + " must be at least 1, was " + value);
    }
    return atMostMaxCount(value, field);
  }

  private static int atMostMaxCount(int value, String field) {
    if (value > MAX_COUNT) {
      throw new IllegalArgumentException(field + " must be at most " + MAX_COUNT + ", was " + value);
    }
    return value;
  }

  /** A date within {@link #MIN_DATE}..{@link #MAX_DATE}; {@code null} passes, for optional dates. */
  static LocalDate date(LocalDate value, String field) {
    if (value != null && (value.isBefore(MIN_DATE) || value.isAfter(MAX_DATE))) {
      throw new IllegalArgumentException(
          field + " must be between " + MIN_DATE + " and " + MAX_DATE + ", was " + value);
    }
    return value;
  }

  /** A required date within {@link #MIN_DATE}..{@link #MAX_DATE}. */
  static LocalDate requiredDate(LocalDate value, String field) {
    return date(notNull(value, field), field);
  }

  /** An unmodifiable copy that refuses nulls and duplicates, keeping the caller's order. */
  static <T> List<T> distinctList(Collection<? extends T> values, String field) {
    notNull(values, field);
    List<T> copy = new ArrayList<>(values.size());
    Set<T> seen = new HashSet<>();
    for (T value : values) {
      if (value == null) {
        throw new NullPointerException(field + " must not contain null");
      }
      if (!seen.add(value)) {
        throw new IllegalArgumentException(field + " lists '" + value + "' twice");
      }
      copy.add(value);
    }
    return Collections.unmodifiableList(copy);
  }

  /**
   * Codes (services, device types, serial numbers) are compared exactly, so blanks are refused.
   * Each entry is checked as an identifier before the list is, so that a duplicate's message
   * never quotes an over-long entry.
   */
  static List<String> codes(Collection<String> values, String field) {
    notNull(values, field);
    int index = 0;
    for (String value : values) {
      identifier(value, field + "[" + index++ + "]");
    }
    List<String> copy = distinctList(values, field);
    for (String value : copy) {
      if (blank(value)) {
        throw new IllegalArgumentException(field + " must not contain a blank entry");
      }
    }
    return copy;
  }

  /**
   * Refuses text longer than {@code max}, naming its length but not quoting it: the text may be
   * megabytes, and every message must stay fit for a log line. {@code null} passes.
   */
  static String bounded(String value, String field, int max) {
    if (value != null && value.length() > max) {
      throw new IllegalArgumentException(
          field + " must be at most " + max + " characters, was " + value.length());
    }
    return value;
  }

  /**
   * Refuses a character that is not text a reader sees, naming its code point and never printing
   * it: a control character (NUL, tab, escape, a newline that would forge a log line), a bidi
   * embedding, override or isolate (which reorders what a reader sees, so that an address shows
   * as another), a line or paragraph separator, and half a surrogate pair. Unless {@code prose},
   * every other invisible formatting character too (zero-width spaces and joiners, bidi marks,
   * the byte-order mark): two identifiers that look the same must be the same. A name in prose
   * keeps those, since scripts and emoji join with them. {@code null} passes.
   */
  static String visible(String value, String field, boolean prose) {
    if (value == null) {
      return null;
    }
    for (int i = 0; i < value.length(); ) {
      int codePoint = value.codePointAt(i);
      String kind = hidden(codePoint, prose);
      if (kind != null) {
        throw new IllegalArgumentException(String.format(
            "%s must not contain %s, found U+%04X at index %d", field, kind, codePoint, i));
      }
      i += Character.charCount(codePoint);
    }
    return value;
  }

  /** What kind of hidden character this is, or {@code null} when {@link #visible} lets it pass. */
  private static String hidden(int codePoint, boolean prose) {
    if ((codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069)) {
      return "a bidi override or isolate";
    }
    return switch (Character.getType(codePoint)) {
      case Character.CONTROL -> "a control character";
      case Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> "a line separator";
      case Character.SURROGATE -> "half a surrogate pair";
      case Character.FORMAT -> prose ? null : "an invisible formatting character";
      default -> null;
    };
  }

  /**
   * Whether the text shows as nothing: empty, or only spaces, counting the no-break and other
   * Unicode spaces that {@link String#isBlank} does not (U+00A0, U+2007, U+202F).
   */
  static boolean blank(String value) {
    return value.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  /**
   * An identifier a fact cannot do without (a trial's or an organization's ID, a device type, a
   * serial number): not {@code null}, not {@link #blank}, and an {@link #identifier}. Two blank
   * IDs would be equal to each other and mean nothing.
   */
  static String requiredIdentifier(String value, String field) {
    identifier(notNull(value, field), field);
    if (blank(value)) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  /**
   * An identifier or code, at most {@link FactLimits#MAX_ID_LENGTH} and with no hidden character
   * (see {@link #visible}); {@code null} passes.
   */
  static String identifier(String value, String field) {
    return visible(bounded(value, field, FactLimits.MAX_ID_LENGTH), field, false);
  }

  /**
   * A name in prose (the company name), at most {@link FactLimits#MAX_NAME_LENGTH}: any script,
   * but no control character or bidi override (see {@link #visible}); {@code null} passes.
   */
  static String name(String value, String field) {
    return visible(bounded(value, field, FactLimits.MAX_NAME_LENGTH), field, true);
  }

  /**
   * A name that is matched against configuration (the vertical), at most
   * {@link FactLimits#MAX_NAME_LENGTH} and with no hidden character; {@code null} passes.
   */
  static String label(String value, String field) {
    return visible(bounded(value, field, FactLimits.MAX_NAME_LENGTH), field, false);
  }

  /**
   * A web address, at most {@link FactLimits#MAX_URL_LENGTH} and with no hidden character, which
   * could make one site's address look like another's; {@code null} passes.
   */
  static String url(String value, String field) {
    return visible(bounded(value, field, FactLimits.MAX_URL_LENGTH), field, false);
  }

  /**
   * E-mail addresses are compared case-insensitively in practice, so they are lower-cased once
   * here (in the root locale: a Turkish default locale must not turn "I" into a dotless "ı").
   * Blank counts as not given; a longer address than {@link FactLimits#MAX_EMAIL_LENGTH} is
   * refused, since no mail server takes one, and NEW-01's pattern must never run on it; so is a
   * hidden character (see {@link #visible}), with which an address looks like another.
   */
  static String email(String value, String field) {
    // Before blank counts as not given: a tab or NUL alone is not an empty form field.
    visible(bounded(value, field, FactLimits.MAX_EMAIL_LENGTH), field, false);
    return normalizedEmail(value);
  }

  /** The address lower-cased and stripped, {@code null} when blank; for looking one up, not for a fact. */
  static String normalizedEmail(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return value.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * A builder's copy of what a caller passed, nulls and all: the fact's constructor is the one
   * place that refuses bad values, so that every message names the field the same way.
   */
  static <T> List<T> copy(Collection<? extends T> values) {
    return values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
  }

  @SafeVarargs
  static <T> List<T> copy(T... values) {
    return values == null ? null : copy(java.util.Arrays.asList(values));
  }

  /** An unmodifiable enum set in the enum's order, so that it prints the same on every run. */
  static <E extends Enum<E>> Set<E> enumSet(Collection<E> values, Class<E> type, String field) {
    notNull(values, field);
    java.util.EnumSet<E> set = java.util.EnumSet.noneOf(type);
    for (E value : values) {
      set.add(notNull(value, field + " entry"));
    }
    return Collections.unmodifiableSet(set);
  }

  /**
   * An address held by a system of record (a partner's or a customer's admins, a trial's customer
   * admin), lower-cased; {@code null} or blank passes as {@code null}. Only its shape is checked:
   * which addresses a person may type is the policy's {@code email-pattern} (NEW-01), but an
   * address that cannot be one must not match, or fail to match, another by accident.
   */
  static String address(String value, String field) {
    String lowered = email(value, field);
    if (lowered != null && !ADDRESS.matcher(lowered).matches()) {
      throw new IllegalArgumentException(
          field + " must be an e-mail address such as admin@example.com, was '" + value + "'");
    }
    return lowered;
  }

  static List<String> emails(Collection<String> values, String field) {
    notNull(values, field);
    List<String> lowered = new ArrayList<>(values.size());
    for (String value : values) {
      String address = address(notNull(value, field + " entry"), field);
      if (address == null) {
        throw new IllegalArgumentException(field + " must not contain a blank address");
      }
      lowered.add(address);
    }
    return distinctList(lowered, field);
  }

  static String country(String value, String field) {
    identifier(value, field);
    if (value != null && !COUNTRY.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field + " must be an ISO 3166-1 alpha-2 code in capitals such as DK, was '" + value + "'");
    }
    // POLICY.md NEW-02: "a code that is not one is bad input", so two letters that name no
    // country are refused here rather than reaching the region table.
    if (value != null && !ISO_COUNTRIES.contains(value)) {
      throw new IllegalArgumentException(
          field + " must be an ISO 3166-1 alpha-2 country code, and '" + value + "' names no country");
    }
    return value;
  }

  static ZoneId zone(String value, String field) {
    if (value == null) {
      return null;
    }
    identifier(value, field);
    // ZoneId.of also accepts fixed offsets such as "+02:00"; a Meetings site needs a real IANA
    // region so that daylight saving follows the customer.
    if (!ZoneId.getAvailableZoneIds().contains(value)) {
      throw new IllegalArgumentException(
          field + " must be an IANA time zone such as Europe/Copenhagen, was '" + value + "'");
    }
    return ZoneId.of(value);
  }
}
