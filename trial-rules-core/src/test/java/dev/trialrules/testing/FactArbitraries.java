package dev.trialrules.testing;

import dev.trialrules.PolicyParameters;
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
import java.time.YearMonth;
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
import net.jqwik.api.arbitraries.ListArbitrary;

/**
 * Random facts for every module's property tests, on the parties and addresses of
 * {@link Fixtures}. (Not named {@code Arbitraries}: that is jqwik's class, which this one uses
 * throughout.)
 *
 * <p>Two families, because two kinds of property need different distributions from the same
 * facts:
 *
 * <ul>
 *   <li><b>Reaching every rule</b> ({@link #requests(List)}, {@link #trials()} and the generators
 *       they are made of), for the reference model's agreement with the engine: every partner
 *       tier and role, verified or not, the partner's own organization; customers with every mix
 *       of purchased and other-partner services, in every ISO country (the not-offered ones too);
 *       dates on month ends, on 2028-02-29 and on each edge of each window of POLICY.md's Dates
 *       section (E - 7, E, G, G + 1, R + 10, R + 11, S + 120, D + 14, and E - step where an
 *       extension stops shortening the trial); the inputs revision 2 added (the organization
 *       confirmation, the customer admin address entered at conversion, the demo order number);
 *       and inputs that are constructible but invalid (missing fields, unknown codes, counts at
 *       the largest a fact accepts), since the policy has to answer those too. A differential
 *       property finds a disagreement only in a rule its inputs make fire, so these are wide.
 *   <li><b>Small</b> ({@code small...}: {@link #smallRequests()}, {@link #smallTrials(Arbitrary)}
 *       and their parts), for trial-rules-drl's metamorphic and trust properties: mostly a
 *       verified sales admin acting for the fixture customer, with the values those properties
 *       turn on (dates, services, statuses, who owns what) drawn at random and the rest from a
 *       short list of good and bad values, so that most requests get past the early refusals to
 *       the rule under test and a failing case shrinks to something readable. Their dates lean on
 *       the awkward ones: month ends and 29 February 2028 come up far more often than a uniform
 *       draw would give them, because "D + N" across them is where a date rule goes wrong. Their
 *       composites are {@code withoutEdgeCases()}: jqwik builds the edge cases of a composite as
 *       the product of its parts' edge cases, and for a request of twenty fields, made anew inside
 *       every {@code flatMap}, that product took minutes and gigabytes per property; the weighting
 *       puts the edge cases that matter into the random draws instead.
 * </ul>
 *
 * <p>Both families draw from the same constants below, so a service, an address or an
 * organization means the same thing in every property.
 */
