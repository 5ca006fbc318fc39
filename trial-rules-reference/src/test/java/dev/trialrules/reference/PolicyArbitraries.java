package dev.trialrules.reference;

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
import dev.trialrules.facts.Services;
import dev.trialrules.facts.ShippedDevice;
import dev.trialrules.facts.ShippingSkipReason;
import dev.trialrules.facts.StartTrialRequest;
import dev.trialrules.facts.Trial;
import dev.trialrules.facts.TrialStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators for every request the policy decides and every trial it schedules. They are built
 * to reach each of POLICY.md's 52 rules (revision 2): every partner tier and role, verified or
 * not, the partner's own organization; customers with every mix of purchased and other-partner
 * services, in every ISO country (the not-offered ones too); dates on month ends, on 2028-02-29
 * and on each edge of each window of the Dates section (E - 7, E, G, G + 1, R + 10, R + 11,
 * S + 120, D + 14, and E - step where an extension stops shortening the trial); the inputs
 * revision 2 added (the organization confirmation, the customer admin address entered at
 * conversion, the demo order number); and inputs that are constructible but invalid (missing
 * fields, unknown codes), since the policy has to answer those too.
 */
final class PolicyArbitraries {
  static final String PARTNER_ORG = "partner-1";
  static final String CUSTOMER_ORG = "customer-1";
  /** A service and a device type no configuration offers. */
  static final String UNKNOWN_SERVICE = "FAX";
  static final String UNKNOWN_DEVICE = "TOASTER";
  static final List<String> SERVICES =
      List.of(Services.MESSAGING, Services.MEETINGS, Services.CALLING, Services.DEVICES);
  private static final List<String> SERVICES_AND_UNKNOWN =
      List.of(Services.MESSAGING, Services.MEETINGS, Services.CALLING, Services.DEVICES, UNKNOWN_SERVICE);
  static final List<String> PARTNER_ADMINS = List.of("pa@partner.example", "pb@partner.example");
  /** Customer addresses: two full admins, a plain admin, and a stranger to the organization. */
  static final String FULL_ADMIN = "full@customer.example";
  static final String OTHER_FULL_ADMIN = "boss@customer.example";
  static final String PLAIN_ADMIN = "plain@customer.example";
  static final String STRANGER = "someone@elsewhere.example";
  /**
   * Countries with a carrier of their own (US, CA, AU), on the EMEAR list (DK, GB, DE, SA, AE,
   * KE), with no carrier (NZ, JP, BR, IN, CN); the ones revision 1 refused for want of a region
   * (FO, GL, KZ, ET, IQ); and the shipped not-offered ones (CU, IR, KP, SY, RU, BY).
   */
  private static final List<String> COUNTRIES = List.of("US", "CA", "AU", "NZ", "DK", "GB", "DE", "SA", "AE", "KE",
      "JP", "BR", "IN", "CN", "FO", "GL", "KZ", "ET", "IQ", "CU", "IR", "KP", "SY", "RU", "BY");
  /** Every ISO 3166-1 alpha-2 country, the codes a fact accepts. */
  private static final List<String> ISO_COUNTRIES =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream().sorted().toList();
  /** The largest count a fact accepts, where NEW-11's arithmetic is nearest to overflowing. */
  private static final int MAX_COUNT = 10_000_000;
  /**
   * The parameters whose edges the dates fall on: those of {@link Agreement#ENGINE} and
   * {@link Agreement#MOVED}, read without building an engine, so that the model's own tests can
   * use the generators while the DRL does not build.
   */
  private static final List<dev.trialrules.PolicyParameters> PARAMETERS = ShippedParameters.both();
  /** The days of the Dates section's edges, relative to the date they count from. */
  private static final List<Integer> EDGE_OFFSETS = List.of(-1, 0, 1);

  private PolicyArbitraries() {}

  // ---- dates -------------------------------------------------------------------------------

