package dev.trialrules;

import dev.trialrules.facts.PolicyRequest;
import dev.trialrules.facts.Trial;
import dev.trialrules.internal.CompiledPolicy;
import dev.trialrules.internal.PolicySource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides trial requests by the DRL policy: the one entry point of the library.
 *
 * <p>Build it once, when the service starts, and share it: building compiles every rule file
 * (which takes a moment and fails fast with a {@link RuleSetException}), deciding does not
 * compile anything and is safe from any number of threads.
 *
 * <pre>{@code
 * TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get()).build();
 *
 * Decision decision = engine.decide(request);
 * System.out.println(decision.outcome() + " because of " + decision.ruleIds());
 * }</pre>
 *
 * <p>An author's rules and numbers go on top of the shipped policy, and can be reloaded while the
 * engine serves: new rules are compiled off the calling threads, checked, and swapped in at once;
 * rules that fail either step are refused and the old ones go on serving.
 * <pre>{@code
 * TrialPolicyEngine engine = TrialPolicyEngine.builder(ShippedPolicy.get())
 *     .rulesDirectory(Path.of("policy"))          // *.drl replace or add, parameters override
 *     .parameter("grace-period-days", "45")
 *     .watchRulesDirectory()                      // reload when a file there changes
 *     .build();
 * ...
 * engine.close();                                 // stops watching
 * }</pre>
 */
