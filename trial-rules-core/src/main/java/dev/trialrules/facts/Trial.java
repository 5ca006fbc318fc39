package dev.trialrules.facts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A trial that has been started: what the actions of POLICY.md sections 5-9 and the timeline
 * are decided on.
 *
 * <pre>{@code
 * Trial trial = Trial.builder("trial-42", partner, customer)
 *     .services(Services.MESSAGING, Services.DEVICES).licenseQuantity(50)
 *     .period(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31))
 *     .status(TrialStatus.ACTIVE)
 *     .device("FOC1234X", "PHONE").deviceDueDate(LocalDate.of(2026, 11, 30))
 *     .build();
 * }</pre>
 */
public final class Trial {
  private final String trialId;
  private final Partner partner;
  private final CustomerOrg customer;
  private final @Nullable String customerAdminEmail;
  private final List<String> services;
  private final int licenseQuantity;
  private final LocalDate startDate;
  private final LocalDate endDate;
  private final TrialStatus status;
  private final List<ShippedDevice> devices;
  private final @Nullable LocalDate deviceDueDate;
  private final int extensionsGranted;
  private final @Nullable LocalDate consentSentOn;

  /** Validates and copies; see the accessors. */
  private Trial(
      String trialId,
      Partner partner,
      CustomerOrg customer,
      @Nullable String customerAdminEmail,
      List<String> services,
      int licenseQuantity,
      LocalDate startDate,
      LocalDate endDate,
      TrialStatus status,
      List<ShippedDevice> devices,
      @Nullable LocalDate deviceDueDate,
      int extensionsGranted,
      @Nullable LocalDate consentSentOn) {
    Check.requiredIdentifier(trialId, "trial.trialId");
    Check.notNull(partner, "trial.partner");
    Check.notNull(customer, "trial.customer");
    customerAdminEmail = Check.address(customerAdminEmail, "trial.customerAdminEmail");
    services = Check.codes(services, "trial.services");
    Check.nonNegative(licenseQuantity, "trial.licenseQuantity");
    Check.requiredDate(startDate, "trial.startDate");
    Check.requiredDate(endDate, "trial.endDate");
    if (!endDate.isAfter(startDate)) {
      throw new IllegalArgumentException(
          "trial.endDate must be after trial.startDate (" + startDate + "), was " + endDate);
    }
    Check.notNull(status, "trial.status");
    devices = Check.distinctList(devices, "trial.devices");
    Set<String> serials = new HashSet<>();
    for (ShippedDevice device : devices) {
      if (!serials.add(device.serialNumber())) {
        throw new IllegalArgumentException("trial.devices lists serial number '" + device.serialNumber() + "' twice");
      }
    }
    Check.date(deviceDueDate, "trial.deviceDueDate");
    Check.nonNegative(extensionsGranted, "trial.extensionsGranted");
    Check.date(consentSentOn, "trial.consentSentOn");
    this.trialId = trialId;
    this.partner = partner;
    this.customer = customer;
    this.customerAdminEmail = customerAdminEmail;
    this.services = services;
    this.licenseQuantity = licenseQuantity;
    this.startDate = startDate;
    this.endDate = endDate;
    this.status = status;
    this.devices = devices;
    this.deviceDueDate = deviceDueDate;
    this.extensionsGranted = extensionsGranted;
    this.consentSentOn = consentSentOn;
  }

  /** The trial's ID, carried by every timeline event. */
  public String trialId() {
    return trialId;
  }

  /** The partner that runs the trial. */
  public Partner partner() {
    return partner;
  }

  /** The customer's organization, with its admins and country. */
  public CustomerOrg customer() {
    return customer;
  }

  /** The trial's customer admin, lower-cased (CONV-02). */
  public @Nullable String customerAdminEmail() {
    return customerAdminEmail;
  }

  /** The trial's services, each once. */
  public List<String> services() {
    return services;
  }

  /** Licences per service except Devices. */
  public int licenseQuantity() {
    return licenseQuantity;
  }

  /** S, the day the trial started. */
  public LocalDate startDate() {
    return startDate;
  }

  /** E, the expiry date: the first day it no longer runs; after {@code startDate}. */
  public LocalDate endDate() {
    return endDate;
  }

  /** Where the trial stands. */
  public TrialStatus status() {
    return status;
  }

  /** The devices shipped for it, serial numbers unique (RET-04). */
  public List<ShippedDevice> devices() {
    return devices;
  }

  /** The device due date stated in the EULA e-mail, if devices were shipped (RET-01). */
  public @Nullable LocalDate deviceDueDate() {
    return deviceDueDate;
  }

  /** How many extensions it has had. */
  public int extensionsGranted() {
    return extensionsGranted;
  }

  /** When the consent e-mail went out, for a trial pending consent (EXIST-06). */
  public @Nullable LocalDate consentSentOn() {
    return consentSentOn;
  }

  /** Starts an active trial with no services, devices or extensions. */
  public static Builder builder(String trialId, Partner partner, CustomerOrg customer) {
    return new Builder(trialId, partner, customer);
  }

  /**
   * A builder holding every value of this trial, for a copy that differs in a few: the way to
   * "change" a fact without naming the fields that stay, so that a field added later is kept.
   */
  public Builder toBuilder() {
    Builder b = new Builder(trialId, partner, customer);
    b.customerAdminEmail = customerAdminEmail;
    b.services = services;
    b.licenseQuantity = licenseQuantity;
    b.startDate = startDate;
    b.endDate = endDate;
    b.status = status;
    b.devices = devices;
    b.deviceDueDate = deviceDueDate;
    b.extensionsGranted = extensionsGranted;
    b.consentSentOn = consentSentOn;
    return b;
  }

