package dev.trialrules.facts;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What the fact tests need beyond valid facts (those are {@link dev.trialrules.testing.Fixtures},
 * shared with the other modules): a way past the builders' checks, and another default locale.
 */
final class FactHelpers {
  static final Locale TURKISH = Locale.forLanguageTag("tr-TR");

  private FactHelpers() {}

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
