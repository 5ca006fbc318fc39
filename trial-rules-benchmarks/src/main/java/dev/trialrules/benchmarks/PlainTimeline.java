package dev.trialrules.benchmarks;

import dev.trialrules.Audience;
import dev.trialrules.Change;
import dev.trialrules.PolicyParameters;
import dev.trialrules.TrialEvent;
import dev.trialrules.facts.Services;
import dev.trialrules.facts.Trial;
import dev.trialrules.facts.TrialStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The timeline of POLICY.md's Dates section written as plain Java, straight from the policy
 * text: the baseline a sweep benchmark divides by, and a second opinion the DRL timeline is
 * checked against. Descriptions are terse; dates, rule IDs and changes are what must agree.
 */
public final class PlainTimeline {
  private static final Set<Audience> ADMINS = Set.of(Audience.CUSTOMER_ADMINS, Audience.PARTNER_ADMINS);
  /** The end of a trial and of its Calling concerns the admins and every user. */
  private static final Set<Audience> EVERYONE =
      Set.of(Audience.CUSTOMER_ADMINS, Audience.PARTNER_ADMINS, Audience.USERS);

  private PlainTimeline() {}

  /** Every event of the trial, in no particular order. */
  public static List<TrialEvent> events(Trial trial, PolicyParameters p) {
    List<TrialEvent> events = new ArrayList<>(8);
    String id = trial.trialId();
    TrialStatus status = trial.status();
    if (status == TrialStatus.ACTIVE || status == TrialStatus.EXPIRED || status == TrialStatus.PENDING_PROVISIONING
        || status == TrialStatus.ENDED) {
      LocalDate e = trial.endDate();
      LocalDate g = e.plusDays(p.gracePeriodDays());
      events.add(new TrialEvent(id, e.minusDays(p.expiryNoticeLeadDays()), "END-02", ADMINS, Change.NONE, "expiry notice"));
      events.add(new TrialEvent(id, e, "END-02", ADMINS, Change.NONE, "expiry notice"));
      events.add(new TrialEvent(id, e, "END-04", ADMINS, Change.EXPIRES, "expired, grace begins"));
      events.add(new TrialEvent(id, e.plusDays(p.userNoticeDays()), "END-03", Set.of(Audience.USERS), Change.NONE,
          "users lose access"));
      events.add(new TrialEvent(id, g.plusDays(1), "END-05", EVERYONE, Change.MOVES_TO_CONSUMER_ORG,
          "moved to the consumer organization"));
      if (trial.services().contains(Services.CALLING)) {
        events.add(new TrialEvent(id, g.plusDays(1), "END-06", EVERYONE, Change.STOPS_CALLING, "calling stops"));
        events.add(new TrialEvent(id, g.plusDays(p.numberRetentionDays() + 1L), "END-07", ADMINS,
            Change.RELEASES_NUMBERS, "numbers released"));
      }
    }
    if (status == TrialStatus.PENDING_CONSENT && trial.consentSentOn() != null) {
      events.add(new TrialEvent(id, trial.consentSentOn().plusDays(p.consentWindowDays() + 1L), "EXIST-06", ADMINS,
          Change.CANCELS, "consent window passed"));
    }
    if (!trial.devices().isEmpty() && trial.deviceDueDate() != null) {
      events.add(new TrialEvent(id, trial.deviceDueDate().plusDays(p.deviceReturnDays()), "RET-01", ADMINS,
          Change.NONE, "devices due back"));
    }
    return events;
  }
}
