package dev.trialrules.engine;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Named pipes for the tests that a FIFO in a rules directory is never read, which would block forever. */
final class Fifo {
  private Fifo() {}

  /** Makes a FIFO at {@code path}; skips the test where {@code mkfifo} does not exist. */
  static Path make(Path path) throws IOException, InterruptedException {
    Process process;
    try {
      process = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "mkfifo is not available: " + e.getMessage());
      throw e;
    }
    assumeTrue(process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0, "mkfifo failed");
    assumeTrue(Files.exists(path) && !Files.isRegularFile(path), "mkfifo made no FIFO");
    return path;
  }
}
