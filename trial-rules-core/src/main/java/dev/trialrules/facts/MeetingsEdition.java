package dev.trialrules.facts;

/**
 * The Webex Meetings edition chosen for a Meetings trial; Enterprise needs a site (NEW-07).
 *
 * <p>May gain constants in a minor release: a new Meetings edition becomes a constant here. A
 * {@code switch} over it needs a {@code default}.
 */
public enum MeetingsEdition {
  /** Webex Enterprise Edition: needs a Meetings site URL and a time zone. */
  ENTERPRISE,
  /** Any other edition: no site to set up. */
  STANDARD
}
