package dev.trialrules.facts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A request to add or remove services of a trial or to change its licence quantity
 * (MOD-01..03). Any of the three may be empty.
 */
public final class ServiceChangeRequest implements TrialRequest {
  private final LocalDate today;
  private final Trial trial;
  private final List<String> addServices;
  private final List<String> removeServices;
  private final @Nullable Integer newLicenseQuantity;

  /** Validates and copies; a service cannot be both added and removed. */
  private ServiceChangeRequest(
      LocalDate today,
      Trial trial,
      List<String> addServices,
      List<String> removeServices,
      @Nullable Integer newLicenseQuantity) {
    Check.requiredDate(today, "today");
    Check.notNull(trial, "trial");
    addServices = Check.codes(addServices, "addServices");
    removeServices = Check.codes(removeServices, "removeServices");
    for (String service : addServices) {
      if (removeServices.contains(service)) {
        throw new IllegalArgumentException("service '" + service + "' is both in addServices and removeServices");
      }
    }
    Check.nonNegative(newLicenseQuantity, "newLicenseQuantity");
    this.today = today;
    this.trial = trial;
    this.addServices = addServices;
    this.removeServices = removeServices;
    this.newLicenseQuantity = newLicenseQuantity;
  }

  /** The day of the request. */
  public LocalDate today() {
    return today;
  }

  /** The trial to change. */
  public Trial trial() {
    return trial;
  }

  /** Services to add, each once. */
  public List<String> addServices() {
    return addServices;
  }

  /** Services to remove, each once. */
  public List<String> removeServices() {
    return removeServices;
  }

  /** The new licence quantity, or {@code null} to keep it. */
  public @Nullable Integer newLicenseQuantity() {
    return newLicenseQuantity;
  }

  /** Starts a change that adds and removes nothing and keeps the licence quantity. */
  public static Builder builder(LocalDate today, Trial trial) {
    return new Builder(today, trial);
  }

  /** Builds a {@link ServiceChangeRequest}; every setter returns this builder. */
  public static final class Builder {
    private final LocalDate today;
    private final Trial trial;
    private List<String> addServices = List.of();
    private List<String> removeServices = List.of();
    private @Nullable Integer newLicenseQuantity;

    private Builder(LocalDate today, Trial trial) {
      this.today = today;
      this.trial = trial;
    }

    /** Services to add. */
    public Builder addServices(String... services) {
      this.addServices = Check.copy(services);
      return this;
    }

    /** Services to add. */
    public Builder addServices(Collection<String> services) {
      this.addServices = Check.copy(services);
      return this;
    }

    /** Services to remove. */
    public Builder removeServices(String... services) {
      this.removeServices = Check.copy(services);
      return this;
    }

    /** Services to remove. */
    public Builder removeServices(Collection<String> services) {
      this.removeServices = Check.copy(services);
      return this;
    }

    /** The new licence quantity; {@code null}, the default, keeps the trial's. */
    public Builder newLicenseQuantity(@Nullable Integer quantity) {
      this.newLicenseQuantity = quantity;
      return this;
    }

    /** Builds the change, validating every field. */
    public ServiceChangeRequest build() {
      return new ServiceChangeRequest(today, trial, addServices, removeServices, newLicenseQuantity);
    }
  }

  /**
   * Equal when every accessor returns an equal value, as a record's would be: Drools' logical
   * insertion and the JSON round trip compare facts by value.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ServiceChangeRequest that
        && Objects.equals(today, that.today)
        && Objects.equals(trial, that.trial)
        && Objects.equals(addServices, that.addServices)
        && Objects.equals(removeServices, that.removeServices)
        && Objects.equals(newLicenseQuantity, that.newLicenseQuantity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(today, trial, addServices, removeServices, newLicenseQuantity);
  }

  /**
   * {@code ServiceChangeRequest[today=..., ...]}, as a record prints: these facts were records, and logs
   * and test expectations read that form.
   */
  @Override
  public String toString() {
    return "ServiceChangeRequest["
        + "today=" + today
        + ", trial=" + trial
        + ", addServices=" + addServices
        + ", removeServices=" + removeServices
        + ", newLicenseQuantity=" + newLicenseQuantity
        + "]";
  }
}
