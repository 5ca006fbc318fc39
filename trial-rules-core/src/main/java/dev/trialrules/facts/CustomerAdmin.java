package dev.trialrules.facts;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An administrator of a customer organization.
 */
public final class CustomerAdmin {
  private final String email;
  private final boolean fullAdmin;

  /** Validates the address's shape and lower-cases it. */
  private CustomerAdmin(String email, boolean fullAdmin) {
    Check.notNull(email, "customer.admins.email");
    if (email.isBlank()) {
      throw new IllegalArgumentException("customer.admins.email must not be blank");
    }
    email = Check.address(email, "customer.admins.email");
    this.email = email;
    this.fullAdmin = fullAdmin;
  }

  /**
   * An admin with this address, lower-cased.
   *
   * @throws NullPointerException if {@code email} is {@code null}
   * @throws IllegalArgumentException if it is blank, too long, holds a hidden character or
   *     is not shaped like an address
   */
  public static CustomerAdmin of(String email, boolean fullAdmin) {
    return new CustomerAdmin(email, fullAdmin);
  }

  /** The admin's address, lower-cased. */
  public String email() {
    return email;
  }

  /** Whether the admin is a full admin; only full admins consent (EXIST-05). */
  public boolean fullAdmin() {
    return fullAdmin;
  }

  /**
   * Equal when every accessor returns an equal value, as a record's would be: Drools' logical
   * insertion and the JSON round trip compare facts by value.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CustomerAdmin that
        && Objects.equals(email, that.email)
        && fullAdmin == that.fullAdmin;
  }

  @Override
  public int hashCode() {
    return Objects.hash(email, fullAdmin);
  }

  /**
   * {@code CustomerAdmin[email=..., ...]}, as a record prints: these facts were records, and logs
   * and test expectations read that form.
   */
  @Override
  public String toString() {
    return "CustomerAdmin["
        + "email=" + email
        + ", fullAdmin=" + fullAdmin
        + "]";
  }
}
