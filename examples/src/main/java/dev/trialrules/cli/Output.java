package dev.trialrules.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output and standard error as the command line writes them: UTF-8 always. JSON is
 * UTF-8 by definition, and a mailer or a log downstream should not get {@code trial-malm?-05}
 * because the job ran under the C locale, so neither {@code file.encoding} nor
 * {@code stdout.encoding} has a say.
 */
final class Output {
  private Output() {}

  /** Standard output, as UTF-8. */
  static PrintWriter stdout() {
    return utf8(FileDescriptor.out);
  }

  /** Standard error, as UTF-8. */
  static PrintWriter stderr() {
    return utf8(FileDescriptor.err);
  }

  private static PrintWriter utf8(FileDescriptor descriptor) {
    // The descriptor rather than System.out: System.out encodes with the platform's charset.
    return new PrintWriter(new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8), true);
  }
}
