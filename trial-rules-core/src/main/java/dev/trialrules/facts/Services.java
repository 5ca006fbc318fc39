package dev.trialrules.facts;

/**
 * The service codes the shipped policy knows. Services are plain codes rather than an enum
 * because the set is configuration (parameter {@code services}): a policy author can add one
 * without a Java release. These constants name the four the policy itself speaks of.
 */
public final class Services {
  /** Webex Messaging. */
  public static final String MESSAGING = "MESSAGING";
  /** Webex Meetings, including the hybrid calendar service, 1000-participant meetings, Webex Assistant. */
  public static final String MEETINGS = "MEETINGS";
  /** Webex Calling. */
  public static final String CALLING = "CALLING";
  /** Webex Devices. */
  public static final String DEVICES = "DEVICES";

  private Services() {}
}
