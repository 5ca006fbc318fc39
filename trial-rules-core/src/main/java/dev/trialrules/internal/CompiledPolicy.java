package dev.trialrules.internal;

import dev.trialrules.Decision;
import dev.trialrules.Finding;
import dev.trialrules.PolicyRule;
import dev.trialrules.PolicyParameters;
import dev.trialrules.RuleMessage;
import dev.trialrules.RuleSetException;
import dev.trialrules.ScheduleFailure;
import dev.trialrules.Severity;
import dev.trialrules.TrialEvent;
import dev.trialrules.facts.ConsentRequest;
import dev.trialrules.facts.PolicyRequest;
import dev.trialrules.facts.StartTrialRequest;
import dev.trialrules.facts.TimelineRequest;
import dev.trialrules.facts.Trial;
import dev.trialrules.facts.TrialRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.ConsequenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A policy compiled once and then shared by every thread: the knowledge base, a pool of sessions
 * over it, and the parameters it was built with.
 */
public final class CompiledPolicy {
  private static final Logger LOG = LoggerFactory.getLogger(CompiledPolicy.class);
  /** Far more firings than any request needs; a rule that re-triggers itself stops here. */
  private static final int MAX_FIRINGS = 10_000;
  private static final int MAX_FIRINGS_PER_TRIAL = 1_000;
  private static final String GLOBAL = "verdict";
  /** How Drools names the one rule whose constraint failed: {@code [Rule "NAME" in FILE]}. */
  private static final Pattern CONSTRAINT_RULE = Pattern.compile("\\[Rule \"([^\"]+)\" in ");

  private final InternalKnowledgeBase base;
  private final KieSessionsPool pool;
  private final PolicyParameters parameters;
  private final String revision;
  private final List<String> ruleNames;
  private final Map<String, PolicyRule> rules;
  private final List<PolicyRule> ruleList;
  private final Origin origin;

  /** What the rules of a policy were built from. */
  public enum Origin {
    /** The {@linkplain ExecutableModel executable model} the policy module's build generated, for every package it can serve. */
    EXECUTABLE_MODEL,
    /** The DRL, compiled now. */
    COMPILED
  }

  private CompiledPolicy(InternalKnowledgeBase base, PolicyParameters parameters, String revision, Origin origin) {
    this.base = base;
    this.origin = origin;
    this.pool = base.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    this.parameters = parameters;
    this.revision = revision;
    List<String> names = new ArrayList<>();
    // A HashMap, not Map.copyOf: the engine passes the very String the rule carries, which a
    // HashMap finds by its cached hash and by identity, where Map.copyOf's probing compares
    // whole names that share long prefixes.
    Map<String, PolicyRule> infos = new HashMap<>();
    List<PolicyRule> list = new ArrayList<>();
    for (KiePackage p : base.getKiePackages()) {
      for (Rule r : p.getRules()) {
        PolicyRule rule = PolicyRule.of(p.getName(), r.getName(), r.getMetaData());
        names.add(r.getName());
        infos.put(r.getName(), rule);
        list.add(rule);
      }
    }
    names.sort(null);
    list.sort(java.util.Comparator.comparing(PolicyRule::name).thenComparing(PolicyRule::packageName));
    this.ruleNames = List.copyOf(names);
    this.rules = Collections.unmodifiableMap(infos);
    this.ruleList = List.copyOf(list);
  }

  /**
   * Compiles a policy from DRL alone.
   *
   * @throws RuleSetException listing every compile error with file, line and column, or the
   *     parameter that is wrong
   */
  public static CompiledPolicy compile(PolicySource source) {
    return compile(source, null);
  }

