package dev.trialrules.facts;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A partner's request to start a trial, in one of the three {@link Flow}s (POLICY sections 1-4).
 *
 * <p>Fields the user fills in may be {@code null} or empty: the rules answer with a
 * {@code REQUIRE} finding naming the field. Values that cannot be right at all are refused here.
 *
 * <pre>{@code
 * StartTrialRequest request = StartTrialRequest.builder(Flow.NEW_CUSTOMER, LocalDate.of(2026, 11, 23))
 *     .partner(Partner.builder("partner-1").verified(true).roles(PartnerRole.SALES_ADMIN).build())
 *     .companyName("Fjord Shipping A/S").adminEmail("it@fjord.example").vertical("Transportation")
 *     .country("DK").locationAcknowledged(true)
 *     .services(Services.MESSAGING, Services.MEETINGS).licenseQuantity(200).durationDays(60)
 *     .meetingsEdition(MeetingsEdition.STANDARD)
 *     .build();
 * }</pre>
 */
public final class StartTrialRequest implements PolicyRequest {
  private final Flow flow;
  private final LocalDate today;
  private final Partner partner;
  private final CustomerOrg customer;
  private final @Nullable String companyName;
  private final @Nullable String adminEmail;
  private final @Nullable String vertical;
  private final @Nullable String country;
  private final boolean locationAcknowledged;
  private final List<String> services;
  private final @Nullable Integer licenseQuantity;
  private final @Nullable Integer durationDays;
  private final @Nullable MeetingsEdition meetingsEdition;
  private final @Nullable String siteUrl;
  private final @Nullable ZoneId timeZone;
  private final List<DeviceShipment> deviceShipments;
  private final @Nullable ShippingSkipReason shippingSkipReason;
  private final List<String> alreadyShippedDeviceTypes;
  private final @Nullable Boolean poeSupported;
  private final @Nullable Integer callingUsers;
  private final @Nullable Integer callingLocations;
  private final int didsHeld;
  private final boolean pstnSupportsCcp;
  private final boolean organizationConfirmed;

  /** Validates and copies; see the accessors. */
  private StartTrialRequest(
      Flow flow,
      LocalDate today,
      Partner partner,
      CustomerOrg customer,
      @Nullable String companyName,
      @Nullable String adminEmail,
      @Nullable String vertical,
      @Nullable String country,
      boolean locationAcknowledged,
      List<String> services,
      @Nullable Integer licenseQuantity,
      @Nullable Integer durationDays,
      @Nullable MeetingsEdition meetingsEdition,
      @Nullable String siteUrl,
      @Nullable ZoneId timeZone,
      List<DeviceShipment> deviceShipments,
      @Nullable ShippingSkipReason shippingSkipReason,
      List<String> alreadyShippedDeviceTypes,
      @Nullable Boolean poeSupported,
      @Nullable Integer callingUsers,
      @Nullable Integer callingLocations,
      int didsHeld,
      boolean pstnSupportsCcp,
      boolean organizationConfirmed) {
    Check.notNull(flow, "flow");
    Check.requiredDate(today, "today");
    Check.notNull(partner, "partner");
    Check.notNull(customer, "customer");
    adminEmail = Check.email(adminEmail, "adminEmail");
    Check.country(country, "country");
    services = Check.codes(services, "services");
    Check.nonNegative(licenseQuantity, "licenseQuantity");
    if (durationDays != null) {
      Check.positive(durationDays, "durationDays");
    }
    if (timeZone != null) {
      Check.zone(timeZone.getId(), "timeZone");
    }
    deviceShipments = Check.distinctList(deviceShipments, "deviceShipments");
    alreadyShippedDeviceTypes = Check.codes(alreadyShippedDeviceTypes, "alreadyShippedDeviceTypes");
    Check.nonNegative(callingUsers, "callingUsers");
    Check.nonNegative(callingLocations, "callingLocations");
    Check.nonNegative(didsHeld, "didsHeld");
    // Last, so that a value that is wrong as well as long is reported for what is wrong with it.
    Check.name(companyName, "companyName");
    Check.label(vertical, "vertical");
    Check.url(siteUrl, "siteUrl");
    this.flow = flow;
    this.today = today;
    this.partner = partner;
    this.customer = customer;
    this.companyName = companyName;
    this.adminEmail = adminEmail;
    this.vertical = vertical;
    this.country = country;
    this.locationAcknowledged = locationAcknowledged;
    this.services = services;
    this.licenseQuantity = licenseQuantity;
    this.durationDays = durationDays;
    this.meetingsEdition = meetingsEdition;
    this.siteUrl = siteUrl;
    this.timeZone = timeZone;
    this.deviceShipments = deviceShipments;
    this.shippingSkipReason = shippingSkipReason;
    this.alreadyShippedDeviceTypes = alreadyShippedDeviceTypes;
    this.poeSupported = poeSupported;
    this.callingUsers = callingUsers;
    this.callingLocations = callingLocations;
    this.didsHeld = didsHeld;
    this.pstnSupportsCcp = pstnSupportsCcp;
    this.organizationConfirmed = organizationConfirmed;
  }

