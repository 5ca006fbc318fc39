package dev.trialrules.facts;

/**
 * Which of the three ways of starting a trial a {@link StartTrialRequest} takes.
 *
 * <p>Gains no constant before a major release: the three flows are the shape of POLICY.md, and a
 * fourth would be a major release.
 */
public enum Flow {
  /** A customer with no Webex organization yet (POLICY section 2, NEW). */
  NEW_CUSTOMER,
  /**
   * A customer with a Webex organization the partner has no sales relationship with yet
   * (section 3, EXIST): the customer's full admin must consent.
   */
  EXISTING_CUSTOMER,
  /** A trial added to a paying customer the partner already manages (section 4, PAID). */
  PAID_CUSTOMER
}