  /**
   * Builds a policy: the packages whose files are exactly those {@code model} was generated from
   * come from the model, the others are compiled from DRL now and added to the same knowledge
   * base; when the two cannot be put together, everything is compiled from DRL. The result is the
   * same policy as {@link #compile(PolicySource)} gives, faster.
   *
   * @param model the policy module's executable model; {@code null} to compile all
   * @throws RuleSetException listing every compile error with file, line and column, or the
   *     parameter that is wrong
   */
  public static CompiledPolicy compile(PolicySource source, ExecutableModel model) {
    long started = System.nanoTime();
    PolicyParameters parameters;
    try {
      parameters = PolicyParameters.fromProperties(source.parameters());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new RuleSetException(new RuleMessage(PolicySource.PARAMETERS, 0, 0, true, e.getMessage()), e);
    }
    ExecutableModel.Assembled assembled = model == null ? ExecutableModel.Assembled.UNUSABLE
        : model.assemble(source.files());
    InternalKnowledgeBase base;
    Origin origin;
    if (assembled.base() != null) {
      assembled.warnings().forEach(m -> LOG.warn("{}", m));
      base = assembled.base();
      origin = Origin.EXECUTABLE_MODEL;
    } else {
      RuleCompiler.Result compiled = RuleCompiler.compile(source.files());
      if (compiled.hasErrors()) {
        throw new RuleSetException(compiled.messages());
      }
      compiled.messages().forEach(m -> LOG.warn("{}", m));
      base = KnowledgeBaseFactory.newKnowledgeBase();
      base.addPackages(compiled.packages());
      origin = Origin.COMPILED;
    }
    CompiledPolicy policy = new CompiledPolicy(base, parameters, revisionOf(source), origin);
    LOG.info("trial policy {} built: {} rules from {} files in {} ms ({})", policy.revision,
        policy.ruleNames.size(), source.files().size(), (System.nanoTime() - started) / 1_000_000, origin);
    return policy;
  }

  /** Decides one request; never throws for a failure inside the rules, which fails closed. */
  public Decision decide(PolicyRequest request) {
    return decide(request, null);
  }

  /**
   * Decides one request, telling {@code firedRules} the name of each rule as it fires.
   *
   * @param firedRules hears each firing; {@code null} for none
   */
  public Decision decide(PolicyRequest request, Consumer<String> firedRules) {
    boolean interrupted = Thread.currentThread().isInterrupted();
    try {
      return decideIn(request, firedRules);
    } finally {
      restoreInterrupt(interrupted);
    }
  }

  /**
   * Puts the calling thread's interrupt status back as it was before the rules ran. The status
   * is the caller's: whoever may cancel the caller's task (an executor's shutdownNow, a
   * Future.cancel) sets it, and the caller's own code reads it. A rule that set it would make the
   * caller's next wait throw InterruptedException and leave a pooled worker thread interrupted
   * for an unrelated task; a rule that cleared it (Thread.interrupted(), a sleep that swallowed
   * the exception) would lose a real cancellation. Rules have no business with it either way.
   */
  private static void restoreInterrupt(boolean interrupted) {
    if (interrupted) {
      Thread.currentThread().interrupt();
    } else {
      Thread.interrupted();
    }
  }

  private Decision decideIn(PolicyRequest request, Consumer<String> firedRules) {
    DecisionRecorder recorder = new DecisionRecorder(rules);
    try (Session session = open(recorder, firedRules)) {
      session.insert(request);
      session.insert(request.partner());
      if (request instanceof StartTrialRequest start) {
        session.insert(start.customer());
      } else if (request instanceof ConsentRequest consent) {
        session.insert(consent.customer());
      } else if (request instanceof TrialRequest action) {
        session.insert(action.trial());
        session.insert(action.trial().customer());
      }
      int fired = session.fireAllRules(MAX_FIRINGS);
      if (fired >= MAX_FIRINGS) {
        return failure("the rules fired " + fired + " times without settling; a rule re-triggers itself",
            Optional.empty(), null);
      }
      return recorder.toDecision(revision);
    } catch (Throwable e) {
      // Every Throwable, not only Exceptions: Drools wraps only Exceptions in a
      // ConsequenceException, and a rule can throw any Error (an assert, an IOError, a recursion
      // too deep, a class missing at run time, an OutOfMemoryError it made itself). Nothing a
      // rule throws may escape a decision or let it through.
      //
      // That includes a real VirtualMachineError. The engine cannot tell one a rule made from
      // one the JVM raised, and either way this decision cannot be trusted, so DENIED is the only
      // safe answer to the caller. Catching it takes nothing from the JVM's own handling:
      // -XX:+ExitOnOutOfMemoryError, heap dumps and the like act where the error is raised, not
      // where it is caught, and a JVM truly out of memory fails the caller's next allocation
      // anyway. The session goes back to the pool, which resets it before its next use.
      Optional<String> rule = culprit(e, recorder);
      String message = rule.map(r -> "rule '" + r + "' failed: ").orElse("the rules failed: ") + rootMessage(e);
      return failure(message, rule, e);
    }
  }

