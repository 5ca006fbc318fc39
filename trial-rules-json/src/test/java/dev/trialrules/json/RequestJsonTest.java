package dev.trialrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trialrules.facts.CancellationRequest;
import dev.trialrules.facts.CancelledBy;
import dev.trialrules.facts.ConsentAction;
import dev.trialrules.facts.ConsentRequest;
import dev.trialrules.facts.ConversionRequest;
import dev.trialrules.facts.CustomerAdmin;
import dev.trialrules.facts.CustomerOrg;
import dev.trialrules.facts.DeviceReturnRequest;
import dev.trialrules.facts.ExtensionRequest;
import dev.trialrules.facts.Flow;
import dev.trialrules.facts.MeetingsEdition;
import dev.trialrules.facts.Partner;
import dev.trialrules.facts.PartnerRole;
import dev.trialrules.facts.PartnerTier;
import dev.trialrules.facts.PolicyRequest;
import dev.trialrules.facts.ServiceChangeRequest;
import dev.trialrules.facts.Services;
import dev.trialrules.facts.StartTrialRequest;
import dev.trialrules.facts.Trial;
import dev.trialrules.facts.TrialRequest;
import dev.trialrules.facts.TrialStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The request JSON binds to exactly the facts the builders would make. */
class RequestJsonTest {
  private static final Path REQUESTS = Path.of("../examples/requests");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  /** The sample requests: every {@code *.json} but the trials, {@code trial-*.json}. */
  static Stream<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(REQUESTS)) {
      return files.filter(p -> p.toString().endsWith(".json"))
          .filter(p -> !p.getFileName().toString().startsWith("trial-")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everySample_parsesAsOfTheSameDay(Path sample) {
    PolicyRequest request = RequestJson.read(sample, null);

    assertThat(request.today()).isEqualTo(TODAY);
    assertThat(request.partner().verified()).isTrue();
  }

  @Test
  void theAllowedSample_isTheRequestTheBuilderWouldMake() {
    StartTrialRequest expected = StartTrialRequest.builder(Flow.NEW_CUSTOMER, TODAY)
        .partner(Partner.builder("partner-nordic-collab").verified(true).tier(PartnerTier.TIER_1)
            .roles(PartnerRole.SALES_ADMIN).adminEmails(List.of("admin@nordic-collab.example")).build())
        .companyName("Fjord Shipping A/S").adminEmail("it@fjord-shipping.example").vertical("Transportation")
        .country("DK").locationAcknowledged(true)
        .services(Services.MESSAGING, Services.MEETINGS).meetingsEdition(MeetingsEdition.STANDARD)
        .licenseQuantity(200).durationDays(60)
        .build();

    assertThat(RequestJson.read(REQUESTS.resolve("new-customer-allowed.json"), null)).isEqualTo(expected);
  }

  @Test
  void theConsentSample_isAConsentRequest() {
    PolicyRequest request = RequestJson.read(REQUESTS.resolve("consent-accept.json"), null);

    assertThat(request).isInstanceOfSatisfying(ConsentRequest.class, consent -> {
      assertThat(consent.action()).isEqualTo(ConsentAction.ACCEPT);
      assertThat(consent.sentOn()).isEqualTo(LocalDate.of(2026, 11, 18));
      assertThat(consent.customer().fullAdminEmails()).containsExactly("cio@aarhus-logistics.example");
    });
  }

  @Test
  void theExistingCustomerSample_carriesTheCustomersOrganization() {
    StartTrialRequest request = (StartTrialRequest) RequestJson.read(REQUESTS.resolve("existing-customer.json"), null);

    assertThat(request.flow()).isEqualTo(Flow.EXISTING_CUSTOMER);
    assertThat(request.customer().exists()).isTrue();
    assertThat(request.customer().admins()).containsExactly(
        CustomerAdmin.of("helpdesk@aarhus-logistics.example", false),
        CustomerAdmin.of("cio@aarhus-logistics.example", true));
    assertThat(request.customer().purchasedServices()).containsExactly(Services.MEETINGS);
    assertThat(request.customer().otherPartnerTrials()).containsExactly(Services.CALLING);
    assertThat(request.organizationConfirmed()).isTrue();
  }

  @Test
  void absentFields_takeTheBuildersDefaults() {
    PolicyRequest start = RequestJson.parse("""
        {"type": "start", "today": "2026-11-23", "flow": "NEW_CUSTOMER", "partner": {"orgId": "p"}}
        """, "start.json", null);
    PolicyRequest consent = RequestJson.parse("""
        {"type": "consent", "today": "2026-11-23", "action": "SEND", "partner": {"orgId": "p", "verified": null}}
        """, "consent.json", null);

    Partner partner = Partner.builder("p").build();
    assertThat(start).isEqualTo(StartTrialRequest.builder(Flow.NEW_CUSTOMER, TODAY).partner(partner)
        .build());
    assertThat(consent).isEqualTo(ConsentRequest.builder(ConsentAction.SEND, TODAY).partner(partner)
        .build());
    assertThat(((ConsentRequest) consent).status()).isEqualTo(TrialStatus.PENDING_CONSENT);
    assertThat(((StartTrialRequest) start).customer()).isEqualTo(CustomerOrg.none());
    assertThat(((StartTrialRequest) start).organizationConfirmed()).isFalse();
  }

  @Test
  void timeZone_isReadAsAnIanaZone() {
    StartTrialRequest request = (StartTrialRequest) RequestJson.parse("""
        {"type": "start", "today": "2026-11-23", "flow": "NEW_CUSTOMER", "partner": {"orgId": "p"},
         "timeZone": "Europe/Copenhagen"}
        """, "zone.json", null);

    assertThat(request.timeZone()).isEqualTo(ZoneId.of("Europe/Copenhagen"));
  }

  @Test
  void todayOverride_replacesTheRequestsDate() {
    LocalDate later = LocalDate.of(2027, 1, 4);

    assertThat(RequestJson.read(REQUESTS.resolve("new-customer-allowed.json"), later).today()).isEqualTo(later);
  }

  static Stream<Arguments> actionSamples() {
    return Stream.of(
        Arguments.of("extension-allowed.json", ExtensionRequest.class),
        Arguments.of("extension-device-approval.json", ExtensionRequest.class),
        Arguments.of("service-change.json", ServiceChangeRequest.class),
        Arguments.of("conversion.json", ConversionRequest.class),
        Arguments.of("cancellation.json", CancellationRequest.class),
        Arguments.of("device-return.json", DeviceReturnRequest.class),
        Arguments.of("device-return-unknown-order.json", DeviceReturnRequest.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("actionSamples")
  void everyActionSample_isItsRequestOnAStartedTrial(String sample, Class<?> type) {
    PolicyRequest request = RequestJson.read(REQUESTS.resolve(sample), null);

    assertThat(request).isInstanceOf(type).isInstanceOf(TrialRequest.class);
    assertThat(((TrialRequest) request).trial().customer().exists()).isTrue();
  }

  @Test
  void theExtensionSample_isTheRequestTheBuilderWouldMake() {
    Trial trial = Trial.builder("trial-fjord-shipping-01",
            Partner.builder("partner-nordic-collab").verified(true).tier(PartnerTier.TIER_1)
                .roles(PartnerRole.SALES_ADMIN).adminEmails(List.of("admin@nordic-collab.example")).build(),
            CustomerOrg.builder("org-fjord-shipping").country("DK").fullAdmin("it@fjord-shipping.example")
                .build())
        .customerAdminEmail("it@fjord-shipping.example")
        .services(Services.MESSAGING, Services.MEETINGS).licenseQuantity(200)
        .period(LocalDate.of(2026, 10, 2), LocalDate.of(2026, 12, 1))
        .status(TrialStatus.ACTIVE)
        .build();

    assertThat(RequestJson.read(REQUESTS.resolve("extension-allowed.json"), null))
        .isEqualTo(ExtensionRequest.of(TODAY, trial));
  }

  @Test
  void theActionSamples_carryTheirOwnFields() {
    ServiceChangeRequest change = (ServiceChangeRequest) RequestJson.read(REQUESTS.resolve("service-change.json"), null);
    ConversionRequest conversion = (ConversionRequest) RequestJson.read(REQUESTS.resolve("conversion.json"), null);
    CancellationRequest cancellation = (CancellationRequest) RequestJson.read(REQUESTS.resolve("cancellation.json"), null);
    DeviceReturnRequest deviceReturn = (DeviceReturnRequest) RequestJson.read(REQUESTS.resolve("device-return.json"), null);

    assertThat(change.addServices()).containsExactly(Services.CALLING);
    assertThat(change.removeServices()).containsExactly(Services.MEETINGS);
    assertThat(change.newLicenseQuantity()).isEqualTo(250);
    assertThat(conversion.provisioningEmail()).isIn(conversion.trial().partner().adminEmails());
    assertThat(conversion.orderedServices()).containsExactlyElementsOf(conversion.trial().services());
    assertThat(conversion.trial().partner().tier()).isEqualTo(PartnerTier.TIER_1);
    assertThat(conversion.customerAdminEmail()).isNotNull().isEqualTo(conversion.trial().customerAdminEmail());
    assertThat(cancellation.by()).isEqualTo(CancelledBy.CUSTOMER);
    assertThat(deviceReturn.returnedSerials()).containsExactlyElementsOf(deviceReturn.trial().serialNumbers());
    assertThat(deviceReturn.trial().customer().country()).isEqualTo("US");
    assertThat(deviceReturn.labelsLost()).isTrue();
    assertThat(deviceReturn.demoOrderNumberKnown()).isTrue();
  }

  @Test
  void theUnknownOrderSample_isTheSameReturnWithoutItsDemoOrderNumber() {
    DeviceReturnRequest known = (DeviceReturnRequest) RequestJson.read(REQUESTS.resolve("device-return.json"), null);
    DeviceReturnRequest unknown =
        (DeviceReturnRequest) RequestJson.read(REQUESTS.resolve("device-return-unknown-order.json"), null);

    assertThat(unknown.demoOrderNumber()).isNull();
    assertThat(unknown.demoOrderNumberKnown()).isFalse();
    // Nothing else differs, so that the pair shows RET-05 alone.
    assertThat(unknown).isEqualTo(DeviceReturnRequest.builder(known.today(), known.trial())
        .returnedSerials(known.returnedSerials()).labelsLost(known.labelsLost()).build());
  }

  @Test
  void theRevisionTwoInputs_areReadAsTheFactsHoldThem() {
    String trial = """
        {"trialId": "t", "partner": {"orgId": "p"}, "customer": {"orgId": "c"},
         "startDate": "2026-10-02", "endDate": "2026-12-01"}""";
    StartTrialRequest start = (StartTrialRequest) RequestJson.parse("""
        {"type": "start", "today": "2026-11-23", "flow": "EXISTING_CUSTOMER", "partner": {"orgId": "p"},
         "organizationConfirmed": true}
        """, "start.json", null);
    ConversionRequest conversion = (ConversionRequest) RequestJson.parse("{\"type\": \"conversion\", \"today\":"
        + " \"2026-11-23\", \"trial\": " + trial + ", \"orderedServices\": [],"
        + " \"customerAdminEmail\": \" IT@Fjord-Shipping.example \"}", "c.json", null);
    DeviceReturnRequest blank = (DeviceReturnRequest) RequestJson.parse("{\"type\": \"device-return\", \"today\":"
        + " \"2026-11-23\", \"trial\": " + trial + ", \"returnedSerials\": [], \"demoOrderNumber\": \"  \"}",
        "r.json", null);
    DeviceReturnRequest given = (DeviceReturnRequest) RequestJson.parse("{\"type\": \"device-return\", \"today\":"
        + " \"2026-11-23\", \"trial\": " + trial + ", \"returnedSerials\": [], \"demoOrderNumber\": \" 4471 \"}",
        "r.json", null);

    assertThat(start.organizationConfirmed()).isTrue();
    // Lower-cased and stripped as every typed address is; whether it is the right one is CONV-06's to say.
    assertThat(conversion.customerAdminEmail()).isEqualTo("it@fjord-shipping.example");
    assertThat(blank.demoOrderNumber()).isNull();
    assertThat(given.demoOrderNumber()).isEqualTo("4471");
  }

  static Stream<Arguments> illTypedRevisionTwoInputs() {
    String trial = """
        {"trialId": "t", "partner": {"orgId": "p"}, "customer": {"orgId": "c"},
         "startDate": "2026-10-02", "endDate": "2026-12-01"}""";
    String start = "{\"type\": \"start\", \"today\": \"2026-11-23\", \"flow\": \"EXISTING_CUSTOMER\","
        + " \"partner\": {\"orgId\": \"p\"}, ";
    String conversion = "{\"type\": \"conversion\", \"today\": \"2026-11-23\", \"trial\": " + trial
        + ", \"orderedServices\": [], ";
    String deviceReturn = "{\"type\": \"device-return\", \"today\": \"2026-11-23\", \"trial\": " + trial
        + ", \"returnedSerials\": [], ";
    return Stream.of(
        Arguments.of(start + "\"organizationConfirmed\": \"yes\"}",
            "request.organizationConfirmed must be true or false, was \"yes\""),
        Arguments.of(start + "\"organizationConfirmed\": 1}", "request.organizationConfirmed must be true or false, was 1"),
        Arguments.of(start + "\"organisationConfirmed\": true}", "request.organisationConfirmed is not a known property"),
        Arguments.of(conversion + "\"customerAdminEmail\": 12}", "request.customerAdminEmail must be a string, was 12"),
        Arguments.of(conversion + "\"customerAdminEmail\": [\"it@fjord.example\"]}",
            "request.customerAdminEmail must be a string, was an array"),
        Arguments.of(deviceReturn + "\"demoOrderNumber\": 4471}", "request.demoOrderNumber must be a string, was 4471"),
        Arguments.of(deviceReturn + "\"demoOrderNumber\": true}", "request.demoOrderNumber must be a string, was true"),
        Arguments.of(deviceReturn + "\"demoOrder\": \"4471\"}", "request.demoOrder is not a known property"),
        // Two capitals that name no ISO country are refused as the fact is built, at their path.
        Arguments.of(start + "\"country\": \"XX\"}",
            "request.country must be an ISO 3166-1 alpha-2 country code, and 'XX' names no country"),
        Arguments.of(deviceReturn.replace("\"orgId\": \"c\"", "\"orgId\": \"c\", \"country\": \"XX\"") + "\"labelsLost\": true}",
            "request.trial.customer.country must be an ISO 3166-1 alpha-2 country code, and 'XX' names no country"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("illTypedRevisionTwoInputs")
  void anIllTypedRevisionTwoInput_isOneLineNamingItsFieldAndValue(String json, String detail) {
    assertThatThrownBy(() -> RequestJson.parse(json, "r.json", null))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
          assertThat(e.detail()).startsWith(detail);
          assertThat(e.getMessage()).startsWith("r.json").doesNotContain("\n");
        });
  }

  @Test
  void absentActionFields_takeTheDocumentedDefaults() {
    String trial = """
        {"trialId": "t", "partner": {"orgId": "p"}, "customer": {"orgId": "c"},
         "startDate": "2026-10-02", "endDate": "2026-12-01"}""";
    ServiceChangeRequest change = (ServiceChangeRequest) RequestJson.parse(
        "{\"type\": \"service-change\", \"today\": \"2026-11-23\", \"trial\": " + trial + "}", "c.json", null);
    DeviceReturnRequest deviceReturn = (DeviceReturnRequest) RequestJson.parse(
        "{\"type\": \"device-return\", \"today\": \"2026-11-23\", \"trial\": " + trial
            + ", \"returnedSerials\": []}", "r.json", null);

    assertThat(change.addServices()).isEmpty();
    assertThat(change.removeServices()).isEmpty();
    assertThat(change.newLicenseQuantity()).isNull();
    assertThat(deviceReturn.labelsLost()).isFalse();
    assertThat(deviceReturn.demoOrderNumber()).isNull();
    // The trial takes Trial.Builder's defaults.
    Trial expected = Trial.builder("t", Partner.builder("p").build(), CustomerOrg.builder("c")
        .build())
        .period(LocalDate.of(2026, 10, 2), LocalDate.of(2026, 12, 1)).build();
    assertThat(change.trial()).isEqualTo(expected);
    assertThat(expected.status()).isEqualTo(TrialStatus.ACTIVE);
  }

  @Test
  void todayOverride_replacesAnActionsDate() {
    LocalDate later = LocalDate.of(2027, 1, 4);

    assertThat(RequestJson.read(REQUESTS.resolve("device-return.json"), later).today()).isEqualTo(later);
  }

  @Test
  void aTrialsRefusal_isReportedAtItsPathInTheRequest() {
    assertThatThrownBy(() -> RequestJson.parse("""
        {"type": "extension", "today": "2026-11-23",
         "trial": {"trialId": "t", "partner": {"orgId": "p"}, "customer": {"orgId": "c"},
                   "startDate": "2026-10-02", "endDate": "2026-12-01",
                   "devices": [{"serialNumber": "A", "deviceType": "PHONE"}, {"serialNumber": " ", "deviceType": "PHONE"}]}}
        """, "r.json", null))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("r.json: request.trial.devices[1].serialNumber must not be blank");
  }

  @Test
  void errors_namePositionAndPathSeparately() {
    assertThatThrownBy(() -> RequestJson.parse("""
        {"type": "start",
         "partner": {"orgId": "p", "tier": "GOLD"}}
        """, "r.json", null))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
          assertThat(e.source()).isEqualTo("r.json");
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isPositive();
          assertThat(e.detail()).isEqualTo("request.partner.tier must be one of TIER_1, TIER_2, was \"GOLD\"");
          assertThat(e.getMessage()).startsWith("r.json:2:");
        });
  }

  @Test
  void aFactsRefusal_isReportedAtTheElementsPath() {
    assertThatThrownBy(() -> RequestJson.parse("""
        {"type": "start", "today": "2026-11-23", "flow": "NEW_CUSTOMER", "partner": {"orgId": "p"},
         "deviceShipments": [{"deviceType": "PHONE", "quantity": 2}, {"deviceType": "BOARD", "quantity": 0}]}
        """, "r.json", null))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("r.json: request.deviceShipments[1].quantity must be at least 1, was 0");
  }
}
