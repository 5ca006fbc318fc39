package dev.trialrules.facts;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The acting partner organization and the user acting for it.
 *
 * @param orgId the partner's Webex organization ID
 * @param verified whether the organization is a verified Webex partner (ACT-01)
 * @param tier the partner's tier (CONV-01)
 * @param userRoles the acting user's Partner Hub roles (ACT-02)
 * @param adminEmails the partner's administrators, lower-cased (CONV-02, END-02)
 */
public record Partner(
    String orgId, boolean verified, PartnerTier tier, Set<PartnerRole> userRoles, List<String> adminEmails) {

  /** Validates and copies; see the record components. */
  public Partner {
    Check.requiredIdentifier(orgId, "partner.orgId");
    Check.notNull(tier, "partner.tier");
    userRoles = Check.enumSet(userRoles, PartnerRole.class, "partner.userRoles");
    adminEmails = Check.emails(adminEmails, "partner.adminEmails");
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
      // The record holds a set, which would swallow a role given twice; a list given twice is a
      // mistake the caller should hear about, like a service given twice.
      List<PartnerRole> distinct = roles == null ? null : Check.distinctList(roles, "partner.userRoles");
      return new Partner(orgId, verified, tier, distinct == null ? null : new java.util.HashSet<>(distinct),
          adminEmails);
    }
  }
}
