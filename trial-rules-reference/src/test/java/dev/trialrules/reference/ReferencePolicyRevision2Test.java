package dev.trialrules.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.Audience;
import dev.trialrules.Change;
import dev.trialrules.Decision;
import dev.trialrules.DerivedValue;
import dev.trialrules.EventKind;
import dev.trialrules.Finding;
import dev.trialrules.Outcome;
import dev.trialrules.PolicyParameters;
import dev.trialrules.Severity;
import dev.trialrules.TrialEvent;
import dev.trialrules.facts.ConsentAction;
import dev.trialrules.facts.ConsentRequest;
import dev.trialrules.facts.ConversionRequest;
import dev.trialrules.facts.CustomerOrg;
import dev.trialrules.facts.DeviceReturnRequest;
import dev.trialrules.facts.ExtensionRequest;
import dev.trialrules.facts.Flow;
import dev.trialrules.facts.MeetingsEdition;
import dev.trialrules.facts.Partner;
import dev.trialrules.facts.PartnerRole;
import dev.trialrules.facts.PolicyRequest;
import dev.trialrules.facts.ServiceChangeRequest;
import dev.trialrules.facts.Services;
import dev.trialrules.facts.StartTrialRequest;
import dev.trialrules.facts.Trial;
import dev.trialrules.facts.TrialStatus;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each change of POLICY.md revision 2 ("What changed in revision 2"), checked through
 * {@link ReferencePolicy} alone, with one case where the new or changed rule speaks and one where
 * it stays silent. No engine is built: the parameters are the shipped ones, read from
 * trial-rules-drl's resources, so this holds whatever state the DRL is in.
 */
class ReferencePolicyRevision2Test {
  private static final PolicyParameters SHIPPED = ShippedParameters.shipped();
  private static final ReferencePolicy MODEL = new ReferencePolicy(SHIPPED);
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
  private static final String TRIAL_ADMIN = "it@customer.example";
  private static final String PLAIN_ADMIN = "plain@customer.example";
  private static final String PARTNER_ADMIN = "pa@partner.example";
  private static final String STRANGER = "someone@elsewhere.example";

  private static Partner partner() {
    return Partner.builder("partner-1").verified(true).roles(PartnerRole.SALES_ADMIN).adminEmails(List.of(PARTNER_ADMIN))
        .build();
  }

  private static CustomerOrg customer(String country) {
    return CustomerOrg.builder("customer-1").country(country).fullAdmin(TRIAL_ADMIN).admin(PLAIN_ADMIN)
        .build();
  }

  /** A complete new-customer request for Messaging and Calling that nothing denies. */
  private static StartTrialRequest.Builder newCustomer(String country) {
    return StartTrialRequest.builder(Flow.NEW_CUSTOMER, TODAY).partner(partner()).companyName("Acme A/S")
        .adminEmail(TRIAL_ADMIN).vertical("Retail").country(country).locationAcknowledged(true)
        .services(Services.MESSAGING, Services.CALLING).licenseQuantity(200).durationDays(30);
  }

  private static Trial.Builder trial(String country) {
    return Trial.builder("T-1", partner(), customer(country)).customerAdminEmail(TRIAL_ADMIN)
        .services(Services.MESSAGING, Services.CALLING).licenseQuantity(50)
        .period(TODAY.minusDays(30), TODAY.plusDays(30));
  }

  private static Decision decide(PolicyRequest request) {
    return MODEL.decide(request);
  }

  private static List<Finding> findings(Decision decision, String ruleId, Severity severity) {
    return decision.findings(ruleId).stream().filter(f -> f.severity() == severity).toList();
  }

  private static Set<Severity> severities(Decision decision, String ruleId) {
    return decision.findings(ruleId).stream().map(Finding::severity).collect(Collectors.toSet());
  }

  // ---- EXT-01 ------------------------------------------------------------------------------

