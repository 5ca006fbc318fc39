package dev.trialrules.facts;

/** The Webex Meetings edition chosen for a Meetings trial; Enterprise needs a site (NEW-07). */
public enum MeetingsEdition {
  /** Webex Enterprise Edition: needs a Meetings site URL and a time zone. */
  ENTERPRISE,
  /** Any other edition: no site to set up. */
  STANDARD
}
