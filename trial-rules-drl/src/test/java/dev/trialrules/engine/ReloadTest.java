package dev.trialrules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.trialrules.Decision;
import dev.trialrules.DecisionAudit;
import dev.trialrules.DerivedValue;
import dev.trialrules.Finding;
import dev.trialrules.Outcome;
import dev.trialrules.PolicyListener;
import dev.trialrules.RuleSetException;
import dev.trialrules.Slf4jDecisionLog;
import dev.trialrules.TrialPolicyEngine;
import dev.trialrules.facts.PolicyRequest;
import dev.trialrules.policy.ShippedEngine;
import dev.trialrules.policy.ShippedPolicy;
import dev.trialrules.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hot reload keeps the last good rules, swaps atomically, and tells its listeners. Deciding while
 * the rules are reloaded is dev.trialrules.trust.ConcurrentReloadTest's.
 */
class ReloadTest {
  @TempDir Path rules;

  private static final PolicyRequest EXISTING = Fixtures.existingCustomer().build();

  private void window(int days) throws IOException {
    Files.writeString(rules.resolve("parameters.properties"), "consent-window-days = " + days + "\n");
  }

  /** Records what the engine tells its listeners. */
  static final class Recorder implements PolicyListener {
    final List<String> reloads = new CopyOnWriteArrayList<>();
    final List<Exception> failures = new CopyOnWriteArrayList<>();
    final List<DecisionAudit> decisions = new CopyOnWriteArrayList<>();
    final List<String> directoryChanges = new CopyOnWriteArrayList<>();
    final CountDownLatch reloaded = new CountDownLatch(1);

    @Override
    public void onDecision(DecisionAudit audit) {
      decisions.add(audit);
    }

    @Override
    public void onReload(String previousRevision, String newRevision) {
      reloads.add(previousRevision + "->" + newRevision);
      reloaded.countDown();
    }

    @Override
    public void onReloadFailed(String servingRevision, Exception cause) {
      failures.add(cause);
    }

    @Override
    public void onRulesDirectoryChanged(Path directory, String what) {
      directoryChanges.add(what);
    }
  }

  private static void window(Path directory, int days) throws IOException {
    Files.writeString(directory.resolve("parameters.properties"), "consent-window-days = " + days + "\n");
  }

  /** Waits until the engine decides with a consent window of {@code days}, as a watcher's reload makes it. */
  private static void awaitWindow(TrialPolicyEngine engine, int days) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (engine.parameters().consentWindowDays() != days && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(engine.parameters().consentWindowDays()).as("consent window after the watcher reloaded").isEqualTo(days);
  }

