package dev.trialrules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trialrules.TrialEvent;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.facts.CustomerOrg;
import dev.trialrules.facts.Partner;
import dev.trialrules.facts.Services;
import dev.trialrules.facts.Trial;
import dev.trialrules.facts.TrialStatus;
import dev.trialrules.policy.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sweep that schedules its batches on an executor: it must give exactly what the sequential
 * sweep gives, in the same order, whatever the parallelism, read its trials as lazily as its
 * bound says, and fail the way the sequential sweep fails.
 */
class ParallelSweepTest {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
  private static final Partner PARTNER = Fixtures.partner().build();
  private static final CustomerOrg CUSTOMER = Fixtures.customer().build();
  private static ExecutorService workers;

  @BeforeAll
  static void startWorkers() {
    workers = Executors.newFixedThreadPool(3);
  }

  @AfterAll
  static void stopWorkers() {
    workers.shutdownNow();
  }

  /** Trial {@code i} of a population whose events fall on many days, in many batches. */
  private static Trial trial(int i) {
    LocalDate end = DAY.plusDays(i % 61 - 30);
    return Trial.builder("trial-" + i, PARTNER, CUSTOMER).customerAdminEmail("ceo@fjord.example")
        .services(i % 2 == 0 ? List.of(Services.MESSAGING) : List.of(Services.MESSAGING, Services.CALLING))
        .licenseQuantity(50).period(end.minusDays(30 + i % 91), end).status(TrialStatus.ACTIVE).build();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 8})
  void givesTheSequentialSweepsEventsInItsOrder(int parallelism) {
    TrialPolicyEngine engine = Fixtures.ENGINE;
    for (LocalDate day : List.of(DAY, DAY.plusDays(16), DAY.plusDays(30), DAY.plusDays(46))) {
      List<TrialEvent> sequential;
      try (Stream<TrialEvent> due = engine.sweep(day, IntStream.range(0, 5_500).mapToObj(ParallelSweepTest::trial))) {
        sequential = due.toList();
      }
      List<TrialEvent> parallel;
      try (Stream<TrialEvent> due = engine.sweep(day, IntStream.range(0, 5_500).mapToObj(ParallelSweepTest::trial),
          workers, parallelism)) {
        parallel = due.toList();
      }
      assertThat(sequential).as("events due on %s", day).isNotEmpty()
          .anyMatch(e -> Integer.parseInt(e.trialId().substring("trial-".length())) > 4_000);
      assertThat(parallel).as("events due on %s with parallelism %d", day, parallelism).isEqualTo(sequential);
    }
  }

  @Test
  void runsTheBatchesOnTheExecutorsThreads() {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    TrialPolicyEngine engine = Fixtures.ENGINE;
    try (Stream<TrialEvent> due = engine.sweep(DAY, IntStream.range(0, 6_000).mapToObj(ParallelSweepTest::trial),
        command -> workers.execute(() -> {
          threads.add(Thread.currentThread().getName());
          command.run();
        }), 3)) {
      assertThat(due.count()).isPositive();
    }
    assertThat(threads).as("threads that scheduled a batch").hasSizeGreaterThan(1)
        .doesNotContain(Thread.currentThread().getName());
  }

  @Test
  void readsNoMoreThanTheBatchesInFlightAheadOfTheConsumer() {
    AtomicInteger read = new AtomicInteger();
    Stream<Trial> endless = Stream.iterate(0, i -> i + 1).peek(i -> read.incrementAndGet()).map(ParallelSweepTest::trial);
    try (Stream<TrialEvent> due = Fixtures.ENGINE.sweep(DAY, endless, workers, 2)) {
      assertThat(due.findFirst()).isPresent();
    }
    // Two batches of 1,000 in flight; the first event is in the first batch.
    assertThat(read.get()).as("trials read from an endless stream").isBetween(1, 2_000);
  }

  @Test
  void closesTheTrialsWhenClosed() {
    AtomicInteger closed = new AtomicInteger();
    Stream<Trial> trials = IntStream.range(0, 10).mapToObj(ParallelSweepTest::trial).onClose(closed::incrementAndGet);
    try (Stream<TrialEvent> due = Fixtures.ENGINE.sweep(DAY, trials, workers, 2)) {
      due.count();
    }
    assertThat(closed).hasValue(1);
  }

  @Test
  void aRuleThatFailsForOneTrial_failsTheSweepNamingThatTrial(@TempDir Path rules) throws IOException {
    Files.writeString(rules.resolve("failing.drl"), """
        package dev.trialrules.failing;

        import dev.trialrules.facts.TimelineRequest;

        rule "FAIL-01 Refuse one trial"
        when
            TimelineRequest( trial.trialId == "trial-2345" )
        then
            throw new IllegalArgumentException("no schedule for this one");
        end
        """);
    try (TrialPolicyEngine engine = TrialPolicyEngine.builder().rulesDirectory(rules).build();
        Stream<TrialEvent> due = engine.sweep(DAY, IntStream.range(0, 4_000).mapToObj(ParallelSweepTest::trial),
            workers, 2)) {
      assertThatThrownBy(due::count).isExactlyInstanceOf(IllegalStateException.class)
          .hasMessageContaining("trial-2345").hasMessageContaining("FAIL-01 Refuse one trial");
    }
  }

  @Test
  void refusesAParallelismBelowOne() {
    assertThatThrownBy(() -> Fixtures.ENGINE.sweep(DAY, Stream.empty(), workers, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("parallelism must be at least 1, was 0");
  }
}
