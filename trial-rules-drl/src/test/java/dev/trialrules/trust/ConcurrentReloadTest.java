package dev.trialrules.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.Decision;
import dev.trialrules.Finding;
import dev.trialrules.Timeline;
import dev.trialrules.TrialEvent;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.facts.PolicyRequest;
import dev.trialrules.facts.Trial;
import dev.trialrules.policy.ShippedPolicy;
import dev.trialrules.testing.FactArbitraries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One engine serves eight threads, each making 100,000 mixed calls (starts in every flow,
 * consent steps, extensions, service changes, conversions, cancellations, device returns and
 * timelines), while the main thread reloads its rules back and forth between two overlays.
 *
 * <p>The overlays differ in an author's rule file and in the numbers that dates, deadlines and
 * messages are made of, so that a decision made partly by one and partly by the other could not
 * equal either. Every result is compared with the one the same revision gave for the same
 * request on a single thread before the race began: each must name one of the two revisions and
 * equal that revision's result exactly, and no call may throw or fail closed.
 *
 * <p>It supersedes ReloadTest's four-thread test of one request. Its size is the issue's, and
 * can be changed for a run with {@code -Dtrialrules.reload.threads} and
 * {@code -Dtrialrules.reload.callsPerThread}. At that size it is slow: 800,000 calls took 405 s
 * (23 reloads) and 496 s (41 reloads) on two cores shared with other builds, far above a CI
 * budget of about 90 s.
 */
class ConcurrentReloadTest {
  private static final int THREADS = Integer.getInteger("trialrules.reload.threads", 8);
  private static final int CALLS_PER_THREAD = Integer.getInteger("trialrules.reload.callsPerThread", 100_000);
  /** Distinct requests and trials the threads draw from; each is decided many times over. */
  private static final int REQUESTS = 1_400;
  private static final int TRIALS = 200;

  /** Overlay A: an author's rule that warns about Japanese customers, and the numbers of the source. */
  private static final Map<String, String> OVERLAY_A = Map.of(
      "overlay.drl", overlayRule("Warn", "warn"),
      "parameters.properties", """
          consent-window-days = 10
          extension-step-days = 30
          grace-period-days = 30
          device-return-days = 14
          expiry-notice-lead-days = 7
          """);

  /** Overlay B: the same rule denies instead, and every number above moves. */
  private static final Map<String, String> OVERLAY_B = Map.of(
      "overlay.drl", overlayRule("Deny", "deny"),
      "parameters.properties", """
          consent-window-days = 4
          extension-step-days = 45
          grace-period-days = 40
          device-return-days = 7
          expiry-notice-lead-days = 3
          duration-choices = 30, 60
          """);

  @TempDir Path rules;

  private static String overlayRule(String verb, String call) {
    return """
        package trust.overlay;

        import dev.trialrules.facts.StartTrialRequest;

        global dev.trialrules.rules.Verdict verdict;

        rule "OVERLAY-01 %s a trial for a customer in Japan"
        when
            StartTrialRequest( country == "JP" )
        then
            verdict.%s("country", "Trials in Japan are handled by the regional team.");
        end
        """.formatted(verb, call);
  }

