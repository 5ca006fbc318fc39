package dev.trialrules.rules;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A classified fact: a licence quantity for NEW-05 to check and apply, and the services it
 * applies to. A new trial's request gives one (NEW-05); a service change that sets a new quantity
 * gives another (MOD-03: "NEW-05 applies to the new value"), so the checks and the licences per
 * service are written once.
 *
 * @param field the request field the quantity comes from, which findings name
 * @param quantity the quantity; {@code null} when a new trial gives none
 * @param services the trial's services the quantity is for, Devices among them or not
 */
public record LicenceQuantity(String field, @Nullable Integer quantity, List<String> services) {

  /** Validates and copies; the field and services are required. */
  public LicenceQuantity {
    Objects.requireNonNull(field, "field");
    services = List.copyOf(Objects.requireNonNull(services, "services"));
  }
}
