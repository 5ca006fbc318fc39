package dev.trialrules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceShipmentTest {

  @ParameterizedTest(name = "quantity {0}")
  @ValueSource(ints = {0, -3})
  void quantityBelowOne_isRefusedNamingTheFieldAndValue(int quantity) {
    assertThatIllegalArgumentException().isThrownBy(() -> new DeviceShipment("PHONE", quantity))
        .withMessageContainingAll("deviceShipments.quantity", String.valueOf(quantity));
  }

  @Test
  void missingDeviceType_isRefusedNamingTheField() {
    assertThatNullPointerException().isThrownBy(() -> new DeviceShipment(null, 1))
        .withMessageContaining("deviceShipments.deviceType");
  }

  @Test
  void blankDeviceType_isRefusedNamingTheField() {
    assertThatIllegalArgumentException().isThrownBy(() -> new DeviceShipment("  ", 1))
        .withMessageContaining("deviceShipments.deviceType");
  }

  @Test
  void shipments_areEqualByValue() {
    assertThat(new DeviceShipment("PHONE", 2))
        .isEqualTo(new DeviceShipment("PHONE", 2))
        .hasSameHashCodeAs(new DeviceShipment("PHONE", 2))
        .isNotEqualTo(new DeviceShipment("PHONE", 3));
  }
}
