package dev.trialrules.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.Decision;
import dev.trialrules.DerivedValue;
import dev.trialrules.Outcome;
import dev.trialrules.Severity;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.facts.CustomerOrg;
import dev.trialrules.facts.Flow;
import dev.trialrules.facts.ServiceChangeRequest;
import dev.trialrules.facts.StartTrialRequest;
import dev.trialrules.facts.Trial;
import dev.trialrules.policy.DecisionInvariants;
import dev.trialrules.policy.RuleCase;
import dev.trialrules.policy.ShippedEngine;
import dev.trialrules.testing.FactArbitraries;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Metamorphic property 1: a customer that buys a service can no longer trial it. Take any
 * existing- or paid-customer start, or any service change, that asks for a service; make the
 * customer own that service and decide again. Whatever the first decision was, the second is
 * {@link Outcome#DENIED}, with a DENY about that service from the rule POLICY.md names for the
 * flow (EXIST-01 for an existing customer, PAID-01 for a paid one, MOD-01 for an added service),
 * and it keeps every denial the first decision had: owning more never lifts a refusal.
 *
 * <p>10,000 tries each, two decisions a try: 27 s and 36 s measured in the reactor build, on two
 * cores shared with other builds (load 10 to 15); the generators have few enough knobs that
 * 10,000 tries cover each flow, status and service combination many times over.
 */
class OwnedServicePropertiesTest {
  private static final TrialPolicyEngine ENGINE = ShippedEngine.ENGINE;

  @Property(tries = 10_000)
  void buyingARequestedService_deniesTheTrialStart(@ForAll("startsAskingForAService") Tuple2<StartTrialRequest, String> start) {
    StartTrialRequest request = start.get1();
    String service = start.get2();
    Decision before = ENGINE.decide(request);
    Decision after = ENGINE.decide(withCustomer(request, buying(request.customer(), service)));

    String rule = request.flow() == Flow.EXISTING_CUSTOMER ? "EXIST-01" : "PAID-01";
    assertDeniedFor(after, rule, service, before);
    assertThat(after.value(DerivedValue.AVAILABLE_SERVICES).orElse(List.of()))
        .as("services still open to a trial").doesNotContain(service);
  }

  @Property(tries = 10_000)
  void buyingAServiceToBeAdded_deniesTheChange(@ForAll("changesAddingAService") Tuple2<ServiceChangeRequest, String> change) {
    ServiceChangeRequest request = change.get1();
    String service = change.get2();
    Trial trial = request.trial();
    Trial owned = withCustomer(trial, buying(trial.customer(), service));
    Decision before = ENGINE.decide(request);
    Decision after = ENGINE.decide(ServiceChangeRequest.builder(request.today(), owned)
        .addServices(request.addServices()).removeServices(request.removeServices())
        .newLicenseQuantity(request.newLicenseQuantity()).build());

    assertDeniedFor(after, "MOD-01", service, before);
  }

  @Provide
  Arbitrary<Tuple2<StartTrialRequest, String>> startsAskingForAService() {
    return FactArbitraries.smallStartRequests(FactArbitraries.someServices(), Flow.EXISTING_CUSTOMER, Flow.PAID_CUSTOMER)
        .flatMap(request -> Arbitraries.of(request.services()).map(service -> Tuple.of(request, service)).withoutEdgeCases());
  }

  @Provide
  Arbitrary<Tuple2<ServiceChangeRequest, String>> changesAddingAService() {
    return FactArbitraries.smallServiceChanges(FactArbitraries.someServices())
        .flatMap(request -> Arbitraries.of(request.addServices()).map(service -> Tuple.of(request, service)).withoutEdgeCases());
  }

  private static void assertDeniedFor(Decision after, String rule, String service, Decision before) {
    DecisionInvariants.check(before);
    DecisionInvariants.check(after);
    assertThat(after.outcome()).as("decision once the customer owns %s:%n%s", service, after).isEqualTo(Outcome.DENIED);
    assertThat(after.findings(Severity.DENY))
        .as("a %s denial about %s in%n%s", rule, service, after)
        .anyMatch(f -> f.ruleId().equals(rule) && f.item().filter(service::equals).isPresent());
    assertThat(denials(after)).as("denials before:%n%s%nafter:%n%s", before, after).containsAll(denials(before));
  }

  /** A denial by rule, field and item: its message may name what the customer owns, which changed. */
  private static Set<String> denials(Decision decision) {
    return decision.findings(Severity.DENY).stream().map(f -> f.ruleId() + " " + RuleCase.aboutOf(f))
        .collect(Collectors.toSet());
  }

  private static CustomerOrg buying(CustomerOrg customer, String service) {
    List<String> purchased = new ArrayList<>(customer.purchasedServices());
    if (!purchased.contains(service)) {
      purchased.add(service);
    }
    return CustomerOrg.builder(customer.orgId()).country(customer.country()).admins(customer.admins())
        .purchased(purchased).otherPartnerTrials(customer.otherPartnerTrials()).build();
  }

  private static StartTrialRequest withCustomer(StartTrialRequest r, CustomerOrg customer) {
    return r.toBuilder().customer(customer).build();
  }

  private static Trial withCustomer(Trial t, CustomerOrg customer) {
    return t.toBuilder().customer(customer).build();
  }
}