  @Nested
  class ExtensionFromToday {
    /** The source's example: 65 days left, extended by 30 days from today, gives 30, not 95. */
    @Test
    void sixtyFiveDaysLeftGivesThirtyWithAWarning() {
      Trial trial = trial("DK").period(TODAY.minusDays(25), TODAY.plusDays(65)).build();
      Decision decision = decide(ExtensionRequest.of(TODAY, trial));
      assertThat(decision.value(DerivedValue.NEW_END_DATE)).contains(TODAY.plusDays(30));
      assertThat(decision.value(DerivedValue.DAYS_REMAINING)).contains(65);
      List<Finding> warnings = findings(decision, "EXT-01", Severity.WARN);
      assertThat(warnings).hasSize(1);
      assertThat(warnings.get(0).message()).contains("65 days left").contains("30 days left")
          .contains(TODAY.plusDays(65 - 30 + 1).toString());
      assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    }

    @Test
    void fewerDaysLeftThanTheStepLengthensSilently() {
      Trial trial = trial("DK").period(TODAY.minusDays(60), TODAY.plusDays(20)).build();
      Decision decision = decide(ExtensionRequest.of(TODAY, trial));
      assertThat(decision.value(DerivedValue.NEW_END_DATE)).contains(TODAY.plusDays(30));
      assertThat(severities(decision, "EXT-01")).containsExactly(Severity.INFO);
      assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    }

    /** The parameter turns the WARN into a DENY; the new end date is still told. */
    @Test
    void theShorteningSeverityParameterDenies() {
      ReferencePolicy strict = new ReferencePolicy(ShippedParameters.with(Map.of("shortening-extension-severity", "DENY")));
      Trial trial = trial("DK").period(TODAY.minusDays(25), TODAY.plusDays(30)).build();
      Decision decision = strict.decide(ExtensionRequest.of(TODAY, trial));
      assertThat(severities(decision, "EXT-01")).containsExactlyInAnyOrder(Severity.INFO, Severity.DENY);
      assertThat(decision.value(DerivedValue.NEW_END_DATE)).contains(TODAY.plusDays(30));
    }

    /** "INFO the new end date in every case", even when EXT-04 refuses the extension. */
    @Test
    void theNewEndDateIsDerivedForARefusedExtension() {
      Trial cancelled = trial("DK").status(TrialStatus.CANCELLED).build();
      Decision decision = decide(ExtensionRequest.of(TODAY, cancelled));
      assertThat(decision.ruleIds()).contains("EXT-04");
      assertThat(decision.value(DerivedValue.NEW_END_DATE)).contains(TODAY.plusDays(30));
    }

    /** A shortening device extension that is only WARNed about still goes to the trial team. */
    @Test
    void aWarnedDeviceExtensionStillNeedsApproval() {
      Trial devices = trial("DK").services(Services.DEVICES).period(TODAY.minusDays(10), TODAY.plusDays(50)).build();
      Decision decision = decide(ExtensionRequest.of(TODAY, devices));
      assertThat(severities(decision, "EXT-01")).contains(Severity.WARN);
      assertThat(decision.outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    }
  }

  // ---- NEW-02, NEW-03 ----------------------------------------------------------------------

  @Nested
  class Countries {
    /** Countries the first revision's self-made list refused; only the not-offered list denies now. */
    @Test
    void countriesOffRevisionOnesListAreAllowed() {
      for (String country : List.of("FO", "GL", "KZ", "ET", "IQ")) {
        Decision decision = decide(newCustomer(country).callingLocations(1).didsHeld(1000).build());
        assertThat(decision.outcome()).as(country).isEqualTo(Outcome.ALLOWED);
        assertThat(decision.findings("NEW-03")).as(country).isEmpty();
        // With the shipped table the region is told, or (an incomplete table) WARNed about.
        if (SHIPPED.regionOf(country) != null) {
          assertThat(decision.value(DerivedValue.DATA_REGION)).as(country).contains(SHIPPED.regionOf(country));
        } else {
          assertThat(severities(decision, "NEW-02")).as(country).containsExactly(Severity.WARN);
        }
      }
    }

    @Test
    void aNotOfferedCountryIsDenied() {
      for (String country : SHIPPED.countriesNotOffered()) {
        Decision decision = decide(newCustomer(country).build());
        assertThat(findings(decision, "NEW-03", Severity.DENY)).as(country).hasSize(1);
        assertThat(decision.outcome()).as(country).isEqualTo(Outcome.DENIED);
      }
      assertThat(SHIPPED.countriesNotOffered()).contains("CU");
    }