public final class TrialPolicyEngine implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TrialPolicyEngine.class);

  /** Trials per rule session in a sweep: large enough to spread a session's cost, small enough to stream. */
  private static final int SWEEP_BATCH = 1_000;

  private final AtomicReference<CompiledPolicy> current;
  private final Builder config;
  private final List<PolicyListener> listeners;
  private final Clock clock;
  private final @Nullable ExecutorService reloader;
  private final @Nullable Thread watcher;
  /** Tells the listeners of each firing; null without listeners, so deciding pays nothing. */
  private final Consumer<String> firedRules;

  private TrialPolicyEngine(CompiledPolicy policy, Builder config, boolean serving) {
    this.current = new AtomicReference<>(policy);
    this.config = config;
    this.listeners = serving ? List.copyOf(config.listeners) : List.of();
    this.clock = config.clock;
    this.firedRules = listeners.isEmpty() ? null : rule -> {
      for (PolicyListener listener : listeners) {
        notify(listener, () -> listener.onRuleFired(rule));
      }
    };
    if (serving && (config.watch || config.rulesDirectory != null)) {
      this.reloader = Executors.newSingleThreadExecutor(daemon("trial-rules-reload"));
    } else {
      this.reloader = null;
    }
    this.watcher = serving && config.watch ? DirectoryWatcher.start(config.rulesDirectory, this::reload,
        what -> listeners.forEach(l -> notify(l, () -> l.onRulesDirectoryChanged(config.rulesDirectory, what))))
        : null;
  }

  /**
   * Starts a builder for an engine deciding by {@code policy}: the shipped one is
   * {@code dev.trialrules.policy.ShippedPolicy.get()} in trial-rules-drl.
   */
  public static Builder builder(Policy policy) {
    return new Builder(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Decides a request. The decision is made by one revision of the rules from start to end, even
   * during a reload.
   *
   * <p>A failure inside the rules (a rule that throws anything, or rules that re-trigger each
   * other past a firing limit) does not escape as an exception, and does not let the request
   * through: the decision is {@link Outcome#DENIED} with one {@link Finding#ENGINE} finding naming
   * the rule and what it threw. It is logged in one line at ERROR, and listeners hear it through
   * {@link PolicyListener#onDecision}, as every decision.
   *
   * @throws NullPointerException if {@code request} is null
   */
  public Decision decide(PolicyRequest request) {
    Objects.requireNonNull(request, "request");
    CompiledPolicy policy = current.get();
    Decision decision = policy.decide(request, firedRules);
    if (!listeners.isEmpty()) {
      DecisionAudit audit = DecisionAudit.of(UUID.randomUUID().toString(), clock.instant(),
          decision.rulesRevision(), request.getClass().getSimpleName(), RequestSummary.of(request), decision);
      for (PolicyListener listener : listeners) {
        notify(listener, () -> listener.onDecision(audit));
      }
    }
    return decision;
  }

  /**
   * Every dated event of a trial (END-02..07, EXIST-06, RET-01), and through
   * {@link Timeline#stateOn} its state on any date, scheduled by one revision of the rules.
   *
   * <p>A failure inside the rules (a rule that throws anything, or rules that re-trigger each
   * other past a firing limit) does not escape as an exception, and does not pass for a timeline:
   * the timeline returned has {@link Timeline#failed()} true, a {@link Timeline#failure()} naming
   * the rule and what it threw, and no events. It is logged in one line at ERROR, and listeners
   * hear it through {@link PolicyListener#onScheduleFailed}.
   *
   * <pre>{@code
   * Timeline timeline = engine.timeline(trial);
   * if (timeline.failed()) {
   *   alerts.raise(timeline.failure().toString());
   * }
   * }</pre>
   *
   * @throws NullPointerException if {@code trial} is null
   */
  public Timeline timeline(Trial trial) {
    Objects.requireNonNull(trial, "trial");
    CompiledPolicy policy = current.get();
    CompiledPolicy.Scheduled scheduled = policy.schedule(List.of(trial), firedRules);
    if (!scheduled.failures().isEmpty()) {
      ScheduleFailure failure = scheduled.failures().get(0);
      tellScheduleFailed(failure);
      return Timeline.failed(failure);
    }
    return new Timeline(trial, scheduled.events(), policy.revision());
  }

  /**
   * The events due on {@code day} for any number of trials, as a lazy stream: trials are read
   * from {@code trials} a batch at a time and scheduled in one rule session per batch, so a
   * nightly job can pass millions through without holding them in memory. Events come in the
   * order of their trials, each trial's in timeline order. One revision of the rules serves the
   * whole sweep. Close the returned stream to close {@code trials}.
   *
   * <p>A failure inside the rules (a rule that throws anything, or rules that re-trigger each
   * other past a firing limit) does not escape as an exception, and does not pass for a trial
   * with nothing due: each trial the rules fail for is handed to {@code failures}, naming the
   * rule and what it threw, and has no events in the stream, and every other trial is swept. Each
   * is logged in one line at ERROR, and listeners hear it through
   * {@link PolicyListener#onScheduleFailed}. A batch that fails is halved until the trials it
   * fails for are found, so one bad trial costs some twenty extra sessions, not a thousand.
   *
   * <p>Why a handler, and not a stream of per-trial results: the nightly job's work is the events,
   * and a stream of events is what it sends, writes and counts; failures are the exception, and
   * each job does its own with them (alert, count, keep the trial to retry, or stop). Taking the
   * handler as an argument makes every caller say what becomes of a failed trial, and the engine
   * keeps nothing per failure, so memory stays bounded however many trials fail. The handler is
   * called on the thread that consumes the stream, in the order of the trials, when the batch
   * holding the trial is scheduled: before any event of that batch comes out of the stream.
   * Whatever it throws ends the sweep and reaches the stream's consumer, which is how a job stops
   * a sweep that fails too often.
   *
   * <pre>{@code
   * List<Trial> retry = new ArrayList<>();
   * try (Stream<TrialEvent> due = engine.sweep(LocalDate.of(2026, 12, 1), trials, failure -> {
   *   alerts.raise(failure.toString());
   *   retry.add(failure.trial());
   * })) {
   *   due.forEach(mailer::send);
   * }
   * }</pre>
   *
   * @param failures hears each trial the rules cannot schedule
   * @throws NullPointerException if an argument is null, or, while the stream is consumed, if
   *     {@code trials} holds a null
   */
  public Stream<TrialEvent> sweep(LocalDate day, Stream<Trial> trials, Consumer<? super ScheduleFailure> failures) {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(trials, "trials");
    Objects.requireNonNull(failures, "failures");
    CompiledPolicy policy = current.get();
    Iterator<Trial> source = trials.iterator();
    Iterator<List<TrialEvent>> batches = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return source.hasNext();
      }

      @Override
      public List<TrialEvent> next() {
        List<Trial> batch = new ArrayList<>(SWEEP_BATCH);
        while (batch.size() < SWEEP_BATCH && source.hasNext()) {
          batch.add(Objects.requireNonNull(source.next(), "trials must not contain null"));
        }
        CompiledPolicy.Scheduled scheduled = policy.schedule(batch, firedRules);
        for (ScheduleFailure failure : scheduled.failures()) {
          tellScheduleFailed(failure);
          failures.accept(failure);
        }
        List<TrialEvent> due = new ArrayList<>();
        for (TrialEvent event : scheduled.events()) {
          if (event.date().equals(day)) {
            due.add(event);
          }
        }
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
          order.putIfAbsent(batch.get(i).trialId(), i);
        }
        due.sort(Comparator.comparing((TrialEvent e) -> order.get(e.trialId())).thenComparing(e -> e));
        return due;
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(batches, Spliterator.ORDERED), false)
        .flatMap(List::stream)
        .onClose(trials::close);
  }

  private void tellScheduleFailed(ScheduleFailure failure) {
    for (PolicyListener listener : listeners) {
      notify(listener, () -> listener.onScheduleFailed(failure));
    }
  }

  /**
   * Reads the rules directory and parameters again, compiles them off the calling thread, runs
   * the {@linkplain Builder#reloadCheck reload check} on them, and only then puts them in force,
   * at once for every thread. If compiling or the check fails, the engine keeps serving the rules
   * it has, logs why and tells its listeners; the returned future then fails with the cause.
   *
   * @return the revision in force after the reload
   * @throws IllegalStateException if the engine has no rules directory to reload from, or is closed
   */
  public CompletableFuture<String> reload() {
    if (reloader == null) {
      throw new IllegalStateException("this engine has no rules directory to reload from");
    }
    if (reloader.isShutdown()) {
      throw new IllegalStateException("this engine is closed");
    }
    return CompletableFuture.supplyAsync(this::reloadNow, reloader);
  }

  private String reloadNow() {
    String serving = current.get().revision();
    try {
      CompiledPolicy candidate = config.compile();
      if (candidate.revision().equals(serving)) {
        return serving;
      }
      if (config.check != null) {
        config.check.check(new TrialPolicyEngine(candidate, config, false));
      }
      current.set(candidate);
      LOG.info("trial policy reloaded: {} replaces {}", candidate.revision(), serving);
      listeners.forEach(l -> notify(l, () -> l.onReload(serving, candidate.revision())));
      return candidate.revision();
    } catch (Exception | Error thrown) {
      // A reload check built on a test library refuses with an AssertionError, not an Exception:
      // that is a refusal like any other, and the old rules go on serving.
      Exception e = thrown instanceof Exception exception ? exception
          : new IllegalStateException("the reload check refused the rules: " + thrown, thrown);
      LOG.warn("trial policy not reloaded, still serving {}: {}", serving, e.getMessage());
      listeners.forEach(l -> notify(l, () -> l.onReloadFailed(serving, e)));
      throw e instanceof RuntimeException r ? r : new IllegalStateException("the reload check refused the rules: "
          + e.getMessage(), e);
    }
  }

  /**
   * Calls a listener, logging and ignoring whatever it throws. Every Throwable, Errors included: a
   * listener only observes, so its failure must never change a decision, fail a reload that was
   * made, or (thrown from {@code onRuleFired}, inside the rules' session) be blamed on the rule
   * that was firing. A listener's AssertionError (a test's, or an assert in an audit store's
   * client) is the usual case; even a VirtualMachineError it raises says nothing about the
   * decision, which the rules have already made.
   */
  private static void notify(PolicyListener listener, Runnable call) {
    try {
      call.run();
    } catch (Throwable e) {
      LOG.warn("policy listener {} failed; ignored, the decision or reload stands: {}", listener, e.toString(), e);
    }
  }

  /** Stops watching the rules directory and reloading; deciding goes on working. */
  @Override
  public void close() {
    if (watcher != null) {
      watcher.interrupt();
    }
    if (reloader != null) {
      reloader.shutdownNow();
    }
  }

  /**
   * A new engine with this engine's policy, rules directory, listeners and clock, and these
   * parameters on top of this engine's own overrides: the way to ask "what would the policy say
   * with a 45-day grace period" without a second configuration. It reads and compiles the rules
   * afresh, so it costs a build; it neither watches the directory nor runs a reload check, and
   * this engine is unchanged.
   *
   * <pre>{@code
   * TrialPolicyEngine strict = engine.withParameters(Map.of("max-license-quantity", "500"));
   * }</pre>
   *
   * @param overrides parameters as they would be written in {@code parameters.properties}
   * @throws RuleSetException if a parameter is unknown or invalid, or the rules no longer compile
   */
  public TrialPolicyEngine withParameters(Map<String, String> overrides) {
    Objects.requireNonNull(overrides, "overrides");
    Builder builder = config.copy();
    builder.check = null;
    builder.watch = false;
    return builder.parameters(overrides).build();
  }

  /** The parameters the rules decide with, defaults and overrides merged. */
  public PolicyParameters parameters() {
    return current.get().parameters();
  }

  /** The content hash of the rule files and parameters in force; every decision carries it. */
  public String rulesRevision() {
    return current.get().revision();
  }

  /** The names of every rule in force, sorted. */
  public List<String> ruleNames() {
    return current.get().ruleNames();
  }

  /**
   * Every rule of the policy in force, by name, as its metadata describes it: the policy rule ID,
   * the source sentence, the reading and the severities. What an auditor reads beside a decision.
   */
  public List<PolicyRule> rules() {
    return current.get().rules();
  }

  private static ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Configures a {@link TrialPolicyEngine}; every setter returns this builder. Not thread-safe. */
  public static final class Builder {
    private final Policy policy;
    private @Nullable Path rulesDirectory;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final List<PolicyListener> listeners = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private @Nullable PolicyCheck check;
    private boolean watch;

    private Builder(Policy policy) {
      this.policy = policy;
    }

    /**
     * A directory of an author's rule files: each {@code *.drl} file there replaces the shipped
     * file of the same name or adds its rules; a {@code parameters.properties} and a
     * {@code regions.properties} there override the shipped ones key by key. Only the
     * directory's own regular files of those names count, never hidden ones or subfolders (see
     * {@link PolicyValidator#filesRead(Path)}); a skipped entry is logged. The result must keep
     * every rule ID of the policy, or list the ones it drops in {@code removed-rules}.
     */
    public Builder rulesDirectory(Path directory) {
      this.rulesDirectory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Overrides one parameter, as it would be written in {@code parameters.properties}; it wins
     * over the shipped file and the rules directory.
     */
    public Builder parameter(String name, String value) {
      parameters.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, name));
      return this;
    }

    /** Overrides several parameters; see {@link #parameter(String, String)}. */
    public Builder parameters(Map<String, String> overrides) {
      overrides.forEach(this::parameter);
      return this;
    }

    /** Adds a listener for decisions and reloads; see {@link Slf4jDecisionLog} for an audit log. */
    public Builder listener(PolicyListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * The clock that stamps {@link DecisionAudit#decidedAt()}; the system clock in UTC by default.
     * It never decides anything: "today" is always a field of the request.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** A check new rules must pass before a reload puts them in force. */
    public Builder reloadCheck(PolicyCheck check) {
      this.check = Objects.requireNonNull(check, "check");
      return this;
    }

    /**
     * Reloads the rules whenever a file in the {@linkplain #rulesDirectory rules directory}
     * changes, until the engine is {@linkplain TrialPolicyEngine#close() closed}.
     */
    public Builder watchRulesDirectory() {
      this.watch = true;
      return this;
    }

    /**
     * Compiles the policy.
     *
     * @throws RuleSetException if a rule file does not compile, a parameter is invalid, or the
     *     policy lacks a shipped rule ID that {@code removed-rules} does not list; its messages
     *     list every problem with file, line and column
     * @throws IllegalStateException if asked to watch without a rules directory
     */
    public TrialPolicyEngine build() {
      if (watch && rulesDirectory == null) {
        throw new IllegalStateException("watchRulesDirectory() needs a rulesDirectory(...)");
      }
      Builder snapshot = copy();
      return new TrialPolicyEngine(snapshot.compile(), snapshot, true);
    }

    /** A copy, so that an engine's configuration cannot change under it when its builder does. */
    private Builder copy() {
      Builder copy = new Builder(policy);
      copy.rulesDirectory = rulesDirectory;
      copy.parameters.putAll(parameters);
      copy.listeners.addAll(listeners);
      copy.clock = clock;
      copy.check = check;
      copy.watch = watch;
      return copy;
    }

    /**
     * Compiles the rule files and parameters as they are on disk now, refusing what would decide
     * differently from what the author sees: a parameter that is wrong, placed on its line, and a
     * policy that lacks a shipped rule ID without listing it in {@code removed-rules}.
     */
    private CompiledPolicy compile() {
      Policy laid = policy;
      if (rulesDirectory != null) {
        PolicySource.Listing listing = PolicySource.list(rulesDirectory);
        listing.skipped().forEach(s -> LOG.warn("rules directory: {} is skipped: {}", s.path(), s.reason()));
        laid = laid.overlay(listing);
      }
      PolicySource source = laid.source().withParameters(parameters);
      PolicyParameters checked;
      try {
        checked = PolicyParameters.fromProperties(source.parameters());
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new RuleSetException(List.of(PolicyValidator.parametersProblem(e, source)));
      }
      CompiledPolicy compiled = CompiledPolicy.compile(source, policy.model());
      Set<String> ids = new TreeSet<>();
      compiled.rules().forEach(r -> ids.add(r.ruleId()));
      List<RuleMessage> lost = PolicyValidator.providedRuleProblems(policy, ids, checked.removedRules(), source,
          rulesDirectory);
      if (!lost.isEmpty()) {
        throw new RuleSetException(lost);
      }
      return compiled;
    }
  }
}
