package dev.trialrules.reference;

import dev.trialrules.DerivedValue;
import dev.trialrules.PolicyParameters;
import dev.trialrules.facts.AccessLevel;
import dev.trialrules.facts.ConsentRequest;
import dev.trialrules.facts.CustomerOrg;
import dev.trialrules.facts.TrialStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * POLICY.md section 3, the consent steps of an existing customer's trial (EXIST-04..08): who is
 * asked, until when, who may accept, what the partner may do meanwhile, and the window running
 * out.
 */
final class ConsentRules {
  private final PolicyParameters p;

  ConsentRules(PolicyParameters parameters) {
    this.p = parameters;
  }

  void decide(ConsentRequest r, Findings f) {
    // Dates: a request sent on R can be accepted through R + window; on R + window + 1 it lapses.
    LocalDate deadline = r.sentOn().plusDays(p.consentWindowDays());
    boolean pending = r.status() == TrialStatus.PENDING_CONSENT;
    switch (r.action()) {
      case SEND -> {
        recipients(r, f);
        f.derive(DerivedValue.CONSENT_DEADLINE, deadline);
        f.info("EXIST-05", "consent", "A full admin must accept by " + deadline + ".");
        f.derive(DerivedValue.TRIAL_STATUS, TrialStatus.PENDING_CONSENT);
        f.info("EXIST-08", "status", "The trial waits for the customer's consent.");
      }
      case RESEND -> {
        if (!pending) {
          f.deny("EXIST-08", "status", "The consent e-mail can be resent only while consent is pending.");
          return;
        }
        recipients(r, f);
        f.derive(DerivedValue.CONSENT_DEADLINE, deadline);
        f.info("EXIST-05", "consent", "A full admin must accept by " + deadline + ".");
      }
      case ACCEPT -> accept(r, f, deadline, pending);
      case CANCEL -> {
        if (!pending) {
          f.deny("EXIST-08", "status", "Only a trial pending consent can be cancelled this way.");
          return;
        }
        f.derive(DerivedValue.TRIAL_STATUS, TrialStatus.CANCELLED);
        f.info("EXIST-08", "status", "The trial is cancelled and the customer removed from the list.");
      }
      case EXPIRE -> {
        if (pending && r.today().isAfter(deadline)) {
          f.derive(DerivedValue.TRIAL_STATUS, TrialStatus.CANCELLED);
          f.info("EXIST-06", "status", "No answer within the consent window: the trial is cancelled.");
        }
      }
    }
  }

  /** EXIST-04: the given admin alone if a full admin, else that address and every full admin. */
  private void recipients(ConsentRequest r, Findings f) {
    CustomerOrg customer = r.customer();
    String given = r.adminEmail();
    List<String> recipients;
    if (given != null && customer.hasFullAdmin(given)) {
      recipients = List.of(given);
    } else {
      recipients = new ArrayList<>();
      if (given != null) {
        recipients.add(given);
      }
      for (String admin : customer.fullAdminEmails()) {
        if (!recipients.contains(admin)) {
          recipients.add(admin);
        }
      }
    }
    f.derive(DerivedValue.CONSENT_RECIPIENTS, recipients);
    f.info("EXIST-04", "consent", "The consent e-mail goes to " + recipients + ".");
  }

  private void accept(ConsentRequest r, Findings f, LocalDate deadline, boolean pending) {
    if (!pending) {
      f.deny("EXIST-08", "status", "Only a trial pending consent can be accepted.");
    }
    if (r.today().isAfter(deadline)) {
      f.deny("EXIST-05", "today", "The consent window closed on " + deadline + ".");
    }
    if (r.acceptedBy() == null || !r.customer().hasFullAdmin(r.acceptedBy())) {
      f.deny("EXIST-05", "acceptedBy", "Only a full admin of the customer can accept.");
    }
    if (f.denied()) {
      return;
    }
    AccessLevel access = r.fullAdministration() ? AccessLevel.FULL_ADMIN : AccessLevel.PROVISIONING_ADMIN;
    f.derive(DerivedValue.PARTNER_ACCESS, access);
    f.info("EXIST-07", "access", "The partner becomes " + access + ".");
    f.derive(DerivedValue.TRIAL_STATUS, TrialStatus.PENDING_PROVISIONING);
    f.info("EXIST-08", "status", "The trial now waits for provisioning details.");
  }
}
