package dev.trialrules.facts;

/**
 * Partner Hub roles an acting user can hold; only the sales roles may start a trial (ACT-02).
 *
 * <p>May gain constants in a minor release: Partner Hub adds roles, and a new one becomes a
 * constant here. A {@code switch} over it needs a {@code default}.
 */
public enum PartnerRole {
  /** Partner full administrator. */
  FULL_ADMIN,
  /** Partner read-only administrator. */
  READ_ONLY_ADMIN,
  /** Sales administrator: may start trials for customers. */
  SALES_ADMIN,
  /** Sales full administrator: may start trials and administer customers. */
  SALES_FULL_ADMIN
}
