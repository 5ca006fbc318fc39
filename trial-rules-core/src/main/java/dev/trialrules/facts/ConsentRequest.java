package dev.trialrules.facts;

import java.time.LocalDate;

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
 *
 * @param action what happens
 * @param today the date it happens on
 * @param partner the partner that requested the trial
 * @param customer the customer's organization
 * @param adminEmail the admin address the partner gave, lower-cased (EXIST-04)
 * @param sentOn the date the consent e-mail was first sent; the window counts from it (EXIST-05)
 * @param status the trial's status before this step (EXIST-08)
 * @param acceptedBy the address of the admin who accepts, lower-cased (EXIST-05)
 * @param fullAdministration whether the accepting admin ticked "Full administration" (EXIST-07)
 */
public record ConsentRequest(
    ConsentAction action,
    LocalDate today,
    Partner partner,
    CustomerOrg customer,
    String adminEmail,
    LocalDate sentOn,
    TrialStatus status,
    String acceptedBy,
    boolean fullAdministration)
    implements PolicyRequest {

  /** Validates; see the record components. */
  public ConsentRequest {
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
    private String adminEmail;
    private LocalDate sentOn;
    private TrialStatus status = TrialStatus.PENDING_CONSENT;
    private String acceptedBy;
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
    public Builder adminEmail(String adminEmail) {
      this.adminEmail = adminEmail;
      return this;
    }

    /** The date the consent e-mail was first sent; today by default. */
    public Builder sentOn(LocalDate sentOn) {
      this.sentOn = sentOn;
      return this;
    }

    /** The trial's status before this step; pending consent by default. */
    public Builder status(TrialStatus status) {
      this.status = status;
      return this;
    }

    /** The admin who accepts. */
    public Builder acceptedBy(String acceptedBy) {
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
}
