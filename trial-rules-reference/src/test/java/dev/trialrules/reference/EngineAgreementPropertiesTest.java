package dev.trialrules.reference;

import dev.trialrules.facts.PolicyRequest;
import dev.trialrules.facts.Trial;
import dev.trialrules.testing.FactArbitraries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The differential properties: for every generated request of every kind (all three start flows,
 * every consent step, extensions, service changes, conversions, cancellations and device returns)
 * the engine running the DRL policy and the reference model give the same outcome, set of rule
 * IDs and derived values, and for every generated trial the same timeline; under the shipped
 * parameters and with every number moved ({@link Agreement#MOVED}).
 *
 * <p>Tries per property come from {@code jqwik.tries.default}: 10,000 in
 * {@code src/test/resources/junit-platform.properties}, 1,000,000 for the long run (README.md).
 * Every 100,000 tries a line goes to {@code target/agreement-progress.log}, so that a long run
 * shows how far it has come before jqwik reports at its end.
 */
class EngineAgreementPropertiesTest {
  private static final Path PROGRESS = Path.of("target", "agreement-progress.log");
  private static final AtomicLong DECISIONS = new AtomicLong();
  private static final AtomicLong TIMELINES = new AtomicLong();

  @Property
  void engineAndModelDecideAlike(@ForAll boolean moved, @ForAll("requests") PolicyRequest request) {
    Agreement.assertAgree(moved, request);
    progress("decisions", DECISIONS);
  }

  @Property
  void engineAndModelScheduleAlike(@ForAll boolean moved, @ForAll("trials") Trial trial) {
    Agreement.assertTimelinesAgree(moved, trial);
    progress("timelines", TIMELINES);
  }

  @Provide
  Arbitrary<PolicyRequest> requests() {
    return FactArbitraries.requests(ShippedParameters.both());
  }

  @Provide
  Arbitrary<Trial> trials() {
    return FactArbitraries.trials();
  }

  /** Counts a try that agreed, and logs every 100,000th. */
  private static void progress(String what, AtomicLong counter) {
    long tries = counter.incrementAndGet();
    if (tries % 100_000 == 0) {
      try {
        Files.createDirectories(PROGRESS.getParent());
        Files.writeString(PROGRESS, Instant.now() + " " + what + " " + tries + " tries agreed\n",
            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
