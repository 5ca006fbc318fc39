package dev.trialrules.trust;

import static dev.trialrules.facts.Services.CALLING;
import static dev.trialrules.facts.Services.DEVICES;
import static dev.trialrules.facts.Services.MEETINGS;
import static dev.trialrules.facts.Services.MESSAGING;

import dev.trialrules.facts.CancellationRequest;
import dev.trialrules.facts.CancelledBy;
import dev.trialrules.facts.ConsentAction;
import dev.trialrules.facts.ConsentRequest;
import dev.trialrules.facts.ConversionRequest;
import dev.trialrules.facts.CustomerAdmin;
import dev.trialrules.facts.CustomerOrg;
import dev.trialrules.facts.DeviceReturnRequest;
import dev.trialrules.facts.DeviceShipment;
import dev.trialrules.facts.ExtensionRequest;
import dev.trialrules.facts.Flow;
import dev.trialrules.facts.MeetingsEdition;
import dev.trialrules.facts.Partner;
import dev.trialrules.facts.PartnerRole;
import dev.trialrules.facts.PartnerTier;
import dev.trialrules.facts.PolicyRequest;
import dev.trialrules.facts.ServiceChangeRequest;
import dev.trialrules.facts.ShippedDevice;
import dev.trialrules.facts.ShippingSkipReason;
import dev.trialrules.facts.StartTrialRequest;
import dev.trialrules.facts.Trial;
import dev.trialrules.facts.TrialStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ListArbitrary;

/**
 * Small generators for the properties of this package and the reload test: requests and trials
 * around the fixtures' partner and customer, with the values the properties turn on (dates,
 * services, statuses, who owns what) drawn at random and the rest from a short list of good and
 * bad values. They are not the full request generators of the differential tests; they are kept
 * small so that a failing case shrinks to something readable.
 *
 * <p>Dates lean on the awkward ones: month ends and 29 February 2028 come up far more often than
 * a uniform draw would give them, because "D + N" across them is where a date rule goes wrong.
 *
 * <p>Composite generators are {@code withoutEdgeCases()}: jqwik builds the edge cases of a
 * composite as the product of its parts' edge cases, and for a request of twenty fields, made
 * anew inside every {@code flatMap}, that product took minutes and gigabytes per property. The
 * weighting above puts the edge cases that matter here into the random draws instead.
 */
final class TrustArbitraries {
  /** The services the shipped policy configures, in its order. */
  static final List<String> SERVICES = List.of(MESSAGING, MEETINGS, CALLING, DEVICES);

