package dev.trialrules.facts;

/**
 * The partner's tier in Cisco's partner programme; it decides who converts a trial (CONV-01).
 *
 * <p>Gains no constant before a major release: the two tiers are the partner programme's, and a
 * third would be a major release.
 */
public enum PartnerTier {
  /** Buys directly from Cisco and converts its own trials through Cisco Commerce. */
  TIER_1,
  /** Buys through a distributor, which processes the conversion. */
  TIER_2
}
