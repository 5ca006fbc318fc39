package dev.trialrules.facts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A request to convert a trial to a paid order (CONV-01..05).
 */
public final class ConversionRequest implements TrialRequest {
  private final LocalDate today;
  private final Trial trial;
  private final @Nullable String provisioningEmail;
  private final List<String> orderedServices;
  private final @Nullable String customerAdminEmail;

  /** Validates and copies. */
  private ConversionRequest(
      LocalDate today,
      Trial trial,
      @Nullable String provisioningEmail,
      List<String> orderedServices,
      @Nullable String customerAdminEmail) {
    Check.requiredDate(today, "today");
    Check.notNull(trial, "trial");
    provisioningEmail = Check.email(provisioningEmail, "provisioningEmail");
    orderedServices = Check.codes(orderedServices, "orderedServices");
    customerAdminEmail = Check.email(customerAdminEmail, "customerAdminEmail");
    this.today = today;
    this.trial = trial;
    this.provisioningEmail = provisioningEmail;
    this.orderedServices = orderedServices;
    this.customerAdminEmail = customerAdminEmail;
  }

  /** The day of the conversion. */
  public LocalDate today() {
    return today;
  }

  /** The trial to convert. */
  public Trial trial() {
    return trial;
  }

  /**
   * The provisioning contact entered on the order, lower-cased; blank counts as not given
   * (CONV-02).
   */
  public @Nullable String provisioningEmail() {
    return provisioningEmail;
  }

  /** The services on the paid order, each once (CONV-03). */
  public List<String> orderedServices() {
    return orderedServices;
  }

  /**
   * The customer admin address the person converting enters in Control Hub, lower-cased; blank
   * counts as not given (CONV-06).
   */
  public @Nullable String customerAdminEmail() {
    return customerAdminEmail;
  }

  /** Starts a conversion with nothing entered yet; the ordered services must be set. */
  public static Builder builder(LocalDate today, Trial trial) {
    return new Builder(today, trial);
  }

  /** Builds a {@link ConversionRequest}; every setter returns this builder. */
  public static final class Builder {
    private final LocalDate today;
    private final Trial trial;
    private @Nullable String provisioningEmail;
    // No default: an order that names no services must be said, not assumed (CONV-03).
    private @Nullable List<String> orderedServices;
    private @Nullable String customerAdminEmail;

    private Builder(LocalDate today, Trial trial) {
      this.today = today;
      this.trial = trial;
    }

    /** The provisioning contact entered on the order. */
    public Builder provisioningEmail(@Nullable String email) {
      this.provisioningEmail = email;
      return this;
    }

    /** The services on the paid order. */
    public Builder orderedServices(String... services) {
      this.orderedServices = Check.copy(services);
      return this;
    }

    /** The services on the paid order. */
    public Builder orderedServices(Collection<String> services) {
      this.orderedServices = Check.copy(services);
      return this;
    }

    /** The customer admin address entered in Control Hub (CONV-06). */
    public Builder customerAdminEmail(@Nullable String email) {
      this.customerAdminEmail = email;
      return this;
    }

    /**
     * Builds the conversion, validating every field.
     *
     * @throws NullPointerException if the ordered services were never set
     */
    public ConversionRequest build() {
      return new ConversionRequest(today, trial, provisioningEmail, orderedServices, customerAdminEmail);
    }
  }

  /**
   * Equal when every accessor returns an equal value, as a record's would be: Drools' logical
   * insertion and the JSON round trip compare facts by value.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ConversionRequest that
        && Objects.equals(today, that.today)
        && Objects.equals(trial, that.trial)
        && Objects.equals(provisioningEmail, that.provisioningEmail)
        && Objects.equals(orderedServices, that.orderedServices)
        && Objects.equals(customerAdminEmail, that.customerAdminEmail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(today, trial, provisioningEmail, orderedServices, customerAdminEmail);
  }

  /**
   * {@code ConversionRequest[today=..., ...]}, as a record prints: these facts were records, and logs
   * and test expectations read that form.
   */
  @Override
  public String toString() {
    return "ConversionRequest["
        + "today=" + today
        + ", trial=" + trial
        + ", provisioningEmail=" + provisioningEmail
        + ", orderedServices=" + orderedServices
        + ", customerAdminEmail=" + customerAdminEmail
        + "]";
  }
}
