package dev.trialrules.facts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
 *
 * @param trialId the trial's ID, carried by every timeline event
 * @param partner the partner that runs the trial
 * @param customer the customer's organization, with its admins and country
 * @param customerAdminEmail the trial's customer admin, lower-cased (CONV-02)
 * @param services the trial's services, each once
 * @param licenseQuantity licences per service except Devices
 * @param startDate S, the day the trial started
 * @param endDate E, the expiry date: the first day it no longer runs; after {@code startDate}
 * @param status where the trial stands
 * @param devices the devices shipped for it, serial numbers unique (RET-04)
 * @param deviceDueDate the device due date stated in the EULA e-mail, if devices were shipped (RET-01)
 * @param extensionsGranted how many extensions it has had
 * @param consentSentOn when the consent e-mail went out, for a trial pending consent (EXIST-06)
 */
public record Trial(
    String trialId,
    Partner partner,
    CustomerOrg customer,
    String customerAdminEmail,
    List<String> services,
    int licenseQuantity,
    LocalDate startDate,
    LocalDate endDate,
    TrialStatus status,
    List<ShippedDevice> devices,
    LocalDate deviceDueDate,
    int extensionsGranted,
    LocalDate consentSentOn) {

  /** Validates and copies; see the record components. */
  public Trial {
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
  }

  /** Starts an active trial with no services, devices or extensions. */
  public static Builder builder(String trialId, Partner partner, CustomerOrg customer) {
    return new Builder(trialId, partner, customer);
  }

  /** The serial numbers of the devices shipped, in shipping order. */
  public List<String> serialNumbers() {
    return devices.stream().map(ShippedDevice::serialNumber).toList();
  }

  /** A copy of this trial with another status. */
  public Trial withStatus(TrialStatus newStatus) {
    return new Trial(trialId, partner, customer, customerAdminEmail, services, licenseQuantity, startDate,
        endDate, newStatus, devices, deviceDueDate, extensionsGranted, consentSentOn);
  }

  /** Builds a {@link Trial}; every setter returns this builder. */
  public static final class Builder {
    private final String trialId;
    private final Partner partner;
    private final CustomerOrg customer;
    private String customerAdminEmail;
    private List<String> services = List.of();
    private int licenseQuantity;
    private LocalDate startDate;
    private LocalDate endDate;
    private TrialStatus status = TrialStatus.ACTIVE;
    private List<ShippedDevice> devices = List.of();
    private LocalDate deviceDueDate;
    private int extensionsGranted;
    private LocalDate consentSentOn;

    private Builder(String trialId, Partner partner, CustomerOrg customer) {
      this.trialId = trialId;
      this.partner = partner;
      this.customer = customer;
    }

    /** The trial's customer admin. */
    public Builder customerAdminEmail(String email) {
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
      more.add(new ShippedDevice(serialNumber, deviceType));
      this.devices = more;
      return this;
    }

    /** The device due date from the EULA e-mail. */
    public Builder deviceDueDate(LocalDate due) {
      this.deviceDueDate = due;
      return this;
    }

    /** How many extensions the trial has had. */
    public Builder extensionsGranted(int count) {
      this.extensionsGranted = count;
      return this;
    }

    /** When the consent e-mail went out. */
    public Builder consentSentOn(LocalDate sentOn) {
      this.consentSentOn = sentOn;
      return this;
    }

    /** Builds the trial, validating every field. */
    public Trial build() {
      return new Trial(trialId, partner, customer, customerAdminEmail, services, licenseQuantity, startDate,
          endDate, status, devices, deviceDueDate, extensionsGranted, consentSentOn);
    }
  }
}
