package dev.trialrules.facts;

/** Who cancels a trial (END-01). */
public enum CancelledBy {
  /** The partner, in Partner Hub. */
  PARTNER,
  /** The customer, in Control Hub. */
  CUSTOMER
}
