package dev.trialrules.facts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A return of a trial's devices (RET-01..04).
 */
public final class DeviceReturnRequest implements TrialRequest {
  private final LocalDate today;
  private final Trial trial;
  private final List<String> returnedSerials;
  private final boolean labelsLost;
  private final @Nullable String demoOrderNumber;

  /** Validates and copies. */
  private DeviceReturnRequest(
      LocalDate today,
      Trial trial,
      List<String> returnedSerials,
      boolean labelsLost,
      @Nullable String demoOrderNumber) {
    Check.requiredDate(today, "today");
    Check.notNull(trial, "trial");
    returnedSerials = Check.codes(returnedSerials, "returnedSerials");
    Check.identifier(demoOrderNumber, "demoOrderNumber");
    demoOrderNumber = demoOrderNumber == null || Check.blank(demoOrderNumber) ? null
        : demoOrderNumber.strip();
    this.today = today;
    this.trial = trial;
    this.returnedSerials = returnedSerials;
    this.labelsLost = labelsLost;
    this.demoOrderNumber = demoOrderNumber;
  }

  /** The day the return is made. */
  public LocalDate today() {
    return today;
  }

  /** The trial whose devices come back. */
  public Trial trial() {
    return trial;
  }

  /** The serial numbers in the return, each once (RET-04). */
  public List<String> returnedSerials() {
    return returnedSerials;
  }

  /** Whether the customer lost the original return labels (RET-03). */
  public boolean labelsLost() {
    return labelsLost;
  }

  /**
   * The demo order number of the trial's devices; {@code null} or blank when the partner does not
   * know it (RET-05).
   */
  public @Nullable String demoOrderNumber() {
    return demoOrderNumber;
  }

  /** Whether the partner knows the demo order number (RET-05). */
  public boolean demoOrderNumberKnown() {
    return demoOrderNumber != null;
  }

  /** Starts a return with labels not lost and no demo order number; the serials must be set. */
  public static Builder builder(LocalDate today, Trial trial) {
    return new Builder(today, trial);
  }

  /** Builds a {@link DeviceReturnRequest}; every setter returns this builder. */
  public static final class Builder {
    private final LocalDate today;
    private final Trial trial;
    // No default: a return that lists no serials must be said, not assumed (RET-04).
    private @Nullable List<String> returnedSerials;
    private boolean labelsLost;
    private @Nullable String demoOrderNumber;

    private Builder(LocalDate today, Trial trial) {
      this.today = today;
      this.trial = trial;
    }

    /** The serial numbers in the return. */
    public Builder returnedSerials(String... serials) {
      this.returnedSerials = Check.copy(serials);
      return this;
    }

    /** The serial numbers in the return. */
    public Builder returnedSerials(Collection<String> serials) {
      this.returnedSerials = Check.copy(serials);
      return this;
    }

    /** Whether the customer lost the original return labels (RET-03). */
    public Builder labelsLost(boolean lost) {
      this.labelsLost = lost;
      return this;
    }

    /** The demo order number, if the partner knows it (RET-05). */
    public Builder demoOrderNumber(@Nullable String number) {
      this.demoOrderNumber = number;
      return this;
    }

    /**
     * Builds the return, validating every field.
     *
     * @throws NullPointerException if the returned serials were never set
     */
    public DeviceReturnRequest build() {
      return new DeviceReturnRequest(today, trial, returnedSerials, labelsLost, demoOrderNumber);
    }
  }

  /**
   * Equal when every accessor returns an equal value, as a record's would be: Drools' logical
   * insertion and the JSON round trip compare facts by value.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof DeviceReturnRequest that
        && Objects.equals(today, that.today)
        && Objects.equals(trial, that.trial)
        && Objects.equals(returnedSerials, that.returnedSerials)
        && labelsLost == that.labelsLost
        && Objects.equals(demoOrderNumber, that.demoOrderNumber);
  }

  @Override
  public int hashCode() {
    return Objects.hash(today, trial, returnedSerials, labelsLost, demoOrderNumber);
  }

  /**
   * {@code DeviceReturnRequest[today=..., ...]}, as a record prints: these facts were records, and logs
   * and test expectations read that form.
   */
  @Override
  public String toString() {
    return "DeviceReturnRequest["
        + "today=" + today
        + ", trial=" + trial
        + ", returnedSerials=" + returnedSerials
        + ", labelsLost=" + labelsLost
        + ", demoOrderNumber=" + demoOrderNumber
        + "]";
  }
}
