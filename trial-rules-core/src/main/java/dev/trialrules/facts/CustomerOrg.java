package dev.trialrules.facts;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The customer's Webex organization as the caller found it, or {@link #none()} when the admin
 * e-mail belongs to no organization (a new customer, or the case EXIST-03 refuses).
 */
public final class CustomerOrg {
  private final boolean exists;
  private final @Nullable String orgId;
  private final @Nullable String country;
  private final List<CustomerAdmin> admins;
  private final List<String> purchasedServices;
  private final List<String> otherPartnerTrials;

  private static final CustomerOrg NONE = new CustomerOrg(false, null, null, List.of(), List.of(), List.of());
  /** Validates and copies; see the accessors. */
  private CustomerOrg(
      boolean exists,
      @Nullable String orgId,
      @Nullable String country,
      List<CustomerAdmin> admins,
      List<String> purchasedServices,
      List<String> otherPartnerTrials) {
    Check.identifier(orgId, "customer.orgId");
    if (exists) {
      Check.requiredIdentifier(orgId, "customer.orgId");
    } else if (orgId != null) {
      throw new IllegalArgumentException(
          "customer.orgId must be absent when customer.exists is false, was '" + orgId + "'");
    }
    Check.country(country, "customer.country");
    admins = Check.distinctList(admins, "customer.admins");
    Set<String> addresses = new HashSet<>();
    for (CustomerAdmin admin : admins) {
      if (!addresses.add(admin.email())) {
        throw new IllegalArgumentException("customer.admins lists '" + admin.email() + "' twice");
      }
    }
    purchasedServices = Check.codes(purchasedServices, "customer.purchasedServices");
    otherPartnerTrials = Check.codes(otherPartnerTrials, "customer.otherPartnerTrials");
    if (!exists && !(admins.isEmpty() && purchasedServices.isEmpty() && otherPartnerTrials.isEmpty())) {
      throw new IllegalArgumentException("customer.admins, purchasedServices and otherPartnerTrials"
          + " must be empty when customer.exists is false");
    }
    this.exists = exists;
    this.orgId = orgId;
    this.country = country;
    this.admins = admins;
    this.purchasedServices = purchasedServices;
    this.otherPartnerTrials = otherPartnerTrials;
  }

  /** Whether an organization was found. */
  public boolean exists() {
    return exists;
  }

  /** Its organization ID; {@code null} exactly when it does not exist. */
  public @Nullable String orgId() {
    return orgId;
  }

  /** Its country (ISO 3166-1 alpha-2), if known. */
  public @Nullable String country() {
    return country;
  }

  /** Its administrators; an admin appears once. */
  public List<CustomerAdmin> admins() {
    return admins;
  }

  /** The services it has bought (EXIST-01). */
  public List<String> purchasedServices() {
    return purchasedServices;
  }

  /** The services another partner already runs a trial of (EXIST-02). */
  public List<String> otherPartnerTrials() {
    return otherPartnerTrials;
  }

  /** No organization was found for the admin e-mail. */
  public static CustomerOrg none() {
    return NONE;
  }

  /** Starts an existing organization with no admins, purchases or other partners' trials. */
  public static Builder builder(String orgId) {
    return new Builder(orgId);
  }

  /** Whether a full admin of the organization has this address, in any case. */
  public boolean hasFullAdmin(String email) {
    String lowered = Check.normalizedEmail(email);
    return admins.stream().anyMatch(a -> a.fullAdmin() && a.email().equals(lowered));
  }

  /** The addresses of every full admin, in the order given. */
  public List<String> fullAdminEmails() {
    return admins.stream().filter(CustomerAdmin::fullAdmin).map(CustomerAdmin::email).toList();
  }

  /** The addresses of every admin, in the order given. */
  public List<String> adminEmails() {
    return admins.stream().map(CustomerAdmin::email).toList();
  }

  /** Builds an existing {@link CustomerOrg}; every setter returns this builder. */
  public static final class Builder {
    private final String orgId;
    private @Nullable String country;
    private List<CustomerAdmin> admins = List.of();
    private List<String> purchased = List.of();
    private List<String> otherPartnerTrials = List.of();

    private Builder(String orgId) {
      this.orgId = orgId;
    }

    /** The organization's country. */
    public Builder country(@Nullable String country) {
      this.country = country;
      return this;
    }

    /** The organization's administrators. */
    public Builder admins(Collection<CustomerAdmin> admins) {
      this.admins = Check.copy(admins);
      return this;
    }

    /** Adds a full admin. */
    public Builder fullAdmin(String email) {
      return addAdmin(CustomerAdmin.of(email, true));
    }

    /** Adds an admin who is not a full admin. */
    public Builder admin(String email) {
      return addAdmin(CustomerAdmin.of(email, false));
    }

    private Builder addAdmin(CustomerAdmin admin) {
      List<CustomerAdmin> more = new java.util.ArrayList<>(admins);
      more.add(admin);
      admins = more;
      return this;
    }

    /** The services the organization has bought. */
    public Builder purchased(String... services) {
      this.purchased = Check.copy(services);
      return this;
    }

    /** The services the organization has bought. */
    public Builder purchased(Collection<String> services) {
      this.purchased = Check.copy(services);
      return this;
    }

    /** The services another partner already runs a trial of. */
    public Builder otherPartnerTrials(String... services) {
      this.otherPartnerTrials = Check.copy(services);
      return this;
    }

    /** The services another partner already runs a trial of. */
    public Builder otherPartnerTrials(Collection<String> services) {
      this.otherPartnerTrials = Check.copy(services);
      return this;
    }

    /** Builds the organization, validating every field. */
    public CustomerOrg build() {
      return new CustomerOrg(true, orgId, country, admins, purchased, otherPartnerTrials);
    }
  }

  /**
   * Equal when every accessor returns an equal value, as a record's would be: Drools' logical
   * insertion and the JSON round trip compare facts by value.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CustomerOrg that
        && exists == that.exists
        && Objects.equals(orgId, that.orgId)
        && Objects.equals(country, that.country)
        && Objects.equals(admins, that.admins)
        && Objects.equals(purchasedServices, that.purchasedServices)
        && Objects.equals(otherPartnerTrials, that.otherPartnerTrials);
  }

  @Override
  public int hashCode() {
    return Objects.hash(exists, orgId, country, admins, purchasedServices, otherPartnerTrials);
  }

  /**
   * {@code CustomerOrg[exists=..., ...]}, as a record prints: these facts were records, and logs
   * and test expectations read that form.
   */
  @Override
  public String toString() {
    return "CustomerOrg["
        + "exists=" + exists
        + ", orgId=" + orgId
        + ", country=" + country
        + ", admins=" + admins
        + ", purchasedServices=" + purchasedServices
        + ", otherPartnerTrials=" + otherPartnerTrials
        + "]";
  }
}
