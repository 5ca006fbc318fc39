package dev.trialrules.benchmarks;

import dev.trialrules.facts.CustomerOrg;
import dev.trialrules.facts.Partner;
import dev.trialrules.facts.PartnerRole;
import dev.trialrules.facts.Services;
import dev.trialrules.facts.Trial;
import dev.trialrules.facts.TrialStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A deterministic population of trials for sweeps: made one at a time, so a million never sit
 * in memory, and the same seed always gives the same trials. Their end dates spread over a
 * year around {@link #DAY}, so on that day some trials are due a notice, some expire, some end.
 */
public final class Trials {
  /** The day the benchmarks sweep. */
  public static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  private static final Partner PARTNER = Partner.builder("partner-bench").verified(true)
      .roles(PartnerRole.SALES_ADMIN).adminEmails(List.of("admin@partner.example")).build();
  private static final CustomerOrg CUSTOMER = CustomerOrg.builder("customer-bench").country("US")
      .fullAdmin("admin@customer.example").build();
  private static final List<List<String>> SERVICE_MIXES = List.of(
      List.of(Services.MESSAGING), List.of(Services.MESSAGING, Services.MEETINGS),
      List.of(Services.CALLING), List.of(Services.MEETINGS, Services.CALLING, Services.DEVICES),
      List.of(Services.DEVICES));
  private static final TrialStatus[] STATUSES = {
    TrialStatus.ACTIVE, TrialStatus.ACTIVE, TrialStatus.ACTIVE, TrialStatus.EXPIRED,
    TrialStatus.PENDING_CONSENT, TrialStatus.CANCELLED, TrialStatus.CONVERTED, TrialStatus.PENDING_PROVISIONING};

  private Trials() {}

  /** {@code count} trials, made lazily from {@code seed}. */
  public static Stream<Trial> generate(int count, long seed) {
    return IntStream.range(0, count).mapToObj(i -> trial(i, new SplittableRandom(seed * 1_000_003L + i)));
  }

  private static Trial trial(int index, SplittableRandom random) {
    LocalDate end = DAY.plusDays(random.nextInt(-200, 120));
    LocalDate start = end.minusDays(30 + random.nextInt(0, 91));
    List<String> services = SERVICE_MIXES.get(random.nextInt(SERVICE_MIXES.size()));
    TrialStatus status = STATUSES[random.nextInt(STATUSES.length)];
    Trial.Builder trial = Trial.builder("trial-" + index, PARTNER, CUSTOMER)
        .customerAdminEmail("admin@customer.example")
        .services(services).licenseQuantity(1 + random.nextInt(500))
        .period(start, end).status(status);
    if (status == TrialStatus.PENDING_CONSENT) {
      trial.consentSentOn(DAY.minusDays(random.nextInt(0, 20)));
    }
    if (services.contains(Services.DEVICES)) {
      trial.device("SN" + index + "A", "PHONE").device("SN" + index + "B", "ROOM_DEVICE")
          .deviceDueDate(end.plusDays(random.nextInt(0, 30)));
    }
    return trial.build();
  }
}
