package dev.trialrules.benchmarks;

import dev.trialrules.Decision;
import dev.trialrules.DerivedValue;
import dev.trialrules.Finding;
import dev.trialrules.PolicyParameters;
import dev.trialrules.Severity;
import dev.trialrules.facts.ConversionRequest;
import dev.trialrules.facts.ExtensionRequest;
import dev.trialrules.facts.Flow;
import dev.trialrules.facts.PartnerRole;
import dev.trialrules.facts.PolicyRequest;
import dev.trialrules.facts.StartTrialRequest;
import dev.trialrules.facts.TrialStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * TO BE REPLACED by {@code dev.trialrules.reference.ReferencePolicy} once it is merged; see
 * {@link Reference}. A stand-in of a few lines per request kind that applies the same kind of
 * checks as the rules (ACT-01/02, NEW-01..03, EXIST-03; EXT-01/04; CONV-02/03) and builds a
 * {@link Decision} the same way, so that a ratio against it is of the right order until the real
 * model can be measured. It is not a model of the policy and nothing checks it against the rules.
 */
final class InterimReference {
  private InterimReference() {}

  static Decision decide(PolicyRequest request, PolicyParameters p) {
    List<Finding> findings = new ArrayList<>(4);
    Map<DerivedValue<?>, Object> values = new LinkedHashMap<>();
    if (request instanceof StartTrialRequest start) {
      start(start, p, findings, values);
    } else if (request instanceof ExtensionRequest extension) {
      LocalDate end = extension.trial().endDate();
      LocalDate proposed = extension.today().plusDays(p.extensionStepDays());
      values.put(DerivedValue.DAYS_REMAINING, (int) Math.max(0L, ChronoUnit.DAYS.between(extension.today(), end)));
      if (!proposed.isAfter(end)) {
        findings.add(finding("EXT-01", Severity.DENY, "newEndDate", "not later"));
      }
      TrialStatus status = extension.trial().status();
      if (status == TrialStatus.CANCELLED || status == TrialStatus.CONVERTED || status == TrialStatus.ENDED) {
        findings.add(finding("EXT-04", Severity.DENY, "trial.status", "cannot extend"));
      }
    } else if (request instanceof ConversionRequest conversion) {
      if (conversion.provisioningEmail() == null || !p.isEmail(conversion.provisioningEmail())) {
        findings.add(finding("CONV-02", Severity.REQUIRE, "provisioningEmail", "give the contact"));
      }
      if (!conversion.trial().services().containsAll(conversion.orderedServices())) {
        findings.add(finding("CONV-03", Severity.WARN, "orderedServices", "services not tried"));
      }
    }
    return Decision.of(findings, values, "interim");
  }

  private static void start(StartTrialRequest r, PolicyParameters p, List<Finding> findings,
      Map<DerivedValue<?>, Object> values) {
    if (!r.partner().verified()) {
      findings.add(finding("ACT-01", Severity.DENY, "partner", "not a verified partner"));
    }
    if (!r.partner().userRoles().contains(PartnerRole.SALES_ADMIN)
        && !r.partner().userRoles().contains(PartnerRole.SALES_FULL_ADMIN)) {
      findings.add(finding("ACT-02", Severity.DENY, "partner.userRoles", "no sales role"));
    }
    if (r.flow() != Flow.PAID_CUSTOMER) {
      if (r.companyName() == null || r.companyName().isBlank()) {
        findings.add(finding("NEW-01", Severity.REQUIRE, "companyName", "give the company name"));
      }
      if (r.adminEmail() == null || !r.adminEmail().matches(p.emailPattern())) {
        findings.add(finding("NEW-01", Severity.REQUIRE, "adminEmail", "give a valid e-mail"));
      }
      if (r.vertical() == null || !p.verticals().contains(r.vertical())) {
        findings.add(finding("NEW-01", Severity.REQUIRE, "vertical", "give a vertical"));
      }
      if (r.country() == null) {
        findings.add(finding("NEW-02", Severity.REQUIRE, "country", "give the country"));
      } else if (p.supports(r.country())) {
        values.put(DerivedValue.DATA_REGION, p.regionOf(r.country()));
      } else {
        findings.add(finding("NEW-03", Severity.DENY, "country", "not offered"));
      }
    }
    if (r.flow() != Flow.NEW_CUSTOMER && (r.customer() == null || !r.customer().exists())) {
      findings.add(finding("EXIST-03", Severity.DENY, "adminEmail", "no such organization"));
    }
  }

  private static Finding finding(String id, Severity severity, String subject, String message) {
    return new Finding(id, id, severity, subject, message, Optional.empty());
  }
}
