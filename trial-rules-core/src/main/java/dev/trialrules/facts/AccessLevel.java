package dev.trialrules.facts;

/**
 * The access a partner gets to an existing customer's organization on consent (EXIST-07).
 *
 * <p>Gains no constant before a major release: EXIST-07 has one checkbox, and only a major release
 * would add a level.
 */
public enum AccessLevel {
  /** "Full administration" was ticked: provision services, manage users and licences. */
  FULL_ADMIN,
  /** Provision the trial services only. */
  PROVISIONING_ADMIN
}
