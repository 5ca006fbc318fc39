package dev.trialrules.facts;

/** The access a partner gets to an existing customer's organization on consent (EXIST-07). */
public enum AccessLevel {
  /** "Full administration" was ticked: provision services, manage users and licences. */
  FULL_ADMIN,
  /** Provision the trial services only. */
  PROVISIONING_ADMIN
}
