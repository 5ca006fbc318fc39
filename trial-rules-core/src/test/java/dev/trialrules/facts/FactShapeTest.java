package dev.trialrules.facts;

import static dev.trialrules.facts.FactFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.PolicyParameters;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The facts' shape is what lets a release add a field without breaking a caller: no public
 * constructor to grow, value semantics the engine relies on, and nullness a caller can read.
 */
class FactShapeTest {

  @Test
  void noFact_hasAPublicConstructor_orIsARecord() throws Exception {
    List<String> open = new ArrayList<>();
    for (Class<?> type : factClasses()) {
      if (type.isRecord() || type.getConstructors().length > 0 || !Modifier.isFinal(type.getModifiers())) {
        open.add(type.getSimpleName());
      }
    }
    assertThat(factClasses()).contains(StartTrialRequest.class, Trial.class, ShippedDevice.class);
    assertThat(open).as("facts a caller could construct or extend").isEmpty();
  }

  /** The rules read PolicyParameters as a fact; it grows a field with every new parameter. */
  @Test
  void policyParameters_hasNoPublicConstructor() {
    assertThat(PolicyParameters.class.isRecord()).isFalse();
    assertThat(PolicyParameters.class.getConstructors()).isEmpty();
  }

  @Test
  void toBuilder_copiesEveryField() {
    StartTrialRequest request = FactFixtures.newCustomer().customer(FactFixtures.customer().build())
        .meetingsEdition(MeetingsEdition.ENTERPRISE).siteUrl("https://fjord.webex.com").timeZone("Europe/Oslo")
        .ship("PHONE", 2).shippingSkipReason(ShippingSkipReason.OTHER).alreadyShippedDeviceTypes("BOARD")
        .poeSupported(true).callingUsers(40).callingLocations(2).didsHeld(7).pstnSupportsCcp(true)
        .organizationConfirmed(true).build();
    Trial trial = Trial.builder("trial-1", FactFixtures.partner().build(), FactFixtures.customer().build())
        .customerAdminEmail("ceo@fjord.example").services(Services.DEVICES).licenseQuantity(5)
        .period(TODAY, TODAY.plusDays(30)).status(TrialStatus.PENDING_CONSENT).device("FOC1", "PHONE")
        .deviceDueDate(TODAY.plusDays(40)).extensionsGranted(1).consentSentOn(TODAY.minusDays(1)).build();

    assertThat(request.toBuilder().build()).isEqualTo(request).hasSameHashCodeAs(request)
        .hasToString(request.toString());
    assertThat(trial.toBuilder().build()).isEqualTo(trial).hasSameHashCodeAs(trial);
    assertThat(trial.toBuilder().trialId("trial-2").build()).isNotEqualTo(trial);
  }

  @Test
  void toString_readsAsTheRecordsDid() {
    assertThat(DeviceShipment.of("PHONE", 2)).hasToString("DeviceShipment[deviceType=PHONE, quantity=2]");
  }

  /** Every accessor that returns null for a fact built with only what is required says so. */
  @Test
  void anAccessorThatCanReturnNull_isMarkedNullable() throws Exception {
    Partner partner = FactFixtures.partner().build();
    Trial trial = Trial.builder("trial-1", partner, CustomerOrg.none()).period(TODAY, TODAY.plusDays(30)).build();
    List<Object> sparse = List.of(
        StartTrialRequest.builder(Flow.NEW_CUSTOMER, TODAY).partner(partner).build(),
        ConsentRequest.builder(ConsentAction.SEND, TODAY).partner(partner).build(),
        CustomerOrg.none(),
        trial,
        ConversionRequest.builder(TODAY, trial).orderedServices().build(),
        ServiceChangeRequest.builder(TODAY, trial).build(),
        DeviceReturnRequest.builder(TODAY, trial).returnedSerials().build());
    List<String> unmarked = new ArrayList<>();
    int nulls = 0;
    for (Object fact : sparse) {
      for (Method accessor : fact.getClass().getDeclaredMethods()) {
        if (Modifier.isPublic(accessor.getModifiers()) && !Modifier.isStatic(accessor.getModifiers())
            && accessor.getParameterCount() == 0 && !accessor.getReturnType().isPrimitive()
            && accessor.invoke(fact) == null) {
          nulls++;
          if (!accessor.getAnnotatedReturnType().isAnnotationPresent(Nullable.class)) {
            unmarked.add(fact.getClass().getSimpleName() + "." + accessor.getName() + "()");
          }
        }
      }
    }
    assertThat(nulls).as("accessors that returned null").isGreaterThan(15);
    assertThat(unmarked).isEmpty();
  }

  private static List<Class<?>> factClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Path.of(Trial.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve("dev/trialrules/facts");
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.list(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
        Class<?> type = Class.forName("dev.trialrules.facts." + file.getFileName().toString().replace(".class", ""));
        boolean holdsValues = Arrays.stream(type.getDeclaredFields())
            .anyMatch(f -> !Modifier.isStatic(f.getModifiers()));
        boolean fact = !type.isEnum() && !type.isInterface() && (holdsValues || type.isRecord());
        if (Modifier.isPublic(type.getModifiers()) && fact) {
          classes.add(type);
        }
      }
    }
    return classes;
  }
}
