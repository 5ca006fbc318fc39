package dev.trialrules.facts;

import java.time.LocalDate;

/**
 * Something a partner or customer asks to do, for the engine to decide. Each request carries
 * the date it is decided on, so a decision never depends on the machine's clock.
 */
public sealed interface PolicyRequest permits StartTrialRequest, ConsentRequest, TrialRequest {

  /** The date the request is decided on. */
  LocalDate today();

  /** The partner the request is made by or for. */
  Partner partner();
}
