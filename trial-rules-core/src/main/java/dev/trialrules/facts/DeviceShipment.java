package dev.trialrules.facts;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Devices of one type to ship to the customer (NEW-08, NEW-09).
 */
public final class DeviceShipment {
  private final String deviceType;
  private final int quantity;

  /** Validates; see the accessors. */
  private DeviceShipment(String deviceType, int quantity) {
    Check.requiredIdentifier(deviceType, "deviceShipments.deviceType");
    Check.positive(quantity, "deviceShipments.quantity");
    this.deviceType = deviceType;
    this.quantity = quantity;
  }

  /**
   * Devices of one type to ship.
   *
   * @throws NullPointerException if {@code deviceType} is {@code null}
   * @throws IllegalArgumentException if it is blank or too long, or {@code quantity} is not
   *     1 to 10,000,000
   */
  public static DeviceShipment of(String deviceType, int quantity) {
    return new DeviceShipment(deviceType, quantity);
  }

  /** A configured device type, such as {@code PHONE}. */
  public String deviceType() {
    return deviceType;
  }

  /** How many, at least 1. */
  public int quantity() {
    return quantity;
  }

  /**
   * Equal when every accessor returns an equal value, as a record's would be: Drools' logical
   * insertion and the JSON round trip compare facts by value.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof DeviceShipment that
        && Objects.equals(deviceType, that.deviceType)
        && quantity == that.quantity;
  }

  @Override
  public int hashCode() {
    return Objects.hash(deviceType, quantity);
  }

  /**
   * {@code DeviceShipment[deviceType=..., ...]}, as a record prints: these facts were records, and logs
   * and test expectations read that form.
   */
  @Override
  public String toString() {
    return "DeviceShipment["
        + "deviceType=" + deviceType
        + ", quantity=" + quantity
        + "]";
  }
}
