package dev.trialrules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * The numbers and reference data the rules read, so that a policy author changes a number or a
 * list without touching rule logic. The shipped defaults live in {@code parameters.properties}
 * and {@code regions.properties} beside the rule files in trial-rules-drl; a rules directory or
 * {@link TrialPolicyEngine.Builder#parameter(String, String)} overrides them key by key.
 *
 * <p>In DRL, rules match the parameters as a fact:
 * <pre>{@code
 * PolicyParameters($window : consentWindowDays)
 * }</pre>
 */
public final class PolicyParameters {
  /** The parameter that lists the shipped rule IDs an author removes on purpose. */
  public static final String REMOVED_RULES = "removed-rules";

  /** Prefix of an author's own parameters, which the shipped rules never read. */
  public static final String CUSTOM_PREFIX = "custom.";

  /** Prefix of a region-table entry given as a parameter: {@code region.DK=EU}. */
  public static final String REGION_PREFIX = "region.";

  private static final String CARRIER_BY_COUNTRY = "return-carrier.country.";

  /** The longest e-mail address NEW-01 accepts. */
  public static final int MAX_EMAIL_LENGTH = 254;

  /** The most days any day-count parameter may be. */
  public static final int MAX_DAYS = 36_500;

  /**
   * The most phone numbers per Calling user or location (NEW-11). With the facts' counts at most
   * 10,000,000, the numbers needed then fit in an {@code int}: 100 × 10⁷ twice is 2 × 10⁹.
   */
  public static final int MAX_DIDS_PER_UNIT = 100;

  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9]*-[0-9]+");
  private static final Set<String> ISO_COUNTRIES =
      java.util.Locale.getISOCountries(java.util.Locale.IsoCountryCode.PART1_ALPHA2);
  private static final Map<String, Pattern> EMAIL_PATTERNS = new ConcurrentHashMap<>();

  private final int consentWindowDays;
  private final int extensionStepDays;
  private final int deviceMaximumDays;
  private final int expiryNoticeLeadDays;
  private final int userNoticeDays;
  private final int gracePeriodDays;
  private final int numberRetentionDays;
  private final int deviceReturnDays;
  private final int didsPerLocation;
  private final int didsPerUser;
  private final int maxLicenseQuantity;
  private final Severity callingNumbersSeverity;
  private final Severity shorteningExtensionSeverity;
  private final List<String> services;
  private final Set<String> verticals;
  private final List<Integer> durationChoices;
  private final Set<String> deviceTypes;
  private final Set<String> poeDeviceTypes;
  private final String emailPattern;
  private final Map<String, String> regions;
  private final Set<String> countriesNotOffered;
  private final String deviceExtensionsEmail;
  private final String unknownOrderEmail;
  private final Map<String, String> returnCarrierByCountry;
  private final Set<String> emearCountries;
  private final String emearReturnCarrier;
  private final Set<String> replacementLabelCountries;
  private final Map<String, String> custom;
  private final Set<String> removedRules;

  /** Validates and copies; every message names the parameter and its value. */
  private PolicyParameters(
      int consentWindowDays,
      int extensionStepDays,
      int deviceMaximumDays,
      int expiryNoticeLeadDays,
      int userNoticeDays,
      int gracePeriodDays,
      int numberRetentionDays,
      int deviceReturnDays,
      int didsPerLocation,
      int didsPerUser,
      int maxLicenseQuantity,
      Severity callingNumbersSeverity,
      Severity shorteningExtensionSeverity,
      List<String> services,
      Set<String> verticals,
      List<Integer> durationChoices,
      Set<String> deviceTypes,
      Set<String> poeDeviceTypes,
      String emailPattern,
      Map<String, String> regions,
      Set<String> countriesNotOffered,
      String deviceExtensionsEmail,
      String unknownOrderEmail,
      Map<String, String> returnCarrierByCountry,
      Set<String> emearCountries,
      String emearReturnCarrier,
      Set<String> replacementLabelCountries,
      Map<String, String> custom,
      Set<String> removedRules) {
    days("consent-window-days", consentWindowDays);
    days("extension-step-days", extensionStepDays);
    days("device-maximum-days", deviceMaximumDays);
    days("expiry-notice-lead-days", expiryNoticeLeadDays);
    days("user-notice-days", userNoticeDays);
    days("grace-period-days", gracePeriodDays);
    days("number-retention-days", numberRetentionDays);
    days("device-return-days", deviceReturnDays);
    between("dids-per-location", didsPerLocation, 0, MAX_DIDS_PER_UNIT);
    between("dids-per-user", didsPerUser, 0, MAX_DIDS_PER_UNIT);
    nonNegative("max-license-quantity", maxLicenseQuantity);
    warnOrDeny("calling-numbers-severity", callingNumbersSeverity);
    warnOrDeny("shortening-extension-severity", shorteningExtensionSeverity);
    services = List.copyOf(distinct("services", services));
    verticals = Collections.unmodifiableSet(distinct("verticals", verticals));
    durationChoices = List.copyOf(distinct("duration-choices", durationChoices));
    for (int days : durationChoices) {
      if (days < 1) {
        throw new InvalidParameterException("duration-choices", joined(durationChoices),
            "must list durations of at least 1 day, has " + days);
      }
    }
    deviceTypes = Collections.unmodifiableSet(distinct("device-types", deviceTypes));
    poeDeviceTypes = Collections.unmodifiableSet(distinct("poe-device-types", poeDeviceTypes));
    for (String type : poeDeviceTypes) {
      if (!deviceTypes.contains(type)) {
        throw new InvalidParameterException("poe-device-types", joined(poeDeviceTypes),
            "lists '" + type + "', which is not one of device-types " + deviceTypes);
      }
    }
    try {
      Pattern.compile(Objects.requireNonNull(emailPattern, "email-pattern"));
    } catch (PatternSyntaxException e) {
      throw new InvalidParameterException("email-pattern", emailPattern,
          "is not a regular expression: " + e.getDescription());
    }
    Objects.requireNonNull(regions, "regions");
    regions.forEach((country, region) -> {
      if (country == null || !COUNTRY.matcher(country).matches() || region == null || region.isBlank()) {
        throw new InvalidParameterException(REGION_PREFIX + country, region,
            "must map an ISO 3166-1 alpha-2 code in capitals to a region");
      }
    });
    regions = Collections.unmodifiableMap(new TreeMap<>(regions));
    // NEW-02: every country has a data region. A table that lacks one is refused when the engine
    // is built, naming the countries, rather than leaving a request from there without a region.
    TreeSet<String> lacking = new TreeSet<>(ISO_COUNTRIES);
    lacking.removeAll(regions.keySet());
    TreeSet<String> unknown = new TreeSet<>(regions.keySet());
    unknown.removeAll(ISO_COUNTRIES);
    if (!lacking.isEmpty() || !unknown.isEmpty()) {
      // Named by an entry that names no country, which is on a line to fix, else by the first
      // country it lacks, which is on none.
      String key = REGION_PREFIX + (unknown.isEmpty() ? lacking.first() : unknown.first());
      throw new InvalidParameterException(key, regions.get(key.substring(REGION_PREFIX.length())),
          (unknown.isEmpty() ? "is not defined" : "names no country") + ": the region table must give a"
              + " data region to every ISO 3166-1 country and to nothing else"
              + (lacking.isEmpty() ? "" : "; it lacks " + lacking)
              + (unknown.isEmpty() ? "" : "; it maps " + unknown + ", which name no country"));
    }
    countriesNotOffered = Collections.unmodifiableSet(new TreeSet<>(countries("countries-not-offered",
        countriesNotOffered)));
    Objects.requireNonNull(deviceExtensionsEmail, "device-extensions-email");
    Objects.requireNonNull(unknownOrderEmail, "unknown-order-email");
    returnCarrierByCountry = Collections.unmodifiableMap(new TreeMap<>(
        Objects.requireNonNull(returnCarrierByCountry, "return-carrier.country")));
    returnCarrierByCountry.forEach((country, carrier) -> {
      if (!COUNTRY.matcher(country).matches()) {
        throw new InvalidParameterException(CARRIER_BY_COUNTRY + country, carrier,
            "must be keyed by an ISO 3166-1 alpha-2 code in capitals");
      }
    });
    emearCountries = Collections.unmodifiableSet(new TreeSet<>(countries("emear-countries", emearCountries)));
    Objects.requireNonNull(emearReturnCarrier, "emear-return-carrier");
    replacementLabelCountries = Collections.unmodifiableSet(
        distinct("replacement-label-countries", replacementLabelCountries));
    custom = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(custom, "custom")));
    Set<String> removed = distinct(REMOVED_RULES, removedRules);
    for (String id : removed) {
      if (!RULE_ID.matcher(id).matches()) {
        throw new InvalidParameterException(REMOVED_RULES, joined(removed),
            "lists '" + id + "', which is not a rule ID such as NEW-10");
      }
    }
    removedRules = Collections.unmodifiableSet(new TreeSet<>(removed));
    this.consentWindowDays = consentWindowDays;
    this.extensionStepDays = extensionStepDays;
    this.deviceMaximumDays = deviceMaximumDays;
    this.expiryNoticeLeadDays = expiryNoticeLeadDays;
    this.userNoticeDays = userNoticeDays;
    this.gracePeriodDays = gracePeriodDays;
    this.numberRetentionDays = numberRetentionDays;
    this.deviceReturnDays = deviceReturnDays;
    this.didsPerLocation = didsPerLocation;
    this.didsPerUser = didsPerUser;
    this.maxLicenseQuantity = maxLicenseQuantity;
    this.callingNumbersSeverity = callingNumbersSeverity;
    this.shorteningExtensionSeverity = shorteningExtensionSeverity;
    this.services = services;
    this.verticals = verticals;
    this.durationChoices = durationChoices;
    this.deviceTypes = deviceTypes;
    this.poeDeviceTypes = poeDeviceTypes;
    this.emailPattern = emailPattern;
    this.regions = regions;
    this.countriesNotOffered = countriesNotOffered;
    this.deviceExtensionsEmail = deviceExtensionsEmail;
    this.unknownOrderEmail = unknownOrderEmail;
    this.returnCarrierByCountry = returnCarrierByCountry;
    this.emearCountries = emearCountries;
    this.emearReturnCarrier = emearReturnCarrier;
    this.replacementLabelCountries = replacementLabelCountries;
    this.custom = custom;
    this.removedRules = removedRules;
  }

  /** Days a full admin has to accept a consent request (EXIST-05). */
  public int consentWindowDays() {
    return consentWindowDays;
  }

  /** Days an extension adds, counted from today (EXT-01). */
  public int extensionStepDays() {
    return extensionStepDays;
  }

  /** The longest a device trial may run, from its start (EXT-02). */
  public int deviceMaximumDays() {
    return deviceMaximumDays;
  }

  /** Days before expiry that admins are first mailed (END-02). */
  public int expiryNoticeLeadDays() {
    return expiryNoticeLeadDays;
  }

  /** Days after expiry that users are told they lost access (END-03). */
  public int userNoticeDays() {
    return userNoticeDays;
  }

  /** Days after expiry that conversion stays possible (END-04). */
  public int gracePeriodDays() {
    return gracePeriodDays;
  }

  /** Days Calling numbers are kept after the grace period (END-07). */
  public int numberRetentionDays() {
    return numberRetentionDays;
  }

  /** Days after the device due date to return devices (RET-01). */
  public int deviceReturnDays() {
    return deviceReturnDays;
  }

  /** Phone numbers needed per Calling location, at most 100 (NEW-11). */
  public int didsPerLocation() {
    return didsPerLocation;
  }

  /** Phone numbers needed per Calling user, at most 100 (NEW-11). */
  public int didsPerUser() {
    return didsPerUser;
  }

  /** The most licences a trial may have; 0 for no limit (NEW-05). */
  public int maxLicenseQuantity() {
    return maxLicenseQuantity;
  }

  /** {@link Severity#WARN} or {@link Severity#DENY} for too few numbers (NEW-11). */
  public Severity callingNumbersSeverity() {
    return callingNumbersSeverity;
  }

  /**
   * {@link Severity#WARN} or {@link Severity#DENY} for an extension that shortens the trial
   * (EXT-01).
   */
  public Severity shorteningExtensionSeverity() {
    return shorteningExtensionSeverity;
  }

  /** The services a trial may include, in display order (NEW-04). */
  public List<String> services() {
    return services;
  }

  /** The company verticals a customer may give (NEW-01). */
  public Set<String> verticals() {
    return verticals;
  }

  /** The trial durations in days a partner may choose (NEW-06). */
  public List<Integer> durationChoices() {
    return durationChoices;
  }

  /** The device types that can be shipped (NEW-08). */
  public Set<String> deviceTypes() {
    return deviceTypes;
  }

  /** The device types that ship without a power supply (NEW-10). */
  public Set<String> poeDeviceTypes() {
    return poeDeviceTypes;
  }

  /** The regular expression an e-mail address must match (NEW-01). */
  public String emailPattern() {
    return emailPattern;
  }

  /** The data residency region of every ISO 3166-1 country, and of nothing else (NEW-02). */
  public Map<String, String> regions() {
    return regions;
  }

  /** The countries where Webex is not offered (NEW-03). */
  public Set<String> countriesNotOffered() {
    return countriesNotOffered;
  }

  /** Where device-trial extensions go for approval (EXT-03). */
  public String deviceExtensionsEmail() {
    return deviceExtensionsEmail;
  }

  /** Whom a partner e-mails when it does not know the demo order number (RET-05). */
  public String unknownOrderEmail() {
    return unknownOrderEmail;
  }

  /** The carrier that takes device returns from a country (RET-02). */
  public Map<String, String> returnCarrierByCountry() {
    return returnCarrierByCountry;
  }

  /** The countries of Europe, the Middle East, Africa and Russia (RET-02). */
  public Set<String> emearCountries() {
    return emearCountries;
  }

  /** The carrier for an EMEAR country that has none of its own (RET-02). */
  public String emearReturnCarrier() {
    return emearReturnCarrier;
  }

  /** Where lost return labels can be replaced (RET-03). */
  public Set<String> replacementLabelCountries() {
    return replacementLabelCountries;
  }

  /** An author's own parameters, named {@code custom.*} in the properties files. */
  public Map<String, String> custom() {
    return custom;
  }

  /**
   * The shipped rule IDs an author's rules directory removes on purpose ({@code removed-rules},
   * empty by default): without them listed, a policy that lacks a shipped rule ID is refused, so
   * that emptying a shipped file cannot switch a rule off unseen.
   */
  public Set<String> removedRules() {
    return removedRules;
  }

  /**
   * Reads parameters from {@code key=value} pairs as written in {@code parameters.properties};
   * region entries are keyed {@code region.XX}.
   *
   * @throws InvalidParameterException naming the key and value of a missing, unknown or malformed
   *     parameter
   */
  public static PolicyParameters fromProperties(Map<String, String> properties) {
    Reader in = new Reader(properties);
    PolicyParameters parameters = new PolicyParameters(
        in.days("consent-window-days"),
        in.days("extension-step-days"),
        in.days("device-maximum-days"),
        in.days("expiry-notice-lead-days"),
        in.days("user-notice-days"),
        in.days("grace-period-days"),
        in.days("number-retention-days"),
        in.days("device-return-days"),
        in.days("dids-per-location"),
        in.days("dids-per-user"),
        in.days("max-license-quantity"),
        in.severity("calling-numbers-severity"),
        in.severity("shortening-extension-severity"),
        in.list("services"),
        new LinkedHashSet<>(in.list("verticals")),
        in.integers("duration-choices"),
        new LinkedHashSet<>(in.list("device-types")),
        new LinkedHashSet<>(in.list("poe-device-types")),
        in.text("email-pattern"),
        in.prefixed(REGION_PREFIX),
        new LinkedHashSet<>(in.list("countries-not-offered")),
        in.text("device-extensions-email"),
        in.text("unknown-order-email"),
        in.prefixed(CARRIER_BY_COUNTRY),
        new LinkedHashSet<>(in.list("emear-countries")),
        in.text("emear-return-carrier"),
        new LinkedHashSet<>(in.list("replacement-label-countries")),
        in.prefixed(CUSTOM_PREFIX),
        new LinkedHashSet<>(in.optionalList(REMOVED_RULES)));
    in.rejectUnread();
    return parameters;
  }

  /**
   * The region a country's data is kept in (NEW-02); {@code null} only for {@code null} or a code
   * that names no country, since the table covers every ISO 3166-1 country.
   */
  public @Nullable String regionOf(@Nullable String country) {
    return country == null ? null : regions.get(country);
  }

  /** Whether Webex is offered in the country: it is not on {@code countries-not-offered} (NEW-03). */
  public boolean supports(@Nullable String country) {
    return country != null && !countriesNotOffered.contains(country);
  }

  /**
   * The carrier that takes device returns from a country: its own, else EMEAR's for a country on
   * {@code emear-countries}, else {@code null} when the partner determines the process (RET-02).
   */
  public @Nullable String returnCarrierFor(@Nullable String country) {
    if (country == null) {
      return null;
    }
    String carrier = returnCarrierByCountry.get(country);
    if (carrier != null) {
      return carrier;
    }
    return emearCountries.contains(country) ? emearReturnCarrier : null;
  }

  /**
   * Whether the address is at most {@value #MAX_EMAIL_LENGTH} characters (RFC 5321's limit, which
   * NEW-01 names) and matches {@link #emailPattern()}. The length is checked first, so that no
   * pattern ever runs on a longer text.
   */
  public boolean isEmail(@Nullable String address) {
    if (address == null || address.length() > MAX_EMAIL_LENGTH) {
      return false;
    }
    // Compiled once per pattern, not per call as String.matches and DRL's `matches` do: NEW-01
    // checks an address on every new customer's start decision.
    Pattern pattern = EMAIL_PATTERNS.get(emailPattern);
    if (pattern == null) {
      if (EMAIL_PATTERNS.size() > 64) {
        EMAIL_PATTERNS.clear(); // a service whose authors keep editing the pattern must not grow
      }
      pattern = Pattern.compile(emailPattern);
      EMAIL_PATTERNS.put(emailPattern, pattern);
    }
    return address != null && pattern.matcher(address).matches();
  }

  /** An author's own parameter, by its name without the {@code custom.} prefix. */
  public String custom(String name) {
    String value = custom.get(name);
    if (value == null) {
      throw new IllegalStateException("parameter " + CUSTOM_PREFIX + name + " is not defined");
    }
    return value;
  }

  /** A list parameter's value as it would be written: its items joined by commas. */
  private static String joined(java.util.Collection<?> values) {
    return values.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
  }

  /** A copy in the given order that refuses nulls and duplicates, naming the parameter. */
  private static <T> Set<T> distinct(String key, java.util.Collection<T> values) {
    Objects.requireNonNull(values, key);
    Set<T> copy = new LinkedHashSet<>();
    for (T value : values) {
      if (value == null) {
        throw new NullPointerException(key + " must not contain null");
      }
      if (!copy.add(value)) {
        throw new InvalidParameterException(key, joined(values), "lists '" + value + "' twice");
      }
    }
    return copy;
  }

  private static void nonNegative(String key, int value) {
    if (value < 0) {
      throw new InvalidParameterException(key, String.valueOf(value), "must not be negative");
    }
  }

  /**
   * A number of days: 0 to {@value #MAX_DAYS}, a century. The bound keeps every date a rule adds
   * a parameter to inside what {@link java.time.LocalDate} holds, for every date a fact may carry.
   */
  private static void days(String key, int value) {
    between(key, value, 0, MAX_DAYS);
  }

  private static void between(String key, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidParameterException(key, String.valueOf(value), "must be from " + min + " to " + max);
    }
  }

  private static void warnOrDeny(String key, Severity severity) {
    Objects.requireNonNull(severity, key);
    if (severity != Severity.WARN && severity != Severity.DENY) {
      throw new InvalidParameterException(key, severity.name(), "must be WARN or DENY");
    }
  }

  private static Set<String> countries(String key, java.util.Collection<String> codes) {
    Set<String> copy = distinct(key, codes);
    for (String code : copy) {
      if (!COUNTRY.matcher(code).matches()) {
        throw new InvalidParameterException(key, joined(copy),
            "lists '" + code + "', which is not an ISO 3166-1 alpha-2 code in capitals");
      }
    }
    return copy;
  }

  /** Reads typed values out of a properties map, remembering which keys were read. */
  private static final class Reader {
    private final Map<String, String> properties;
    private final Set<String> read = new LinkedHashSet<>();

    Reader(Map<String, String> properties) {
      this.properties = Objects.requireNonNull(properties, "properties");
    }

    String text(String key) {
      read.add(key);
      String value = properties.get(key);
      if (value == null) {
        throw new InvalidParameterException(key, null, "is not defined");
      }
      return value.strip();
    }

    int days(String key) {
      String value = text(key);
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new InvalidParameterException(key, value, "is not a whole number");
      }
    }

    Severity severity(String key) {
      String value = text(key);
      try {
        return Severity.valueOf(value);
      } catch (IllegalArgumentException e) {
        throw new InvalidParameterException(key, value, "must be WARN or DENY");
      }
    }

    List<String> list(String key) {
      String value = text(key);
      List<String> items = new ArrayList<>();
      for (String item : LIST_SEPARATOR.split(value)) {
        if (!item.isEmpty()) {
          if (items.contains(item)) {
            throw new InvalidParameterException(key, value, "lists '" + item + "' twice");
          }
          items.add(item);
        }
      }
      return items;
    }

    /** A list that may be left out, which is then empty. */
    List<String> optionalList(String key) {
      read.add(key);
      return properties.containsKey(key) ? list(key) : List.of();
    }

    List<Integer> integers(String key) {
      List<Integer> numbers = new ArrayList<>();
      for (String item : list(key)) {
        try {
          numbers.add(Integer.parseInt(item));
        } catch (NumberFormatException e) {
          throw new InvalidParameterException(key, properties.get(key).strip(),
              "must list whole numbers, has '" + item + "'");
        }
      }
      return numbers;
    }

    Map<String, String> prefixed(String prefix) {
      Map<String, String> entries = new LinkedHashMap<>();
      properties.forEach((key, value) -> {
        if (key.startsWith(prefix)) {
          read.add(key);
          entries.put(key.substring(prefix.length()), value.strip());
        }
      });
      return entries;
    }

    void rejectUnread() {
      for (String key : new TreeMap<>(properties).keySet()) {
        if (!read.contains(key)) {
          throw new InvalidParameterException(key, properties.get(key),
              "is unknown; an author's own parameters are named " + CUSTOM_PREFIX + "*");
        }
      }
    }
  }

  /** Equal when every accessor returns an equal value, as a record's would be. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PolicyParameters that
        && consentWindowDays == that.consentWindowDays
        && extensionStepDays == that.extensionStepDays
        && deviceMaximumDays == that.deviceMaximumDays
        && expiryNoticeLeadDays == that.expiryNoticeLeadDays
        && userNoticeDays == that.userNoticeDays
        && gracePeriodDays == that.gracePeriodDays
        && numberRetentionDays == that.numberRetentionDays
        && deviceReturnDays == that.deviceReturnDays
        && didsPerLocation == that.didsPerLocation
        && didsPerUser == that.didsPerUser
        && maxLicenseQuantity == that.maxLicenseQuantity
        && Objects.equals(callingNumbersSeverity, that.callingNumbersSeverity)
        && Objects.equals(shorteningExtensionSeverity, that.shorteningExtensionSeverity)
        && Objects.equals(services, that.services)
        && Objects.equals(verticals, that.verticals)
        && Objects.equals(durationChoices, that.durationChoices)
        && Objects.equals(deviceTypes, that.deviceTypes)
        && Objects.equals(poeDeviceTypes, that.poeDeviceTypes)
        && Objects.equals(emailPattern, that.emailPattern)
        && Objects.equals(regions, that.regions)
        && Objects.equals(countriesNotOffered, that.countriesNotOffered)
        && Objects.equals(deviceExtensionsEmail, that.deviceExtensionsEmail)
        && Objects.equals(unknownOrderEmail, that.unknownOrderEmail)
        && Objects.equals(returnCarrierByCountry, that.returnCarrierByCountry)
        && Objects.equals(emearCountries, that.emearCountries)
        && Objects.equals(emearReturnCarrier, that.emearReturnCarrier)
        && Objects.equals(replacementLabelCountries, that.replacementLabelCountries)
        && Objects.equals(custom, that.custom)
        && Objects.equals(removedRules, that.removedRules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        consentWindowDays, extensionStepDays, deviceMaximumDays, expiryNoticeLeadDays,
        userNoticeDays, gracePeriodDays, numberRetentionDays, deviceReturnDays, didsPerLocation,
        didsPerUser, maxLicenseQuantity, callingNumbersSeverity, shorteningExtensionSeverity,
        services, verticals, durationChoices, deviceTypes, poeDeviceTypes, emailPattern, regions,
        countriesNotOffered, deviceExtensionsEmail, unknownOrderEmail, returnCarrierByCountry,
        emearCountries, emearReturnCarrier, replacementLabelCountries, custom, removedRules);
  }

  /**
   * {@code PolicyParameters[consentWindowDays=..., ...]}, as a record prints: this type was a
   * record, and logs and test expectations read that form.
   */
  @Override
  public String toString() {
    return "PolicyParameters["
        + "consentWindowDays=" + consentWindowDays
        + ", extensionStepDays=" + extensionStepDays
        + ", deviceMaximumDays=" + deviceMaximumDays
        + ", expiryNoticeLeadDays=" + expiryNoticeLeadDays
        + ", userNoticeDays=" + userNoticeDays
        + ", gracePeriodDays=" + gracePeriodDays
        + ", numberRetentionDays=" + numberRetentionDays
        + ", deviceReturnDays=" + deviceReturnDays
        + ", didsPerLocation=" + didsPerLocation
        + ", didsPerUser=" + didsPerUser
        + ", maxLicenseQuantity=" + maxLicenseQuantity
        + ", callingNumbersSeverity=" + callingNumbersSeverity
        + ", shorteningExtensionSeverity=" + shorteningExtensionSeverity
        + ", services=" + services
        + ", verticals=" + verticals
        + ", durationChoices=" + durationChoices
        + ", deviceTypes=" + deviceTypes
        + ", poeDeviceTypes=" + poeDeviceTypes
        + ", emailPattern=" + emailPattern
        + ", regions=" + regions
        + ", countriesNotOffered=" + countriesNotOffered
        + ", deviceExtensionsEmail=" + deviceExtensionsEmail
        + ", unknownOrderEmail=" + unknownOrderEmail
        + ", returnCarrierByCountry=" + returnCarrierByCountry
        + ", emearCountries=" + emearCountries
        + ", emearReturnCarrier=" + emearReturnCarrier
        + ", replacementLabelCountries=" + replacementLabelCountries
        + ", custom=" + custom
        + ", removedRules=" + removedRules
        + "]";
  }
}