    /** A table that covers every ISO country gives every country its region, the denied ones too. */
    @Test
    void everyIsoCountryHasItsRegion() {
      Map<String, String> table = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream()
          .collect(Collectors.toMap(c -> "region." + c, c -> c.equals("FO") ? "EU" : "US"));
      ReferencePolicy everywhere = new ReferencePolicy(ShippedParameters.with(table));
      for (String country : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)) {
        Decision decision = everywhere.decide(newCustomer(country).build());
        assertThat(decision.value(DerivedValue.DATA_REGION)).as(country).contains(country.equals("FO") ? "EU" : "US");
        assertThat(decision.findings("NEW-03").isEmpty()).as(country).isEqualTo(SHIPPED.supports(country));
      }
    }

    /** The not-offered list is a parameter: DK off it, CU on it. */
    @Test
    void theNotOfferedListIsAParameter() {
      ReferencePolicy moved = new ReferencePolicy(ShippedParameters.with(Map.of("countries-not-offered", "DK")));
      assertThat(moved.decide(newCustomer("DK").build()).ruleIds()).contains("NEW-03");
      assertThat(moved.decide(newCustomer("CU").build()).findings("NEW-03")).isEmpty();
    }
  }

  // ---- NEW-11 ------------------------------------------------------------------------------

  @Nested
  class CallingNumbers {
    /** "They need not add any numbers to finish setting up": no location count, nothing required. */
    @Test
    void noLocationCountIsNotIncomplete() {
      Decision decision = decide(newCustomer("DK").build());
      assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
      assertThat(severities(decision, "NEW-11")).containsExactly(Severity.INFO);
      assertThat(decision.findings("NEW-11").get(0).message()).contains(SHIPPED.didsPerLocation() + " per location");
      assertThat(decision.value(DerivedValue.DIDS_NEEDED)).isEmpty();
    }

    /** 1 per user (the licence quantity, 200) plus 2 per location (3): 206. */
    @Test
    void tooFewNumbersWithoutCcpWarns() {
      Decision decision = decide(newCustomer("DK").callingLocations(3).didsHeld(5).build());
      assertThat(decision.value(DerivedValue.DIDS_NEEDED))
          .contains(SHIPPED.didsPerUser() * 200 + SHIPPED.didsPerLocation() * 3);
      assertThat(severities(decision, "NEW-11")).containsExactlyInAnyOrder(Severity.INFO, Severity.WARN);
      assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    }

    @Test
    void enoughNumbersOrACcpProviderIsSilent() {
      Decision enough = decide(newCustomer("DK").callingUsers(10).callingLocations(3).didsHeld(16).build());
      assertThat(enough.value(DerivedValue.DIDS_NEEDED)).contains(16);
      assertThat(severities(enough, "NEW-11")).containsExactly(Severity.INFO);
      Decision ccp = decide(newCustomer("DK").callingLocations(3).didsHeld(0).pstnSupportsCcp(true).build());
      assertThat(severities(ccp, "NEW-11")).containsExactly(Severity.INFO);
    }

    /** Every number moves with its parameter, and the severity parameter denies. */
    @Test
    void numbersPerUserAndSeverityAreParameters() {
      ReferencePolicy moved = new ReferencePolicy(ShippedParameters.with(Map.of("dids-per-user", "2",
          "dids-per-location", "5", "calling-numbers-severity", "DENY")));
      Decision decision = moved.decide(newCustomer("DK").callingUsers(7).callingLocations(4).build());
      assertThat(decision.value(DerivedValue.DIDS_NEEDED)).contains(2 * 7 + 5 * 4);
      assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
    }

    /** The largest counts a fact takes, at the largest numbers per unit, still count exactly. */
    @Test
    void theLargestCountsDoNotOverflow() {
      ReferencePolicy most = new ReferencePolicy(ShippedParameters.with(Map.of("dids-per-user", "100",
          "dids-per-location", "100")));
      Decision decision = most.decide(newCustomer("DK").callingUsers(10_000_000).callingLocations(10_000_000).build());
      assertThat(decision.value(DerivedValue.DIDS_NEEDED)).contains(2_000_000_000);
    }

