package dev.trialrules.facts;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A step in an existing customer's consent to a trial (EXIST-04..08): sending or resending the
 * consent e-mail, an admin accepting, the partner cancelling, or the window running out.
 *
 * <pre>{@code
 * ConsentRequest accept = ConsentRequest.builder(ConsentAction.ACCEPT, LocalDate.of(2026, 11, 30))
 *     .partner(partner).customer(customer).adminEmail("it@fjord.example")
 *     .sentOn(LocalDate.of(2026, 11, 23)).acceptedBy("ceo@fjord.example").fullAdministration(true)
 *     .build();
 * }</pre>
 */
public final class ConsentRequest implements PolicyRequest {
  private final ConsentAction action;
  private final LocalDate today;
  private final Partner partner;
  private final CustomerOrg customer;
  private final @Nullable String adminEmail;
  private final LocalDate sentOn;
  private final TrialStatus status;
  private final @Nullable String acceptedBy;
  private final boolean fullAdministration;

  /** Validates; see the accessors. */
  private ConsentRequest(
      ConsentAction action,
      LocalDate today,
      Partner partner,
      CustomerOrg customer,
      @Nullable String adminEmail,
      @Nullable LocalDate sentOn,
      TrialStatus status,
      @Nullable String acceptedBy,
      boolean fullAdministration) {
    Check.notNull(action, "action");
    Check.requiredDate(today, "today");
    Check.notNull(partner, "partner");
    Check.notNull(customer, "customer");
    Check.notNull(status, "status");
    adminEmail = Check.email(adminEmail, "adminEmail");
    acceptedBy = Check.email(acceptedBy, "acceptedBy");
    if (sentOn == null) {
      if (action != ConsentAction.SEND) {
        throw new NullPointerException("sentOn must not be null for " + action);
      }
      sentOn = today;
    }
    Check.date(sentOn, "sentOn");
    if (sentOn.isAfter(today)) {
      throw new IllegalArgumentException(
          "sentOn must not be after today (" + today + "), was " + sentOn);
    }
    this.action = action;
    this.today = today;
    this.partner = partner;
    this.customer = customer;
    this.adminEmail = adminEmail;
    this.sentOn = sentOn;
    this.status = status;
    this.acceptedBy = acceptedBy;
    this.fullAdministration = fullAdministration;
  }

  /** What happens. */
  public ConsentAction action() {
    return action;
  }

  /** The date it happens on. */
  public LocalDate today() {
    return today;
  }

  /** The partner that requested the trial. */
  public Partner partner() {
    return partner;
  }

  /** The customer's organization. */
  public CustomerOrg customer() {
    return customer;
  }

  /** The admin address the partner gave, lower-cased (EXIST-04). */
  public @Nullable String adminEmail() {
    return adminEmail;
  }

  /** The date the consent e-mail was first sent; the window counts from it (EXIST-05). */
  public LocalDate sentOn() {
    return sentOn;
  }

  /** The trial's status before this step (EXIST-08). */
  public TrialStatus status() {
    return status;
  }

  /** The address of the admin who accepts, lower-cased (EXIST-05). */
  public @Nullable String acceptedBy() {
    return acceptedBy;
  }

  /** Whether the accepting admin ticked "Full administration" (EXIST-07). */
  public boolean fullAdministration() {
    return fullAdministration;
  }

  /** Starts a step with status {@link TrialStatus#PENDING_CONSENT}, sent today. */
  public static Builder builder(ConsentAction action, LocalDate today) {
    return new Builder(action, today);
  }

  /** Builds a {@link ConsentRequest}; every setter returns this builder. */
  public static final class Builder {
    private final ConsentAction action;
    private final LocalDate today;
    private Partner partner;
    private CustomerOrg customer = CustomerOrg.none();
    private @Nullable String adminEmail;
    private @Nullable LocalDate sentOn;
    private TrialStatus status = TrialStatus.PENDING_CONSENT;
    private @Nullable String acceptedBy;
    private boolean fullAdministration;

    private Builder(ConsentAction action, LocalDate today) {
      this.action = action;
      this.today = today;
      this.sentOn = today;
    }

    /** The partner that requested the trial. */
    public Builder partner(Partner partner) {
      this.partner = partner;
      return this;
    }

    /** The customer's organization. */
    public Builder customer(CustomerOrg customer) {
      this.customer = customer;
      return this;
    }

    /** The admin address the partner gave. */
    public Builder adminEmail(@Nullable String adminEmail) {
      this.adminEmail = adminEmail;
      return this;
    }

    /** The date the consent e-mail was first sent; today by default. */
    public Builder sentOn(@Nullable LocalDate sentOn) {
      this.sentOn = sentOn;
      return this;
    }

    /** The trial's status before this step; pending consent by default. */
    public Builder status(TrialStatus status) {
      this.status = status;
      return this;
    }

    /** The admin who accepts. */
    public Builder acceptedBy(@Nullable String acceptedBy) {
      this.acceptedBy = acceptedBy;
      return this;
    }

    /** Whether "Full administration" was ticked on acceptance. */
    public Builder fullAdministration(boolean fullAdministration) {
      this.fullAdministration = fullAdministration;
      return this;
    }

    /** Builds the step, validating every field. */
    public ConsentRequest build() {
      return new ConsentRequest(action, today, partner, customer, adminEmail, sentOn, status,
          acceptedBy, fullAdministration);
    }
  }

  /**
   * Equal when every accessor returns an equal value, as a record's would be: Drools' logical
   * insertion and the JSON round trip compare facts by value.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ConsentRequest that
        && Objects.equals(action, that.action)
        && Objects.equals(today, that.today)
        && Objects.equals(partner, that.partner)
        && Objects.equals(customer, that.customer)
        && Objects.equals(adminEmail, that.adminEmail)
        && Objects.equals(sentOn, that.sentOn)
        && Objects.equals(status, that.status)
        && Objects.equals(acceptedBy, that.acceptedBy)
        && fullAdministration == that.fullAdministration;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        action, today, partner, customer, adminEmail, sentOn, status, acceptedBy, fullAdministration);
  }

  /**
   * {@code ConsentRequest[action=..., ...]}, as a record prints: these facts were records, and logs
   * and test expectations read that form.
   */
  @Override
  public String toString() {
    return "ConsentRequest["
        + "action=" + action
        + ", today=" + today
        + ", partner=" + partner
        + ", customer=" + customer
        + ", adminEmail=" + adminEmail
        + ", sentOn=" + sentOn
        + ", status=" + status
        + ", acceptedBy=" + acceptedBy
        + ", fullAdministration=" + fullAdministration
        + "]";
  }
}
