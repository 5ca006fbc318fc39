package dev.trialrules.facts;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Validation shared by the fact records; every message names the field and the value. */
final class Check {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

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
    return value;
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
    return value;
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

  /** Codes (services, device types, verticals) are compared exactly, so blanks are refused. */
  static List<String> codes(Collection<String> values, String field) {
    List<String> copy = distinctList(values, field);
    for (String value : copy) {
      if (value.isBlank()) {
        throw new IllegalArgumentException(field + " must not contain a blank entry");
      }
    }
    return copy;
  }

  /**
   * E-mail addresses are compared case-insensitively in practice, so they are lower-cased once
   * here (in the root locale: a Turkish default locale must not turn "I" into a dotless "ı").
   */
  static String email(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return value.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * A builder's copy of what a caller passed, nulls and all: the record's constructor is the one
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

  static List<String> emails(Collection<String> values, String field) {
    notNull(values, field);
    List<String> lowered = new ArrayList<>(values.size());
    for (String value : values) {
      String address = email(notNull(value, field + " entry"));
      if (address == null) {
        throw new IllegalArgumentException(field + " must not contain a blank address");
      }
      lowered.add(address);
    }
    return distinctList(lowered, field);
  }

  static String country(String value, String field) {
    if (value != null && !COUNTRY.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field + " must be an ISO 3166-1 alpha-2 code in capitals such as DK, was '" + value + "'");
    }
    return value;
  }

  static ZoneId zone(String value, String field) {
    if (value == null) {
      return null;
    }
    // ZoneId.of also accepts fixed offsets such as "+02:00"; a Meetings site needs a real IANA
    // region so that daylight saving follows the customer.
    if (!ZoneId.getAvailableZoneIds().contains(value)) {
      throw new IllegalArgumentException(
          field + " must be an IANA time zone such as Europe/Copenhagen, was '" + value + "'");
    }
    return ZoneId.of(value);
  }
}
