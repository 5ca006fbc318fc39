package dev.trialrules;

import dev.trialrules.facts.PolicyRequest;
import dev.trialrules.facts.Trial;
import dev.trialrules.internal.CompiledPolicy;
import dev.trialrules.internal.PolicySource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Decides trial requests by the DRL policy: the one entry point of the library.
 *
 * <p>Build it once, when the service starts, and share it: building compiles every rule file
 * (which takes a moment and fails fast with a {@link RuleSetException}), deciding does not
 * compile anything and is safe from any number of threads.
 *
 * <pre>{@code
 * TrialPolicyEngine engine = TrialPolicyEngine.builder().build();   // the shipped policy
 *
 * Decision decision = engine.decide(request);
 * System.out.println(decision.outcome() + " because of " + decision.ruleIds());
 * }</pre>
 *
 * <p>An author's rules and numbers go on top of the shipped policy:
 * <pre>{@code
 * TrialPolicyEngine engine = TrialPolicyEngine.builder()
 *     .rulesDirectory(Path.of("policy"))          // *.drl replace or add, parameters override
 *     .parameter("grace-period-days", "45")
 *     .build();
 * }</pre>
 */
public final class TrialPolicyEngine {
  /** Trials per rule session in a sweep: large enough to spread a session's cost, small enough to stream. */
  private static final int SWEEP_BATCH = 1_000;

  private final CompiledPolicy policy;

  private TrialPolicyEngine(CompiledPolicy policy) {
    this.policy = policy;
  }

  /** Starts a builder for an engine running the policy shipped in trial-rules-drl. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Decides a request. A failure inside the rules does not escape: it yields a
   * {@link Outcome#DENIED} decision with a {@link Finding#ENGINE} finding naming the rule.
   *
   * @throws NullPointerException if {@code request} is null
   */
  public Decision decide(PolicyRequest request) {
    Objects.requireNonNull(request, "request");
    return policy.decide(request);
  }

  /**
   * Every dated event of a trial (END-02..07, EXIST-06, RET-01), and through
   * {@link Timeline#stateOn} its state on any date.
   *
   * @throws IllegalStateException if a rule fails for this trial
   */
  public Timeline timeline(Trial trial) {
    Objects.requireNonNull(trial, "trial");
    return new Timeline(trial, policy.schedule(List.of(trial)), policy.revision());
  }

  /**
   * The events due on {@code day} for any number of trials, as a lazy stream: trials are read
   * from {@code trials} a batch at a time and scheduled in one rule session per batch, so a
   * nightly job can pass millions through without holding them in memory. Events come in the
   * order of their trials, each trial's in timeline order. Close the returned stream to close
   * {@code trials}.
   *
   * <pre>{@code
   * try (Stream<TrialEvent> due = engine.sweep(LocalDate.of(2026, 12, 1), trials)) {
   *   due.forEach(mailer::send);
   * }
   * }</pre>
   *
   * @throws IllegalStateException while the stream is consumed, naming the trial a rule fails for
   */
  public Stream<TrialEvent> sweep(LocalDate day, Stream<Trial> trials) {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(trials, "trials");
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
        List<TrialEvent> due = new ArrayList<>();
        for (TrialEvent event : policy.schedule(batch)) {
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

  /** The parameters the rules decide with, defaults and overrides merged. */
  public PolicyParameters parameters() {
    return policy.parameters();
  }

  /** The content hash of the rule files and parameters; every decision carries it. */
  public String rulesRevision() {
    return policy.revision();
  }

  /** The names of every rule in the policy, sorted. */
  public List<String> ruleNames() {
    return policy.ruleNames();
  }

  /** Configures a {@link TrialPolicyEngine}; every setter returns this builder. Not thread-safe. */
  public static final class Builder {
    private Path rulesDirectory;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private ClassLoader classLoader = TrialPolicyEngine.class.getClassLoader();

    private Builder() {}

    /**
     * A directory of an author's rule files: each {@code *.drl} file there replaces the shipped
     * file of the same name or adds its rules; a {@code parameters.properties} and a
     * {@code regions.properties} there override the shipped ones key by key.
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

    /** The class loader to find the shipped policy on; this library's own by default. */
    public Builder classLoader(ClassLoader loader) {
      this.classLoader = Objects.requireNonNull(loader, "loader");
      return this;
    }

    /**
     * Compiles the policy.
     *
     * @throws RuleSetException if a rule file does not compile or a parameter is invalid; its
     *     messages list every problem with file, line and column
     */
    public TrialPolicyEngine build() {
      PolicySource source = PolicySource.shipped(classLoader);
      if (rulesDirectory != null) {
        source = source.overlay(rulesDirectory);
      }
      source = source.withParameters(parameters);
      return new TrialPolicyEngine(CompiledPolicy.compile(source));
    }
  }
}