  /** The serial numbers of the devices shipped, in shipping order. */
  public List<String> serialNumbers() {
    return devices.stream().map(ShippedDevice::serialNumber).toList();
  }

  /** A copy of this trial with another status. */
  public Trial withStatus(TrialStatus newStatus) {
    return toBuilder().status(newStatus).build();
  }

  /** Builds a {@link Trial}; every setter returns this builder. */
  public static final class Builder {
    private String trialId;
    private Partner partner;
    private CustomerOrg customer;
    private @Nullable String customerAdminEmail;
    private List<String> services = List.of();
    private int licenseQuantity;
    private @Nullable LocalDate startDate;
    private @Nullable LocalDate endDate;
    private TrialStatus status = TrialStatus.ACTIVE;
    private List<ShippedDevice> devices = List.of();
    private @Nullable LocalDate deviceDueDate;
    private int extensionsGranted;
    private @Nullable LocalDate consentSentOn;

    private Builder(String trialId, Partner partner, CustomerOrg customer) {
      this.trialId = trialId;
      this.partner = partner;
      this.customer = customer;
    }

    /** The trial's ID, replacing the one the builder was started with. */
    public Builder trialId(String trialId) {
      this.trialId = trialId;
      return this;
    }

    /** The partner that runs the trial, replacing the one the builder was started with. */
    public Builder partner(Partner partner) {
      this.partner = partner;
      return this;
    }

    /** The customer's organization, replacing the one the builder was started with. */
    public Builder customer(CustomerOrg customer) {
      this.customer = customer;
      return this;
    }

    /** The trial's customer admin. */
    public Builder customerAdminEmail(@Nullable String email) {
      this.customerAdminEmail = email;
      return this;
    }

    /** The trial's services. */
    public Builder services(String... services) {
      this.services = Check.copy(services);
      return this;
    }

    /** The trial's services. */
    public Builder services(Collection<String> services) {
      this.services = Check.copy(services);
      return this;
    }

    /** Licences per service. */
    public Builder licenseQuantity(int quantity) {
      this.licenseQuantity = quantity;
      return this;
    }

    /** The start date S and the expiry date E. */
    public Builder period(LocalDate start, LocalDate end) {
      this.startDate = start;
      this.endDate = end;
      return this;
    }

    /** The trial's status; active by default. */
    public Builder status(TrialStatus status) {
      this.status = status;
      return this;
    }

    /** The devices shipped. */
    public Builder devices(Collection<ShippedDevice> devices) {
      this.devices = Check.copy(devices);
      return this;
    }

    /** Adds a shipped device. */
    public Builder device(String serialNumber, String deviceType) {
      List<ShippedDevice> more = new java.util.ArrayList<>(devices);
      more.add(ShippedDevice.of(serialNumber, deviceType));
      this.devices = more;
      return this;
    }

    /** The device due date from the EULA e-mail. */
    public Builder deviceDueDate(@Nullable LocalDate due) {
      this.deviceDueDate = due;
      return this;
    }

    /** How many extensions the trial has had. */
    public Builder extensionsGranted(int count) {
      this.extensionsGranted = count;
      return this;
    }

    /** When the consent e-mail went out. */
    public Builder consentSentOn(@Nullable LocalDate sentOn) {
      this.consentSentOn = sentOn;
      return this;
    }

    /** Builds the trial, validating every field. */
    public Trial build() {
      return new Trial(trialId, partner, customer, customerAdminEmail, services, licenseQuantity, startDate,
          endDate, status, devices, deviceDueDate, extensionsGranted, consentSentOn);
    }
  }

  /**
   * Equal when every accessor returns an equal value, as a record's would be: Drools' logical
   * insertion and the JSON round trip compare facts by value.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Trial that
        && Objects.equals(trialId, that.trialId)
        && Objects.equals(partner, that.partner)
        && Objects.equals(customer, that.customer)
        && Objects.equals(customerAdminEmail, that.customerAdminEmail)
        && Objects.equals(services, that.services)
        && licenseQuantity == that.licenseQuantity
        && Objects.equals(startDate, that.startDate)
        && Objects.equals(endDate, that.endDate)
        && Objects.equals(status, that.status)
        && Objects.equals(devices, that.devices)
        && Objects.equals(deviceDueDate, that.deviceDueDate)
        && extensionsGranted == that.extensionsGranted
        && Objects.equals(consentSentOn, that.consentSentOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        trialId, partner, customer, customerAdminEmail, services, licenseQuantity, startDate,
        endDate, status, devices, deviceDueDate, extensionsGranted, consentSentOn);
  }

  /**
   * {@code Trial[trialId=..., ...]}, as a record prints: these facts were records, and logs
   * and test expectations read that form.
   */
  @Override
  public String toString() {
    return "Trial["
        + "trialId=" + trialId
        + ", partner=" + partner
        + ", customer=" + customer
        + ", customerAdminEmail=" + customerAdminEmail
        + ", services=" + services
        + ", licenseQuantity=" + licenseQuantity
        + ", startDate=" + startDate
        + ", endDate=" + endDate
        + ", status=" + status
        + ", devices=" + devices
        + ", deviceDueDate=" + deviceDueDate
        + ", extensionsGranted=" + extensionsGranted
        + ", consentSentOn=" + consentSentOn
        + "]";
  }
}