  private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2029, 12, 31);
  private static final String FULL_ADMIN = "ceo@fjord.example";
  private static final String ADMIN = "it@fjord.example";
  private static final String PARTNER_ADMIN = "sales@partner.example";

  private TrustArbitraries() {}

  /** Calendar dates from 2025 to 2029, with month ends and the days around 2028-02-29 weighted up. */
  static Arbitrary<LocalDate> dates() {
    int span = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay());
    Arbitrary<LocalDate> anyDay = Arbitraries.integers().between(0, span).map(FIRST_DAY::plusDays);
    Arbitrary<LocalDate> monthEnd = Arbitraries.integers().between(0, 59)
        .map(month -> YearMonth.from(FIRST_DAY).plusMonths(month).atEndOfMonth());
    Arbitrary<LocalDate> leapDay = Arbitraries.of(LocalDate.of(2028, 2, 28), LocalDate.of(2028, 2, 29),
        LocalDate.of(2028, 3, 1), LocalDate.of(2027, 12, 31), LocalDate.of(2028, 1, 31));
    return Arbitraries.frequencyOf(Tuple.of(5, anyDay), Tuple.of(3, monthEnd), Tuple.of(2, leapDay));
  }

  /** Any subset of the configured services, in any order, possibly empty. */
  static ListArbitrary<String> services() {
    return Arbitraries.of(SERVICES).list().uniqueElements().ofMaxSize(SERVICES.size());
  }

  /** A subset of the configured services with at least one. */
  static Arbitrary<List<String>> someServices() {
    return services().ofMinSize(1);
  }

  /** A subset of the configured services that contains Devices. */
  static Arbitrary<List<String>> servicesWithDevices() {
    return services().map(services -> {
      List<String> withDevices = new ArrayList<>(services);
      if (!withDevices.contains(DEVICES)) {
        withDevices.add(DEVICES);
      }
      return withDevices;
    });
  }

  /** Mostly a verified sales admin of tier 1, sometimes not, sometimes acting for the customer's org. */
  static Arbitrary<Partner> partners() {
    return Arbitraries.frequency(Tuple.of(19, "partner-1"), Tuple.of(1, "customer-1")).flatMap(orgId ->
        Builders.withBuilder(() -> Partner.builder(orgId))
            .use(Arbitraries.frequency(Tuple.of(9, true), Tuple.of(1, false))).in(Partner.Builder::verified)
            .use(Arbitraries.of(PartnerTier.class)).in(Partner.Builder::tier)
            .use(Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of(PartnerRole.SALES_ADMIN, PartnerRole.SALES_FULL_ADMIN).map(List::of)),
                Tuple.of(2, Arbitraries.of(PartnerRole.class).list().uniqueElements())))
                .in((b, roles) -> b.roles(roles.toArray(PartnerRole[]::new)))
            .use(Arbitraries.of(List.of(PARTNER_ADMIN), List.of(PARTNER_ADMIN, "ops@partner.example"),
                    List.<String>of()))
                .in(Partner.Builder::adminEmails)
            .build(Partner.Builder::build).withoutEdgeCases());
  }

  /** An existing organization that has bought and trials with other partners any services. */
  static Arbitrary<CustomerOrg> customers() {
    return Combinators.combine(
            Arbitraries.of("DK", "US", "JP", "CA", "AU", "BR", "KP").injectNull(0.1),
            Arbitraries.of(
                List.of(CustomerAdmin.of(FULL_ADMIN, true), CustomerAdmin.of(ADMIN, false)),
                List.of(CustomerAdmin.of(FULL_ADMIN, true)),
                List.of(CustomerAdmin.of(ADMIN, false))),
            services(),
            services())
        .as((country, admins, purchased, otherPartners) ->
            CustomerOrg.builder("customer-1").country(country).admins(admins).purchased(purchased)
                .otherPartnerTrials(otherPartners).build())
        .withoutEdgeCases();
  }

  /** An existing organization, or now and then none (EXIST-03). */
  static Arbitrary<CustomerOrg> customersOrNone() {
    return Arbitraries.frequencyOf(Tuple.of(9, customers()), Tuple.of(1, Arbitraries.just(CustomerOrg.none())));
  }

  /** A customer admin address as a partner types it: right, in capitals, not an address, or missing. */
  static Arbitrary<String> adminEmails() {
    return Arbitraries.of(ADMIN, FULL_ADMIN, "IT@Fjord.Example", "no-address", "other@elsewhere.example")
        .injectNull(0.1);
  }

  /** Start requests in the given flows, for the customers of {@link #customers()} only. */
  static Arbitrary<StartTrialRequest> startRequests(Arbitrary<List<String>> services, Flow... flows) {
    return startRequests(services, customers(), flows);
  }

  private static Arbitrary<StartTrialRequest> startRequests(
      Arbitrary<List<String>> services, Arbitrary<CustomerOrg> customers, Flow... flows) {
    return Combinators.combine(Arbitraries.of(flows), dates()).flatAs((flow, today) ->
        Builders.withBuilder(() -> StartTrialRequest.builder(flow, today))
            .use(partners()).in(StartTrialRequest.Builder::partner)
            .use(customers).in(StartTrialRequest.Builder::customer)
            .use(Arbitraries.of("Fjord Shipping A/S", " ").injectNull(0.05)).in(StartTrialRequest.Builder::companyName)
            .use(adminEmails()).in(StartTrialRequest.Builder::adminEmail)
            .use(Arbitraries.of("Transportation", "Healthcare", "Space Travel").injectNull(0.05))
                .in(StartTrialRequest.Builder::vertical)
            .use(Arbitraries.of("DK", "US", "JP", "KP").injectNull(0.05)).in(StartTrialRequest.Builder::country)
            .use(Arbitraries.frequency(Tuple.of(9, true), Tuple.of(1, false)))
                .in(StartTrialRequest.Builder::locationAcknowledged)
            .use(services).in(StartTrialRequest.Builder::services)
            .use(Arbitraries.integers().between(0, 500).injectNull(0.05)).in(StartTrialRequest.Builder::licenseQuantity)
            .use(Arbitraries.of(30, 60, 90, 45).injectNull(0.05)).in(StartTrialRequest.Builder::durationDays)
            .use(Arbitraries.of(MeetingsEdition.class).injectNull(0.1)).in(StartTrialRequest.Builder::meetingsEdition)
            .use(Arbitraries.of("https://fjord.webex.com").injectNull(0.3)).in(StartTrialRequest.Builder::siteUrl)
            .use(Arbitraries.of("Europe/Copenhagen", "Pacific/Chatham").injectNull(0.3))
                .in(StartTrialRequest.Builder::timeZone)
            .use(Arbitraries.of(List.<DeviceShipment>of(), List.of(DeviceShipment.of("PHONE", 2)),
                    List.of(DeviceShipment.of("BOARD", 1), DeviceShipment.of("PHONE", 3))))
                .in(StartTrialRequest.Builder::deviceShipments)
            .use(Arbitraries.of(ShippingSkipReason.class).injectNull(0.5))
                .in(StartTrialRequest.Builder::shippingSkipReason)
            .use(Arbitraries.of(new String[0], new String[] {"PHONE"})).in(StartTrialRequest.Builder::alreadyShippedDeviceTypes)
            .use(Arbitraries.of(true, false).injectNull(0.3)).in(StartTrialRequest.Builder::poeSupported)
            .use(Arbitraries.integers().between(0, 4).injectNull(0.2)).in(StartTrialRequest.Builder::callingLocations)
            .use(Arbitraries.integers().between(0, 300)).in(StartTrialRequest.Builder::didsHeld)
            .use(Arbitraries.of(true, false)).in(StartTrialRequest.Builder::pstnSupportsCcp)
            .build(StartTrialRequest.Builder::build).withoutEdgeCases());
  }

  /** Trials of any status whose services come from {@code services}, with devices when they include Devices. */
  static Arbitrary<Trial> trials(Arbitrary<List<String>> services) {
    Arbitrary<Period> periods = Combinators.combine(dates(), Arbitraries.integers().between(1, 200),
            Arbitraries.integers().between(-10, 60).injectNull(0.15), Arbitraries.integers().between(0, 20).injectNull(0.2))
        .as((start, length, dueAfterEnd, consentBeforeStart) -> new Period(start, start.plusDays(length),
            dueAfterEnd == null ? null : start.plusDays(length + dueAfterEnd),
            consentBeforeStart == null ? null : start.minusDays(consentBeforeStart)));
    Arbitrary<Tuple.Tuple2<List<String>, List<ShippedDevice>>> servicesAndDevices = services.flatMap(chosen ->
        chosen.contains(DEVICES)
            ? Arbitraries.integers().between(0, 3).map(n -> Tuple.of(chosen, shipped(n))).withoutEdgeCases()
            : Arbitraries.just(Tuple.of(chosen, List.<ShippedDevice>of())));
    return Combinators.combine(partners(), customers()).flatAs((partner, customer) ->
        Builders.withBuilder(() -> Trial.builder("trial-1", partner, customer))
            .use(Arbitraries.of(FULL_ADMIN, ADMIN).injectNull(0.1)).in(Trial.Builder::customerAdminEmail)
            .use(servicesAndDevices).in((b, sd) -> b.services(sd.get1()).devices(sd.get2()))
            .use(Arbitraries.integers().between(0, 500)).in(Trial.Builder::licenseQuantity)
            .use(periods).in((b, p) -> b.period(p.start(), p.end()).deviceDueDate(p.deviceDue()).consentSentOn(p.consentSent()))
            .use(Arbitraries.of(TrialStatus.class)).in(Trial.Builder::status)
            .use(Arbitraries.integers().between(0, 3)).in(Trial.Builder::extensionsGranted)
            .build(Trial.Builder::build).withoutEdgeCases());
  }

  /** A trial's dates: start S, expiry E, the device due date D and when consent was asked R. */
  private record Period(LocalDate start, LocalDate end, LocalDate deviceDue, LocalDate consentSent) {}

  private static List<ShippedDevice> shipped(int count) {
    List<ShippedDevice> devices = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      devices.add(ShippedDevice.of("FOC000" + i, i == 3 ? "BOARD" : "PHONE"));
    }
    return devices;
  }

  /** A day around the trial's life: from ten days before its start to well past its grace period. */
  static Arbitrary<LocalDate> daysAround(Trial trial) {
    long length = trial.endDate().toEpochDay() - trial.startDate().toEpochDay();
    return Arbitraries.longs().between(-10, length + 80).map(trial.startDate()::plusDays).withoutEdgeCases();
  }

  /** Extensions of trials whose services come from {@code services}, asked on a day around the trial. */
  static Arbitrary<ExtensionRequest> extensions(Arbitrary<List<String>> services) {
    return trials(services)
        .flatMap(trial -> daysAround(trial).map(today -> ExtensionRequest.of(today, trial)).withoutEdgeCases());
  }

  /** Service changes of a trial; {@code added} gives the services to add, the removed ones are disjoint from them. */
  static Arbitrary<ServiceChangeRequest> serviceChanges(Arbitrary<List<String>> added) {
    return Combinators.combine(trials(someServices()), added, services(),
            Arbitraries.integers().between(0, 600).injectNull(0.5))
        .flatAs((trial, add, remove, licences) -> daysAround(trial).map(today ->
            ServiceChangeRequest.builder(today, trial).addServices(add)
                .removeServices(remove.stream().filter(s -> !add.contains(s)).toList())
                .newLicenseQuantity(licences).build()).withoutEdgeCases());
  }

  /** Any consent step, on a day up to three weeks after the consent e-mail went out. */
  static Arbitrary<ConsentRequest> consents() {
    return Combinators.combine(Arbitraries.of(ConsentAction.class), dates(), Arbitraries.integers().between(0, 20))
        .flatAs((action, sentOn, daysLater) ->
            Builders.withBuilder(() -> ConsentRequest.builder(action, sentOn.plusDays(daysLater)).sentOn(sentOn))
                .use(partners()).in(ConsentRequest.Builder::partner)
                .use(customersOrNone()).in(ConsentRequest.Builder::customer)
                .use(adminEmails()).in(ConsentRequest.Builder::adminEmail)
                .use(Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(TrialStatus.PENDING_CONSENT)),
                    Tuple.of(1, Arbitraries.of(TrialStatus.class)))).in(ConsentRequest.Builder::status)
                .use(adminEmails()).in(ConsentRequest.Builder::acceptedBy)
                .use(Arbitraries.of(true, false)).in(ConsentRequest.Builder::fullAdministration)
                .build(ConsentRequest.Builder::build).withoutEdgeCases());
  }

  /** Every kind of request the engine decides, from every section of POLICY.md. */
  static Arbitrary<PolicyRequest> requests() {
    Arbitrary<Trial> trials = trials(someServices());
    return Arbitraries.oneOf(
        startRequests(someServices(), customersOrNone(), Flow.values()),
        consents(),
        extensions(services()),
        serviceChanges(services()),
        trials.flatMap(trial -> Combinators.combine(daysAround(trial),
                Arbitraries.of(FULL_ADMIN, ADMIN, PARTNER_ADMIN, "stranger@elsewhere.example").injectNull(0.1),
                services())
            .as((today, provisioning, ordered) -> ConversionRequest.builder(today, trial)
                .provisioningEmail(provisioning).orderedServices(ordered).build())
            .withoutEdgeCases()),
        trials.flatMap(trial -> Combinators.combine(daysAround(trial), Arbitraries.of(CancelledBy.class))
            .as((today, by) -> CancellationRequest.of(today, trial, by)).withoutEdgeCases()),
        trials(servicesWithDevices()).flatMap(trial -> Combinators.combine(daysAround(trial),
                Arbitraries.of(List.<String>of(), List.of("FOC0001"), List.of("FOC0001", "FOC0002"),
                    List.of("FOC0002", "FOC0001", "FOC0003"), List.of("FOC0001", "XYZ9")),
                Arbitraries.of(true, false))
            .as((today, serials, lost) -> DeviceReturnRequest.builder(today, trial)
                .returnedSerials(serials).labelsLost(lost).build()).withoutEdgeCases()));
  }
}
