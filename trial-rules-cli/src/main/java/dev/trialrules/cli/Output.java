package dev.trialrules.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Standard output and standard error as the command line writes them: UTF-8 always, and with
 * write errors reported rather than swallowed.
 *
 * <p>UTF-8 because JSON is UTF-8 by definition, and a mailer or a log downstream should not get
 * {@code trial-malm?-05} because the job ran under the C locale, so neither {@code file.encoding}
 * nor {@code stdout.encoding} has a say. Errors reported because a {@link PrintWriter} only
 * records them: a full disk or a reader that went away would otherwise end in exit 0 with the
 * output lost, and a sweep would go on deciding trials nobody reads.
 */
final class Output {
  private Output() {}

  /** Output that could not be written: a full disk, a closed pipe. Not the input's fault, nor a bug. */
  static final class FailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FailedException(String reason) {
      super("cannot write the output: " + reason);
    }
  }

  /** Standard output, as UTF-8. */
  static PrintWriter stdout() {
    return utf8(FileDescriptor.out);
  }

  /** Standard error, as UTF-8. */
  static PrintWriter stderr() {
    return utf8(FileDescriptor.err);
  }

  /**
   * Flushes {@code out} and throws if anything written to it so far has failed.
   *
   * @throws FailedException if a write or the flush failed
   */
  static void flush(PrintWriter out) {
    // checkError flushes first, so a failure still in the buffer is seen too.
    if (out.checkError()) {
      IOException cause = out instanceof Utf8Writer w ? w.sink.failure : null;
      throw new FailedException(cause == null ? "write error"
          : Objects.toString(cause.getMessage(), cause.toString()));
    }
  }

  private static PrintWriter utf8(FileDescriptor descriptor) {
    // The descriptor rather than System.out: System.out encodes with the platform's charset.
    return new Utf8Writer(new Recording(new FileOutputStream(descriptor)));
  }

  /** A writer that remembers, through its sink, why a write failed: PrintWriter keeps only that one did. */
  private static final class Utf8Writer extends PrintWriter {
    final Recording sink;

    Utf8Writer(Recording sink) {
      super(new OutputStreamWriter(sink, StandardCharsets.UTF_8), true);
      this.sink = sink;
    }
  }

  /** Passes bytes through and keeps the first exception. */
  private static final class Recording extends FilterOutputStream {
    IOException failure;

    Recording(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      try {
        out.write(bytes, offset, length);
      } catch (IOException e) {
        record(e);
        throw e;
      }
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        record(e);
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        record(e);
        throw e;
      }
    }

    private void record(IOException e) {
      if (failure == null) {
        failure = e;
      }
    }
  }
}
