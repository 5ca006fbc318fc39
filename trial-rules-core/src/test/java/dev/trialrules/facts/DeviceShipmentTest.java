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
    assertThatIllegalArgumentException().isThrownBy(() -> DeviceShipment.of("PHONE", quantity))
        .withMessageContainingAll("deviceShipments.quantity", String.valueOf(quantity));
  }

  @Test
  void missingDeviceType_isRefusedNamingTheField() {
    assertThatNullPointerException().isThrownBy(() -> DeviceShipment.of(null, 1))
        .withMessageContaining("deviceShipments.deviceType");
  }

  @Test
  void blankDeviceType_isRefusedNamingTheField() {
    assertThatIllegalArgumentException().isThrownBy(() -> DeviceShipment.of("  ", 1))
        .withMessageContaining("deviceShipments.deviceType");
  }

  @Test
  void shipments_areEqualByValue() {
    assertThat(DeviceShipment.of("PHONE", 2))
        .isEqualTo(DeviceShipment.of("PHONE", 2))
        .hasSameHashCodeAs(DeviceShipment.of("PHONE", 2))
        .isNotEqualTo(DeviceShipment.of("PHONE", 3));
  }
}
