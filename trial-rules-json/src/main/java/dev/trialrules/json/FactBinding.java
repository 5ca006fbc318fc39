package dev.trialrules.json;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hands DTO values to the facts' builders and constructors, and reports a fact's refusal at the
 * JSON path of the object being built. Shared by every DTO so that a request's trial, a trial
 * file and a sweep line name a bad value the same way.
 */
final class FactBinding {
  /** A field name at the start of a fact's message: {@code licenseQuantity must not be ...}. */
  private static final Pattern LEADING_FIELD = Pattern.compile("^([a-z][A-Za-z]*)[ .]");

  private FactBinding() {}

  /** Leaves the builder's default in place when the JSON gave nothing. */
  static <T> void given(T value, Consumer<? super T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  /**
   * Runs a nested fact's builder. The facts name a failing field the way a request nests it,
   * without list indexes ({@code partner.tier}, {@code customer.admins.email},
   * {@code trial.endDate}); replacing that prefix ({@code factName}) with the JSON path gives
   * {@code request.customer.admins[1].email} or {@code request.trial.endDate}.
   */
  static <T> T build(String source, String path, String factName, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidRequestException(source, locate(path, factName, e.getMessage()));
    }
  }

  /**
   * Runs the builder of a top-level request, whose fact names its own fields bare
   * ({@code today must not be null}). A message that starts with one of the DTO's properties is
   * placed on it; any other ({@code service 'X' is both in addServices and removeServices}) is
   * placed on the request as a whole, rather than on a property that does not exist.
   */
  static <T> T buildRoot(String source, String path, Record dto, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      String message = e.getMessage();
      if (message == null || message.isBlank()) {
        throw new InvalidRequestException(source, path + " is invalid");
      }
      Matcher field = LEADING_FIELD.matcher(message);
      boolean known = field.find() && Arrays.stream(dto.getClass().getRecordComponents())
          .map(RecordComponent::getName).anyMatch(field.group(1)::equals);
      throw new InvalidRequestException(source, known ? path + "." + message : path + ": " + message);
    }
  }

  private static String locate(String path, String factName, String message) {
    if (message == null || message.isBlank()) {
      return path + " is invalid";
    }
    if (message.startsWith(factName + ".") || message.startsWith(factName + " ")) {
      return path + message.substring(factName.length());
    }
    return path + ": " + message;
  }
}
