package dev.trialrules;

/** Who receives a {@linkplain EventKind#NOTICE notice} on a trial's timeline. */
public enum Audience {
  /** Every administrator of the customer organization. */
  CUSTOMER_ADMINS,
  /** The partner and every administrator of the partner organization. */
  PARTNER_ADMINS,
  /** The customer's users. */
  USERS,
  /** The Webex enterprise trial team. */
  TRIAL_TEAM
}
