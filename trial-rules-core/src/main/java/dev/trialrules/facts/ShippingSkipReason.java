package dev.trialrules.facts;

/**
 * Why a Devices trial ships no devices (NEW-08). Which reasons a flow accepts is decided by the
 * rules, not here: {@link #TEST_ONLY} is valid only in the existing-customer flow and
 * {@link #OTHER} never.
 *
 * <p>May gain constants in a minor release: Webex adds reasons to the order form from time to
 * time, and each becomes a constant here. A {@code switch} over it needs a {@code default}.
 */
public enum ShippingSkipReason {
  /** Only device registration licences are wanted. */
  REGISTRATION_LICENSES_ONLY,
  /** The partner supplies its own devices. */
  PARTNER_SUPPLIES_DEVICES,
  /** The customer's existing devices are used. */
  CUSTOMER_HAS_DEVICES,
  /** A test set-up, not a real customer request. */
  TEST_ONLY,
  /** Any reason the policy does not list. */
  OTHER
}
