package dev.trialrules.facts;

/**
 * Where a trial stands in its life (EXIST-08 and section 8).
 *
 * <p>May gain constants in a minor release: a status Webex adds to a trial's life (a suspension,
 * say) becomes a constant here. A {@code switch} over it needs a {@code default}.
 */
public enum TrialStatus {
  /** Sent to an existing customer's full admins, waiting for consent. */
  PENDING_CONSENT,
  /** Consent given; the partner still has to provision the services. */
  PENDING_PROVISIONING,
  /** Running. */
  ACTIVE,
  /** Past its expiry date; in its grace period until the rules say otherwise. */
  EXPIRED,
  /** Cancelled by the partner, the customer, or an unanswered consent request. */
  CANCELLED,
  /** Converted to a paid order. */
  CONVERTED,
  /** Past its grace period: users moved to the consumer organization. */
  ENDED
}
