package dev.trialrules;

/** Who a timeline event is for. */
public enum Audience {
  /** Every administrator of the customer organization. */
  CUSTOMER_ADMINS,
  /** Every administrator of the partner organization. */
  PARTNER_ADMINS,
  /** The customer's users. */
  USERS,
  /** The Webex enterprise trial team. */
  TRIAL_TEAM
}
