package dev.trialrules.facts;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The acting partner organization and the user acting for it.
 */
public final class Partner {
  private final String orgId;
  private final boolean verified;
  private final PartnerTier tier;
  private final Set<PartnerRole> userRoles;
  private final List<String> adminEmails;

  /** Validates and copies; see the accessors. */
  private Partner(
      String orgId,
      boolean verified,
      PartnerTier tier,
      Set<PartnerRole> userRoles,
      List<String> adminEmails) {
    Check.requiredIdentifier(orgId, "partner.orgId");
    Check.notNull(tier, "partner.tier");
    userRoles = Check.enumSet(userRoles, PartnerRole.class, "partner.userRoles");
    adminEmails = Check.emails(adminEmails, "partner.adminEmails");
    this.orgId = orgId;
    this.verified = verified;
    this.tier = tier;
    this.userRoles = userRoles;
    this.adminEmails = adminEmails;
  }

  /** The partner's Webex organization ID. */
  public String orgId() {
    return orgId;
  }

  /** Whether the organization is a verified Webex partner (ACT-01). */
  public boolean verified() {
    return verified;
  }

  /** The partner's tier (CONV-01). */
  public PartnerTier tier() {
    return tier;
  }

  /** The acting user's Partner Hub roles (ACT-02). */
  public Set<PartnerRole> userRoles() {
    return userRoles;
  }

  /** The partner's administrators, lower-cased (CONV-02, END-02). */
  public List<String> adminEmails() {
    return adminEmails;
  }

  /** Starts a partner with no roles and no admins, unverified, tier 1. */
  public static Builder builder(String orgId) {
    return new Builder(orgId);
  }

  /** Builds a {@link Partner}; every setter returns this builder. */
  public static final class Builder {
    private final String orgId;
    private boolean verified;
    private PartnerTier tier = PartnerTier.TIER_1;
    private List<PartnerRole> roles = List.of();
    private List<String> adminEmails = List.of();

    private Builder(String orgId) {
      this.orgId = orgId;
    }

    /** Whether the organization is a verified Webex partner. */
    public Builder verified(boolean verified) {
      this.verified = verified;
      return this;
    }

    /** The partner's tier. */
    public Builder tier(PartnerTier tier) {
      this.tier = tier;
      return this;
    }

    /** The acting user's roles. */
    public Builder roles(PartnerRole... roles) {
      this.roles = Check.copy(roles);
      return this;
    }

    /** The partner organization's administrators' e-mail addresses. */
    public Builder adminEmails(Collection<String> adminEmails) {
      this.adminEmails = Check.copy(adminEmails);
      return this;
    }

    /** Builds the partner, validating every field. */
    public Partner build() {
      // The fact holds a set, which would swallow a role given twice; a list given twice is a
      // mistake the caller should hear about, like a service given twice.
      List<PartnerRole> distinct = roles == null ? null : Check.distinctList(roles, "partner.userRoles");
      return new Partner(orgId, verified, tier, distinct == null ? null : new java.util.HashSet<>(distinct),
          adminEmails);
    }
  }

  /**
   * Equal when every accessor returns an equal value, as a record's would be: Drools' logical
   * insertion and the JSON round trip compare facts by value.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Partner that
        && Objects.equals(orgId, that.orgId)
        && verified == that.verified
        && Objects.equals(tier, that.tier)
        && Objects.equals(userRoles, that.userRoles)
        && Objects.equals(adminEmails, that.adminEmails);
  }

  @Override
  public int hashCode() {
    return Objects.hash(orgId, verified, tier, userRoles, adminEmails);
  }

  /**
   * {@code Partner[orgId=..., ...]}, as a record prints: these facts were records, and logs
   * and test expectations read that form.
   */
  @Override
  public String toString() {
    return "Partner["
        + "orgId=" + orgId
        + ", verified=" + verified
        + ", tier=" + tier
        + ", userRoles=" + userRoles
        + ", adminEmails=" + adminEmails
        + "]";
  }
}
