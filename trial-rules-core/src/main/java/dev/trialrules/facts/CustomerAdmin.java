package dev.trialrules.facts;

/**
 * An administrator of a customer organization.
 *
 * @param email the admin's address, lower-cased
 * @param fullAdmin whether the admin is a full admin; only full admins consent (EXIST-05)
 */
public record CustomerAdmin(String email, boolean fullAdmin) {

  /** Validates and lower-cases the address. */
  public CustomerAdmin {
    email = Check.email(Check.notNull(email, "customer.admins.email"));
  }
}