  @Test
  void reload_putsChangedParametersInForce_andDecisionsNameTheNewRevision() throws Exception {
    window(10);
    Recorder recorder = new Recorder();
    try (TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules).listener(recorder).build()) {
      String before = engine.rulesRevision();
      window(3);
      String after = engine.reload().get(30, TimeUnit.SECONDS);
      assertThat(after).isNotEqualTo(before).isEqualTo(engine.rulesRevision());
      Decision decision = engine.decide(EXISTING);
      assertThat(decision.rulesRevision()).isEqualTo(after);
      assertThat(decision.value(DerivedValue.CONSENT_DEADLINE)).contains(Fixtures.TODAY.plusDays(3));
      assertThat(recorder.reloads).containsExactly(before + "->" + after);
    }
  }

  @Test
  void parameterSetsThatOnceHashedAlike_haveDifferentRevisions_andAReloadPutsTheChangeInForce() throws Exception {
    // Parameters were hashed as "k=v\n": one value holding a newline and a second key, and the
    // two keys apart, gave the same bytes, so the same revision and a reload that did nothing.
    Files.writeString(rules.resolve("custom.drl"), """
        package author.custom;
        import dev.trialrules.facts.*;
        import dev.trialrules.PolicyParameters;
        global dev.trialrules.rules.Verdict verdict;

        rule "LOCAL-02 Deny while custom.b is set"
        when
            StartTrialRequest()
            $p : PolicyParameters()
        then
            if ($p.custom().containsKey("b")) {
                verdict.deny("companyName", "custom.b is set");
            }
        end
        """);
    Files.writeString(rules.resolve("parameters.properties"), "custom.a = 1\\ncustom.b=2\n");
    try (TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules).build()) {
      assertThat(engine.parameters().custom()).containsOnlyKeys("a");
      String before = engine.rulesRevision();
      assertThat(engine.decide(Fixtures.newCustomer().build()).outcome()).isEqualTo(Outcome.ALLOWED);

      Files.writeString(rules.resolve("parameters.properties"), "custom.a = 1\ncustom.b=2\n");
      String after = engine.reload().get(30, TimeUnit.SECONDS);
      assertThat(after).isNotEqualTo(before);
      assertThat(engine.parameters().custom()).containsOnlyKeys("a", "b");
      assertThat(engine.decide(Fixtures.newCustomer().build()).outcome()).isEqualTo(Outcome.DENIED);
    }
    TrialPolicyEngine oneKey = TrialPolicyEngine.builder(ShippedPolicy.get()).parameter("custom.a", "1\ncustom.b=2").build();
    TrialPolicyEngine twoKeys = TrialPolicyEngine.builder(ShippedPolicy.get()).parameter("custom.a", "1").parameter("custom.b", "2").build();
    assertThat(oneKey.rulesRevision()).isNotEqualTo(twoKeys.rulesRevision());
  }

  @Test
  void aBrokenRuleFile_isRefused_andTheOldRulesKeepServing() throws Exception {
    window(10);
    Recorder recorder = new Recorder();
    try (TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules).listener(recorder).build()) {
      String serving = engine.rulesRevision();
      Decision before = engine.decide(EXISTING);
      Files.writeString(rules.resolve("broken.drl"), "package author;\nrule \"X-01 broken\" when Nothing( then end\n");
      assertThatThrownBy(() -> engine.reload().get(30, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(RuleSetException.class);
      assertThat(engine.rulesRevision()).isEqualTo(serving);
      assertThat(engine.decide(EXISTING)).isEqualTo(before);
      assertThat(recorder.failures).singleElement().satisfies(e -> assertThat(e.getMessage()).contains("broken.drl"));
      assertThat(recorder.reloads).isEmpty();
    }
  }

  @Test
  void rulesTheCheckRefuses_areNotPutInForce() throws Exception {
    window(10);
    try (TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules)
        .reloadCheck(candidate -> {
          int days = candidate.parameters().consentWindowDays();
          if (days < 5) {
            throw new IllegalArgumentException("a consent window of " + days + " days is too short");
          }
        }).build()) {
      String serving = engine.rulesRevision();
      window(3);
      assertThatThrownBy(() -> engine.reload().get(30, TimeUnit.SECONDS))
          .hasMessageContaining("too short");
      assertThat(engine.rulesRevision()).isEqualTo(serving);
      window(7);
      assertThat(engine.reload().get(30, TimeUnit.SECONDS)).isNotEqualTo(serving);
      assertThat(engine.parameters().consentWindowDays()).isEqualTo(7);
    }
  }

  @Test
  void aCheckThatRefusesWithAnAssertionError_refusesTheReload_andTellsTheListeners() throws Exception {
    window(10);
    Recorder recorder = new Recorder();
    try (TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules).listener(recorder)
        .reloadCheck(candidate -> {
          if (candidate.parameters().consentWindowDays() < 5) {
            throw new AssertionError("expected a consent window of at least 5 days");
          }
        }).build()) {
      String serving = engine.rulesRevision();
      window(3);
      assertThatThrownBy(() -> engine.reload().get(30, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class).hasMessageContaining("at least 5 days");
      assertThat(engine.rulesRevision()).isEqualTo(serving);
      assertThat(recorder.failures).singleElement()
          .satisfies(e -> assertThat(e.getMessage()).contains("at least 5 days"));
    }
  }

  @Test
  void aWatchedDirectory_reloadsWhenAFileChanges() throws Exception {
    window(10);
    Recorder recorder = new Recorder();
    try (TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules).watchRulesDirectory()
        .listener(recorder).build()) {
      window(4);
      assertThat(recorder.reloaded.await(60, TimeUnit.SECONDS)).as("reloaded after the change").isTrue();
      assertThat(engine.parameters().consentWindowDays()).isEqualTo(4);
    }
  }

  @Test
  void aFileWrittenInTwoPartsWithAPause_isReloadedOnlyWhenWhole() throws Exception {
    window(10);
    String header = """
        package author.parts;
        import dev.trialrules.facts.*;
        global dev.trialrules.rules.Verdict verdict;
        """;
    String firstRule = """
        rule "PART-01 The first half"
        when
            StartTrialRequest( companyName == "part one" )
        then
            verdict.info("companyName", "the first half");
        end
        """;
    String secondRule = firstRule.replace("PART-01 The first half", "PART-02 The second half")
        .replace("part one", "part two").replace("the first half", "the second half");
    Recorder recorder = new Recorder();
    try (TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules).watchRulesDirectory()
        .listener(recorder).build()) {
      // The first half alone compiles: a watcher that reloads it runs without the second rule.
      try (Writer writer = Files.newBufferedWriter(rules.resolve("parts.drl"))) {
        writer.write(header + firstRule);
        writer.flush();
        Thread.sleep(1_000);  // far longer than the 200 ms the watcher once waited for quiet
        writer.write(secondRule);
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!engine.ruleNames().contains("PART-02 The second half") && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(engine.ruleNames()).contains("PART-01 The first half", "PART-02 The second half");
      assertThat(recorder.reloads).as("reloads; one of the first half alone would come first").hasSize(1);
      assertThat(recorder.failures).isEmpty();
    }
  }

  @Test
  void aWatchedDirectoryReplacedByARename_isWatchedAgain_andTheListenerAndLogAreTold() throws Exception {
    Path live = Files.createDirectory(rules.resolve("policy"));
    window(live, 10);
    Recorder recorder = new Recorder();
    PrintStream saved = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(live).watchRulesDirectory()
        .listener(recorder).build()) {
      window(live, 4);
      awaitWindow(engine, 4);

      // The usual deploy: the new directory is made beside the old, and renamed into its place.
      Path next = Files.createDirectory(rules.resolve("policy.next"));
      window(next, 5);
      Files.move(live, rules.resolve("policy.old"));
      Files.move(next, live);
      awaitWindow(engine, 5);

      window(live, 6);
      awaitWindow(engine, 6);
    } finally {
      System.setErr(saved);
    }
    assertThat(recorder.directoryChanges).anySatisfy(what -> assertThat(what).contains("replaced"));
    assertThat(captured.toString(StandardCharsets.UTF_8)).contains("WARN", "rules directory", "was replaced");
  }

  @Test
  void aWatchedSymlinkSwappedToAnotherDirectory_isFollowed() throws Exception {
    Path first = Files.createDirectory(rules.resolve("v1"));
    Path second = Files.createDirectory(rules.resolve("v2"));
    window(first, 10);
    window(second, 5);
    Path link = Files.createSymbolicLink(rules.resolve("policy"), first.getFileName());
    Recorder recorder = new Recorder();
    try (TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(link).watchRulesDirectory()
        .listener(recorder).build()) {
      assertThat(engine.parameters().consentWindowDays()).isEqualTo(10);

      // A symlink swap as deploy tools make it: a new link, renamed over the old one at once.
      Path swap = Files.createSymbolicLink(rules.resolve("policy.swap"), second.getFileName());
      Files.move(swap, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      awaitWindow(engine, 5);

      window(second, 6);
      awaitWindow(engine, 6);
    }
    assertThat(recorder.directoryChanges).anySatisfy(what -> assertThat(what).contains("replaced"));
  }

  @Test
  void anEngineWithoutARulesDirectory_hasNothingToReload() {
    assertThatThrownBy(() -> ShippedEngine.ENGINE.reload()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> TrialPolicyEngine.builder(ShippedPolicy.get()).watchRulesDirectory().build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theAuditListener_seesEveryDecisionWithItsIdTimeRevisionAndFacts() {
    Recorder recorder = new Recorder();
    Instant at = Instant.parse("2026-11-23T09:15:02Z");
    TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).listener(recorder)
        .clock(Clock.fixed(at, ZoneOffset.UTC)).build();
    Decision first = engine.decide(Fixtures.newCustomer().partner(Fixtures.partner().verified(false).build()).build());
    engine.decide(EXISTING);
    assertThat(recorder.decisions).hasSize(2);
    DecisionAudit audit = recorder.decisions.get(0);
    assertThat(audit.decisionId()).isNotEqualTo(recorder.decisions.get(1).decisionId());
    assertThat(audit.decidedAt()).isEqualTo(at);
    assertThat(audit.rulesRevision()).isEqualTo(engine.rulesRevision());
    assertThat(audit.decision()).isEqualTo(first);
    assertThat(audit.summary()).contains("flow=NEW_CUSTOMER", "today=2026-11-23", "partner=partner-1");
    assertThat(Slf4jDecisionLog.line(audit)).startsWith("decision id=" + audit.decisionId())
        .contains("at=2026-11-23T09:15:02Z", "request=StartTrialRequest", "outcome=DENIED", "rules=ACT-01")
        .doesNotContain("\n");
  }

  @Test
  void aListenerThatThrows_doesNotBreakTheDecision() {
    TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).listener(new PolicyListener() {
      @Override
      public void onDecision(DecisionAudit audit) {
        throw new IllegalStateException("audit store is down");
      }
    }).build();
    assertThat(engine.decide(Fixtures.newCustomer().build()).outcome()).isEqualTo(Outcome.ALLOWED);
  }

  /** A listener that throws an Error (an AssertJ assertion, say) from every method. */
  static final class ThrowingListener implements PolicyListener {
    @Override
    public void onDecision(DecisionAudit audit) {
      throw new AssertionError("the audit listener's own assertion");
    }

    @Override
    public void onRuleFired(String ruleName) {
      throw new AssertionError("the coverage listener's own assertion");
    }

    @Override
    public void onReload(String previousRevision, String newRevision) {
      throw new Error("the reload listener's error");
    }
  }

  @Test
  void aListenerThatThrowsAnError_isLoggedAndIgnored_andNeverChangesOrBlamesTheDecision() throws Exception {
    window(10);
    PrintStream saved = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules)
        .listener(new ThrowingListener()).build()) {
      Decision decision = engine.decide(Fixtures.newCustomer().build());
      assertThat(decision.findings()).isEqualTo(ShippedEngine.ENGINE.decide(Fixtures.newCustomer().build()).findings());
      assertThat(decision.ruleIds()).doesNotContain(Finding.ENGINE);
      assertThat(engine.timeline(Fixtures.trial().build()).events())
          .isEqualTo(ShippedEngine.ENGINE.timeline(Fixtures.trial().build()).events());
      assertThat(engine.sweep(Fixtures.TODAY.plusDays(1), Stream.of(Fixtures.trial().build()), f -> fail(f.toString()))
          .toList())
          .isNotEmpty();

      window(3);
      String after = engine.reload().get(30, TimeUnit.SECONDS);
      assertThat(engine.rulesRevision()).isEqualTo(after);
      assertThat(engine.parameters().consentWindowDays()).isEqualTo(3);
    } finally {
      System.setErr(saved);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).contains("listener",
        "the audit listener's own assertion", "the coverage listener's own assertion", "the reload listener's error");
  }

  @Test
  void aListener_hearsEveryRuleThatFires_classifyingRulesToo() {
    List<String> fired = new CopyOnWriteArrayList<>();
    TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).listener(new PolicyListener() {
      @Override
      public void onRuleFired(String ruleName) {
        fired.add(ruleName);
      }
    }).build();
    engine.decide(EXISTING);
    assertThat(fired).contains("EXIST-04 The consent e-mail goes out when an existing customer's trial is requested",
        "NEW-02 Store the customer's data in the region its country maps to");
    fired.clear();
    engine.timeline(Fixtures.trial().build());
    assertThat(fired).anyMatch(name -> name.startsWith("END-05"));
  }

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aFifoAddedToTheDirectory_isNotRead_soTheReloadThreadDoesNotBlock() throws Exception {
    window(10);
    try (TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules).build()) {
      Fifo.make(rules.resolve("late.drl"));
      window(3);
      engine.reload().get(60, TimeUnit.SECONDS);
      assertThat(engine.parameters().consentWindowDays()).isEqualTo(3);
    }
  }

  @Test
  void aReloadThatLosesShippedRules_isRefused_namingThem_andTheOldRulesKeepServing() throws Exception {
    window(10);
    Recorder recorder = new Recorder();
    try (TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).rulesDirectory(rules).listener(recorder).build()) {
      String serving = engine.rulesRevision();
      Files.writeString(rules.resolve("extension.drl"), "");
      assertThatThrownBy(() -> engine.reload().get(30, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(RuleSetException.class)
          .hasMessageContaining("lacks shipped rule IDs EXT-01 (extension.drl), EXT-02 (extension.drl),"
              + " EXT-03 (extension.drl), EXT-04 (extension.drl)");
      assertThat(engine.rulesRevision()).isEqualTo(serving);
      assertThat(recorder.failures).singleElement().satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
  }
}
