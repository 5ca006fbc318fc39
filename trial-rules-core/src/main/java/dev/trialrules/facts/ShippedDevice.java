package dev.trialrules.facts;

/**
 * A device shipped for a trial, as the return is checked against it (RET-04).
 *
 * @param serialNumber the device's serial number, unique within the trial
 * @param deviceType its type, such as {@code PHONE}
 */
public record ShippedDevice(String serialNumber, String deviceType) {

  /** Validates; both components are required and not blank. */
  public ShippedDevice {
    Check.requiredIdentifier(serialNumber, "devices.serialNumber");
    Check.requiredIdentifier(deviceType, "devices.deviceType");
  }
}
