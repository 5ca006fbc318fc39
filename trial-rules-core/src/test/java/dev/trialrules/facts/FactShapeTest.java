package dev.trialrules.facts;

import static dev.trialrules.testing.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.PolicyParameters;
import dev.trialrules.testing.Fixtures;
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
    StartTrialRequest request = fullRequest();
    Trial trial = fullTrial();

    assertThat(request.toBuilder().build()).isEqualTo(request).hasSameHashCodeAs(request)
        .hasToString(request.toString());
    assertThat(trial.toBuilder().build()).isEqualTo(trial).hasSameHashCodeAs(trial);
    assertThat(trial.toBuilder().trialId("trial-2").build()).isNotEqualTo(trial);
  }

  /**
   * A class, unlike a record, names each field in eleven places; this catches the one forgotten.
   * For every field of a fully set request and trial, a copy that differs in that field alone
   * must be unequal, hash differently, print the field, and survive {@code toBuilder()}.
   */
  @Test
  void everyField_takesPartInEqualsHashCodeToStringAndToBuilder() throws Exception {
    List<String> missed = new ArrayList<>();
    for (Object fact : List.of(fullRequest(), fullTrial())) {
      for (java.lang.reflect.Field field : fact.getClass().getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        field.setAccessible(true);
        Object copy = FactHelpers.copyWith(fact, field.getName(), other(field, field.get(fact)));
        Object rebuilt = copy instanceof Trial trial ? trial.toBuilder().build()
            : ((StartTrialRequest) copy).toBuilder().build();
        String where = fact.getClass().getSimpleName() + "." + field.getName();
        if (copy.equals(fact)) {
          missed.add(where + " in equals");
        }
        if (copy.hashCode() == fact.hashCode()) {
          missed.add(where + " in hashCode");
        }
        String printed = copy.toString();
        if (!printed.contains(", " + field.getName() + "=") && !printed.contains("[" + field.getName() + "=")) {
          missed.add(where + " in toString");
        }
        if (!rebuilt.equals(copy)) {
          missed.add(where + " in toBuilder");
        }
      }
    }
    assertThat(missed).isEmpty();
  }

  /** A valid value other than {@code value}, of the field's type. */
  private static Object other(java.lang.reflect.Field field, Object value) {
    Class<?> type = field.getType();
    if (type == boolean.class) {
      return !(Boolean) value;
    }
    if (type == int.class) {
      return (Integer) value + 1;
    }
    if (field.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
      return null;
    }
    if (type.isEnum()) {
      Object[] constants = type.getEnumConstants();
      return constants[0].equals(value) ? constants[1] : constants[0];
    }
    if (value instanceof java.time.LocalDate date) {
      return date.plusDays(1);
    }
    if (value instanceof List<?> list) {
      return list.isEmpty() ? List.of(Services.MESSAGING) : List.of();
    }
    if (value instanceof String text) {
      return text + "-2";
    }
    if (value instanceof Partner) {
      return Partner.builder("partner-2").build();
    }
    if (value instanceof CustomerOrg) {
      return CustomerOrg.builder("customer-2").build();
    }
    throw new AssertionError("teach FactShapeTest another " + type.getSimpleName() + " for " + field.getName());
  }

  private static StartTrialRequest fullRequest() {
    return Fixtures.newCustomer().customer(Fixtures.customer().build())
        .meetingsEdition(MeetingsEdition.ENTERPRISE).siteUrl("https://fjord.webex.com").timeZone("Europe/Oslo")
        .ship("PHONE", 2).shippingSkipReason(ShippingSkipReason.OTHER).alreadyShippedDeviceTypes("BOARD")
        .poeSupported(true).callingUsers(40).callingLocations(2).didsHeld(7).pstnSupportsCcp(true)
        .organizationConfirmed(true).build();
  }

  private static Trial fullTrial() {
    return Trial.builder("trial-1", Fixtures.partner().build(), Fixtures.customer().build())
        .customerAdminEmail("ceo@fjord.example").services(Services.DEVICES).licenseQuantity(5)
        .period(TODAY, TODAY.plusDays(30)).status(TrialStatus.PENDING_CONSENT).device("FOC1", "PHONE")
        .deviceDueDate(TODAY.plusDays(40)).extensionsGranted(1).consentSentOn(TODAY.minusDays(1)).build();
  }

  @Test
  void toString_readsAsTheRecordsDid() {
    assertThat(DeviceShipment.of("PHONE", 2)).hasToString("DeviceShipment[deviceType=PHONE, quantity=2]");
  }

  /** Every accessor that returns null for a fact built with only what is required says so. */
  @Test
  void anAccessorThatCanReturnNull_isMarkedNullable() throws Exception {
    Partner partner = Fixtures.partner().build();
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
