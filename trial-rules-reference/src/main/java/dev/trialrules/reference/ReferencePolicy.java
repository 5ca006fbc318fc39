package dev.trialrules.reference;

import dev.trialrules.Audience;
import dev.trialrules.Change;
import dev.trialrules.Decision;
import dev.trialrules.PolicyParameters;
import dev.trialrules.TrialEvent;
import dev.trialrules.facts.CancellationRequest;
import dev.trialrules.facts.ConsentRequest;
import dev.trialrules.facts.ConversionRequest;
import dev.trialrules.facts.DeviceReturnRequest;
import dev.trialrules.facts.ExtensionRequest;
import dev.trialrules.facts.PolicyRequest;
import dev.trialrules.facts.ServiceChangeRequest;
import dev.trialrules.facts.Services;
import dev.trialrules.facts.StartTrialRequest;
import dev.trialrules.facts.Trial;
import dev.trialrules.facts.TrialStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * POLICY.md as plain Java: every rule, written from the policy text rather than from the DRL, so
 * that the engine and this model disagreeing means one of them is wrong.
 *
 * <p>The rules are grouped as the policy is: sections 1-4 (starting a trial) in
 * {@code StartRules}, the consent steps of section 3 in {@code ConsentRules}, sections 5-9 (actions
 * on a started trial) in {@code TrialRules}, and the Dates section's timeline here. A decision
 * carries the same outcome, rule IDs and derived values the engine gives; its findings' messages
 * are the model's own, and every finding's rule name is its bare rule ID.
 *
 * <p>Immutable and safe to share between threads; "today" is always the request's, never the
 * clock's.
 */
public final class ReferencePolicy {
  /** The revision every decision of the model names. */
  public static final String REVISION = "reference";

  /** END-02's recipients: every customer admin, and the partner with every partner admin. */
  private static final Set<Audience> ADMINS =
      Collections.unmodifiableSet(EnumSet.of(Audience.CUSTOMER_ADMINS, Audience.PARTNER_ADMINS));
  /** END-03's recipients. */
  private static final Set<Audience> USERS = Collections.unmodifiableSet(EnumSet.of(Audience.USERS));

  private final PolicyParameters parameters;
  private final StartRules start;
  private final ConsentRules consent;
  private final TrialRules trials;

  /** A model deciding under these parameters. */
  public ReferencePolicy(PolicyParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.consent = new ConsentRules(parameters);
    this.start = new StartRules(parameters, consent);
    this.trials = new TrialRules(parameters);
  }

  /**
   * The decision the policy gives this request.
   *
   * @throws NullPointerException if {@code request} is null
   * @throws IllegalArgumentException for a kind of request the policy does not know
   */
  public Decision decide(PolicyRequest request) {
    Objects.requireNonNull(request, "request");
    Findings findings = new Findings();
    if (request instanceof StartTrialRequest r) {
      start.decide(r, findings);
    } else if (request instanceof ConsentRequest r) {
      consent.decide(r, findings);
    } else if (request instanceof ExtensionRequest r) {
      trials.extend(r, findings);
    } else if (request instanceof ServiceChangeRequest r) {
      trials.change(r, findings);
    } else if (request instanceof ConversionRequest r) {
      trials.convert(r, findings);
    } else if (request instanceof CancellationRequest r) {
      trials.cancel(r, findings);
    } else if (request instanceof DeviceReturnRequest r) {
      trials.returnDevices(r, findings);
    } else {
      throw new IllegalArgumentException("unknown request type " + request.getClass().getName());
    }
    return findings.decision(REVISION);
  }

  /**
   * Every dated event of the trial's timeline (END-02..07, EXIST-06, RET-01), ordered by date, as
   * the Dates section of POLICY.md fixes them: E - lead and E for the admin notices, E for the
   * expiry, E + user notice, G + 1 for the move and the end of Calling, G + retention + 1 for the
   * release of numbers, R + window + 1 for an unanswered consent request, D + return days.
   *
   * <p>Only the e-mails the source names are notices with recipients (END-02, END-03); the states
   * the trial enters are changes and the devices' last day is a deadline, none of them mailed, so
   * that a job mailing a day's notices can never mail a change.
   */
  public List<TrialEvent> timeline(Trial trial) {
    Objects.requireNonNull(trial, "trial");
    PolicyParameters p = parameters;
    List<TrialEvent> events = new ArrayList<>(8);
    String id = trial.trialId();
    TrialStatus status = trial.status();
    // A trial that was started (not one waiting for consent, cancelled or converted) runs out.
    if (status == TrialStatus.ACTIVE || status == TrialStatus.EXPIRED
        || status == TrialStatus.PENDING_PROVISIONING || status == TrialStatus.ENDED) {
      LocalDate e = trial.endDate();
      LocalDate g = e.plusDays(p.gracePeriodDays());
      events.add(TrialEvent.notice(id, e.minusDays(p.expiryNoticeLeadDays()), "END-02", ADMINS,
          "The trial expires in " + p.expiryNoticeLeadDays() + " days."));
      events.add(TrialEvent.notice(id, e, "END-02", ADMINS, "The trial expires today."));
      events.add(TrialEvent.notice(id, e.plusDays(p.userNoticeDays()), "END-03", USERS,
          "You no longer have access to the trial services."));
      events.add(TrialEvent.change(id, e, "END-04", Change.EXPIRES,
          "The trial has expired; it can be converted through " + g + "."));
      // G + 1: the day after the grace period's last day.
      events.add(TrialEvent.change(id, g.plusDays(1), "END-05", Change.MOVES_TO_CONSUMER_ORG,
          "The users move to the free consumer organization."));
      if (trial.services().contains(Services.CALLING)) {
        events.add(TrialEvent.change(id, g.plusDays(1), "END-06", Change.STOPS_CALLING, "Calling stops working."));
        // Numbers are kept G + 1 through G + retention, released on G + retention + 1.
        events.add(TrialEvent.change(id, g.plusDays(p.numberRetentionDays() + 1L), "END-07",
            Change.RELEASES_NUMBERS, "The Calling phone numbers are released."));
      }
    }
    // EXIST-06: accepted through R + window, cancelled on R + window + 1; the source names no e-mail.
    if (status == TrialStatus.PENDING_CONSENT && trial.consentSentOn() != null) {
      events.add(TrialEvent.change(id, trial.consentSentOn().plusDays(p.consentWindowDays() + 1L), "EXIST-06",
          Change.CANCELS, "No full admin accepted in time: the trial is cancelled."));
    }
    // RET-01: devices due on D are returned by D + return days.
    if (!trial.devices().isEmpty() && trial.deviceDueDate() != null) {
      events.add(TrialEvent.deadline(id, trial.deviceDueDate().plusDays(p.deviceReturnDays()), "RET-01",
          "The last day to return the trial devices."));
    }
    Collections.sort(events);
    return events;
  }

  /** The parameters the model decides under. */
  public PolicyParameters parameters() {
    return parameters;
  }
}
