package dev.trialrules.facts;

/**
 * The longest text each kind of fact field accepts, in {@code char}s as {@link String#length()}
 * counts them. A fact refuses a longer value when it is built, with an
 * {@link IllegalArgumentException} naming the field, the limit and the length (never the value),
 * so that no rule, pattern or log line ever works on text of unbounded size. Each limit is one a
 * real system of record meets with room to spare; a form may use them as its {@code maxlength}.
 */
public final class FactLimits {
  /**
   * E-mail addresses: 254, the longest address a mail server can be given (RFC 5321's 256-octet
   * path less its angle brackets), and what NEW-01 names.
   */
  public static final int MAX_EMAIL_LENGTH = 254;

  /**
   * Identifiers and codes: trial and organization IDs, serial numbers, device types, service
   * codes, demo order numbers, country codes and time zones. Webex's base64 organization IDs are
   * about 90 characters and UUIDs 36; serial numbers and codes are far shorter.
   */
  public static final int MAX_ID_LENGTH = 128;

  /**
   * Names a person reads: the company name and its vertical. Customer-relationship systems hold
   * an account name in 255 characters; the longest registered company names are shorter.
   */
  public static final int MAX_NAME_LENGTH = 256;

  /** Web addresses (the Meetings site URL): 2,048, the longest URL browsers and proxies reliably carry. */
  public static final int MAX_URL_LENGTH = 2048;

  private FactLimits() {}
}