    /** NEW-11 holds in every flow with Calling, and never without it. */
    @Test
    void everyFlowWithCallingAndNoneWithout() {
      for (Flow flow : Flow.values()) {
        StartTrialRequest withCalling = StartTrialRequest.builder(flow, TODAY).partner(partner())
            .customer(flow == Flow.NEW_CUSTOMER ? CustomerOrg.none() : customer("DK")).services(Services.CALLING)
            .callingUsers(10).callingLocations(1).build();
        assertThat(decide(withCalling).value(DerivedValue.DIDS_NEEDED)).as(flow.name())
            .contains(SHIPPED.didsPerUser() * 10 + SHIPPED.didsPerLocation());
        assertThat(findings(decide(withCalling), "NEW-11", Severity.REQUIRE)).as(flow.name()).isEmpty();
        StartTrialRequest without = StartTrialRequest.builder(flow, TODAY).partner(partner())
            .customer(flow == Flow.NEW_CUSTOMER ? CustomerOrg.none() : customer("DK")).services(Services.MESSAGING)
            .callingUsers(10).callingLocations(1).build();
        assertThat(decide(without).findings("NEW-11")).as(flow.name()).isEmpty();
      }
    }
  }

  // ---- EXIST-03, EXIST-09 ------------------------------------------------------------------

  @Nested
  class ExistingCustomer {
    private StartTrialRequest.Builder existing() {
      return StartTrialRequest.builder(Flow.EXISTING_CUSTOMER, TODAY).partner(partner()).customer(customer("DK"))
          .companyName("Acme A/S").adminEmail(TRIAL_ADMIN).vertical("Retail").country("DK").locationAcknowledged(true)
          .services(Services.MESSAGING).licenseQuantity(200).durationDays(30);
    }

    @Test
    void theOrganizationFoundMustBeConfirmed() {
      Decision decision = decide(existing().organizationConfirmed(false).build());
      assertThat(findings(decision, "EXIST-03", Severity.REQUIRE)).extracting(Finding::field)
          .containsExactly("organizationConfirmed");
      assertThat(decision.outcome()).isEqualTo(Outcome.INCOMPLETE);
    }

    @Test
    void aConfirmedOrganizationIsSilent() {
      Decision decision = decide(existing().organizationConfirmed(true).build());
      assertThat(decision.findings("EXIST-03")).isEmpty();
      assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    }

    @Test
    void noOrganizationIsStillDenied() {
      Decision decision = decide(existing().customer(CustomerOrg.none()).organizationConfirmed(true).build());
      assertThat(severities(decision, "EXIST-03")).containsExactly(Severity.DENY);
    }

    private ConsentRequest accept(String by) {
      return ConsentRequest.builder(ConsentAction.ACCEPT, TODAY).partner(partner()).customer(customer("DK"))
          .adminEmail(TRIAL_ADMIN).sentOn(TODAY.minusDays(3)).acceptedBy(by).build();
    }

    @Test
    void aValidAcceptanceAddsTheCustomerToThePartnersList() {
      Decision decision = decide(accept(TRIAL_ADMIN));
      assertThat(severities(decision, "EXIST-09")).containsExactly(Severity.INFO);
    }

    @Test
    void anAcceptanceByAPlainAdminAddsNothing() {
      Decision decision = decide(accept(PLAIN_ADMIN));
      assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
      assertThat(decision.findings("EXIST-09")).isEmpty();
    }
  }

  // ---- PAID-01 -----------------------------------------------------------------------------

  @Nested
  class PaidCustomer {
    private StartTrialRequest.Builder paid() {
      return StartTrialRequest.builder(Flow.PAID_CUSTOMER, TODAY).partner(partner()).customer(customer("DK"));
    }

    /** The partner only ticks the services: no quantity, duration, edition or shipping choice. */
    @Test
    void ticksOnlyTheServices() {
      Decision decision = decide(paid().services(Services.MESSAGING, Services.MEETINGS, Services.CALLING,
          Services.DEVICES).build());
      assertThat(decision.findings(Severity.REQUIRE)).isEmpty();
      assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    }

