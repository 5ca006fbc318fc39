package dev.trialrules.json;

import static dev.trialrules.json.FactBinding.build;
import static dev.trialrules.json.FactBinding.buildRoot;
import static dev.trialrules.json.FactBinding.given;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
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
import dev.trialrules.facts.ShippingSkipReason;
import dev.trialrules.facts.StartTrialRequest;
import dev.trialrules.facts.Trial;
import dev.trialrules.facts.TrialStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The request JSON exactly as written, before any fact sees it. Jackson binds these records
 * (so it can name unknown properties and wrong types with their JSON path), then {@link #toFact}
 * hands each value to the facts' builders, whose defaults and validation stay the only ones.
 * Every component is nullable: absent or {@code null} means "the builder's default", stated on
 * each record where the JSON's meaning needs saying.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = RequestDto.Start.class, name = "start"),
  @JsonSubTypes.Type(value = RequestDto.Consent.class, name = "consent"),
  @JsonSubTypes.Type(value = RequestDto.Extension.class, name = "extension"),
  @JsonSubTypes.Type(value = RequestDto.ServiceChange.class, name = "service-change"),
  @JsonSubTypes.Type(value = RequestDto.Conversion.class, name = "conversion"),
  @JsonSubTypes.Type(value = RequestDto.Cancellation.class, name = "cancellation"),
  @JsonSubTypes.Type(value = RequestDto.DeviceReturn.class, name = "device-return")
})
sealed interface RequestDto
    permits RequestDto.Start, RequestDto.Consent, RequestDto.Extension, RequestDto.ServiceChange,
        RequestDto.Conversion, RequestDto.Cancellation, RequestDto.DeviceReturn {

  /** The JSON path of the request object in every message. */
  String ROOT = "request";

  /** The JSON path of an action request's trial. */
  String TRIAL = ROOT + ".trial";

  /**
   * The fact this JSON describes.
   *
   * @param todayOverride replaces the request's {@code today} when not null
   * @param source the file name, for error messages
   * @throws InvalidRequestException if a fact refuses a value
   */
  PolicyRequest toFact(LocalDate todayOverride, String source);

  /** The {@code "type"} values, in the order they are declared: read off the annotation so a message cannot drift. */
  static List<String> typeIds() {
    return Arrays.stream(RequestDto.class.getAnnotation(JsonSubTypes.class).value())
        .map(JsonSubTypes.Type::name).toList();
  }

  /** {@code "type": "start"}: a {@link StartTrialRequest}. */
  record Start(
      Flow flow,
      LocalDate today,
      PartnerDto partner,
      CustomerDto customer,
      String companyName,
      String adminEmail,
      Boolean organizationConfirmed,
      String vertical,
      String country,
      Boolean locationAcknowledged,
      List<String> services,
      Integer licenseQuantity,
      Integer durationDays,
      MeetingsEdition meetingsEdition,
      String siteUrl,
      String timeZone,
      List<ShipmentDto> deviceShipments,
      ShippingSkipReason shippingSkipReason,
      List<String> alreadyShippedDeviceTypes,
      Boolean poeSupported,
      Integer callingUsers,
      Integer callingLocations,
      Integer didsHeld,
      Boolean pstnSupportsCcp)
      implements RequestDto {

    @Override
    public StartTrialRequest toFact(LocalDate todayOverride, String source) {
      Partner partnerFact = partner == null ? null : partner.toFact(source, ROOT + ".partner");
      CustomerOrg customerFact = customer == null ? CustomerOrg.none() : customer.toFact(source, ROOT + ".customer");
      List<DeviceShipment> shipments = deviceShipments == null ? null : shipments(source);
      return buildRoot(source, ROOT, this, () -> {
        StartTrialRequest.Builder b = StartTrialRequest
            .builder(flow, todayOverride != null ? todayOverride : today)
            .partner(partnerFact)
            .customer(customerFact);
        given(companyName, b::companyName);
        given(adminEmail, b::adminEmail);
        given(organizationConfirmed, b::organizationConfirmed);
        given(vertical, b::vertical);
        given(country, b::country);
        given(locationAcknowledged, b::locationAcknowledged);
        given(services, b::services);
        given(licenseQuantity, b::licenseQuantity);
        given(durationDays, b::durationDays);
        given(meetingsEdition, b::meetingsEdition);
        given(siteUrl, b::siteUrl);
        given(timeZone, b::timeZone);
        given(shipments, b::deviceShipments);
        given(shippingSkipReason, b::shippingSkipReason);
        given(alreadyShippedDeviceTypes, types -> b.alreadyShippedDeviceTypes(types.toArray(String[]::new)));
        given(poeSupported, b::poeSupported);
        given(callingUsers, b::callingUsers);
        given(callingLocations, b::callingLocations);
        given(didsHeld, b::didsHeld);
        given(pstnSupportsCcp, b::pstnSupportsCcp);
        return b.build();
      });
    }

    private List<DeviceShipment> shipments(String source) {
      List<DeviceShipment> facts = new ArrayList<>();
      for (int i = 0; i < deviceShipments.size(); i++) {
        ShipmentDto s = deviceShipments.get(i);
        facts.add(build(source, ROOT + ".deviceShipments[" + i + "]", "deviceShipments",
            () -> DeviceShipment.of(s.deviceType(),
                Objects.requireNonNull(s.quantity(), "deviceShipments.quantity must not be null"))));
      }
      return facts;
    }
  }

  /** {@code "type": "consent"}: a {@link ConsentRequest}. */
  record Consent(
      ConsentAction action,
      LocalDate today,
      PartnerDto partner,
      CustomerDto customer,
      String adminEmail,
      LocalDate sentOn,
      TrialStatus status,
      String acceptedBy,
      Boolean fullAdministration)
      implements RequestDto {

    @Override
    public ConsentRequest toFact(LocalDate todayOverride, String source) {
      Partner partnerFact = partner == null ? null : partner.toFact(source, ROOT + ".partner");
      CustomerOrg customerFact = customer == null ? CustomerOrg.none() : customer.toFact(source, ROOT + ".customer");
      return buildRoot(source, ROOT, this, () -> {
        ConsentRequest.Builder b = ConsentRequest
            .builder(action, todayOverride != null ? todayOverride : today)
            .partner(partnerFact)
            .customer(customerFact);
        given(adminEmail, b::adminEmail);
        given(sentOn, b::sentOn);
        given(status, b::status);
        given(acceptedBy, b::acceptedBy);
        given(fullAdministration, b::fullAdministration);
        return b.build();
      });
    }
  }

  /** {@code "type": "extension"}: an {@link ExtensionRequest} (EXT-01..04). */
  record Extension(LocalDate today, TrialDto trial) implements RequestDto {

    @Override
    public ExtensionRequest toFact(LocalDate todayOverride, String source) {
      Trial trialFact = trialFact(trial, source);
      return buildRoot(source, ROOT, this, () -> ExtensionRequest.of(day(todayOverride, today), trialFact));
    }
  }

  /**
   * {@code "type": "service-change"}: a {@link ServiceChangeRequest} (MOD-01..03). Absent
   * {@code addServices} and {@code removeServices} are empty, since a change may do only one of
   * the three things; an absent {@code newLicenseQuantity} keeps the trial's.
   */
  record ServiceChange(
      LocalDate today, TrialDto trial, List<String> addServices, List<String> removeServices, Integer newLicenseQuantity)
      implements RequestDto {

    @Override
    public ServiceChangeRequest toFact(LocalDate todayOverride, String source) {
      Trial trialFact = trialFact(trial, source);
      return buildRoot(source, ROOT, this, () -> {
        ServiceChangeRequest.Builder b = ServiceChangeRequest.builder(day(todayOverride, today), trialFact);
        given(addServices, b::addServices);
        given(removeServices, b::removeServices);
        given(newLicenseQuantity, b::newLicenseQuantity);
        return b.build();
      });
    }
  }

  /**
   * {@code "type": "conversion"}: a {@link ConversionRequest} (CONV-01..06). The ordered services
   * are required: leaving them out must not read as "nothing ordered", which CONV-03 would
   * answer with every service lost. An absent {@code customerAdminEmail} is not given yet; CONV-06
   * judges the address, so any string reaches the policy.
   */
  record Conversion(
      LocalDate today, TrialDto trial, String provisioningEmail, List<String> orderedServices,
      String customerAdminEmail)
      implements RequestDto {

    @Override
    public ConversionRequest toFact(LocalDate todayOverride, String source) {
      Trial trialFact = trialFact(trial, source);
      return buildRoot(source, ROOT, this, () -> ConversionRequest.builder(day(todayOverride, today), trialFact)
          .provisioningEmail(provisioningEmail).orderedServices(orderedServices)
          .customerAdminEmail(customerAdminEmail).build());
    }
  }

  /** {@code "type": "cancellation"}: a {@link CancellationRequest} (END-01); {@code by} is required. */
  record Cancellation(LocalDate today, TrialDto trial, CancelledBy by) implements RequestDto {

    @Override
    public CancellationRequest toFact(LocalDate todayOverride, String source) {
      Trial trialFact = trialFact(trial, source);
      return buildRoot(source, ROOT, this, () -> CancellationRequest.of(day(todayOverride, today), trialFact, by));
    }
  }

  /**
   * {@code "type": "device-return"}: a {@link DeviceReturnRequest} (RET-01..05). The returned
   * serials are required, for the same reason as a conversion's services: absent is not "none
   * came back". {@code labelsLost} is false unless given; an absent or blank
   * {@code demoOrderNumber} means the partner does not know it (RET-05).
   */
  record DeviceReturn(
      LocalDate today, TrialDto trial, List<String> returnedSerials, Boolean labelsLost, String demoOrderNumber)
      implements RequestDto {

    @Override
    public DeviceReturnRequest toFact(LocalDate todayOverride, String source) {
      Trial trialFact = trialFact(trial, source);
      return buildRoot(source, ROOT, this, () -> DeviceReturnRequest.builder(day(todayOverride, today), trialFact)
          .returnedSerials(returnedSerials).labelsLost(Boolean.TRUE.equals(labelsLost))
          .demoOrderNumber(demoOrderNumber).build());
    }
  }

  /** {@code request.partner}, {@code request.trial.partner}, {@code trial.partner}: a {@link Partner}. */
  record PartnerDto(
      String orgId, Boolean verified, PartnerTier tier, List<PartnerRole> userRoles, List<String> adminEmails) {

    /** The fact; {@code path} is where this object sits, for messages. */
    Partner toFact(String source, String path) {
      return build(source, path, "partner", () -> {
        Partner.Builder b = Partner.builder(orgId);
        given(verified, b::verified);
        given(tier, b::tier);
        given(userRoles, roles -> b.roles(roles.toArray(PartnerRole[]::new)));
        given(adminEmails, b::adminEmails);
        return b.build();
      });
    }
  }

  /**
   * {@code request.customer} or a trial's {@code customer}: an existing {@link CustomerOrg}. An
   * absent customer of a start or consent request is {@link CustomerOrg#none()}, which is how a
   * request says the admin e-mail matched no organization; a trial always has one.
   */
  record CustomerDto(
      String orgId,
      String country,
      List<AdminDto> admins,
      List<String> purchasedServices,
      List<String> otherPartnerTrials) {

    /** The fact; {@code path} is where this object sits, for messages. */
    CustomerOrg toFact(String source, String path) {
      List<CustomerAdmin> adminFacts = admins == null ? null : new ArrayList<>();
      for (int i = 0; adminFacts != null && i < admins.size(); i++) {
        AdminDto a = admins.get(i);
        adminFacts.add(build(source, path + ".admins[" + i + "]", "customer.admins",
            () -> CustomerAdmin.of(a.email(), Boolean.TRUE.equals(a.fullAdmin()))));
      }
      return build(source, path, "customer", () -> {
        CustomerOrg.Builder b = CustomerOrg.builder(orgId);
        given(country, b::country);
        given(adminFacts, b::admins);
        given(purchasedServices, services -> b.purchased(services.toArray(String[]::new)));
        given(otherPartnerTrials, services -> b.otherPartnerTrials(services.toArray(String[]::new)));
        return b.build();
      });
    }
  }

  /** {@code request.customer.admins[i]}: a {@link CustomerAdmin}; not a full admin by default. */
  record AdminDto(String email, Boolean fullAdmin) {}

  /** {@code request.deviceShipments[i]}: a {@link DeviceShipment}; both are required. */
  record ShipmentDto(String deviceType, Integer quantity) {}

  /** The action's trial, read as a trial file is, at {@code request.trial}. */
  private static Trial trialFact(TrialDto trial, String source) {
    // Absent, the request's own constructor says "trial must not be null", placed on request.trial.
    return trial == null ? null : trial.toFact(source, TRIAL);
  }

  private static LocalDate day(LocalDate todayOverride, LocalDate today) {
    return todayOverride != null ? todayOverride : today;
  }
}
