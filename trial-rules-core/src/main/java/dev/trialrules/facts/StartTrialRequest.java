package dev.trialrules.facts;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

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
 *
 * @param flow which way the trial is started
 * @param today the date the request is decided on
 * @param partner the acting partner and user
 * @param customer the customer's organization, or {@link CustomerOrg#none()}
 * @param companyName the customer's company name (NEW-01)
 * @param adminEmail the customer admin's e-mail, lower-cased; blank counts as not given (NEW-01,
 *     EXIST-03, EXIST-04)
 * @param vertical the company's vertical, one of the configured verticals (NEW-01)
 * @param country the country with most users, ISO 3166-1 alpha-2 (NEW-02, NEW-03)
 * @param locationAcknowledged whether the user acknowledged a supported location (NEW-03)
 * @param services the trial services, each once (NEW-04)
 * @param licenseQuantity licences per service except Devices (NEW-05)
 * @param durationDays the trial's length in days, one of the configured choices (NEW-06)
 * @param meetingsEdition the Meetings edition when Meetings is chosen (NEW-07)
 * @param siteUrl the Webex Meetings site URL for Enterprise Edition (NEW-07)
 * @param timeZone the site's IANA time zone (NEW-07)
 * @param deviceShipments devices to ship, one entry per type (NEW-08, NEW-09)
 * @param shippingSkipReason why no devices are shipped, when none are (NEW-08)
 * @param alreadyShippedDeviceTypes device types already shipped for this trial (NEW-09)
 * @param poeSupported whether the customer can power phones over Ethernet; {@code null} when
 *     unknown, which counts as not confirmed (NEW-10)
 * @param callingUsers users who need a number; defaults to the licence quantity (NEW-11)
 * @param callingLocations Calling locations (NEW-11)
 * @param didsHeld phone numbers (DIDs) the customer already holds (NEW-11)
 * @param pstnSupportsCcp whether the customer's PSTN provider supports Cloud Connected PSTN (NEW-11)
 * @param organizationConfirmed whether the acting user confirmed that the organization found for
 *     the admin e-mail is the intended customer, on the source's confirmation screen (EXIST-03)
 */
public record StartTrialRequest(
    Flow flow,
    LocalDate today,
    Partner partner,
    CustomerOrg customer,
    String companyName,
    String adminEmail,
    String vertical,
    String country,
    boolean locationAcknowledged,
    List<String> services,
    Integer licenseQuantity,
    Integer durationDays,
    MeetingsEdition meetingsEdition,
    String siteUrl,
    ZoneId timeZone,
    List<DeviceShipment> deviceShipments,
    ShippingSkipReason shippingSkipReason,
    List<String> alreadyShippedDeviceTypes,
    Boolean poeSupported,
    Integer callingUsers,
    Integer callingLocations,
    int didsHeld,
    boolean pstnSupportsCcp,
    boolean organizationConfirmed)
    implements PolicyRequest {

  /** Validates and copies; see the record components. */
  public StartTrialRequest {
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
  }

  /** Starts a request with no services, no shipments and every optional field empty. */
  public static Builder builder(Flow flow, LocalDate today) {
    return new Builder(flow, today);
  }


  /** Builds a {@link StartTrialRequest}; every setter returns this builder. */
  public static final class Builder {
    private final Flow flow;
    private final LocalDate today;
    private Partner partner;
    private CustomerOrg customer = CustomerOrg.none();
    private String companyName;
    private String adminEmail;
    private String vertical;
    private String country;
    private boolean locationAcknowledged;
    private List<String> services = List.of();
    private Integer licenseQuantity;
    private Integer durationDays;
    private MeetingsEdition meetingsEdition;
    private String siteUrl;
    private ZoneId timeZone;
    private List<DeviceShipment> deviceShipments = List.of();
    private ShippingSkipReason shippingSkipReason;
    private List<String> alreadyShippedDeviceTypes = List.of();
    private Boolean poeSupported;
    private Integer callingUsers;
    private Integer callingLocations;
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
    public Builder companyName(String companyName) {
      this.companyName = companyName;
      return this;
    }

    /** The customer admin's e-mail address. */
    public Builder adminEmail(String adminEmail) {
      this.adminEmail = adminEmail;
      return this;
    }

    /** The company's vertical. */
    public Builder vertical(String vertical) {
      this.vertical = vertical;
      return this;
    }

    /** The country with most users (ISO 3166-1 alpha-2). */
    public Builder country(String country) {
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
    public Builder licenseQuantity(Integer licenseQuantity) {
      this.licenseQuantity = licenseQuantity;
      return this;
    }

    /** The trial's length in days. */
    public Builder durationDays(Integer durationDays) {
      this.durationDays = durationDays;
      return this;
    }

    /** The Meetings edition. */
    public Builder meetingsEdition(MeetingsEdition edition) {
      this.meetingsEdition = edition;
      return this;
    }

    /** The Meetings site URL. */
    public Builder siteUrl(String siteUrl) {
      this.siteUrl = siteUrl;
      return this;
    }

    /** The Meetings site's IANA time zone, such as {@code Europe/Copenhagen}. */
    public Builder timeZone(String zone) {
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
      more.add(new DeviceShipment(deviceType, quantity));
      this.deviceShipments = more;
      return this;
    }

    /** Why no devices are shipped. */
    public Builder shippingSkipReason(ShippingSkipReason reason) {
      this.shippingSkipReason = reason;
      return this;
    }

    /** Device types already shipped for this trial. */
    public Builder alreadyShippedDeviceTypes(String... deviceTypes) {
      this.alreadyShippedDeviceTypes = Check.copy(deviceTypes);
      return this;
    }

    /** Whether the customer can power phones over Ethernet. */
    public Builder poeSupported(Boolean poeSupported) {
      this.poeSupported = poeSupported;
      return this;
    }

    /** Users who need a phone number. */
    public Builder callingUsers(Integer callingUsers) {
      this.callingUsers = callingUsers;
      return this;
    }

    /** Calling locations. */
    public Builder callingLocations(Integer callingLocations) {
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
}