  /**
   * The rule to blame for {@code failure}, if one can be named: the rule whose consequence was
   * running, or the one rule Drools' message names for a constraint that threw.
   */
  private static Optional<String> culprit(Throwable failure, DecisionRecorder recorder) {
    if (failure instanceof ConsequenceException c && c.getMatch() != null) {
      return Optional.of(c.getMatch().getRule().getName());
    }
    if (recorder.inConsequence()) {
      return Optional.of(recorder.currentRule());
    }
    // A constraint that throws, Exception or Error, is wrapped in Drools' (MVEL's or the
    // executable model's) ConstraintEvaluationException, whose message is the only place that
    // names the rule; a constraint shared by several rules names them all, and blames none here.
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getClass().getSimpleName().equals("ConstraintEvaluationException") && t.getMessage() != null) {
        Matcher rule = CONSTRAINT_RULE.matcher(t.getMessage());
        if (rule.find()) {
          return Optional.of(rule.group(1));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Schedules the timelines of several trials in one session: one session for a batch, not one
   * per trial, is what makes a nightly sweep of millions affordable. Never throws for a failure
   * inside the rules: each trial they fail for is a {@link ScheduleFailure}, and every other
   * trial is scheduled.
   */
  public Scheduled schedule(List<Trial> trials) {
    return schedule(trials, null);
  }

  /**
   * Schedules as {@link #schedule(List)}, telling {@code firedRules} the name of each rule as it fires.
   *
   * @param firedRules hears each firing; {@code null} for none
   */
  public Scheduled schedule(List<Trial> trials, Consumer<String> firedRules) {
    boolean interrupted = Thread.currentThread().isInterrupted();
    try {
      List<TrialEvent> events = new ArrayList<>();
      List<ScheduleFailure> failures = new ArrayList<>();
      scheduleIn(trials, firedRules, events, failures);
      return new Scheduled(events, failures);
    } finally {
      restoreInterrupt(interrupted);
    }
  }

  /**
   * What a batch of trials scheduled to: the events of the trials the rules could schedule, in
   * no particular order, and a failure for each of the others, in the order of the trials.
   *
   * @param events every event of every trial scheduled
   * @param failures one for each trial the rules failed for
   */
  public record Scheduled(List<TrialEvent> events, List<ScheduleFailure> failures) {
    /** Copies both lists. */
    public Scheduled {
      events = List.copyOf(events);
      failures = List.copyOf(failures);
    }
  }

  private void scheduleIn(List<Trial> trials, Consumer<String> firedRules, List<TrialEvent> events,
      List<ScheduleFailure> failures) {
    if (trials.isEmpty()) {
      return;
    }
    DecisionRecorder recorder = new DecisionRecorder(rules);
    String message;
    Optional<String> rule;
    Throwable cause = null;
    try (Session session = open(recorder, firedRules)) {
      for (Trial trial : trials) {
        session.insert(TimelineRequest.of(trial));
      }
      int limit = MAX_FIRINGS + MAX_FIRINGS_PER_TRIAL * trials.size();
      int fired = session.fireAllRules(limit);
      if (fired < limit) {
        events.addAll(recorder.events());
        return;
      }
      message = "the rules fired " + fired + " times without settling; a rule re-triggers itself";
      rule = Optional.empty();
    } catch (Throwable e) {
      // Any Throwable, for the reasons decideIn gives.
      cause = e;
      rule = culprit(e, recorder);
      message = rule.map(r -> "rule '" + r + "' failed: ").orElse("the rules failed: ") + rootMessage(e);
    }
    if (trials.size() > 1 && cause == null) {
      // A firing limit: halving would spend half the batch's budget again at every level on the
      // rule that loops, about doubling its cost; trial by trial, each session stops at one
      // trial's budget. Measured, one looping trial in a thousand: 18-24 s halved, 9-14 s so.
      for (Trial trial : trials) {
        scheduleIn(List.of(trial), firedRules, events, failures);
      }
      return;
    }
    if (trials.size() > 1) {
      // The trials a batch fails for are found by halving it, dropping what the failed session
      // made: one failing trial among a thousand costs some 20 sessions, not a thousand, and the
      // others' events come from sessions that completed. Each trial's timeline depends on its
      // own facts alone, so scheduling a part gives what the whole would have.
      int half = trials.size() / 2;
      scheduleIn(trials.subList(0, half), firedRules, events, failures);
      scheduleIn(trials.subList(half, trials.size()), firedRules, events, failures);
      return;
    }
    Trial trial = trials.get(0);
    logFailure("cannot schedule trial " + trial.trialId() + ": " + message, cause);
    failures.add(ScheduleFailure.of(trial, rule.orElse(Finding.ENGINE), message, revision));
  }

  /**
   * A pooled session for one decision or one batch: the global set to {@code recorder}, the
   * parameters inserted, and every firing told to the recorder (and to {@code firedRules}) so a
   * finding carries the rule that made it. Closing it returns the session to the pool.
   */
  private Session open(DecisionRecorder recorder, Consumer<String> firedRules) {
    KieSession kie = pool.newKieSession();
    DefaultAgendaEventListener tracker = new DefaultAgendaEventListener() {
      @Override
      public void beforeMatchFired(BeforeMatchFiredEvent event) {
        String rule = event.getMatch().getRule().getName();
        recorder.enter(rule);
        if (firedRules != null) {
          firedRules.accept(rule);
        }
      }

      @Override
      public void afterMatchFired(AfterMatchFiredEvent event) {
        // Between consequences a failure comes from a constraint, which the last rule to fire
        // did not cause.
        recorder.leave();
      }
    };
    kie.addEventListener(tracker);
    kie.setGlobal(GLOBAL, recorder);
    kie.insert(parameters);
    return new Session(kie, tracker);
  }

  /** A pooled session with its firing tracker; closing removes the tracker and disposes it. */
  private record Session(KieSession kie, DefaultAgendaEventListener tracker) implements AutoCloseable {
    void insert(Object fact) {
      kie.insert(fact);
    }

    int fireAllRules(int max) {
      return kie.fireAllRules(max);
    }

    @Override
    public void close() {
      kie.removeEventListener(tracker);
      kie.dispose();
    }
  }

  private Decision failure(String message, Optional<String> rule, Throwable cause) {
    logFailure("failed closed: " + message, cause);
    Finding finding = Finding.builder(Finding.ENGINE, Severity.DENY, Finding.REQUEST, message)
        .ruleName(rule.orElse(Finding.ENGINE)).remedy("report this to the policy's authors").build();
    return Decision.of(List.of(finding), Map.of(), revision);
  }

  /**
   * Logs a failure of the rules once, in one line at ERROR, and its stack trace at DEBUG: the
   * caller's log shows what failed and which rule, and a rule that fails on every request does
   * not bury that log in traces of the engine's own frames. The trace is there for whoever turns
   * DEBUG on for this class.
   */
  private void logFailure(String message, Throwable cause) {
    LOG.error("trial policy {} {}", revision, message);
    if (cause != null && LOG.isDebugEnabled()) {
      LOG.debug("trial policy {}: the stack trace of: {}", revision, message, cause);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }

  /** The parameters the rules see. */
  public PolicyParameters parameters() {
    return parameters;
  }

  /** What the shipped rules were built from: how fast the build was, not what the rules decide. */
  public Origin origin() {
    return origin;
  }

  /** The content hash of the rule files and parameters. */
  public String revision() {
    return revision;
  }

  /** The names of every rule, sorted. */
  public List<String> ruleNames() {
    return ruleNames;
  }

  /** Every rule as its metadata describes it, by name. */
  public List<PolicyRule> rules() {
    return ruleList;
  }

  /**
   * A hash of an unambiguous encoding of the files and parameters: each part is prefixed by its
   * kind and its length in bytes, so that no two different sources give the same bytes. Joining
   * them by separators did not do that: a parameter value holding a newline read the same as two
   * parameters, so two policies that decide differently shared a revision, and a reload to the
   * other one was skipped as no change.
   */
  private static String revisionOf(PolicySource source) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      // Names the encoding, so that a later change to it cannot reuse an old revision by chance.
      digest.update("trial-rules revision encoding 2\n".getBytes(StandardCharsets.US_ASCII));
      digest.update(lengthOf(source.files().size()));
      for (RuleFile file : source.files()) {
        part(digest, 'F', file.name());
        part(digest, 'T', file.text());
      }
      Map<String, String> parameters = new TreeMap<>(source.parameters());
      digest.update(lengthOf(parameters.size()));
      parameters.forEach((k, v) -> {
        part(digest, 'K', k);
        part(digest, 'V', v);
      });
      return HexFormat.of().formatHex(digest.digest(), 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static void part(MessageDigest digest, char kind, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    digest.update((byte) kind);
    digest.update(lengthOf(bytes.length));
    digest.update(bytes);
  }

  private static byte[] lengthOf(int length) {
    return java.nio.ByteBuffer.allocate(Integer.BYTES).putInt(length).array();
  }
}
