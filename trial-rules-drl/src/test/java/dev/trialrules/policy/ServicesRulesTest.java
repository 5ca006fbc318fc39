package dev.trialrules.policy;

import static dev.trialrules.policy.RuleCase.fires;
import static dev.trialrules.policy.RuleCase.silent;
import static dev.trialrules.testing.Fixtures.customer;
import static dev.trialrules.testing.Fixtures.existingCustomer;
import static dev.trialrules.testing.Fixtures.newCustomer;
import static dev.trialrules.testing.Fixtures.paidCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.Decision;
import dev.trialrules.DerivedValue;
import dev.trialrules.Outcome;
import dev.trialrules.PolicyParameters;
import dev.trialrules.Severity;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.facts.CustomerOrg;
import dev.trialrules.facts.MeetingsEdition;
import dev.trialrules.facts.Services;
import dev.trialrules.facts.ShippingSkipReason;
import dev.trialrules.facts.StartTrialRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * services.drl: NEW-04..NEW-11, EXIST-01, EXIST-02 and PAID-01, as POLICY.md revision 2 has them:
 * NEW-11 requires nothing about numbers and applies in every flow with Calling, and in the paid
 * flow NEW-05..NEW-11 check only the values the partner gives.
 */
class ServicesRulesTest {

  /** A new customer's Devices trial shipping two phones to a customer with PoE. */
  static StartTrialRequest.Builder devices() {
    return newCustomer().services(Services.DEVICES).ship("PHONE", 2).poeSupported(true);
  }

  /** A new customer's Calling trial: 10 users in 2 locations need 14 numbers; it holds 14. */
  static StartTrialRequest.Builder calling() {
    return newCustomer().services(Services.CALLING).licenseQuantity(10).callingLocations(2).didsHeld(14);
  }

  /** NEW-11 for policies that need the numbers up front; built once for this class. */
  static final TrialPolicyEngine NUMBERS_UP_FRONT =
      TrialPolicyEngine.builder(ShippedPolicy.get()).parameter("calling-numbers-severity", "DENY").build();

  /**
   * The most numbers per location a policy may ask: with the largest counts a request may give, a
   * count in int arithmetic would overflow without the bounds. Built once for this class.
   */
  static final TrialPolicyEngine HUNDRED_PER_LOCATION = TrialPolicyEngine.builder(ShippedPolicy.get())
      .parameter("dids-per-location", String.valueOf(PolicyParameters.MAX_DIDS_PER_UNIT)).build();

