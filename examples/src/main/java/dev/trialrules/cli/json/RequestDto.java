package dev.trialrules.cli.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.trialrules.facts.ConsentAction;
import dev.trialrules.facts.ConsentRequest;
import dev.trialrules.facts.CustomerAdmin;
import dev.trialrules.facts.CustomerOrg;
import dev.trialrules.facts.DeviceShipment;
import dev.trialrules.facts.Flow;
import dev.trialrules.facts.MeetingsEdition;
import dev.trialrules.facts.Partner;
import dev.trialrules.facts.PartnerRole;
import dev.trialrules.facts.PartnerTier;
import dev.trialrules.facts.PolicyRequest;
import dev.trialrules.facts.ShippingSkipReason;
import dev.trialrules.facts.StartTrialRequest;
import dev.trialrules.facts.TrialStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The request JSON exactly as written, before any fact sees it. Jackson binds these records
 * (so it can name unknown properties and wrong types with their JSON path), then {@link #toFact}
 * hands each value to the facts' builders, whose defaults and validation stay the only ones.
 * Every component is nullable: absent or {@code null} means "the builder's default".
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = RequestDto.Start.class, name = "start"),
  @JsonSubTypes.Type(value = RequestDto.Consent.class, name = "consent")
})
sealed interface RequestDto permits RequestDto.Start, RequestDto.Consent {

  /** The JSON path of the request object in every message. */
  String ROOT = "request";

  /** A field name at the start of a fact's message: {@code licenseQuantity must not be ...}. */
  Pattern LEADING_FIELD = Pattern.compile("^[a-z][A-Za-z]*[ .]");

  /**
   * The fact this JSON describes.
   *
   * @param todayOverride replaces the request's {@code today} when not null
   * @param source the file name, for error messages
   * @throws InvalidRequestException if a fact refuses a value
   */
  PolicyRequest toFact(LocalDate todayOverride, String source);

  /** {@code "type": "start"}: a {@link StartTrialRequest}. */
  record Start(
      Flow flow,
      LocalDate today,
      PartnerDto partner,
      CustomerDto customer,
      String companyName,
      String adminEmail,
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
      Partner partnerFact = partner == null ? null : partner.toFact(source);
      CustomerOrg customerFact = customer == null ? CustomerOrg.none() : customer.toFact(source);
      List<DeviceShipment> shipments = deviceShipments == null ? null : shipments(source);
      return build(source, ROOT, "", () -> {
        StartTrialRequest.Builder b = StartTrialRequest
            .builder(flow, todayOverride != null ? todayOverride : today)
            .partner(partnerFact)
            .customer(customerFact);
        given(companyName, b::companyName);
        given(adminEmail, b::adminEmail);
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
            () -> new DeviceShipment(s.deviceType(),
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
      Partner partnerFact = partner == null ? null : partner.toFact(source);
      CustomerOrg customerFact = customer == null ? CustomerOrg.none() : customer.toFact(source);
      return build(source, ROOT, "", () -> {
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

  /** {@code request.partner}: a {@link Partner}. */
  record PartnerDto(
      String orgId, Boolean verified, PartnerTier tier, List<PartnerRole> userRoles, List<String> adminEmails) {

    Partner toFact(String source) {
      return build(source, ROOT + ".partner", "partner", () -> {
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
   * {@code request.customer}: an existing {@link CustomerOrg}. An absent customer is
   * {@link CustomerOrg#none()}, which is how a request says the admin e-mail matched no
   * organization.
   */
  record CustomerDto(
      String orgId,
      String country,
      List<AdminDto> admins,
      List<String> purchasedServices,
      List<String> otherPartnerTrials) {

    CustomerOrg toFact(String source) {
      List<CustomerAdmin> adminFacts = admins == null ? null : new ArrayList<>();
      for (int i = 0; adminFacts != null && i < admins.size(); i++) {
        AdminDto a = admins.get(i);
        adminFacts.add(build(source, ROOT + ".customer.admins[" + i + "]", "customer.admins",
            () -> new CustomerAdmin(a.email(), Boolean.TRUE.equals(a.fullAdmin()))));
      }
      return build(source, ROOT + ".customer", "customer", () -> {
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

  /** Leaves the builder's default in place when the JSON gave nothing. */
  private static <T> void given(T value, Consumer<? super T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  /**
   * Runs a fact's builder and reports its refusal at the JSON path of the object being built.
   * The facts name a failing field the way a request nests it, without list indexes
   * ({@code partner.tier}, {@code customer.admins.email}); replacing that prefix
   * ({@code factName}) with the JSON path gives {@code request.customer.admins[1].email}.
   */
  private static <T> T build(String source, String path, String factName, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidRequestException(source, locate(path, factName, e.getMessage()));
    }
  }

  private static String locate(String path, String factName, String message) {
    if (message == null || message.isBlank()) {
      return path + " is invalid";
    }
    if (factName.isEmpty() && LEADING_FIELD.matcher(message).find()) {
      return path + "." + message;
    }
    if (!factName.isEmpty()
        && (message.startsWith(factName + ".") || message.startsWith(factName + " "))) {
      return path + message.substring(factName.length());
    }
    return path + ": " + message;
  }
}