    /** Values that are given are checked as for a new trial. */
    @Test
    void valuesGivenAreChecked() {
      Decision decision = decide(paid().services(Services.MESSAGING, Services.MEETINGS).licenseQuantity(0)
          .durationDays(45).meetingsEdition(MeetingsEdition.ENTERPRISE).siteUrl(" ").build());
      // A blank site URL counts as not given, and the paid flow requires no site.
      assertThat(decision.findings(Severity.REQUIRE)).extracting(Finding::ruleId)
          .containsExactlyInAnyOrder("NEW-05", "NEW-06");
    }

    @Test
    void theNewFlowStillRequiresThem() {
      Decision decision = decide(StartTrialRequest.builder(Flow.NEW_CUSTOMER, TODAY).partner(partner())
          .services(Services.MESSAGING, Services.MEETINGS).build());
      assertThat(decision.findings(Severity.REQUIRE)).extracting(Finding::ruleId)
          .contains("NEW-05", "NEW-06", "NEW-07");
    }
  }

  // ---- MOD-04 ------------------------------------------------------------------------------

  @Nested
  class ChangingAnEndedTrial {
    private Decision addMeetings(Trial trial, LocalDate today) {
      return decide(ServiceChangeRequest.builder(today, trial)
          .addServices(List.of(Services.MEETINGS)).build());
    }

    @Test
    void cancelledConvertedEndedOrPastTheGracePeriodIsDenied() {
      for (TrialStatus status : List.of(TrialStatus.CANCELLED, TrialStatus.CONVERTED, TrialStatus.ENDED)) {
        assertThat(severities(addMeetings(trial("DK").status(status).build(), TODAY), "MOD-04")).as(status.name())
            .containsExactly(Severity.DENY);
      }
      Trial trial = trial("DK").status(TrialStatus.EXPIRED).build();
      LocalDate g = trial.endDate().plusDays(SHIPPED.gracePeriodDays());
      assertThat(severities(addMeetings(trial, g.plusDays(1)), "MOD-04")).containsExactly(Severity.DENY);
      assertThat(severities(decide(ServiceChangeRequest.builder(g.plusDays(1), trial)
          .newLicenseQuantity(75).build()), "MOD-04"))
          .containsExactly(Severity.DENY);
    }

    @Test
    void aTrialInItsGracePeriodCanBeChanged() {
      Trial trial = trial("DK").status(TrialStatus.EXPIRED).build();
      Decision decision = addMeetings(trial, trial.endDate().plusDays(SHIPPED.gracePeriodDays()));
      assertThat(decision.findings("MOD-04")).isEmpty();
      assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    }
  }

  // ---- CONV-02, CONV-05, CONV-06 -----------------------------------------------------------

  @Nested
  class Conversion {
    private Decision convert(Trial trial, String provisioning, String customerAdmin) {
      return decide(ConversionRequest.builder(TODAY, trial).provisioningEmail(provisioning)
          .orderedServices(trial.services()).customerAdminEmail(customerAdmin).build());
    }

    /** Any customer admin of the organization, not only the trial's, with the recommendation. */
    @Test
    void anyCustomerAdminIsAProvisioningContact() {
      Decision decision = convert(trial("DK").build(), PLAIN_ADMIN, TRIAL_ADMIN);
      assertThat(severities(decision, "CONV-02")).containsExactly(Severity.INFO);
      assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    }

    @Test
    void aPartnerAdminHearsNoRecommendationAndAStrangerIsDenied() {
      assertThat(convert(trial("DK").build(), PARTNER_ADMIN, TRIAL_ADMIN).findings("CONV-02")).isEmpty();
      assertThat(severities(convert(trial("DK").build(), STRANGER, TRIAL_ADMIN), "CONV-02"))
          .containsExactly(Severity.DENY);
    }

    @Test
    void aWrongCustomerAdminAddressInControlHubIsDenied() {
      Decision decision = convert(trial("DK").build(), PARTNER_ADMIN, PLAIN_ADMIN);
      assertThat(severities(decision, "CONV-06")).containsExactly(Severity.DENY);
      assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
    }

    @Test
    void theTrialsCustomerAdminIsSilentAndNoAddressIsAskedFor() {
      assertThat(convert(trial("DK").build(), PARTNER_ADMIN, TRIAL_ADMIN).findings("CONV-06")).isEmpty();
      assertThat(severities(convert(trial("DK").build(), PARTNER_ADMIN, null), "CONV-06"))
          .containsExactly(Severity.REQUIRE);
    }

