package dev.trialrules.facts;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
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
   * Calls the fact's one constructor with one field replaced, for values no builder or factory
   * can express (a null list, a missing organization with an ID); the constructor's exception
   * escapes. The constructor is private and takes every field in declaration order, as a
   * record's canonical constructor did.
   */
  @SuppressWarnings("unchecked")
  static <F> F copyWith(F fact, String field, Object value) {
    List<Field> fields = Arrays.stream(fact.getClass().getDeclaredFields())
        .filter(f -> !Modifier.isStatic(f.getModifiers())).toList();
    if (fields.stream().noneMatch(f -> f.getName().equals(field))) {
      throw new AssertionError(fact.getClass().getSimpleName() + " has no field " + field);
    }
    Object[] values = new Object[fields.size()];
    Class<?>[] types = new Class<?>[fields.size()];
    try {
      for (int i = 0; i < fields.size(); i++) {
        Field f = fields.get(i);
        f.setAccessible(true);
        types[i] = f.getType();
        values[i] = f.getName().equals(field) ? value : f.get(fact);
      }
      Constructor<?> all = fact.getClass().getDeclaredConstructor(types);
      all.setAccessible(true);
      return (F) all.newInstance(values);
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
