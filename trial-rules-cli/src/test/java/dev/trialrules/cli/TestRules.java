package dev.trialrules.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A rules directory whose {@code lifecycle.drl} replaces the shipped one with a single rule,
 * {@code TEST-01}, so that the timeline and sweep plumbing is tested on known events whatever
 * the shipped END rules say. It schedules, out of date order on purpose, for a trial ending on E:
 * one event of each kind and two changes: a notice to the partner and customer admins on E - 7,
 * the expiry on E, a deadline on E + 14, and the move to the consumer organization on E + 31.
 */
final class TestRules {
  static final String LIFECYCLE = """
      package cli.test;

      import dev.trialrules.Audience;
      import dev.trialrules.Change;
      import dev.trialrules.facts.TimelineRequest;

      global dev.trialrules.rules.Verdict verdict;

      rule "TEST-01 Schedule a trial's events out of date order"
      when
          TimelineRequest( $trial : trial )
      then
          verdict.change($trial.trialId(), $trial.endDate().plusDays(31), Change.MOVES_TO_CONSUMER_ORG,
              "Users move.");
          verdict.change($trial.trialId(), $trial.endDate(), Change.EXPIRES, "The trial expires.");
          verdict.notice($trial.trialId(), $trial.endDate().minusDays(7), "Expiry notice.",
              Audience.PARTNER_ADMINS, Audience.CUSTOMER_ADMINS);
          verdict.deadline($trial.trialId(), $trial.endDate().plusDays(14), "Return the devices.");
      end
      """;

  private TestRules() {}

  /** The shipped lifecycle.drl's rule IDs that TEST-01 replaces, which the engine wants declared. */
  static final String REMOVED = "removed-rules = END-01, END-02, END-03, END-05, END-06, END-07, NEW-12, PAID-02\n";

  /** Writes the rules into {@code dir} and returns it, for {@code --rules}. */
  static Path in(Path dir) throws IOException {
    Files.writeString(dir.resolve("lifecycle.drl"), LIFECYCLE);
    Files.writeString(dir.resolve("parameters.properties"), REMOVED);
    return dir;
  }
}
