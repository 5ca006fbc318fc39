package dev.trialrules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.trialrules.Decision;
import dev.trialrules.DecisionAudit;
import dev.trialrules.Finding;
import dev.trialrules.Outcome;
import dev.trialrules.PolicyListener;
import dev.trialrules.ScheduleFailure;
import dev.trialrules.Severity;
import dev.trialrules.Slf4jDecisionLog;
import dev.trialrules.Timeline;
import dev.trialrules.TrialEvent;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.facts.CancellationRequest;
import dev.trialrules.facts.CancelledBy;
import dev.trialrules.facts.PolicyRequest;
import dev.trialrules.facts.Services;
import dev.trialrules.facts.Trial;
import dev.trialrules.facts.TrialStatus;
import dev.trialrules.policy.ShippedEngine;
import dev.trialrules.policy.ShippedPolicy;
import dev.trialrules.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An author's rule that fails at run time, in every way a rule can: the decision is DENIED with
 * one {@link Finding#ENGINE} finding naming the rule (where one rule is to blame), the failure is
 * logged and heard by listeners, and nothing escapes {@code decide}. All the failing rules live in
 * one overlay, each woken by its own company name, so that one engine (built once) serves every case.
 */
class FailClosedTest {
  private static final String RULES = """
      package author.failing;
      import dev.trialrules.facts.*;
      import dev.trialrules.PolicyParameters;
      global dev.trialrules.rules.Verdict verdict;

      rule "FAIL-01 Divide by zero"
      when
          StartTrialRequest( companyName == "divide", $services : services )
      then
          int perService = 100 / ($services.size() - $services.size());
      end

      rule "FAIL-02 Read a field nobody gave"
      when
          StartTrialRequest( companyName == "null", $r : this )
      then
          int length = $r.siteUrl().length();
      end

      rule "FAIL-03 Re-trigger itself forever"
      when
          StartTrialRequest( companyName == "loop" )
          $n : Integer()
      then
          insert(Integer.valueOf($n.intValue() + 1));
      end

      rule "FAIL-03 Seed the loop"
      when
          StartTrialRequest( companyName == "loop" )
      then
          insert(Integer.valueOf(0));
      end

      rule "FAIL-04 Throw on an action"
      when
          CancellationRequest( $trial : trial )
      then
          throw new IllegalStateException("cancellations are broken for " + $trial.trialId());
      end

      rule "FAIL-05 Throw an error, not an exception"
      when
          StartTrialRequest( companyName == "error" )
      then
          throw new AssertionError("an author's assert");
      end

      function int deeper(int depth) {
          return deeper(depth + 1);
      }

      rule "FAIL-07 Recurse without end"
      when
          StartTrialRequest( companyName == "recurse" )
      then
          deeper(0);
      end

      rule "FAIL-08 Throw a plain Error"
      when
          StartTrialRequest( companyName == "plain-error" )
      then
          throw new Error("an author's error");
      end

      rule "FAIL-09 Throw an IOError"
      when
          StartTrialRequest( companyName == "io-error" )
      then
          throw new java.io.IOError(new java.io.IOException("the disk is gone"));
      end

      rule "FAIL-10 Throw an OutOfMemoryError it made itself"
      when
          StartTrialRequest( companyName == "oom" )
      then
          throw new OutOfMemoryError("made up by the rule");
      end

      function boolean explode(String why) {
          throw new Error("a constraint's error: " + why);
      }

      rule "FAIL-11 A constraint that throws an Error"
      when
          StartTrialRequest( companyName == "constraint-error", explode(companyName) )
      then
          verdict.info("companyName", "never");
      end

      rule "FAIL-12 Throw an Error while scheduling"
      when
          TimelineRequest( trial.licenseQuantity() == 4242 )
      then
          throw new OutOfMemoryError("made up while scheduling");
      end

      rule "FAIL-13 Interrupt the caller"
      when
          StartTrialRequest( companyName == "interrupt" )
      then
          Thread.currentThread().interrupt();
      end

      rule "FAIL-14 Clear the caller's interrupt"
      when
          StartTrialRequest( companyName == "clear-interrupt" )
      then
          Thread.interrupted();
      end

      rule "FAIL-15 Interrupt the caller while scheduling"
      when
          TimelineRequest( trial.licenseQuantity() == 4343 )
      then
          Thread.currentThread().interrupt();
      end

      rule "FAIL-16 Throw an exception while scheduling"
      when
          TimelineRequest( $trial : trial, trial.licenseQuantity() == 4545 )
      then
          throw new IllegalArgumentException("no timeline for " + $trial.trialId());
      end

      rule "FAIL-17 Seed a loop while scheduling"
      when
          TimelineRequest( trial.licenseQuantity() == 4444 )
      then
          insert(Long.valueOf(0));
      end

      rule "FAIL-17 Re-trigger itself while scheduling"
      when
          $n : Long()
      then
          insert(Long.valueOf($n.longValue() + 1));
      end

      rule "FAIL-06 A constraint that throws"
      when
          StartTrialRequest( companyName == "constraint", Integer.parseInt(companyName) > 0 )
      then
          verdict.info("companyName", "never");
      end
      """;

  private static final List<DecisionAudit> AUDITS = new CopyOnWriteArrayList<>();
  private static final List<ScheduleFailure> SCHEDULE_FAILURES = new CopyOnWriteArrayList<>();
  private static TrialPolicyEngine engine;

  @TempDir
  static Path rules;

  @BeforeAll
  static void buildOnce() throws IOException {
    Files.writeString(rules.resolve("failing.drl"), RULES);
    engine = TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules).listener(new PolicyListener() {
      @Override
      public void onDecision(DecisionAudit audit) {
        AUDITS.add(audit);
      }

      @Override
      public void onScheduleFailed(ScheduleFailure failure) {
        SCHEDULE_FAILURES.add(failure);
      }
    }).build();
  }

  private static PolicyRequest company(String name) {
    return Fixtures.newCustomer().companyName(name).build();
  }

  static Stream<Arguments> failingRules() {
    return Stream.of(
        Arguments.of("an exception in a consequence", company("divide"), "FAIL-01 Divide by zero",
            "ArithmeticException"),
        Arguments.of("a null pointer in a consequence", company("null"), "FAIL-02 Read a field nobody gave",
            "NullPointerException"),
        Arguments.of("a rule on an action request", CancellationRequest.of(Fixtures.TODAY,
            Fixtures.trial().build(), CancelledBy.PARTNER), "FAIL-04 Throw on an action", "cancellations are broken"),
        Arguments.of("an Error in a consequence", company("error"), "FAIL-05 Throw an error, not an exception",
            "AssertionError"),
        Arguments.of("a recursion too deep", company("recurse"), "FAIL-07 Recurse without end",
            "StackOverflowError"),
        Arguments.of("a plain Error", company("plain-error"), "FAIL-08 Throw a plain Error", "an author's error"),
        Arguments.of("an IOError", company("io-error"), "FAIL-09 Throw an IOError", "the disk is gone"),
        Arguments.of("an OutOfMemoryError a rule made", company("oom"),
            "FAIL-10 Throw an OutOfMemoryError it made itself", "OutOfMemoryError"));
  }

  /** What every failed decision must satisfy: denied, one engine finding, nothing else. */
  private static void assertFailedClosed(Decision decision, String... mentions) {
    assertThat(decision.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(decision.isAllowed()).isFalse();
    assertThat(decision.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(Finding.ENGINE);
      assertThat(f.severity()).isEqualTo(Severity.DENY);
      assertThat(f.message()).contains(mentions);
      assertThat(f.remedy()).isPresent();
    });
    assertThat(decision.rulesRevision()).isEqualTo(engine.rulesRevision());
  }

  /** Decides with System.err captured, since slf4j-simple logs there, and returns both. */
  private static Logged decideLogged(PolicyRequest request) {
    PrintStream saved = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      return new Logged(engine.decide(request), captured.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(saved);
    }
  }

  private record Logged(Decision decision, String log) {}

  /** The caller's log gets one line per failure; a stack trace there would bury it (it is at DEBUG). */
  private static void assertLoggedOnceInOneLine(String log) {
    assertThat(log.lines().filter(line -> !line.isBlank())).as(log).singleElement();
    assertThat(log).doesNotContain("\tat ", "Caused by");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failingRules")
  void aRuleThatFails_deniesNamesTheRuleAndLogsIt(String name, PolicyRequest request, String rule, String cause) {
    AUDITS.clear();
    Logged result = decideLogged(request);

    assertFailedClosed(result.decision(), "rule '" + rule + "' failed", cause);
    assertThat(result.decision().findings().get(0).ruleName()).isEqualTo(rule);
    assertThat(result.log()).contains("ERROR", "failed closed", engine.rulesRevision(), rule, cause);
    assertLoggedOnceInOneLine(result.log());
    assertThat(AUDITS).singleElement().satisfies(audit -> assertThat(audit.decision()).isEqualTo(result.decision()));
  }

  @Test
  void aRuleThatKeepsRetriggering_isStoppedByTheFiringLimitAndDenied() {
    Logged result = decideLogged(company("loop"));

    assertFailedClosed(result.decision(), "fired", "without settling");
    assertThat(result.log()).contains("ERROR", "failed closed", "without settling");
    assertLoggedOnceInOneLine(result.log());
  }

  @Test
  void aConstraintThatThrows_isDenied() {
    Logged result = decideLogged(company("constraint"));

    assertFailedClosed(result.decision(), "NumberFormatException", "constraint");
    assertThat(result.log()).contains("ERROR", "failed closed");
    assertLoggedOnceInOneLine(result.log());
  }

  @Test
  void aConstraintThatThrowsAnError_isDeniedNamingTheRule() {
    Logged result = decideLogged(company("constraint-error"));

    assertFailedClosed(result.decision(), "FAIL-11 A constraint that throws an Error", "a constraint's error");
    assertThat(result.log()).contains("ERROR", "failed closed", "FAIL-11");
    assertLoggedOnceInOneLine(result.log());
  }

  /** Runs {@code work} with System.err captured, since slf4j-simple logs there, and returns the log. */
  private static String logOf(Runnable work) {
    PrintStream saved = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      work.run();
    } finally {
      System.setErr(saved);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  /** {@link Fixtures#trial()} under its own ID, with {@code licences} to wake a failing rule or none. */
  private static Trial trial(int number, int licences) {
    return Trial.builder("trial-" + number, Fixtures.partner().build(), Fixtures.customer().build())
        .customerAdminEmail("ceo@fjord.example").services(Services.MESSAGING, Services.MEETINGS)
        .licenseQuantity(licences).period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 1))
        .status(TrialStatus.ACTIVE).build();
  }

  @Test
  void anErrorWhileScheduling_givesAFailedTimelineNamingTheRule_withNoEvents() {
    Trial broken = Fixtures.trial().licenseQuantity(4242).build();
    SCHEDULE_FAILURES.clear();
    Timeline[] timeline = new Timeline[1];

    String log = logOf(() -> timeline[0] = engine.timeline(broken));

    assertThat(timeline[0].failed()).isTrue();
    ScheduleFailure failure = timeline[0].failure();
    assertThat(failure.trial()).isEqualTo(broken);
    assertThat(failure.ruleName()).isEqualTo("FAIL-12 Throw an Error while scheduling");
    assertThat(failure.message()).contains("rule 'FAIL-12 Throw an Error while scheduling' failed",
        "OutOfMemoryError", "made up while scheduling");
    assertThat(failure.rulesRevision()).isEqualTo(engine.rulesRevision());
    assertThat(timeline[0].events()).isEmpty();
    assertThat(timeline[0].rulesRevision()).isEqualTo(engine.rulesRevision());
    assertThatThrownBy(() -> timeline[0].stateOn(Fixtures.TODAY)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(broken.trialId()).hasMessageContaining("FAIL-12");
    assertThat(timeline[0]).hasToString(broken.trialId() + " FAILED: " + failure.message());
    assertThat(log).contains("ERROR", "cannot schedule trial " + broken.trialId(), "FAIL-12");
    assertLoggedOnceInOneLine(log);
    assertThat(SCHEDULE_FAILURES).containsExactly(failure);
    String audit = logOf(() -> new Slf4jDecisionLog().onScheduleFailed(failure));
    assertThat(audit.lines()).singleElement().asString().contains("WARN", "schedule failed revision="
        + engine.rulesRevision() + " trial=" + broken.trialId() + " rule=\"FAIL-12 Throw an Error while scheduling\"");
  }

  @Test
  void rulesThatKeepRetriggeringWhileScheduling_giveAFailedTimelineThatBlamesNoRule() {
    Timeline[] timeline = new Timeline[1];

    String log = logOf(() -> timeline[0] = engine.timeline(Fixtures.trial().licenseQuantity(4444).build()));

    assertThat(timeline[0].failed()).isTrue();
    assertThat(timeline[0].failure().ruleName()).isEqualTo(Finding.ENGINE);
    assertThat(timeline[0].failure().message()).contains("fired", "without settling");
    assertThat(timeline[0].events()).isEmpty();
    assertLoggedOnceInOneLine(log);
  }

  /**
   * Three batches of trials, three of them broken (one by an Error, one by an exception, one in
   * the first and one in the last batch) and one that loops: every other trial's events come out,
   * exactly as the shipped policy sweeps them, and each broken one is reported once, in order.
   */
  @Test
  void aSweep_reportsEachTrialItCannotSchedule_andSweepsEveryOther() {
    Map<Integer, Integer> brokenAt = Map.of(7, 4242, 1_500, 4545, 2_400, 4444, 2_499, 4242);
    List<Trial> trials = IntStream.range(0, 2_500).mapToObj(i -> trial(i, brokenAt.getOrDefault(i, 50))).toList();
    List<Trial> good = trials.stream().filter(t -> t.licenseQuantity() == 50).toList();
    LocalDate day = LocalDate.of(2026, 12, 1);
    List<TrialEvent> expected = ShippedEngine.ENGINE.sweep(day, good.stream(), f -> fail(f.toString())).toList();
    List<ScheduleFailure> failures = new ArrayList<>();
    List<TrialEvent> swept = new ArrayList<>();
    SCHEDULE_FAILURES.clear();

    String log = logOf(() -> {
      try (Stream<TrialEvent> due = engine.sweep(day, trials.stream(), failures::add)) {
        due.forEach(swept::add);
      }
    });

    assertThat(expected).hasSizeGreaterThanOrEqualTo(good.size());
    assertThat(swept).isEqualTo(expected);
    assertThat(failures).extracting(ScheduleFailure::trialId)
        .containsExactly("trial-7", "trial-1500", "trial-2400", "trial-2499");
    assertThat(failures).extracting(ScheduleFailure::ruleName).containsExactly(
        "FAIL-12 Throw an Error while scheduling", "FAIL-16 Throw an exception while scheduling", Finding.ENGINE,
        "FAIL-12 Throw an Error while scheduling");
    assertThat(failures.get(1).message()).contains("IllegalArgumentException", "no timeline for trial-1500");
    assertThat(failures.get(2).message()).contains("without settling");
    assertThat(failures).allSatisfy(f -> assertThat(f.rulesRevision()).isEqualTo(engine.rulesRevision()));
    assertThat(failures).extracting(ScheduleFailure::trial).isEqualTo(List.of(trials.get(7), trials.get(1_500),
        trials.get(2_400), trials.get(2_499)));
    assertThat(SCHEDULE_FAILURES).as("what the listener heard").isEqualTo(failures);
    assertThat(log.lines().filter(line -> !line.isBlank())).as(log).hasSize(4)
        .allSatisfy(line -> assertThat(line).contains("ERROR", "cannot schedule trial"));
    assertThat(log).doesNotContain("\tat ", "Caused by");
  }

  @Test
  void aSweepWhoseHandlerThrows_stopsThere_withTheHandlersException() {
    Stream<Trial> trials = Stream.of(trial(1, 50), trial(2, 4242), trial(3, 50));
    IllegalStateException stop = new IllegalStateException("too many failures, the job stops");

    String log = logOf(() -> assertThatThrownBy(() -> engine.sweep(Fixtures.TODAY, trials, f -> {
      throw stop;
    }).toList()).isSameAs(stop));

    assertLoggedOnceInOneLine(log);
  }

  @Test
  void aFailedSchedule_leavesEveryPooledSessionSchedulingAsBefore() {
    logOf(() -> engine.timeline(Fixtures.trial().licenseQuantity(4242).build()));
    List<TrialEvent> expected = ShippedEngine.ENGINE.timeline(Fixtures.trial().build()).events();
    for (int i = 0; i < 4 * Runtime.getRuntime().availableProcessors(); i++) {
      Timeline next = engine.timeline(Fixtures.trial().build());
      assertThat(next.failed()).isFalse();
      assertThat(next.events()).isEqualTo(expected);
    }
  }

  @Test
  void nullArguments_stillThrow() {
    assertThatThrownBy(() -> engine.timeline(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> engine.sweep(Fixtures.TODAY, Stream.of(Fixtures.trial().build()), null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> engine.sweep(Fixtures.TODAY, Stream.of((Trial) null), f -> {}).toList())
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void aRuleThatInterruptsTheCaller_leavesTheCallersInterruptStatusAsItWas() {
    try {
      Thread.interrupted();
      engine.decide(company("interrupt"));
      assertThat(Thread.currentThread().isInterrupted()).as("interrupted after deciding").isFalse();

      engine.timeline(Fixtures.trial().licenseQuantity(4343).build());
      assertThat(Thread.currentThread().isInterrupted()).as("interrupted after a timeline").isFalse();

      engine.sweep(Fixtures.TODAY, Stream.of(Fixtures.trial().licenseQuantity(4343).build()), f -> fail(f.toString()))
          .toList();
      assertThat(Thread.currentThread().isInterrupted()).as("interrupted after a sweep").isFalse();

      // A caller already interrupted (its task cancelled) stays so, whatever the rule clears.
      Thread.currentThread().interrupt();
      engine.decide(company("clear-interrupt"));
      assertThat(Thread.currentThread().isInterrupted()).as("still interrupted after deciding").isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void aFailedDecision_leavesTheEngineServingTheNextRequest() {
    // Through decideLogged only to keep the expected stack trace out of the build's output.
    assertThatCode(() -> decideLogged(company("divide"))).doesNotThrowAnyException();

    // The same overlay, none of its rules woken: the shipped policy decides as it always does.
    Decision next = engine.decide(Fixtures.newCustomer().build());
    assertThat(next.outcome()).isEqualTo(ShippedEngine.ENGINE.decide(Fixtures.newCustomer().build()).outcome());
    assertThat(next.ruleIds()).doesNotContain(Finding.ENGINE);
  }
}