  static Stream<RuleCase> cases() {
    return Stream.of(
        fires("NEW-04", Severity.REQUIRE, "services", "a trial without services is incomplete",
            newCustomer().services().build()),
        fires("NEW-04", Severity.REQUIRE, "services FAX", "a service outside the configured list is refused",
            newCustomer().services(Services.MESSAGING, "FAX").build()),
        silent("NEW-04", "configured services pass", newCustomer().build()),

        fires("NEW-05", Severity.REQUIRE, "licenseQuantity", "a missing licence quantity is required",
            newCustomer().licenseQuantity(null).build()),
        fires("NEW-05", Severity.REQUIRE, "licenseQuantity", "zero licences are not enough",
            newCustomer().licenseQuantity(0).build()),
        fires("NEW-05", Severity.INFO, "licenseQuantity", "the quantity applies to each licensed service",
            newCustomer().build()),
        silent("NEW-05", "a Devices-only trial needs no licence quantity",
            devices().licenseQuantity(null).build()),
        silent("NEW-05", "a paid customer's trial needs no licence quantity (PAID-01)",
            paidCustomer().licenseQuantity(null).build()),
        fires("NEW-05", Severity.REQUIRE, "licenseQuantity", "a paid customer's licence quantity, when given, is checked",
            paidCustomer().licenseQuantity(0).build()),

        fires("NEW-06", Severity.REQUIRE, "durationDays", "a missing duration is required",
            newCustomer().durationDays(null).build()),
        fires("NEW-06", Severity.REQUIRE, "durationDays", "a duration not on offer is refused",
            newCustomer().durationDays(45).build()),
        silent("NEW-06", "a duration on offer passes", newCustomer().durationDays(90).build()),
        silent("NEW-06", "a paid customer's trial needs no duration (PAID-01)",
            paidCustomer().durationDays(null).build()),
        fires("NEW-06", Severity.REQUIRE, "durationDays", "a paid customer's duration, when given, is checked",
            paidCustomer().durationDays(45).build()),

        fires("NEW-07", Severity.REQUIRE, "siteUrl", "Enterprise Edition without a site URL is incomplete",
            newCustomer().meetingsEdition(MeetingsEdition.ENTERPRISE).timeZone("Europe/Copenhagen").build()),
        fires("NEW-07", Severity.REQUIRE, "timeZone", "Enterprise Edition without a time zone is incomplete",
            newCustomer().meetingsEdition(MeetingsEdition.ENTERPRISE).siteUrl("fjord.webex.com").build()),
        fires("NEW-07", Severity.REQUIRE, "meetingsEdition", "Meetings without an edition is incomplete",
            newCustomer().meetingsEdition(null).build()),
        silent("NEW-07", "Enterprise Edition with site and zone passes",
            newCustomer().meetingsEdition(MeetingsEdition.ENTERPRISE).siteUrl("fjord.webex.com")
                .timeZone("Europe/Copenhagen").build()),
        silent("NEW-07", "a standard edition needs no site", newCustomer().build()),
        silent("NEW-07", "a paid customer's Meetings trial needs no edition (PAID-01)",
            paidCustomer().customer(customer().purchased().build()).services(Services.MEETINGS).build()),

        fires("NEW-08", Severity.REQUIRE, "deviceShipments", "Devices with neither shipment nor skip reason is incomplete",
            newCustomer().services(Services.DEVICES).build()),
        fires("NEW-08", Severity.DENY, "shippingSkipReason", "skipping shipment for an unlisted reason is denied",
            newCustomer().services(Services.DEVICES).shippingSkipReason(ShippingSkipReason.OTHER).build()),
        fires("NEW-08", Severity.DENY, "shippingSkipReason", "a test skip is denied for a new customer",
            newCustomer().services(Services.DEVICES).shippingSkipReason(ShippingSkipReason.TEST_ONLY).build()),
        fires("NEW-08", Severity.REQUIRE, "deviceShipments HOVERBOARD", "an unknown device type is refused",
            devices().ship("HOVERBOARD", 1).build()),
        fires("NEW-08", Severity.DENY, "deviceShipments", "shipping devices without the Devices service is denied",
            newCustomer().ship("PHONE", 1).poeSupported(true).build()),
        fires("NEW-08", Severity.REQUIRE, "shippingSkipReason", "devices and a skip reason together contradict",
            devices().shippingSkipReason(ShippingSkipReason.PARTNER_SUPPLIES_DEVICES).build()),
        silent("NEW-08", "a test skip is accepted for an existing customer",
            existingCustomer().services(Services.DEVICES).shippingSkipReason(ShippingSkipReason.TEST_ONLY).build()),
        silent("NEW-08", "the partner supplying its own devices may skip shipping",
            newCustomer().services(Services.DEVICES)
                .shippingSkipReason(ShippingSkipReason.PARTNER_SUPPLIES_DEVICES).build()),
        silent("NEW-08", "listed devices to ship pass", devices().build()),
        silent("NEW-08", "a paid customer's Devices trial needs no shipment (PAID-01)",
            paidCustomer().services(Services.DEVICES).build()),
        fires("NEW-08", Severity.DENY, "shippingSkipReason", "a paid customer's skip reason, when given, is checked",
            paidCustomer().services(Services.DEVICES).shippingSkipReason(ShippingSkipReason.OTHER).build()),

        fires("NEW-09", Severity.DENY, "deviceShipments PHONE", "a second phone shipment is denied",
            devices().alreadyShippedDeviceTypes("PHONE").build()),
        fires("NEW-09", Severity.DENY, "deviceShipments PHONE", "two phone shipments in one request are denied",
            devices().ship("PHONE", 3).build()),
        silent("NEW-09", "another device type may still ship",
            devices().alreadyShippedDeviceTypes("ROOM_DEVICE").build()),

        fires("NEW-10", Severity.WARN, "deviceShipments PHONE", "phones for a customer without PoE draw a warning",
            devices().poeSupported(false).build()),
        fires("NEW-10", Severity.WARN, "deviceShipments PHONE", "phones for a customer whose PoE is unknown draw a warning",
            devices().poeSupported(null).build()),
        silent("NEW-10", "phones for a customer with PoE pass", devices().build()),
        silent("NEW-10", "room devices need no PoE warning",
            newCustomer().services(Services.DEVICES).ship("ROOM_DEVICE", 1).build()),

        fires("NEW-11", Severity.INFO, "services " + Services.CALLING, "Calling is told how many numbers it needs", calling().build()),
        fires("NEW-11", Severity.WARN, "didsHeld", "too few numbers without CCP draw a warning",
            calling().didsHeld(13).build()),
        fires("NEW-11", Severity.DENY, "didsHeld",
            "too few numbers without CCP are denied with calling-numbers-severity=DENY",
            calling().didsHeld(13).build()).decidedBy(NUMBERS_UP_FRONT),
        // Revision 1 required the location count; revision 2 never requires anything about numbers.
        fires("NEW-11", Severity.INFO, "services " + Services.CALLING, "Calling without a location count is told 2 per location",
            calling().callingLocations(null).build()),
        fires("NEW-11", Severity.INFO, "services " + Services.CALLING, "an existing customer's Calling trial is told the numbers too",
            existingCustomer().customer(customer().otherPartnerTrials().build()).services(Services.CALLING)
                .callingLocations(2).build()),
        fires("NEW-11", Severity.INFO, "services " + Services.CALLING, "a paid customer's Calling trial is told the numbers too",
            paidCustomer().customer(customer().otherPartnerTrials().build()).services(Services.CALLING)
                .licenseQuantity(null).build()),
        fires("NEW-11", Severity.INFO, "services " + Services.CALLING,
            "9,000,000 locations at dids-per-location=100, the parameter's bound, are counted, not overflowed",
            calling().callingLocations(9_000_000).didsHeld(0).pstnSupportsCcp(true).build())
            .decidedBy(HUNDRED_PER_LOCATION),
        silent("NEW-11", "a trial without Calling needs no numbers", newCustomer().build()),
        silent("NEW-11", "a paid customer's trial without Calling needs no numbers", paidCustomer().build()),

        fires("EXIST-01", Severity.DENY, "services " + Services.MEETINGS, "a trial of a purchased service is denied",
            existingCustomer().services(Services.MEETINGS).meetingsEdition(MeetingsEdition.STANDARD).build()),
        silent("EXIST-01", "a service not purchased passes", existingCustomer().build()),

        fires("EXIST-02", Severity.DENY, "services " + Services.CALLING, "a service on another partner's trial is denied",
            existingCustomer().services(Services.CALLING).build()),
        silent("EXIST-02", "a service no other partner trials passes", existingCustomer().build()),

        fires("PAID-01", Severity.INFO, "services", "a paid customer is told what it can still trial",
            paidCustomer().build()),
        fires("PAID-01", Severity.INFO, "services",
            "a paid customer's trial with only its services ticked is told what it can still trial",
            paidCustomer().licenseQuantity(null).durationDays(null).build()),
        fires("PAID-01", Severity.DENY, "services " + Services.MEETINGS, "a paid customer cannot trial what it bought",
            paidCustomer().services(Services.MEETINGS).meetingsEdition(MeetingsEdition.STANDARD).build()),
        fires("PAID-01", Severity.DENY, "services " + Services.CALLING, "a paid customer cannot trial what another partner trials",
            paidCustomer().services(Services.CALLING).build()),
        silent("PAID-01", "a new customer's trial is not a paid customer's", newCustomer().build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(RuleCase row) {
    row.check();
  }

  @Test
  void licences_applyToEveryServiceExceptDevices() {
    Decision decision = ShippedEngine.ENGINE.decide(newCustomer()
        .services(Services.MESSAGING, Services.MEETINGS, Services.DEVICES).ship("PHONE", 2).poeSupported(true)
        .licenseQuantity(200).build());
    assertThat(decision.value(DerivedValue.LICENSES_PER_SERVICE))
        .contains(Map.of(Services.MESSAGING, 200, Services.MEETINGS, 200));
  }

  @Test
  void callingNumbers_areOnePerUserPlusTwoPerLocation() {
    Decision decision = ShippedEngine.ENGINE.decide(calling().callingUsers(7).callingLocations(3).build());
    assertThat(decision.value(DerivedValue.DIDS_NEEDED)).contains(7 + 2 * 3);
  }

  @Test
  void callingNumbers_countLicensedUsersWhenNoUserCountIsGiven() {
    Decision decision = ShippedEngine.ENGINE.decide(calling().build());
    assertThat(decision.value(DerivedValue.DIDS_NEEDED)).contains(10 + 2 * 2);
  }

  // POLICY.md NEW-11, revision 2: "they need not add any numbers to finish setting up".
  @Test
  void callingWithoutALocationCount_isAllowed_andToldTheNumbersPerUserAndPerLocation() {
    Decision decision = ShippedEngine.ENGINE.decide(calling().callingLocations(null).didsHeld(0).build());
    assertThat(decision.outcome()).as("%s", decision).isEqualTo(Outcome.ALLOWED);
    assertThat(decision.findings(Severity.REQUIRE)).isEmpty();
    assertThat(decision.findings("NEW-11")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).contains("2 per location", "none is needed to finish");
    });
    // With no location count there is no total, so nothing to hold too few of.
    assertThat(decision.value(DerivedValue.DIDS_NEEDED)).isEmpty();
  }

  @Test
  void callingWithNeitherUsersNorLicences_isToldThePerUnitNumbers() {
    Decision decision = ShippedEngine.ENGINE.decide(paidCustomer().customer(customer().otherPartnerTrials().build())
        .services(Services.CALLING).licenseQuantity(null).callingLocations(3).build());
    assertThat(decision.outcome()).as("%s", decision).isEqualTo(Outcome.ALLOWED);
    assertThat(decision.findings("NEW-11")).extracting(f -> f.severity()).containsExactly(Severity.INFO);
    assertThat(decision.value(DerivedValue.DIDS_NEEDED)).isEmpty();
  }

  @Test
  void callingNumbers_areCountedInTheExistingAndThePaidFlow() {
    CustomerOrg noCallingElsewhere = customer().otherPartnerTrials().build();
    Decision existing = ShippedEngine.ENGINE.decide(existingCustomer().customer(noCallingElsewhere)
        .services(Services.CALLING).callingUsers(7).callingLocations(3).build());
    assertThat(existing.outcome()).as("%s", existing).isEqualTo(Outcome.ALLOWED);
    assertThat(existing.value(DerivedValue.DIDS_NEEDED)).contains(7 + 2 * 3);

    Decision paid = ShippedEngine.ENGINE.decide(paidCustomer().customer(noCallingElsewhere)
        .services(Services.CALLING).callingUsers(7).callingLocations(3).didsHeld(12).build());
    assertThat(paid.value(DerivedValue.DIDS_NEEDED)).contains(7 + 2 * 3);
    assertThat(paid.findings("NEW-11")).extracting(f -> f.severity() + ":" + RuleCase.aboutOf(f))
        .containsExactlyInAnyOrder("INFO:services CALLING", "WARN:didsHeld");
  }

  // POLICY.md "Arithmetic on counts and parameters never overflows".
  @Test
  void callingNumbers_atTheParameterBound_areCountedExactly() {
    int locations = 9_000_000;
    int users = 10;
    Decision decision = HUNDRED_PER_LOCATION.decide(calling().callingLocations(locations).didsHeld(0)
        .pstnSupportsCcp(true).build());
    DecisionInvariants.check(decision, HUNDRED_PER_LOCATION);
    assertThat(decision.outcome()).as("%s", decision).isEqualTo(Outcome.ALLOWED);
    long expected = (long) PolicyParameters.MAX_DIDS_PER_UNIT * locations + users;
    assertThat(decision.value(DerivedValue.DIDS_NEEDED)).hasValueSatisfying(needed -> {
      assertThat(needed).isPositive();
      assertThat((long) needed).isEqualTo(expected);
    });
    assertThat(decision.findings("NEW-11")).singleElement().satisfies(f -> assertThat(f.message())
        .contains(String.valueOf(expected), String.valueOf(locations)));
  }

  @Test
  void callingNumbers_atEveryBound_fitWithoutOverflow() {
    // Both parameters at their bound and both counts at the most a request may give.
    TrialPolicyEngine most = TrialPolicyEngine.builder(ShippedPolicy.get())
        .parameter("dids-per-location", String.valueOf(PolicyParameters.MAX_DIDS_PER_UNIT))
        .parameter("dids-per-user", String.valueOf(PolicyParameters.MAX_DIDS_PER_UNIT)).build();
    int largest = 10_000_000;
    Decision decision = most.decide(calling().licenseQuantity(largest).callingUsers(largest)
        .callingLocations(largest).didsHeld(0).build());
    DecisionInvariants.check(decision, most);
    long expected = 2L * PolicyParameters.MAX_DIDS_PER_UNIT * largest;
    assertThat(decision.value(DerivedValue.DIDS_NEEDED)).hasValueSatisfying(needed ->
        assertThat((long) needed).isEqualTo(expected));
    assertThat(decision.findings("NEW-11")).extracting(f -> f.severity()).contains(Severity.WARN);
  }

  // POLICY.md PAID-01, revision 2: the partner only ticks the services.
  @Test
  void paidCustomer_tickingOnlyServices_isAllowed() {
    CustomerOrg boughtNothing = customer().purchased().otherPartnerTrials().build();
    Decision decision = ShippedEngine.ENGINE.decide(paidCustomer().customer(boughtNothing)
        .services(Services.MESSAGING, Services.MEETINGS, Services.CALLING, Services.DEVICES)
        .licenseQuantity(null).durationDays(null).build());
    assertThat(decision.outcome()).as("%s", decision).isEqualTo(Outcome.ALLOWED);
    assertThat(decision.findings(Severity.REQUIRE)).isEmpty();
    assertThat(decision.value(DerivedValue.LICENSES_PER_SERVICE)).isEmpty();
  }

  @Test
  void paidCustomer_givenValues_areCheckedAsForANewTrial() {
    Decision decision = ShippedEngine.ENGINE.decide(paidCustomer().licenseQuantity(0).durationDays(45).build());
    assertThat(decision.outcome()).isEqualTo(Outcome.INCOMPLETE);
    assertThat(decision.findings(Severity.REQUIRE)).extracting(f -> f.ruleId() + ":" + RuleCase.aboutOf(f))
        .containsExactlyInAnyOrder("NEW-05:licenseQuantity", "NEW-06:durationDays");
    assertThat(ShippedEngine.ENGINE.decide(paidCustomer().licenseQuantity(25).build())
        .value(DerivedValue.LICENSES_PER_SERVICE)).contains(Map.of(Services.MESSAGING, 25));
  }

  @Test
  void tooFewNumbers_passWhenThePstnProviderSupportsCcp() {
    Decision decision = ShippedEngine.ENGINE.decide(calling().didsHeld(0).pstnSupportsCcp(true).build());
    assertThat(decision.findings(Severity.WARN)).isEmpty();
    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
  }

  @Test
  void tooFewNumbers_areDeniedWhenThePolicyNeedsNumbersUpFront() {
    Decision decision = NUMBERS_UP_FRONT.decide(calling().didsHeld(13).build());
    assertThat(decision.findings("NEW-11")).extracting(f -> f.severity()).contains(Severity.DENY);
    assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
  }

  @Test
  void didsPerLocation_isAParameter() {
    TrialPolicyEngine three = TrialPolicyEngine.builder(ShippedPolicy.get()).parameter("dids-per-location", "3").build();
    assertThat(three.decide(calling().build()).value(DerivedValue.DIDS_NEEDED)).contains(10 + 3 * 2);
  }

  @Test
  void licenceMaximum_isOffByDefaultAndDeniesAboveItWhenSet() {
    StartTrialRequest big = newCustomer().licenseQuantity(100_000).build();
    assertThat(ShippedEngine.ENGINE.decide(big).outcome()).isEqualTo(Outcome.ALLOWED);
    TrialPolicyEngine capped = TrialPolicyEngine.builder(ShippedPolicy.get()).parameter("max-license-quantity", "1000").build();
    assertThat(capped.decide(big).findings("NEW-05")).extracting(f -> f.severity()).contains(Severity.DENY);
  }

  // POLICY.md EXIST-02: "The two examples must both hold".
  @Test
  void exist02_customerThatBoughtMeetingsOrMessaging_canTrialCalling() {
    CustomerOrg bought = customer().purchased(Services.MEETINGS, Services.MESSAGING).otherPartnerTrials().build();
    Decision decision = ShippedEngine.ENGINE.decide(existingCustomer().customer(bought)
        .services(Services.CALLING).build());
    assertThat(decision.ruleIds()).doesNotContain("EXIST-01", "EXIST-02");
    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
  }

  @Test
  void exist02_customerWithAnotherPartnersCallingTrialAndNoMeetings_canTrialMeetings() {
    CustomerOrg callingElsewhere = customer().purchased().otherPartnerTrials(Services.CALLING).build();
    Decision decision = ShippedEngine.ENGINE.decide(existingCustomer().customer(callingElsewhere)
        .services(Services.MEETINGS).meetingsEdition(MeetingsEdition.STANDARD).build());
    assertThat(decision.ruleIds()).doesNotContain("EXIST-01", "EXIST-02");
    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
  }

  @Test
  void exist02_sameCustomer_stillCannotTrialCalling() {
    CustomerOrg callingElsewhere = customer().purchased().otherPartnerTrials(Services.CALLING).build();
    Decision decision = ShippedEngine.ENGINE.decide(existingCustomer().customer(callingElsewhere)
        .services(Services.CALLING).build());
    assertThat(decision.findings("EXIST-02")).extracting(f -> RuleCase.aboutOf(f)).containsExactly("services " + Services.CALLING);
  }

  @Test
  void paidCustomer_isToldExactlyTheServicesNeitherBoughtNorTrialedElsewhere() {
    Decision decision = ShippedEngine.ENGINE.decide(paidCustomer().build());
    assertThat(decision.value(DerivedValue.AVAILABLE_SERVICES))
        .contains(List.of(Services.MESSAGING, Services.DEVICES));
    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
  }

  @Test
  void eachDeniedServiceIsNamedOnItsOwn() {
    CustomerOrg both = customer().purchased(Services.MEETINGS).otherPartnerTrials(Services.CALLING).build();
    Decision decision = ShippedEngine.ENGINE.decide(existingCustomer().customer(both)
        .services(Services.MEETINGS, Services.CALLING, Services.MESSAGING)
        .meetingsEdition(MeetingsEdition.STANDARD).callingLocations(1).build());
    assertThat(decision.findings(Severity.DENY)).extracting(f -> f.ruleId() + ":" + RuleCase.aboutOf(f))
        .containsExactlyInAnyOrder("EXIST-01:services MEETINGS", "EXIST-02:services CALLING");
  }
}
