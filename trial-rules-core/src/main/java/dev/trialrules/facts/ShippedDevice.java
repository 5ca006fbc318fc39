package dev.trialrules.facts;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A device shipped for a trial, as the return is checked against it (RET-04).
 */
public final class ShippedDevice {
  private final String serialNumber;
  private final String deviceType;

  /** Validates; both components are required and not blank. */
  private ShippedDevice(String serialNumber, String deviceType) {
    Check.requiredIdentifier(serialNumber, "devices.serialNumber");
    Check.requiredIdentifier(deviceType, "devices.deviceType");
    this.serialNumber = serialNumber;
    this.deviceType = deviceType;
  }

  /**
   * A device shipped for a trial.
   *
   * @throws NullPointerException if either is {@code null}
   * @throws IllegalArgumentException if either is blank or too long
   */
  public static ShippedDevice of(String serialNumber, String deviceType) {
    return new ShippedDevice(serialNumber, deviceType);
  }

  /** The device's serial number, unique within the trial. */
  public String serialNumber() {
    return serialNumber;
  }

  /** Its type, such as {@code PHONE}. */
  public String deviceType() {
    return deviceType;
  }

  /**
   * Equal when every accessor returns an equal value, as a record's would be: Drools' logical
   * insertion and the JSON round trip compare facts by value.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ShippedDevice that
        && Objects.equals(serialNumber, that.serialNumber)
        && Objects.equals(deviceType, that.deviceType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(serialNumber, deviceType);
  }

  /**
   * {@code ShippedDevice[serialNumber=..., ...]}, as a record prints: these facts were records, and logs
   * and test expectations read that form.
   */
  @Override
  public String toString() {
    return "ShippedDevice["
        + "serialNumber=" + serialNumber
        + ", deviceType=" + deviceType
        + "]";
  }
}