  @Test
  void mixedCallsDuringReloads_eachEqualWhatTheirRevisionGaveAlone() throws Exception {
    List<PolicyRequest> requests = FactArbitraries.smallRequests().sampleStream().limit(REQUESTS).toList();
    List<Trial> trials = FactArbitraries.smallTrials(FactArbitraries.services()).sampleStream().limit(TRIALS).toList();

    write(rules, OVERLAY_A);
    try (TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules).build()) {
      Map<String, Results> expected = new ConcurrentHashMap<>();
      String revisionA = engine.rulesRevision();
      expected.put(revisionA, Results.of(engine, requests, trials));
      write(rules, OVERLAY_B);
      String revisionB = engine.reload().get(5, TimeUnit.MINUTES);
      expected.put(revisionB, Results.of(engine, requests, trials));
      assertThat(revisionB).isNotEqualTo(revisionA);
      assertOverlaysDisagreeOften(expected.get(revisionA), expected.get(revisionB));

      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        race(engine, pool, requests, trials, expected, revisionA, revisionB);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private void race(TrialPolicyEngine engine, ExecutorService pool, List<PolicyRequest> requests,
      List<Trial> trials, Map<String, Results> expected, String revisionA, String revisionB) throws Exception {
    Queue<String> failures = new ConcurrentLinkedQueue<>();
    Set<String> revisionsSeen = ConcurrentHashMap.newKeySet();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> callers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      SplittableRandom random = new SplittableRandom(t);
      callers.add(pool.submit(() -> {
        start.await();
        for (int call = 0; call < CALLS_PER_THREAD && failures.size() < 10; call++) {
          String failure = callOnce(engine, requests, trials, random, expected, revisionsSeen);
          if (failure != null) {
            failures.add(failure);
          }
        }
        return null;
      }));
    }

    long started = System.nanoTime();
    start.countDown();
    int reloads = 0;
    boolean onA = false;
    while (callers.stream().anyMatch(caller -> !caller.isDone())) {
      write(rules, onA ? OVERLAY_B : OVERLAY_A);
      onA = !onA;
      String revision = engine.reload().get(5, TimeUnit.MINUTES);
      assertThat(revision).isEqualTo(onA ? revisionA : revisionB);
      reloads++;
    }
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
    for (Future<?> caller : callers) {
      caller.get();
    }

    System.out.printf("ConcurrentReloadTest: %d threads x %d calls with %d reloads in %d s%n",
        THREADS, CALLS_PER_THREAD, reloads, seconds);
    assertThat(failures).as("calls that failed or disagreed with their revision").isEmpty();
    assertThat(reloads).as("reloads while the threads decided").isGreaterThanOrEqualTo(4);
    assertThat(revisionsSeen).as("revisions named by results during the race")
        .containsExactlyInAnyOrder(revisionA, revisionB);
  }

  /**
   * Makes one call, a decision or (one time in eight) a timeline, and says what is wrong with
   * its result, or returns null.
   */
  private static String callOnce(TrialPolicyEngine engine, List<PolicyRequest> requests, List<Trial> trials,
      SplittableRandom random, Map<String, Results> expected, Set<String> revisionsSeen) {
    try {
      if (random.nextInt(8) == 0) {
        int index = random.nextInt(trials.size());
        Timeline timeline = engine.timeline(trials.get(index));
        revisionsSeen.add(timeline.rulesRevision());
        Results alone = expected.get(timeline.rulesRevision());
        if (alone == null || !alone.timelines().get(index).equals(timeline.events())) {
          return "timeline of " + trials.get(index) + " by " + timeline.rulesRevision() + ":\n" + timeline;
        }
      } else {
        int index = random.nextInt(requests.size());
        Decision decision = engine.decide(requests.get(index));
        revisionsSeen.add(decision.rulesRevision());
        Results alone = expected.get(decision.rulesRevision());
        if (alone == null || !alone.decisions().get(index).equals(decision)) {
          return "decision of " + requests.get(index) + " by " + decision.rulesRevision() + ":\n" + decision;
        }
      }
      return null;
    } catch (RuntimeException e) {
      return "threw " + e;
    }
  }

  /** What one revision gives for each request and trial, computed on one thread. */
  private record Results(List<Decision> decisions, List<List<TrialEvent>> timelines) {
    static Results of(TrialPolicyEngine engine, List<PolicyRequest> requests, List<Trial> trials) {
      List<Decision> decisions = requests.stream().map(engine::decide).toList();
      assertThat(decisions).allSatisfy(decision -> assertThat(decision.ruleIds())
          .as("an engine failure in %s", decision).doesNotContain(Finding.ENGINE));
      return new Results(decisions, trials.stream().map(trial -> engine.timeline(trial).events()).toList());
    }
  }

  /** A mix-up can only show if the overlays decide many requests and trials differently. */
  private static void assertOverlaysDisagreeOften(Results a, Results b) {
    long decisions = IntStream.range(0, REQUESTS)
        .filter(i -> !a.decisions().get(i).findings().equals(b.decisions().get(i).findings())
            || !a.decisions().get(i).values().equals(b.decisions().get(i).values()))
        .count();
    long timelines = IntStream.range(0, TRIALS).filter(i -> !a.timelines().get(i).equals(b.timelines().get(i))).count();
    assertThat(decisions).as("requests the overlays decide differently").isGreaterThan(REQUESTS / 4);
    assertThat(timelines).as("trials whose timelines the overlays schedule differently").isGreaterThan(TRIALS / 4);
  }

  private static void write(Path rules, Map<String, String> overlay) {
    overlay.forEach((name, text) -> {
      try {
        Files.writeString(rules.resolve(name), text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