  /** Month ends, a leap day and its neighbours, and ordinary days from 2026 to 2029. */
  static Arbitrary<LocalDate> anchorDates() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(
            LocalDate.of(2028, 2, 29), LocalDate.of(2028, 2, 28), LocalDate.of(2028, 3, 1),
            LocalDate.of(2027, 2, 28), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 31),
            LocalDate.of(2026, 4, 30), LocalDate.of(2026, 11, 24))),
        Tuple.of(1, Arbitraries.integers().between(0, 4 * 366).map(LocalDate.of(2026, 1, 1)::plusDays)));
  }

  /** Days from an edge of the Dates section: on it, a day either side, or anywhere within 70 days. */
  static Arbitrary<Integer> offsets() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(EDGE_OFFSETS)),
        Tuple.of(1, Arbitraries.integers().between(-70, 70)));
  }

  // ---- parties -----------------------------------------------------------------------------

  /** Partners of each tier and role, verified or not, with no, one or two admins. */
  static Arbitrary<Partner> partners() {
    return Builders.withBuilder(() -> Partner.builder(PARTNER_ORG))
        .use(Arbitraries.of(true, true, false)).in(Partner.Builder::verified)
        .use(Arbitraries.of(PartnerTier.class)).in(Partner.Builder::tier)
        .use(Arbitraries.subsetOf(PartnerRole.values())).in((b, roles) -> b.roles(roles.toArray(PartnerRole[]::new)))
        .use(Arbitraries.subsetOf(PARTNER_ADMINS)).in((b, admins) -> b.adminEmails(sorted(admins)))
        .build(Partner.Builder::build);
  }

  /**
   * Existing customers, sometimes the partner's own organization, with any admins, any country
   * and every mix of purchased and other-partner services.
   */
  static Arbitrary<CustomerOrg> existingCustomers() {
    Arbitrary<List<CustomerAdmin>> admins = Arbitraries.subsetOf(
            CustomerAdmin.of(FULL_ADMIN, true), CustomerAdmin.of(OTHER_FULL_ADMIN, true),
            CustomerAdmin.of(PLAIN_ADMIN, false))
        .map(set -> set.stream().sorted((a, b) -> a.email().compareTo(b.email())).toList());
    return Combinators.combine(Arbitraries.of(CUSTOMER_ORG, CUSTOMER_ORG, CUSTOMER_ORG, PARTNER_ORG), countries(),
            admins, serviceSubsets(SERVICES), serviceSubsets(SERVICES))
        .as((orgId, country, adminList, purchased, otherPartners) ->
            CustomerOrg.builder(orgId).country(country).admins(adminList).purchased(purchased)
                .otherPartnerTrials(otherPartners).build());
  }

  /** Any customer organization, or none at all. */
  static Arbitrary<CustomerOrg> customers() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(CustomerOrg.none())), Tuple.of(3, existingCustomers()));
  }

  /** Countries: the edge cases above, any ISO country, or not given. */
  static Arbitrary<String> countries() {
    return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(COUNTRIES)), Tuple.of(1, Arbitraries.of(ISO_COUNTRIES)))
        .injectNull(0.1);
  }

  /** Distinct services in a random order, drawn from {@code from}. */
  static Arbitrary<List<String>> serviceSubsets(List<String> from) {
    return Combinators.combine(Arbitraries.subsetOf(from), Arbitraries.shuffle(from)).as((chosen, order) -> {
      List<String> list = new ArrayList<>(order);
      list.retainAll(chosen);
      return list;
    });
  }

  /** Customer admin addresses as a partner types them: valid, of any admin or none, or not given. */
  static Arbitrary<String> adminEmails() {
    return Arbitraries.of(FULL_ADMIN, OTHER_FULL_ADMIN, PLAIN_ADMIN, STRANGER, "not-an-e-mail", "  ")
        .injectNull(0.1);
  }

  // ---- 1-4: starting a trial ---------------------------------------------------------------

  /** Requests to start a trial in each of the three flows, complete or not. */
  static Arbitrary<StartTrialRequest> startRequests() {
    Arbitrary<List<DeviceShipment>> shipments = Combinators.combine(
            Arbitraries.subsetOf("PHONE", "DESK_DEVICE", "BOARD", UNKNOWN_DEVICE),
            Arbitraries.integers().between(1, 3).list().ofSize(4), Arbitraries.of(false, false, false, true))
        .as((types, quantities, repeat) -> {
          List<DeviceShipment> list = new ArrayList<>();
          int i = 0;
          for (String type : sorted(types)) {
            list.add(DeviceShipment.of(type, quantities.get(i++)));
          }
          // Now and then a second entry of the first type (NEW-09 within one request).
          if (repeat && !list.isEmpty()) {
            list.add(DeviceShipment.of(list.get(0).deviceType(), 4));
          }
          return list;
        });
    Arbitrary<Steps<StartTrialRequest.Builder>> steps = Builders.withBuilder(Steps<StartTrialRequest.Builder>::new)
        .use(partners()).in((s, v) -> s.then(b -> b.partner(v)))
        .use(customers()).in((s, v) -> s.then(b -> b.customer(v)))
        .use(Arbitraries.of("Acme A/S", "", " ").injectNull(0.1)).in((s, v) -> s.then(b -> b.companyName(v)))
        .use(adminEmails()).in((s, v) -> s.then(b -> b.adminEmail(v)))
        .use(Arbitraries.of("Retail", "Education", "Basket Weaving").injectNull(0.1))
        .in((s, v) -> s.then(b -> b.vertical(v)))
        .use(countries()).in((s, v) -> s.then(b -> b.country(v)))
        .use(Arbitraries.of(true, true, false)).in((s, v) -> s.then(b -> b.locationAcknowledged(v)))
        .use(Arbitraries.frequencyOf(Tuple.of(6, serviceSubsets(SERVICES)),
            Tuple.of(1, serviceSubsets(SERVICES_AND_UNKNOWN)))).in((s, v) -> s.then(b -> b.services(v)))
        .use(Arbitraries.of(0, 1, 200, 5000, MAX_COUNT).injectNull(0.1)).in((s, v) -> s.then(b -> b.licenseQuantity(v)))
        .use(Arbitraries.of(30, 60, 90, 45, 1).injectNull(0.1)).in((s, v) -> s.then(b -> b.durationDays(v)))
        .use(Arbitraries.of(MeetingsEdition.class).injectNull(0.2)).in((s, v) -> s.then(b -> b.meetingsEdition(v)))
        .use(Arbitraries.of("acme.webex.com", " ").injectNull(0.3)).in((s, v) -> s.then(b -> b.siteUrl(v)))
        .use(Arbitraries.of("Europe/Copenhagen", "America/New_York").injectNull(0.3))
        .in((s, v) -> s.then(b -> b.timeZone(v)))
        .use(shipments).in((s, v) -> s.then(b -> b.deviceShipments(v)))
        .use(Arbitraries.of(ShippingSkipReason.class).injectNull(0.3))
        .in((s, v) -> s.then(b -> b.shippingSkipReason(v)))
        .use(Arbitraries.subsetOf("PHONE", "BOARD", "HEADSET"))
        .in((s, v) -> s.then(b -> b.alreadyShippedDeviceTypes(sorted(v).toArray(String[]::new))))
        .use(Arbitraries.of(true, false).injectNull(0.3)).in((s, v) -> s.then(b -> b.poeSupported(v)))
        .use(Arbitraries.of(0, 10, 200, MAX_COUNT).injectNull(0.5)).in((s, v) -> s.then(b -> b.callingUsers(v)))
        .use(Arbitraries.of(0, 1, 3, MAX_COUNT).injectNull(0.3)).in((s, v) -> s.then(b -> b.callingLocations(v)))
        .use(Arbitraries.of(0, 5, 12, 206, 1000, MAX_COUNT)).in((s, v) -> s.then(b -> b.didsHeld(v)))
        .use(Arbitraries.of(true, false)).in((s, v) -> s.then(b -> b.pstnSupportsCcp(v)))
        .use(Arbitraries.of(true, true, false)).in((s, v) -> s.then(b -> b.organizationConfirmed(v)))
        .build();
    return Combinators.combine(Arbitraries.of(Flow.class), anchorDates(), steps)
        .as((flow, today, s) -> s.applyTo(StartTrialRequest.builder(flow, today)).build());
  }

  // ---- 3: consent --------------------------------------------------------------------------

  /**
   * Every consent step, on the day it is sent through past the window (R + 10, R + 11, and the
   * same edges of a moved window), by full admins, plain admins, strangers or nobody, on trials in
   * every status.
   */
  static Arbitrary<ConsentRequest> consentRequests() {
    Arbitrary<Integer> daysSinceSent = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(0, 6, 7, 8, 9, 10, 11, 12)), Tuple.of(1, Arbitraries.integers().between(0, 40)));
    Arbitrary<Steps<ConsentRequest.Builder>> steps = Builders.withBuilder(Steps<ConsentRequest.Builder>::new)
        .use(partners()).in((s, v) -> s.then(b -> b.partner(v)))
        .use(customers()).in((s, v) -> s.then(b -> b.customer(v)))
        .use(adminEmails()).in((s, v) -> s.then(b -> b.adminEmail(v)))
        .use(Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(TrialStatus.PENDING_CONSENT)),
            Tuple.of(2, Arbitraries.of(TrialStatus.class)))).in((s, v) -> s.then(b -> b.status(v)))
        .use(adminEmails()).in((s, v) -> s.then(b -> b.acceptedBy(v)))
        .use(Arbitraries.of(true, false)).in((s, v) -> s.then(b -> b.fullAdministration(v)))
        .build();
    return Combinators.combine(Arbitraries.of(ConsentAction.class), anchorDates(), daysSinceSent, steps)
        .as((action, sentOn, days, s) ->
            s.applyTo(ConsentRequest.builder(action, sentOn.plusDays(days)).sentOn(sentOn))
                .build());
  }

  // ---- trials ------------------------------------------------------------------------------

  /**
   * Started trials in every status, with or without Calling and Devices, shipped devices and a
   * device due date, lasting from 1 to 150 days from a month end or a leap day.
   */
  static Arbitrary<Trial> trials() {
    Arbitrary<List<ShippedDevice>> devices = Arbitraries.subsetOf(
            ShippedDevice.of("SN-1", "PHONE"), ShippedDevice.of("SN-2", "BOARD"), ShippedDevice.of("SN-3", "PHONE"))
        .map(set -> set.stream().sorted((a, b) -> a.serialNumber().compareTo(b.serialNumber())).toList());
    Arbitrary<Integer> length = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(30, 60, 90, 1, 89, 100, 120, 121)),
        Tuple.of(1, Arbitraries.integers().between(1, 150)));
    return Builders.withBuilder(TrialDraft::new)
        .use(anchorDates()).in((d, v) -> d.with(t -> t.start = v))
        .use(length).in((d, v) -> d.with(t -> t.days = v))
        .use(partners()).in((d, v) -> d.with(t -> t.partner = v))
        .use(existingCustomers()).in((d, v) -> d.with(t -> t.customer = v))
        .use(Arbitraries.of(FULL_ADMIN, PLAIN_ADMIN).injectNull(0.1)).in((d, v) -> d.with(t -> t.adminEmail = v))
        .use(Arbitraries.frequencyOf(Tuple.of(12, serviceSubsets(SERVICES).filter(s -> !s.isEmpty())),
            Tuple.of(1, Arbitraries.just(List.<String>of())))).in((d, v) -> d.with(t -> t.services = v))
        .use(Arbitraries.of(0, 1, 50)).in((d, v) -> d.with(t -> t.licenses = v))
        .use(Arbitraries.of(TrialStatus.class)).in((d, v) -> d.with(t -> t.status = v))
        .use(devices).in((d, v) -> d.with(t -> t.devices = v))
        .use(Arbitraries.integers().between(-40, 40).injectNull(0.2)).in((d, v) -> d.with(t -> t.dueOffset = v))
        .use(Arbitraries.of(0, 1, 2)).in((d, v) -> d.with(t -> t.extensions = v))
        .use(Arbitraries.integers().between(0, 5).injectNull(0.3)).in((d, v) -> d.with(t -> t.consentDaysBefore = v))
        .build(TrialDraft::build);
  }

  /**
   * The edges of a trial's windows under the shipped parameters and under {@link Agreement#MOVED}:
   * S, E, E - lead, G, G + 1 (as G and an offset of 1), E - step (where EXT-01 turns: on it the
   * extension would end on E, a day later it lengthens the trial; S and offsets of up to 70 days
   * give more and fewer days left than the step), S + maximum - step (where EXT-02 turns), D and
   * D + return days.
   */
  static List<LocalDate> edges(Trial trial) {
    LocalDate s = trial.startDate();
    LocalDate e = trial.endDate();
    List<LocalDate> edges = new ArrayList<>(16);
    edges.add(s);
    edges.add(e);
    for (dev.trialrules.PolicyParameters p : PARAMETERS) {
      edges.add(e.minusDays(p.expiryNoticeLeadDays()));
      edges.add(e.plusDays(p.gracePeriodDays()));
      edges.add(e.minusDays(p.extensionStepDays()));
      edges.add(s.plusDays(p.deviceMaximumDays() - p.extensionStepDays()));
      if (trial.deviceDueDate() != null) {
        edges.add(trial.deviceDueDate().plusDays(p.deviceReturnDays()));
      }
    }
    if (trial.deviceDueDate() != null) {
      edges.add(trial.deviceDueDate());
    }
    return edges;
  }

  // ---- 5-9: actions on a trial -------------------------------------------------------------

  static Arbitrary<ExtensionRequest> extensionRequests() {
    return Combinators.combine(trials(), Arbitraries.integers().between(0, 1000), offsets())
        .as((trial, pick, offset) -> ExtensionRequest.of(dayOf(trial, pick, offset), trial));
  }

  static Arbitrary<ServiceChangeRequest> serviceChangeRequests() {
    return Combinators.combine(trials(), Arbitraries.integers().between(0, 1000), offsets(),
            serviceSubsets(SERVICES_AND_UNKNOWN), Arbitraries.subsetOf(SERVICES), Arbitraries.of(0, 1, 75).injectNull(0.4))
        .as((trial, pick, offset, add, remove, quantity) ->
            ServiceChangeRequest.builder(dayOf(trial, pick, offset), trial).addServices(add)
                .removeServices(without(remove, add)).newLicenseQuantity(quantity).build());
  }

  /**
   * Conversions with every kind of provisioning contact (partner admins, the customer's admins,
   * a stranger, none) and, as the customer admin address entered in Control Hub, none, the
   * trial's customer admin, or another address (CONV-06).
   */
  static Arbitrary<ConversionRequest> conversionRequests() {
    Arbitrary<String> contacts = Arbitraries.of(PARTNER_ADMINS.get(0), PARTNER_ADMINS.get(1), FULL_ADMIN,
        OTHER_FULL_ADMIN, PLAIN_ADMIN, STRANGER, " ").injectNull(0.1);
    // null: not entered; "": the trial's own customer admin; else that address.
    Arbitrary<String> entered = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just("")),
        Tuple.of(2, Arbitraries.of(FULL_ADMIN, PLAIN_ADMIN, STRANGER)), Tuple.of(1, Arbitraries.just((String) null)));
    return Combinators.combine(trials(), Arbitraries.integers().between(0, 1000), offsets(), contacts,
            Arbitraries.of(true, false), serviceSubsets(SERVICES), entered)
        .as((trial, pick, offset, contact, everything, ordered, admin) ->
            ConversionRequest.builder(dayOf(trial, pick, offset), trial)
                .provisioningEmail(contact).orderedServices(everything ? trial.services() : ordered)
                .customerAdminEmail("".equals(admin) ? trial.customerAdminEmail() : admin).build());
  }

  static Arbitrary<CancellationRequest> cancellationRequests() {
    return Combinators.combine(trials(), Arbitraries.integers().between(0, 1000), offsets(),
            Arbitraries.of(CancelledBy.class))
        .as((trial, pick, offset, by) -> CancellationRequest.of(dayOf(trial, pick, offset), trial, by));
  }

  /**
   * Returns with every serial, a partial return (every shipped serial but the first), or any
   * subset with one never shipped; labels lost or not; the demo order number known or not.
   */
  static Arbitrary<DeviceReturnRequest> deviceReturnRequests() {
    return Combinators.combine(trials(), Arbitraries.integers().between(0, 1000), offsets(),
            Arbitraries.of(ReturnKind.class), Arbitraries.subsetOf("SN-1", "SN-2", "SN-3", "SN-9"),
            Arbitraries.of(true, false), Arbitraries.of("DO-4711", " ").injectNull(0.4))
        .as((trial, pick, offset, kind, serials, lost, order) ->
            DeviceReturnRequest.builder(dayOf(trial, pick, offset), trial)
                .returnedSerials(kind.serials(trial, sorted(serials))).labelsLost(lost)
                .demoOrderNumber(order).build());
  }

  /** Which serial numbers a generated return holds. */
  private enum ReturnKind {
    WHOLE, PARTIAL, ANY;

    List<String> serials(Trial trial, List<String> any) {
      List<String> shipped = trial.serialNumbers();
      return switch (this) {
        case WHOLE -> shipped;
        case PARTIAL -> shipped.isEmpty() ? shipped : shipped.subList(1, shipped.size());
        case ANY -> any;
      };
    }
  }

  /** Any request of any kind. */
  static Arbitrary<PolicyRequest> requests() {
    return Arbitraries.oneOf(startRequests(), consentRequests(), extensionRequests(), serviceChangeRequests(),
        conversionRequests(), cancellationRequests(), deviceReturnRequests());
  }

  /** The day {@code offset} days from the trial's edge number {@code pick} (modulo their count). */
  private static LocalDate dayOf(Trial trial, int pick, int offset) {
    List<LocalDate> edges = edges(trial);
    return edges.get(pick % edges.size()).plusDays(offset);
  }

  private static List<String> without(Collection<String> from, Collection<String> remove) {
    List<String> rest = new ArrayList<>();
    for (String value : sorted(from)) {
      if (!remove.contains(value)) {
        rest.add(value);
      }
    }
    return rest;
  }

  private static List<String> sorted(Collection<String> values) {
    return values.stream().sorted().toList();
  }

  /**
   * The setter calls a builder gets, collected one generator at a time and applied to a builder
   * made from values (a flow, a date) that the builder's factory needs first.
   */
  static final class Steps<B> {
    private final List<Consumer<B>> steps = new ArrayList<>(24);

    Steps<B> then(Consumer<B> step) {
      steps.add(step);
      return this;
    }

    B applyTo(B builder) {
      for (Consumer<B> step : steps) {
        step.accept(builder);
      }
      return builder;
    }
  }

  /** A trial being built; fields are set one generator at a time. */
  private static final class TrialDraft {
    LocalDate start;
    int days;
    Partner partner;
    CustomerOrg customer;
    String adminEmail;
    List<String> services;
    int licenses;
    TrialStatus status;
    List<ShippedDevice> devices;
    Integer dueOffset;
    int extensions;
    Integer consentDaysBefore;

    TrialDraft with(Consumer<TrialDraft> change) {
      change.accept(this);
      return this;
    }

    /** Due dates fall around S and E; consent went out on S or a few days before. */
    Trial build() {
      LocalDate end = start.plusDays(days);
      LocalDate due = dueOffset == null ? null : (dueOffset % 2 == 0 ? start : end).plusDays(dueOffset);
      LocalDate consentSentOn = consentDaysBefore == null ? null : start.minusDays(consentDaysBefore);
      return Trial.builder("T-1", partner, customer).customerAdminEmail(adminEmail).services(services)
          .licenseQuantity(licenses).period(start, end).status(status).devices(devices).deviceDueDate(due)
          .extensionsGranted(extensions).consentSentOn(consentSentOn).build();
    }
  }
}
