package dev.trialrules.facts;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Valid facts for tests to change one thing at a time, and the helpers to change it. */
final class FactFixtures {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  static final Locale TURKISH = Locale.forLanguageTag("tr-TR");

  private FactFixtures() {}

  static Partner.Builder partner() {
    return Partner.builder("partner-1").verified(true).tier(PartnerTier.TIER_1)
        .roles(PartnerRole.SALES_ADMIN).adminEmails(List.of("sales@partner.example"));
  }

  static CustomerOrg.Builder customer() {
    return CustomerOrg.builder("customer-1").country("DK")
        .fullAdmin("ceo@fjord.example").admin("it@fjord.example")
        .purchased(Services.MEETINGS).otherPartnerTrials(Services.CALLING);
  }

  /** A new customer's request with every user input given. */
  static StartTrialRequest.Builder newCustomer() {
    return StartTrialRequest.builder(Flow.NEW_CUSTOMER, TODAY)
        .partner(partner().build())
        .companyName("Fjord Shipping A/S").adminEmail("it@fjord.example").vertical("Transportation")
        .country("DK").locationAcknowledged(true)
        .services(Services.MESSAGING, Services.CALLING).licenseQuantity(200).durationDays(60);
  }

  static ConsentRequest.Builder consent(ConsentAction action) {
    return ConsentRequest.builder(action, TODAY)
        .partner(partner().build()).customer(customer().build())
        .adminEmail("it@fjord.example").sentOn(TODAY.minusDays(3));
  }

  /**
   * Calls the record's canonical constructor with one component replaced, for values a builder
   * cannot express (a null list, a list with a null entry); the constructor's exception escapes.
   */
  @SuppressWarnings("unchecked")
  static <R extends Record> R copyWith(R record, String component, Object value) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    if (Arrays.stream(components).noneMatch(c -> c.getName().equals(component))) {
      throw new AssertionError(record.getClass().getSimpleName() + " has no component " + component);
    }
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = components[i].getName().equals(component)
            ? value : components[i].getAccessor().invoke(record);
      }
      Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
      return (R) canonical.newInstance(values);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** Runs {@code action} under another default locale, restoring the previous one after. */
  static <T> T underDefaultLocale(Locale locale, Supplier<T> action) {
    Locale saved = Locale.getDefault();
    Locale.setDefault(locale);
    try {
      return action.get();
    } finally {
      Locale.setDefault(saved);
    }
  }
}
