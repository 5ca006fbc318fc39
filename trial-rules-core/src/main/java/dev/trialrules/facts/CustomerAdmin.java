package dev.trialrules.facts;

/**
 * An administrator of a customer organization.
 *
 * @param email the admin's address, lower-cased
 * @param fullAdmin whether the admin is a full admin; only full admins consent (EXIST-05)
 */
public record CustomerAdmin(String email, boolean fullAdmin) {

  /** Validates the address's shape and lower-cases it. */
  public CustomerAdmin {
    Check.notNull(email, "customer.admins.email");
    if (email.isBlank()) {
      throw new IllegalArgumentException("customer.admins.email must not be blank");
    }
    email = Check.address(email, "customer.admins.email");
  }
}