  /** Which way the trial is started. */
  public Flow flow() {
    return flow;
  }

  /** The date the request is decided on. */
  public LocalDate today() {
    return today;
  }

  /** The acting partner and user. */
  public Partner partner() {
    return partner;
  }

  /** The customer's organization, or {@link CustomerOrg#none()}. */
  public CustomerOrg customer() {
    return customer;
  }

  /** The customer's company name (NEW-01). */
  public @Nullable String companyName() {
    return companyName;
  }

  /**
   * The customer admin's e-mail, lower-cased; blank counts as not given (NEW-01, EXIST-03,
   * EXIST-04).
   */
  public @Nullable String adminEmail() {
    return adminEmail;
  }

  /** The company's vertical, one of the configured verticals (NEW-01). */
  public @Nullable String vertical() {
    return vertical;
  }

  /** The country with most users, ISO 3166-1 alpha-2 (NEW-02, NEW-03). */
  public @Nullable String country() {
    return country;
  }

  /** Whether the user acknowledged a supported location (NEW-03). */
  public boolean locationAcknowledged() {
    return locationAcknowledged;
  }

  /** The trial services, each once (NEW-04). */
  public List<String> services() {
    return services;
  }

  /** Licences per service except Devices (NEW-05). */
  public @Nullable Integer licenseQuantity() {
    return licenseQuantity;
  }

  /** The trial's length in days, one of the configured choices (NEW-06). */
  public @Nullable Integer durationDays() {
    return durationDays;
  }

  /** The Meetings edition when Meetings is chosen (NEW-07). */
  public @Nullable MeetingsEdition meetingsEdition() {
    return meetingsEdition;
  }

  /** The Webex Meetings site URL for Enterprise Edition (NEW-07). */
  public @Nullable String siteUrl() {
    return siteUrl;
  }

  /** The site's IANA time zone (NEW-07). */
  public @Nullable ZoneId timeZone() {
    return timeZone;
  }

  /** Devices to ship, one entry per type (NEW-08, NEW-09). */
  public List<DeviceShipment> deviceShipments() {
    return deviceShipments;
  }

  /** Why no devices are shipped, when none are (NEW-08). */
  public @Nullable ShippingSkipReason shippingSkipReason() {
    return shippingSkipReason;
  }

  /** Device types already shipped for this trial (NEW-09). */
  public List<String> alreadyShippedDeviceTypes() {
    return alreadyShippedDeviceTypes;
  }

  /**
   * Whether the customer can power phones over Ethernet; {@code null} when unknown, which counts as
   * not confirmed (NEW-10).
   */
  public @Nullable Boolean poeSupported() {
    return poeSupported;
  }

  /** Users who need a number; defaults to the licence quantity (NEW-11). */
  public @Nullable Integer callingUsers() {
    return callingUsers;
  }

  /** Calling locations (NEW-11). */
  public @Nullable Integer callingLocations() {
    return callingLocations;
  }

  /** Phone numbers (DIDs) the customer already holds (NEW-11). */
  public int didsHeld() {
    return didsHeld;
  }

  /** Whether the customer's PSTN provider supports Cloud Connected PSTN (NEW-11). */
  public boolean pstnSupportsCcp() {
    return pstnSupportsCcp;
  }

  /**
   * Whether the acting user confirmed that the organization found for the admin e-mail is the
   * intended customer, on the source's confirmation screen (EXIST-03).
   */
  public boolean organizationConfirmed() {
    return organizationConfirmed;
  }

  /** Starts a request with no services, no shipments and every optional field empty. */
  public static Builder builder(Flow flow, LocalDate today) {
    return new Builder(flow, today);
  }

  /**
   * A builder holding every value of this request, for a copy that differs in a few: the way to
   * "change" a fact without naming the fields that stay, so that a field added later is kept.
   */
  public Builder toBuilder() {
    Builder b = new Builder(flow, today);
    b.partner = partner;
    b.customer = customer;
    b.companyName = companyName;
    b.adminEmail = adminEmail;
    b.vertical = vertical;
    b.country = country;
    b.locationAcknowledged = locationAcknowledged;
    b.services = services;
    b.licenseQuantity = licenseQuantity;
    b.durationDays = durationDays;
    b.meetingsEdition = meetingsEdition;
    b.siteUrl = siteUrl;
    b.timeZone = timeZone;
    b.deviceShipments = deviceShipments;
    b.shippingSkipReason = shippingSkipReason;
    b.alreadyShippedDeviceTypes = alreadyShippedDeviceTypes;
    b.poeSupported = poeSupported;
    b.callingUsers = callingUsers;
    b.callingLocations = callingLocations;
    b.didsHeld = didsHeld;
    b.pstnSupportsCcp = pstnSupportsCcp;
    b.organizationConfirmed = organizationConfirmed;
    return b;
  }


