package dev.trialrules;

import dev.trialrules.facts.AccessLevel;
import dev.trialrules.facts.TrialStatus;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A typed key for a value the rules derive and a caller needs, such as the data region or the
 * consent deadline. Read one with {@link Decision#value(DerivedValue)}:
 *
 * <pre>{@code
 * Optional<String> region = decision.value(DerivedValue.DATA_REGION);
 * }</pre>
 *
 * @param <T> the value's type
 */
public final class DerivedValue<T> {
  private static final Map<String, DerivedValue<?>> BY_NAME = new LinkedHashMap<>();

  /** The data residency region the customer's country maps to (NEW-02). */
  public static final DerivedValue<String> DATA_REGION = define("dataRegion", String.class);

  /** Licences per trial service, Devices excluded (NEW-05). */
  public static final DerivedValue<Map<String, Integer>> LICENSES_PER_SERVICE =
      define("licensesPerService", Map.class);

  /** Phone numbers (DIDs) the customer needs for Calling (NEW-11). */
  public static final DerivedValue<Integer> DIDS_NEEDED = define("didsNeeded", Integer.class);

  /** Who receives the consent e-mail (EXIST-04). */
  public static final DerivedValue<List<String>> CONSENT_RECIPIENTS =
      define("consentRecipients", List.class);

  /** The last day a full admin can accept the consent request (EXIST-05). */
  public static final DerivedValue<LocalDate> CONSENT_DEADLINE =
      define("consentDeadline", LocalDate.class);

  /** The partner's access to the customer's organization after consent (EXIST-07). */
  public static final DerivedValue<AccessLevel> PARTNER_ACCESS =
      define("partnerAccess", AccessLevel.class);

  /** The trial's status after the decided step (EXIST-06, EXIST-08, END-01). */
  public static final DerivedValue<TrialStatus> TRIAL_STATUS = define("trialStatus", TrialStatus.class);

  /** The services a paid customer can still trial (PAID-01). */
  public static final DerivedValue<List<String>> AVAILABLE_SERVICES =
      define("availableServices", List.class);

  /** Who is e-mailed that the trial began (PAID-02) or is welcomed to it (NEW-12). */
  public static final DerivedValue<List<String>> MAIL_RECIPIENTS = define("mailRecipients", List.class);

  /** The trial's end date after an extension (EXT-01). */
  public static final DerivedValue<LocalDate> NEW_END_DATE = define("newEndDate", LocalDate.class);

  /** Days left before the trial's current end date (EXT-01). */
  public static final DerivedValue<Integer> DAYS_REMAINING = define("daysRemaining", Integer.class);

  /** The trial's services after a change (MOD-01, MOD-02). */
  public static final DerivedValue<List<String>> SERVICES = define("services", List.class);

  /** The last day a trial can be converted: the grace period's last day, G (CONV-04). */
  public static final DerivedValue<LocalDate> CONVERSION_DEADLINE = define("conversionDeadline", LocalDate.class);

  /** Trial services missing from the paid order, which the customer loses (CONV-03). */
  public static final DerivedValue<List<String>> SERVICES_LOST = define("servicesLost", List.class);

  /** The last day the trial's devices can be returned (RET-01). */
  public static final DerivedValue<LocalDate> RETURN_BY = define("returnBy", LocalDate.class);

  /** The carrier that collects the returned devices (RET-02). */
  public static final DerivedValue<String> RETURN_CARRIER = define("returnCarrier", String.class);

  /** Serial numbers shipped but not in the return (RET-04). */
  public static final DerivedValue<List<String>> MISSING_SERIALS = define("missingSerials", List.class);

  /** Serial numbers in the return that were never shipped for the trial (RET-04). */
  public static final DerivedValue<List<String>> UNEXPECTED_SERIALS = define("unexpectedSerials", List.class);

  private final String name;
  private final Class<?> type;

  private DerivedValue(String name, Class<?> type) {
    this.name = name;
    this.type = type;
  }

  private static <T> DerivedValue<T> define(String name, Class<?> type) {
    DerivedValue<T> key = new DerivedValue<>(name, type);
    BY_NAME.put(name, key);
    return key;
  }

  /** The key's name, as used in JSON and in the decision's text form. */
  public String name() {
    return name;
  }

  /** The value's class, without type arguments. */
  public Class<?> type() {
    return type;
  }

  /** The key with this name, if there is one. */
  public static Optional<DerivedValue<?>> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** Every key, in the order they are declared. */
  public static List<DerivedValue<?>> all() {
    return List.copyOf(BY_NAME.values());
  }

  /**
   * Checks a value's type and makes an immutable copy of it, so that a decision can be shared
   * between threads and a rule cannot change a value after deriving it.
   */
  Object accept(Object value) {
    Objects.requireNonNull(value, () -> "derived value " + name + " must not be null");
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException(
          "derived value " + name + " must be a " + type.getSimpleName() + ", was "
              + value.getClass().getName());
    }
    if (value instanceof List<?> list) {
      if (list.stream().anyMatch(Objects::isNull)) {
        throw new NullPointerException("derived value " + name + " must not contain null");
      }
      return List.copyOf(list);
    }
    if (value instanceof Map<?, ?> map) {
      return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
    return value;
  }

  @Override
  public String toString() {
    return name;
  }
}