    @Test
    void onlyATrialThatShippedDevicesIsToldToReturnThem() {
      Trial shipped = trial("DK").services(Services.DEVICES).device("SN-1", "PHONE").build();
      assertThat(severities(convert(shipped, PARTNER_ADMIN, TRIAL_ADMIN), "CONV-05")).containsExactly(Severity.INFO);
      Trial registrationOnly = trial("DK").services(Services.DEVICES).build();
      assertThat(convert(registrationOnly, PARTNER_ADMIN, TRIAL_ADMIN).findings("CONV-05")).isEmpty();
    }
  }

  // ---- RET-02..05 --------------------------------------------------------------------------

  @Nested
  class Returns {
    private Trial shipped(String country) {
      return trial(country).services(Services.DEVICES).device("SN-1", "PHONE").device("SN-2", "BOARD")
          .deviceDueDate(TODAY).build();
    }

    private Decision giveBack(Trial trial, List<String> serials, boolean labelsLost, String orderNumber) {
      return decide(DeviceReturnRequest.builder(TODAY, trial).returnedSerials(serials)
          .labelsLost(labelsLost).demoOrderNumber(orderNumber).build());
    }

    /** The carrier comes from the country's own, then the explicit EMEAR list, not the data region. */
    @Test
    void emearByTheExplicitList() {
      String emearCountry = SHIPPED.emearCountries().iterator().next();
      assertThat(giveBack(shipped(emearCountry), List.of("SN-1", "SN-2"), false, "DO-1").value(DerivedValue.RETURN_CARRIER))
          .contains(SHIPPED.emearReturnCarrier());
      ReferencePolicy moved = new ReferencePolicy(ShippedParameters.with(Map.of("emear-countries", "ET",
          "emear-return-carrier", "Kuehne+Nagel")));
      assertThat(moved.decide(DeviceReturnRequest.builder(TODAY, shipped("ET"))
          .returnedSerials(List.of("SN-1", "SN-2")).demoOrderNumber("DO-1").build())
          .value(DerivedValue.RETURN_CARRIER)).contains("Kuehne+Nagel");
      Decision offTheList = moved.decide(DeviceReturnRequest.builder(TODAY, shipped("DE"))
          .returnedSerials(List.of("SN-1", "SN-2")).demoOrderNumber("DO-1").build());
      assertThat(offTheList.value(DerivedValue.RETURN_CARRIER)).isEmpty();
      assertThat(severities(offTheList, "RET-02")).containsExactly(Severity.INFO);
    }

    @Test
    void lostLabelsOutsideTheUsWarnAndTheReturnStands() {
      Decision decision = giveBack(shipped("GB"), List.of("SN-1", "SN-2"), true, "DO-1");
      assertThat(severities(decision, "RET-03")).containsExactly(Severity.WARN);
      assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    }

    @Test
    void lostLabelsInTheUsCanBeReplaced() {
      Decision decision = giveBack(shipped("US"), List.of("SN-1", "SN-2"), true, "DO-1");
      assertThat(severities(decision, "RET-03")).containsExactly(Severity.INFO);
      assertThat(giveBack(shipped("GB"), List.of("SN-1", "SN-2"), false, "DO-1").findings("RET-03")).isEmpty();
    }

    @Test
    void anUnexpectedSerialRejectsTheReturn() {
      Decision decision = giveBack(shipped("US"), List.of("SN-1", "SN-2", "SN-9"), false, "DO-1");
      assertThat(severities(decision, "RET-04")).containsExactly(Severity.DENY);
      assertThat(decision.findings("RET-04").get(0).message()).contains("SN-9");
      assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
    }

    @Test
    void aPartialReturnIsWarnedAboutAndStands() {
      Decision decision = giveBack(shipped("US"), List.of("SN-1"), false, "DO-1");
      assertThat(severities(decision, "RET-04")).containsExactly(Severity.WARN);
      assertThat(decision.findings("RET-04").get(0).message()).contains("SN-2");
      assertThat(decision.value(DerivedValue.MISSING_SERIALS)).contains(List.of("SN-2"));
      assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
      Decision whole = giveBack(shipped("US"), List.of("SN-1", "SN-2"), false, "DO-1");
      assertThat(severities(whole, "RET-04")).containsExactly(Severity.INFO);
    }