public final class FactArbitraries {
  /** The partner organization, as in {@link Fixtures#partner()}. */
  public static final String PARTNER_ORG = "partner-1";
  /** The customer organization, as in {@link Fixtures#customer()}. */
  public static final String CUSTOMER_ORG = "customer-1";
  /** A service no configuration offers. */
  public static final String UNKNOWN_SERVICE = "FAX";
  /** A device type no configuration offers. */
  public static final String UNKNOWN_DEVICE = "TOASTER";
  /** The services the shipped policy configures, in its order. */
  public static final List<String> SERVICES =
      List.of(Services.MESSAGING, Services.MEETINGS, Services.CALLING, Services.DEVICES);
  private static final List<String> SERVICES_AND_UNKNOWN =
      List.of(Services.MESSAGING, Services.MEETINGS, Services.CALLING, Services.DEVICES, UNKNOWN_SERVICE);
  /** The partner admin of {@link Fixtures#partner()}. */
  public static final String PARTNER_ADMIN = "sales@partner.example";
  /** Two partner admins, in address order: another one and {@link #PARTNER_ADMIN}. */
  public static final List<String> PARTNER_ADMINS = List.of("ops@partner.example", PARTNER_ADMIN);
  /** The full admin of {@link Fixtures#customer()}. */
  public static final String FULL_ADMIN = "ceo@fjord.example";
  /** A second full admin, so that "a full admin" and "the full admin" can differ. */
  public static final String OTHER_FULL_ADMIN = "boss@fjord.example";
  /** The admin of {@link Fixtures#customer()} who is not a full admin. */
  public static final String PLAIN_ADMIN = "it@fjord.example";
  /** An address that belongs to no one in the organization. */
  public static final String STRANGER = "someone@elsewhere.example";
  /** What a partner types that is not an address at all. */
  public static final String NOT_AN_ADDRESS = "not-an-e-mail";

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
  /** The days of the Dates section's edges, relative to the date they count from. */
  private static final List<Integer> EDGE_OFFSETS = List.of(-1, 0, 1);
  /**
   * The days both families weight up, the union of what each used to weight on its own:
   * 29 February 2028 and its neighbours, year and month ends (2026 to 2028), and the day after
   * {@link Fixtures#TODAY}. "D + N" across a month end or a leap day is where a date rule goes
   * wrong, so a uniform draw would miss what matters most.
   */
  public static final List<LocalDate> AWKWARD_DAYS = List.of(
      LocalDate.of(2028, 2, 29), LocalDate.of(2028, 2, 28), LocalDate.of(2028, 3, 1),
      LocalDate.of(2027, 2, 28), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 31),
      LocalDate.of(2026, 4, 30), LocalDate.of(2026, 11, 24),
      LocalDate.of(2027, 12, 31), LocalDate.of(2028, 1, 31));
  private static final LocalDate FIRST_SMALL_DAY = LocalDate.of(2025, 1, 1);
  private static final LocalDate LAST_SMALL_DAY = LocalDate.of(2029, 12, 31);

  private FactArbitraries() {}

  // ==== Generators that reach every rule (the reference model's agreement properties) ======

  // ---- dates -------------------------------------------------------------------------------

  /** {@link #AWKWARD_DAYS} mostly, and ordinary days from 2026 to 2029. */
  public static Arbitrary<LocalDate> anchorDates() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(AWKWARD_DAYS)),
        Tuple.of(1, Arbitraries.integers().between(0, 4 * 366).map(LocalDate.of(2026, 1, 1)::plusDays)));
  }

  /** Days from an edge of the Dates section: on it, a day either side, or anywhere within 70 days. */
  public static Arbitrary<Integer> offsets() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(EDGE_OFFSETS)),
        Tuple.of(1, Arbitraries.integers().between(-70, 70)));
  }

  // ---- parties -----------------------------------------------------------------------------

  /** Partners of each tier and role, verified or not, with no, one or two admins. */
  public static Arbitrary<Partner> partners() {
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
  public static Arbitrary<CustomerOrg> existingCustomers() {
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
  public static Arbitrary<CustomerOrg> customers() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(CustomerOrg.none())), Tuple.of(3, existingCustomers()));
  }

  /** Countries: the edge cases above, any ISO country, or not given. */
  public static Arbitrary<String> countries() {
    return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(COUNTRIES)), Tuple.of(1, Arbitraries.of(ISO_COUNTRIES)))
        .injectNull(0.1);
  }

  /** Distinct services in a random order, drawn from {@code from}. */
  public static Arbitrary<List<String>> serviceSubsets(List<String> from) {
    return Combinators.combine(Arbitraries.subsetOf(from), Arbitraries.shuffle(from)).as((chosen, order) -> {
      List<String> list = new ArrayList<>(order);
      list.retainAll(chosen);
      return list;
    });
  }

  /** Customer admin addresses as a partner types them: valid, of any admin or none, or not given. */
  public static Arbitrary<String> adminEmails() {
    return Arbitraries.of(FULL_ADMIN, OTHER_FULL_ADMIN, PLAIN_ADMIN, STRANGER, NOT_AN_ADDRESS, "  ")
        .injectNull(0.1);
  }

  // ---- 1-4: starting a trial ---------------------------------------------------------------

  /** Requests to start a trial in each of the three flows, complete or not. */
  public static Arbitrary<StartTrialRequest> startRequests() {
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
  public static Arbitrary<ConsentRequest> consentRequests() {
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
  public static Arbitrary<Trial> trials() {
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
   * The edges of a trial's windows under each of {@code parameters} (the reference module passes
   * the shipped and the moved ones):
   * S, E, E - lead, G, G + 1 (as G and an offset of 1), E - step (where EXT-01 turns: on it the
   * extension would end on E, a day later it lengthens the trial; S and offsets of up to 70 days
   * give more and fewer days left than the step), S + maximum - step (where EXT-02 turns), D and
   * D + return days.
   */
  public static List<LocalDate> edges(Trial trial, List<PolicyParameters> parameters) {
    LocalDate s = trial.startDate();
    LocalDate e = trial.endDate();
    List<LocalDate> edges = new ArrayList<>(16);
    edges.add(s);
    edges.add(e);
    for (PolicyParameters p : parameters) {
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

  /** Extensions of {@link #trials()}, asked on or around an edge of the trial's windows under {@code parameters}. */
  public static Arbitrary<ExtensionRequest> extensionRequests(List<PolicyParameters> parameters) {
    return Combinators.combine(trials(), Arbitraries.integers().between(0, 1000), offsets())
        .as((trial, pick, offset) -> ExtensionRequest.of(dayOf(trial, parameters, pick, offset), trial));
  }

  /**
   * Service changes of {@link #trials()} around an edge under {@code parameters}: added services
   * that may include one no configuration offers, removed ones disjoint from them, and a new
   * licence count or none.
   */
  public static Arbitrary<ServiceChangeRequest> serviceChangeRequests(List<PolicyParameters> parameters) {
    return Combinators.combine(trials(), Arbitraries.integers().between(0, 1000), offsets(),
            serviceSubsets(SERVICES_AND_UNKNOWN), Arbitraries.subsetOf(SERVICES), Arbitraries.of(0, 1, 75).injectNull(0.4))
        .as((trial, pick, offset, add, remove, quantity) ->
            ServiceChangeRequest.builder(dayOf(trial, parameters, pick, offset), trial).addServices(add)
                .removeServices(without(remove, add)).newLicenseQuantity(quantity).build());
  }

  /**
   * Conversions with every kind of provisioning contact (partner admins, the customer's admins,
   * a stranger, none) and, as the customer admin address entered in Control Hub, none, the
   * trial's customer admin, or another address (CONV-06).
   */
  public static Arbitrary<ConversionRequest> conversionRequests(List<PolicyParameters> parameters) {
    Arbitrary<String> contacts = Arbitraries.of(PARTNER_ADMINS.get(0), PARTNER_ADMINS.get(1), FULL_ADMIN,
        OTHER_FULL_ADMIN, PLAIN_ADMIN, STRANGER, " ").injectNull(0.1);
    // null: not entered; "": the trial's own customer admin; else that address.
    Arbitrary<String> entered = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just("")),
        Tuple.of(2, Arbitraries.of(FULL_ADMIN, PLAIN_ADMIN, STRANGER)), Tuple.of(1, Arbitraries.just((String) null)));
    return Combinators.combine(trials(), Arbitraries.integers().between(0, 1000), offsets(), contacts,
            Arbitraries.of(true, false), serviceSubsets(SERVICES), entered)
        .as((trial, pick, offset, contact, everything, ordered, admin) ->
            ConversionRequest.builder(dayOf(trial, parameters, pick, offset), trial)
                .provisioningEmail(contact).orderedServices(everything ? trial.services() : ordered)
                .customerAdminEmail("".equals(admin) ? trial.customerAdminEmail() : admin).build());
  }

  /** Cancellations of {@link #trials()} by either side, around an edge under {@code parameters}. */
  public static Arbitrary<CancellationRequest> cancellationRequests(List<PolicyParameters> parameters) {
    return Combinators.combine(trials(), Arbitraries.integers().between(0, 1000), offsets(),
            Arbitraries.of(CancelledBy.class))
        .as((trial, pick, offset, by) -> CancellationRequest.of(dayOf(trial, parameters, pick, offset), trial, by));
  }

  /**
   * Returns with every serial, a partial return (every shipped serial but the first), or any
   * subset with one never shipped; labels lost or not; the demo order number known or not.
   */
  public static Arbitrary<DeviceReturnRequest> deviceReturnRequests(List<PolicyParameters> parameters) {
    return Combinators.combine(trials(), Arbitraries.integers().between(0, 1000), offsets(),
            Arbitraries.of(ReturnKind.class), Arbitraries.subsetOf("SN-1", "SN-2", "SN-3", "SN-9"),
            Arbitraries.of(true, false), Arbitraries.of("DO-4711", " ").injectNull(0.4))
        .as((trial, pick, offset, kind, serials, lost, order) ->
            DeviceReturnRequest.builder(dayOf(trial, parameters, pick, offset), trial)
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

  /** Any request of any kind, the actions on a trial dated around its edges under {@code parameters}. */
  public static Arbitrary<PolicyRequest> requests(List<PolicyParameters> parameters) {
    return Arbitraries.oneOf(startRequests(), consentRequests(), extensionRequests(parameters),
        serviceChangeRequests(parameters), conversionRequests(parameters), cancellationRequests(parameters),
        deviceReturnRequests(parameters));
  }

  /** The day {@code offset} days from the trial's edge number {@code pick} (modulo their count). */
  private static LocalDate dayOf(Trial trial, List<PolicyParameters> parameters, int pick, int offset) {
    List<LocalDate> edges = edges(trial, parameters);
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
  private static final class Steps<B> {
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

  // ==== Small generators (trial-rules-drl's metamorphic and trust properties) ==============

  /** Calendar dates from 2025 to 2029, with month ends and {@link #AWKWARD_DAYS} weighted up. */
  public static Arbitrary<LocalDate> smallDates() {
    int span = (int) (LAST_SMALL_DAY.toEpochDay() - FIRST_SMALL_DAY.toEpochDay());
    Arbitrary<LocalDate> anyDay = Arbitraries.integers().between(0, span).map(FIRST_SMALL_DAY::plusDays);
    Arbitrary<LocalDate> monthEnd = Arbitraries.integers().between(0, 59)
        .map(month -> YearMonth.from(FIRST_SMALL_DAY).plusMonths(month).atEndOfMonth());
    return Arbitraries.frequencyOf(Tuple.of(5, anyDay), Tuple.of(3, monthEnd),
        Tuple.of(2, Arbitraries.of(AWKWARD_DAYS)));
  }

  /** Any subset of the configured services, in any order, possibly empty. */
  public static ListArbitrary<String> services() {
    return Arbitraries.of(SERVICES).list().uniqueElements().ofMaxSize(SERVICES.size());
  }

  /** A subset of the configured services with at least one. */
  public static Arbitrary<List<String>> someServices() {
    return services().ofMinSize(1);
  }

  /** A subset of the configured services that contains Devices. */
  public static Arbitrary<List<String>> servicesWithDevices() {
    return services().map(services -> {
      List<String> withDevices = new ArrayList<>(services);
      if (!withDevices.contains(Services.DEVICES)) {
        withDevices.add(Services.DEVICES);
      }
      return withDevices;
    });
  }

  /** Mostly a verified sales admin of tier 1, sometimes not, sometimes acting for the customer's org. */
  public static Arbitrary<Partner> smallPartners() {
    return Arbitraries.frequency(Tuple.of(19, PARTNER_ORG), Tuple.of(1, CUSTOMER_ORG)).flatMap(orgId ->
        Builders.withBuilder(() -> Partner.builder(orgId))
            .use(Arbitraries.frequency(Tuple.of(9, true), Tuple.of(1, false))).in(Partner.Builder::verified)
            .use(Arbitraries.of(PartnerTier.class)).in(Partner.Builder::tier)
            .use(Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of(PartnerRole.SALES_ADMIN, PartnerRole.SALES_FULL_ADMIN).map(List::of)),
                Tuple.of(2, Arbitraries.of(PartnerRole.class).list().uniqueElements())))
                .in((b, roles) -> b.roles(roles.toArray(PartnerRole[]::new)))
            .use(Arbitraries.of(List.of(PARTNER_ADMIN), List.of(PARTNER_ADMIN, PARTNER_ADMINS.get(0)),
                    List.<String>of()))
                .in(Partner.Builder::adminEmails)
            .build(Partner.Builder::build).withoutEdgeCases());
  }

  /** An existing organization that has bought and trials with other partners any services. */
  public static Arbitrary<CustomerOrg> smallCustomers() {
    return Combinators.combine(
            Arbitraries.of("DK", "US", "JP", "CA", "AU", "BR", "KP").injectNull(0.1),
            Arbitraries.of(
                List.of(CustomerAdmin.of(FULL_ADMIN, true), CustomerAdmin.of(PLAIN_ADMIN, false)),
                List.of(CustomerAdmin.of(FULL_ADMIN, true)),
                List.of(CustomerAdmin.of(PLAIN_ADMIN, false))),
            services(),
            services())
        .as((country, admins, purchased, otherPartners) ->
            CustomerOrg.builder(CUSTOMER_ORG).country(country).admins(admins).purchased(purchased)
                .otherPartnerTrials(otherPartners).build())
        .withoutEdgeCases();
  }

  /** An existing organization, or now and then none (EXIST-03). */
  public static Arbitrary<CustomerOrg> smallCustomersOrNone() {
    return Arbitraries.frequencyOf(Tuple.of(9, smallCustomers()), Tuple.of(1, Arbitraries.just(CustomerOrg.none())));
  }

  /** A customer admin address as a partner types it: right, in capitals, not an address, or missing. */
  public static Arbitrary<String> smallAdminEmails() {
    return Arbitraries.of(PLAIN_ADMIN, FULL_ADMIN, "IT@Fjord.Example", NOT_AN_ADDRESS, STRANGER)
        .injectNull(0.1);
  }

  /** Start requests in the given flows, for the customers of {@link #smallCustomers()} only. */
  public static Arbitrary<StartTrialRequest> smallStartRequests(Arbitrary<List<String>> services, Flow... flows) {
    return smallStartRequests(services, smallCustomers(), flows);
  }

  private static Arbitrary<StartTrialRequest> smallStartRequests(
      Arbitrary<List<String>> services, Arbitrary<CustomerOrg> customers, Flow... flows) {
    return Combinators.combine(Arbitraries.of(flows), smallDates()).flatAs((flow, today) ->
        Builders.withBuilder(() -> StartTrialRequest.builder(flow, today))
            .use(smallPartners()).in(StartTrialRequest.Builder::partner)
            .use(customers).in(StartTrialRequest.Builder::customer)
            .use(Arbitraries.of("Fjord Shipping A/S", " ").injectNull(0.05)).in(StartTrialRequest.Builder::companyName)
            .use(smallAdminEmails()).in(StartTrialRequest.Builder::adminEmail)
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
  public static Arbitrary<Trial> smallTrials(Arbitrary<List<String>> services) {
    Arbitrary<Period> periods = Combinators.combine(smallDates(), Arbitraries.integers().between(1, 200),
            Arbitraries.integers().between(-10, 60).injectNull(0.15), Arbitraries.integers().between(0, 20).injectNull(0.2))
        .as((start, length, dueAfterEnd, consentBeforeStart) -> new Period(start, start.plusDays(length),
            dueAfterEnd == null ? null : start.plusDays(length + dueAfterEnd),
            consentBeforeStart == null ? null : start.minusDays(consentBeforeStart)));
    Arbitrary<Tuple.Tuple2<List<String>, List<ShippedDevice>>> servicesAndDevices = services.flatMap(chosen ->
        chosen.contains(Services.DEVICES)
            ? Arbitraries.integers().between(0, 3).map(n -> Tuple.of(chosen, shipped(n))).withoutEdgeCases()
            : Arbitraries.just(Tuple.of(chosen, List.<ShippedDevice>of())));
    return Combinators.combine(smallPartners(), smallCustomers()).flatAs((partner, customer) ->
        Builders.withBuilder(() -> Trial.builder("trial-1", partner, customer))
            .use(Arbitraries.of(FULL_ADMIN, PLAIN_ADMIN).injectNull(0.1)).in(Trial.Builder::customerAdminEmail)
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
  public static Arbitrary<LocalDate> daysAround(Trial trial) {
    long length = trial.endDate().toEpochDay() - trial.startDate().toEpochDay();
    return Arbitraries.longs().between(-10, length + 80).map(trial.startDate()::plusDays).withoutEdgeCases();
  }

  /** Extensions of trials whose services come from {@code services}, asked on a day around the trial. */
  public static Arbitrary<ExtensionRequest> smallExtensions(Arbitrary<List<String>> services) {
    return smallTrials(services)
        .flatMap(trial -> daysAround(trial).map(today -> ExtensionRequest.of(today, trial)).withoutEdgeCases());
  }

  /** Service changes of a trial; {@code added} gives the services to add, the removed ones are disjoint from them. */
  public static Arbitrary<ServiceChangeRequest> smallServiceChanges(Arbitrary<List<String>> added) {
    return Combinators.combine(smallTrials(someServices()), added, services(),
            Arbitraries.integers().between(0, 600).injectNull(0.5))
        .flatAs((trial, add, remove, licences) -> daysAround(trial).map(today ->
            ServiceChangeRequest.builder(today, trial).addServices(add)
                .removeServices(remove.stream().filter(s -> !add.contains(s)).toList())
                .newLicenseQuantity(licences).build()).withoutEdgeCases());
  }

  /** Any consent step, on a day up to three weeks after the consent e-mail went out. */
  public static Arbitrary<ConsentRequest> smallConsents() {
    return Combinators.combine(Arbitraries.of(ConsentAction.class), smallDates(), Arbitraries.integers().between(0, 20))
        .flatAs((action, sentOn, daysLater) ->
            Builders.withBuilder(() -> ConsentRequest.builder(action, sentOn.plusDays(daysLater)).sentOn(sentOn))
                .use(smallPartners()).in(ConsentRequest.Builder::partner)
                .use(smallCustomersOrNone()).in(ConsentRequest.Builder::customer)
                .use(smallAdminEmails()).in(ConsentRequest.Builder::adminEmail)
                .use(Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(TrialStatus.PENDING_CONSENT)),
                    Tuple.of(1, Arbitraries.of(TrialStatus.class)))).in(ConsentRequest.Builder::status)
                .use(smallAdminEmails()).in(ConsentRequest.Builder::acceptedBy)
                .use(Arbitraries.of(true, false)).in(ConsentRequest.Builder::fullAdministration)
                .build(ConsentRequest.Builder::build).withoutEdgeCases());
  }

  /** Every kind of request the engine decides, from every section of POLICY.md. */
  public static Arbitrary<PolicyRequest> smallRequests() {
    Arbitrary<Trial> trials = smallTrials(someServices());
    return Arbitraries.oneOf(
        smallStartRequests(someServices(), smallCustomersOrNone(), Flow.values()),
        smallConsents(),
        smallExtensions(services()),
        smallServiceChanges(services()),
        trials.flatMap(trial -> Combinators.combine(daysAround(trial),
                Arbitraries.of(FULL_ADMIN, PLAIN_ADMIN, PARTNER_ADMIN, STRANGER).injectNull(0.1),
                services())
            .as((today, provisioning, ordered) -> ConversionRequest.builder(today, trial)
                .provisioningEmail(provisioning).orderedServices(ordered).build())
            .withoutEdgeCases()),
        trials.flatMap(trial -> Combinators.combine(daysAround(trial), Arbitraries.of(CancelledBy.class))
            .as((today, by) -> CancellationRequest.of(today, trial, by)).withoutEdgeCases()),
        smallTrials(servicesWithDevices()).flatMap(trial -> Combinators.combine(daysAround(trial),
                Arbitraries.of(List.<String>of(), List.of("FOC0001"), List.of("FOC0001", "FOC0002"),
                    List.of("FOC0002", "FOC0001", "FOC0003"), List.of("FOC0001", "XYZ9")),
                Arbitraries.of(true, false))
            .as((today, serials, lost) -> DeviceReturnRequest.builder(today, trial)
                .returnedSerials(serials).labelsLost(lost).build()).withoutEdgeCases()));
  }
}