  /** Builds a {@link StartTrialRequest}; every setter returns this builder. */
  public static final class Builder {
    private final Flow flow;
    private final LocalDate today;
    private Partner partner;
    private CustomerOrg customer = CustomerOrg.none();
    private @Nullable String companyName;
    private @Nullable String adminEmail;
    private @Nullable String vertical;
    private @Nullable String country;
    private boolean locationAcknowledged;
    private List<String> services = List.of();
    private @Nullable Integer licenseQuantity;
    private @Nullable Integer durationDays;
    private @Nullable MeetingsEdition meetingsEdition;
    private @Nullable String siteUrl;
    private @Nullable ZoneId timeZone;
    private List<DeviceShipment> deviceShipments = List.of();
    private @Nullable ShippingSkipReason shippingSkipReason;
    private List<String> alreadyShippedDeviceTypes = List.of();
    private @Nullable Boolean poeSupported;
    private @Nullable Integer callingUsers;
    private @Nullable Integer callingLocations;
    private int didsHeld;
    private boolean pstnSupportsCcp;
    private boolean organizationConfirmed;

    private Builder(Flow flow, LocalDate today) {
      this.flow = flow;
      this.today = today;
    }

    /** The acting partner. */
    public Builder partner(Partner partner) {
      this.partner = partner;
      return this;
    }

    /** The customer's organization; {@link CustomerOrg#none()} by default. */
    public Builder customer(CustomerOrg customer) {
      this.customer = customer;
      return this;
    }

    /** The customer's company name. */
    public Builder companyName(@Nullable String companyName) {
      this.companyName = companyName;
      return this;
    }

    /** The customer admin's e-mail address. */
    public Builder adminEmail(@Nullable String adminEmail) {
      this.adminEmail = adminEmail;
      return this;
    }

    /** The company's vertical. */
    public Builder vertical(@Nullable String vertical) {
      this.vertical = vertical;
      return this;
    }

    /** The country with most users (ISO 3166-1 alpha-2). */
    public Builder country(@Nullable String country) {
      this.country = country;
      return this;
    }

    /** Whether the user acknowledged that the customer is in a supported location. */
    public Builder locationAcknowledged(boolean acknowledged) {
      this.locationAcknowledged = acknowledged;
      return this;
    }

    /** The trial services. */
    public Builder services(String... services) {
      this.services = Check.copy(services);
      return this;
    }

    /** The trial services. */
    public Builder services(Collection<String> services) {
      this.services = Check.copy(services);
      return this;
    }

    /** Licences per service. */
    public Builder licenseQuantity(@Nullable Integer licenseQuantity) {
      this.licenseQuantity = licenseQuantity;
      return this;
    }

    /** The trial's length in days. */
    public Builder durationDays(@Nullable Integer durationDays) {
      this.durationDays = durationDays;
      return this;
    }

    /** The Meetings edition. */
    public Builder meetingsEdition(@Nullable MeetingsEdition edition) {
      this.meetingsEdition = edition;
      return this;
    }

    /** The Meetings site URL. */
    public Builder siteUrl(@Nullable String siteUrl) {
      this.siteUrl = siteUrl;
      return this;
    }

    /** The Meetings site's IANA time zone, such as {@code Europe/Copenhagen}. */
    public Builder timeZone(@Nullable String zone) {
      this.timeZone = Check.zone(zone, "timeZone");
      return this;
    }

    /** Devices to ship. */
    public Builder deviceShipments(Collection<DeviceShipment> shipments) {
      this.deviceShipments = Check.copy(shipments);
      return this;
    }

    /** Adds devices of one type to ship. */
    public Builder ship(String deviceType, int quantity) {
      List<DeviceShipment> more = new java.util.ArrayList<>(deviceShipments);
      more.add(DeviceShipment.of(deviceType, quantity));
      this.deviceShipments = more;
      return this;
    }

    /** Why no devices are shipped. */
    public Builder shippingSkipReason(@Nullable ShippingSkipReason reason) {
      this.shippingSkipReason = reason;
      return this;
    }

    /** Device types already shipped for this trial. */
    public Builder alreadyShippedDeviceTypes(String... deviceTypes) {
      this.alreadyShippedDeviceTypes = Check.copy(deviceTypes);
      return this;
    }

    /** Whether the customer can power phones over Ethernet. */
    public Builder poeSupported(@Nullable Boolean poeSupported) {
      this.poeSupported = poeSupported;
      return this;
    }

