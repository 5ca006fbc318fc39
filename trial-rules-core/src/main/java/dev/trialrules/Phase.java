package dev.trialrules;

/** Where a trial stands on a given date, as its timeline says. */
public enum Phase {
  /** Waiting for an existing customer's consent. */
  PENDING_CONSENT,
  /** Running: before its expiry date. */
  RUNNING,
  /** Expired, in its grace period: it can still be converted. */
  IN_GRACE,
  /** Past its grace period: users moved to the consumer organization, irreversibly. */
  ENDED,
  /** Cancelled. */
  CANCELLED,
  /** Converted to a paid order. */
  CONVERTED
}
