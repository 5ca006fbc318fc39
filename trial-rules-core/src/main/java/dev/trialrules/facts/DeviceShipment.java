package dev.trialrules.facts;

/**
 * Devices of one type to ship to the customer (NEW-08, NEW-09).
 *
 * @param deviceType a configured device type, such as {@code PHONE}
 * @param quantity how many, at least 1
 */
public record DeviceShipment(String deviceType, int quantity) {

  /** Validates; see the record components. */
  public DeviceShipment {
    Check.requiredIdentifier(deviceType, "deviceShipments.deviceType");
    Check.positive(quantity, "deviceShipments.quantity");
  }
}
