package dev.trialrules.reference;

import dev.trialrules.DerivedValue;
import dev.trialrules.Finding;
import dev.trialrules.PolicyParameters;
import dev.trialrules.facts.AccessLevel;
import dev.trialrules.facts.ConsentAction;
import dev.trialrules.facts.ConsentRequest;
import dev.trialrules.facts.CustomerOrg;
import dev.trialrules.facts.TrialStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * POLICY.md section 3, the consent steps of an existing customer's trial (EXIST-03..09): who is
 * asked, until when, who may accept, what the partner may do meanwhile, and the window running
 * out. Starting the trial itself sends the first request, so {@link StartRules} uses
 * {@link #request} too.
 */
final class ConsentRules {
  private final PolicyParameters p;

  ConsentRules(PolicyParameters parameters) {
    this.p = parameters;
  }

  void decide(ConsentRequest r, Findings f) {
    CustomerOrg customer = r.customer();
    // EXIST-03: every consent step is about an existing organization.
    if (!customer.exists()) {
      f.deny("EXIST-03", "customer", "A consent step needs the customer's existing Webex organization.",
          "Check the e-mail address, or start a new-customer trial.");
    }
    // EXIST-08: every step happens while consent is pending, and only then.
    boolean pending = r.status() == TrialStatus.PENDING_CONSENT;
    if (!pending) {
      f.deny("EXIST-08", "status", r.action() + " is possible only while the trial is pending customer consent.");
    }
    // What a step changes is told only for a step that can happen; what it lacks, always.
    boolean live = customer.exists() && pending;
    switch (r.action()) {
      case SEND, RESEND -> {
        if (r.adminEmail() == null) {
          f.require("EXIST-04", "adminEmail", "Give the customer admin's e-mail address the consent e-mail goes to.");
        } else if (live) {
          request(customer, r.adminEmail(), r.sentOn(), f);
          f.derive(DerivedValue.TRIAL_STATUS, TrialStatus.PENDING_CONSENT);
          f.info("EXIST-08", Finding.REQUEST, r.action() == ConsentAction.SEND
              ? "The trial starts pending customer consent." : "The trial stays pending customer consent.");
        }
      }
      case ACCEPT -> accept(r, f, live);
      case CANCEL -> {
        if (live) {
          f.derive(DerivedValue.TRIAL_STATUS, TrialStatus.CANCELLED);
          f.info("EXIST-08", Finding.REQUEST, "The trial is cancelled and the customer removed from the partner's list.");
        }
      }
      case EXPIRE -> expire(r, f, live);
    }
  }

  /**
   * Sending the consent e-mail to an existing organization (EXIST-04, EXIST-05): to whom, and
   * the last day it can be accepted. An organization with no full admin can never consent, so
   * the request is refused.
   */
  void request(CustomerOrg customer, String adminEmail, LocalDate sentOn, Findings f) {
    List<String> recipients = recipients(customer, adminEmail);
    f.derive(DerivedValue.CONSENT_RECIPIENTS, recipients);
    f.info("EXIST-04", "adminEmail", "The consent e-mail goes to " + recipients + ".");
    if (customer.fullAdminEmails().isEmpty()) {
      f.deny("EXIST-05", "customer.admins", "The organization has no full admin, and only a full admin can accept.");
    }
    // Dates: a request sent on R can be accepted through R + window.
    LocalDate deadline = sentOn.plusDays(p.consentWindowDays());
    f.derive(DerivedValue.CONSENT_DEADLINE, deadline);
    f.info("EXIST-05", "sentOn", "A full admin must accept by " + deadline + ".");
  }

  /** EXIST-04: the given admin alone if a full admin, else that address and every full admin. */
  private static List<String> recipients(CustomerOrg customer, String given) {
    if (customer.hasFullAdmin(given)) {
      return List.of(given);
    }
    List<String> recipients = new ArrayList<>();
    recipients.add(given);
    for (String admin : customer.fullAdminEmails()) {
      if (!recipients.contains(admin)) {
        recipients.add(admin);
      }
    }
    return recipients;
  }

  /** EXIST-05, EXIST-07, EXIST-08, EXIST-09: a full admin accepting within the window. */
  private void accept(ConsentRequest r, Findings f, boolean live) {
    LocalDate deadline = r.sentOn().plusDays(p.consentWindowDays());
    if (r.today().isAfter(deadline)) {
      f.deny("EXIST-05", "today", "The consent window closed on " + deadline + ".");
    }
    if (r.acceptedBy() == null) {
      f.require("EXIST-05", "acceptedBy", "Give the e-mail address of the admin who accepts.");
      return;
    }
    if (r.customer().exists() && !r.customer().hasFullAdmin(r.acceptedBy())) {
      f.deny("EXIST-05", "acceptedBy", "Only a full admin of the customer can accept.");
    }
    if (!live || f.denied()) {
      return;
    }
    AccessLevel access = r.fullAdministration() ? AccessLevel.FULL_ADMIN : AccessLevel.PROVISIONING_ADMIN;
    f.derive(DerivedValue.PARTNER_ACCESS, access);
    f.info("EXIST-07", "fullAdministration", "The partner becomes " + access + ".");
    f.derive(DerivedValue.TRIAL_STATUS, TrialStatus.PENDING_PROVISIONING);
    f.info("EXIST-08", Finding.REQUEST, "The trial now waits for provisioning details.");
    // EXIST-09: told only for an acceptance that counts, as EXIST-07 is.
    f.info("EXIST-09", "customer", "Organization " + r.customer().orgId()
        + " joins the partner's customer list in Partner Hub; the partner manages the trial it started.");
  }

  /** EXIST-06: on R + window + 1 an unanswered request cancels the trial; before, it cannot lapse. */
  private void expire(ConsentRequest r, Findings f, boolean live) {
    LocalDate deadline = r.sentOn().plusDays(p.consentWindowDays());
    if (!r.today().isAfter(deadline)) {
      f.deny("EXIST-06", "today", "The consent window is open until " + deadline + ".");
    } else if (live) {
      f.derive(DerivedValue.TRIAL_STATUS, TrialStatus.CANCELLED);
      f.info("EXIST-06", Finding.REQUEST, "No full admin accepted in time: the trial is cancelled.");
    }
  }
}
