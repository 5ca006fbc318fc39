package dev.trialrules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trialrules.Decision;
import dev.trialrules.DecisionAudit;
import dev.trialrules.Finding;
import dev.trialrules.Outcome;
import dev.trialrules.PolicyListener;
import dev.trialrules.Severity;
import dev.trialrules.TrialEvent;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.facts.CancelledBy;
import dev.trialrules.facts.CancellationRequest;
import dev.trialrules.facts.PolicyRequest;
import dev.trialrules.facts.Trial;
import dev.trialrules.policy.Fixtures;
import dev.trialrules.policy.ShippedPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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

      rule "FAIL-06 A constraint that throws"
      when
          StartTrialRequest( companyName == "constraint", Integer.parseInt(companyName) > 0 )
      then
          verdict.info("companyName", "never");
      end
      """;

  private static final List<DecisionAudit> AUDITS = new CopyOnWriteArrayList<>();
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

  @Test
  void anErrorWhileScheduling_keepsTheTimelineContract_anIllegalStateExceptionNamingTrialAndRule() {
    Trial broken = Fixtures.trial().licenseQuantity(4242).build();
    PrintStream saved = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertThatThrownBy(() -> engine.timeline(broken)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(broken.trialId()).hasMessageContaining("FAIL-12 Throw an Error while scheduling")
          .hasMessageContaining("OutOfMemoryError");
      assertLoggedOnceInOneLine(captured.toString(StandardCharsets.UTF_8));
      captured.reset();

      Stream<Trial> trials = Stream.of(Fixtures.trial().build(), broken, Fixtures.trial().build());
      assertThatThrownBy(() -> engine.sweep(Fixtures.TODAY, trials).toList()).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(broken.trialId()).hasMessageContaining("FAIL-12 Throw an Error while scheduling");
      assertLoggedOnceInOneLine(captured.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(saved);
    }
    // Every pooled session, the failed ones among them, schedules the next trials as before.
    List<TrialEvent> expected = Fixtures.ENGINE.timeline(Fixtures.trial().build()).events();
    for (int i = 0; i < 4 * Runtime.getRuntime().availableProcessors(); i++) {
      assertThat(engine.timeline(Fixtures.trial().build()).events()).isEqualTo(expected);
    }
  }

  @Test
  void aRuleThatInterruptsTheCaller_leavesTheCallersInterruptStatusAsItWas() {
    try {
      Thread.interrupted();
      engine.decide(company("interrupt"));
      assertThat(Thread.currentThread().isInterrupted()).as("interrupted after deciding").isFalse();

      engine.timeline(Fixtures.trial().licenseQuantity(4343).build());
      assertThat(Thread.currentThread().isInterrupted()).as("interrupted after a timeline").isFalse();

      engine.sweep(Fixtures.TODAY, Stream.of(Fixtures.trial().licenseQuantity(4343).build())).toList();
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
    assertThat(next.outcome()).isEqualTo(Fixtures.ENGINE.decide(Fixtures.newCustomer().build()).outcome());
    assertThat(next.ruleIds()).doesNotContain(Finding.ENGINE);
  }
}
