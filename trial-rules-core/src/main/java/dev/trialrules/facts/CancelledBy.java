package dev.trialrules.facts;

/**
 * Who cancels a trial (END-01).
 *
 * <p>Gains no constant before a major release: a trial has two parties, and only a major release
 * would add a third.
 */
public enum CancelledBy {
  /** The partner, in Partner Hub. */
  PARTNER,
  /** The customer, in Control Hub. */
  CUSTOMER
}