    /** Users who need a phone number. */
    public Builder callingUsers(@Nullable Integer callingUsers) {
      this.callingUsers = callingUsers;
      return this;
    }

    /** Calling locations. */
    public Builder callingLocations(@Nullable Integer callingLocations) {
      this.callingLocations = callingLocations;
      return this;
    }

    /** Phone numbers the customer already holds. */
    public Builder didsHeld(int didsHeld) {
      this.didsHeld = didsHeld;
      return this;
    }

    /** Whether the customer's PSTN provider supports Cloud Connected PSTN. */
    public Builder pstnSupportsCcp(boolean supportsCcp) {
      this.pstnSupportsCcp = supportsCcp;
      return this;
    }

    /**
     * Whether the acting user confirmed that the organization found for the admin e-mail is the
     * intended customer (EXIST-03).
     */
    public Builder organizationConfirmed(boolean confirmed) {
      this.organizationConfirmed = confirmed;
      return this;
    }

    /** Builds the request, validating every field. */
    public StartTrialRequest build() {
      return new StartTrialRequest(flow, today, partner, customer, companyName, adminEmail, vertical,
          country, locationAcknowledged, services, licenseQuantity, durationDays, meetingsEdition,
          siteUrl, timeZone, deviceShipments, shippingSkipReason, alreadyShippedDeviceTypes,
          poeSupported, callingUsers, callingLocations, didsHeld, pstnSupportsCcp, organizationConfirmed);
    }
  }

  /**
   * Equal when every accessor returns an equal value, as a record's would be: Drools' logical
   * insertion and the JSON round trip compare facts by value.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof StartTrialRequest that
        && Objects.equals(flow, that.flow)
        && Objects.equals(today, that.today)
        && Objects.equals(partner, that.partner)
        && Objects.equals(customer, that.customer)
        && Objects.equals(companyName, that.companyName)
        && Objects.equals(adminEmail, that.adminEmail)
        && Objects.equals(vertical, that.vertical)
        && Objects.equals(country, that.country)
        && locationAcknowledged == that.locationAcknowledged
        && Objects.equals(services, that.services)
        && Objects.equals(licenseQuantity, that.licenseQuantity)
        && Objects.equals(durationDays, that.durationDays)
        && Objects.equals(meetingsEdition, that.meetingsEdition)
        && Objects.equals(siteUrl, that.siteUrl)
        && Objects.equals(timeZone, that.timeZone)
        && Objects.equals(deviceShipments, that.deviceShipments)
        && Objects.equals(shippingSkipReason, that.shippingSkipReason)
        && Objects.equals(alreadyShippedDeviceTypes, that.alreadyShippedDeviceTypes)
        && Objects.equals(poeSupported, that.poeSupported)
        && Objects.equals(callingUsers, that.callingUsers)
        && Objects.equals(callingLocations, that.callingLocations)
        && didsHeld == that.didsHeld
        && pstnSupportsCcp == that.pstnSupportsCcp
        && organizationConfirmed == that.organizationConfirmed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        flow, today, partner, customer, companyName, adminEmail, vertical, country,
        locationAcknowledged, services, licenseQuantity, durationDays, meetingsEdition, siteUrl,
        timeZone, deviceShipments, shippingSkipReason, alreadyShippedDeviceTypes, poeSupported,
        callingUsers, callingLocations, didsHeld, pstnSupportsCcp, organizationConfirmed);
  }

  /**
   * {@code StartTrialRequest[flow=..., ...]}, as a record prints: these facts were records, and logs
   * and test expectations read that form.
   */
  @Override
  public String toString() {
    return "StartTrialRequest["
        + "flow=" + flow
        + ", today=" + today
        + ", partner=" + partner
        + ", customer=" + customer
        + ", companyName=" + companyName
        + ", adminEmail=" + adminEmail
        + ", vertical=" + vertical
        + ", country=" + country
        + ", locationAcknowledged=" + locationAcknowledged
        + ", services=" + services
        + ", licenseQuantity=" + licenseQuantity
        + ", durationDays=" + durationDays
        + ", meetingsEdition=" + meetingsEdition
        + ", siteUrl=" + siteUrl
        + ", timeZone=" + timeZone
        + ", deviceShipments=" + deviceShipments
        + ", shippingSkipReason=" + shippingSkipReason
        + ", alreadyShippedDeviceTypes=" + alreadyShippedDeviceTypes
        + ", poeSupported=" + poeSupported
        + ", callingUsers=" + callingUsers
        + ", callingLocations=" + callingLocations
        + ", didsHeld=" + didsHeld
        + ", pstnSupportsCcp=" + pstnSupportsCcp
        + ", organizationConfirmed=" + organizationConfirmed
        + "]";
  }
}