    @Test
    void anUnknownDemoOrderNumberSaysWhomToMail() {
      Decision decision = giveBack(shipped("US"), List.of("SN-1", "SN-2"), false, null);
      assertThat(severities(decision, "RET-05")).containsExactly(Severity.INFO);
      assertThat(decision.findings("RET-05").get(0).message()).contains("webextrials_info@cisco.com")
          .contains("customer-1").contains(TRIAL_ADMIN);
      assertThat(giveBack(shipped("US"), List.of("SN-1", "SN-2"), false, "DO-1").findings("RET-05")).isEmpty();
    }
  }

  // ---- timeline ----------------------------------------------------------------------------

  @Nested
  class TimelineKinds {
    /** Only END-02 and END-03 are e-mails; the rest are changes and a deadline, with no recipients. */
    @Test
    void noticesChangesAndADeadline() {
      Trial trial = trial("DK").services(Services.CALLING, Services.DEVICES).device("SN-1", "PHONE")
          .deviceDueDate(TODAY).build();
      LocalDate e = trial.endDate();
      LocalDate g = e.plusDays(SHIPPED.gracePeriodDays());
      List<TrialEvent> events = MODEL.timeline(trial);
      Set<Audience> admins = EnumSet.of(Audience.CUSTOMER_ADMINS, Audience.PARTNER_ADMINS);
      assertThat(events).containsExactlyInAnyOrder(
          TrialEvent.notice("T-1", e.minusDays(SHIPPED.expiryNoticeLeadDays()), "END-02", admins,
              description(events, "END-02", e.minusDays(SHIPPED.expiryNoticeLeadDays()))),
          TrialEvent.notice("T-1", e, "END-02", admins, description(events, "END-02", e)),
          TrialEvent.notice("T-1", e.plusDays(SHIPPED.userNoticeDays()), "END-03", Set.of(Audience.USERS),
              description(events, "END-03", e.plusDays(SHIPPED.userNoticeDays()))),
          TrialEvent.change("T-1", e, "END-04", Change.EXPIRES, description(events, "END-04", e)),
          TrialEvent.change("T-1", g.plusDays(1), "END-05", Change.MOVES_TO_CONSUMER_ORG,
              description(events, "END-05", g.plusDays(1))),
          TrialEvent.change("T-1", g.plusDays(1), "END-06", Change.STOPS_CALLING,
              description(events, "END-06", g.plusDays(1))),
          TrialEvent.change("T-1", g.plusDays(SHIPPED.numberRetentionDays() + 1L), "END-07", Change.RELEASES_NUMBERS,
              description(events, "END-07", g.plusDays(SHIPPED.numberRetentionDays() + 1L))),
          TrialEvent.deadline("T-1", TODAY.plusDays(SHIPPED.deviceReturnDays()), "RET-01",
              description(events, "RET-01", TODAY.plusDays(SHIPPED.deviceReturnDays()))));
    }

    @Test
    void anUnansweredConsentRequestIsAChange() {
      Trial pending = trial("DK").status(TrialStatus.PENDING_CONSENT).consentSentOn(TODAY).build();
      assertThat(MODEL.timeline(pending)).singleElement().satisfies(event -> {
        assertThat(event.ruleId()).isEqualTo("EXIST-06");
        assertThat(event.kind()).isEqualTo(EventKind.CHANGE);
        assertThat(event.change()).isEqualTo(Change.CANCELS);
        assertThat(event.recipients()).isEmpty();
        assertThat(event.date()).isEqualTo(TODAY.plusDays(SHIPPED.consentWindowDays() + 1L));
      });
    }

    /** The model's own wording, which the comparison with the engine leaves out. */
    private String description(List<TrialEvent> events, String ruleId, LocalDate date) {
      return events.stream().filter(e -> e.ruleId().equals(ruleId) && e.date().equals(date)).findFirst()
          .orElseThrow(() -> new AssertionError("no " + ruleId + " on " + date + " in " + events)).description();
    }
  }
}
