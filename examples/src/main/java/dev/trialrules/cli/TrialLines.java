package dev.trialrules.cli;

import dev.trialrules.json.InvalidRequestException;
import dev.trialrules.json.TrialJson;
import dev.trialrules.facts.Trial;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Trials read one JSON object a line, lazily: a line is read only when the consumer asks for the
 * next trial, so a sweep holds one batch of trials at a time however long its input.
 *
 * <p>Blank lines are skipped. The first line that is not a trial ends the stream as if the input
 * had ended there, and {@link #failure()} then holds its error: the trials before it are still
 * swept and their events written, so the output is exactly the events of the lines before the
 * bad one, whatever the engine's batch size.
 */
final class TrialLines implements Iterator<Trial> {
  /** A UTF-8 byte order mark, which some editors put at the start of a file. */
  private static final String BOM = "\uFEFF";

  private final BufferedReader reader;
  private final String source;
  private int lineNumber;
  private Trial next;
  private boolean done;
  private InvalidRequestException failure;

  /**
   * Lines from {@code reader}.
   *
   * @param source what to call the input in messages, such as {@code stdin}
   */
  TrialLines(BufferedReader reader, String source) {
    this.reader = Objects.requireNonNull(reader, "reader");
    this.source = Objects.requireNonNull(source, "source");
  }

  /** The trials as a sequential, ordered stream; closing it closes the reader. */
  Stream<Trial> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(this::close);
  }

  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      String line = readLine();
      if (line == null) {
        done = true;
        break;
      }
      lineNumber++;
      if (lineNumber == 1 && line.startsWith(BOM)) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      try {
        next = TrialJson.parseLine(line, source, lineNumber);
      } catch (InvalidRequestException e) {
        failure = e;
        done = true;
      }
    }
    return next != null;
  }

  @Override
  public Trial next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Trial trial = next;
    next = null;
    return trial;
  }

  /** The error of the line that ended the stream early, if one did; null otherwise. */
  InvalidRequestException failure() {
    return failure;
  }

  private String readLine() {
    try {
      return reader.readLine();
    } catch (IOException e) {
      // Unreadable input is the input's fault, like a malformed line: it ends the stream the same way.
      failure = new InvalidRequestException(source, lineNumber + 1, 0,
          "cannot read: " + Objects.toString(e.getMessage(), e.toString()));
      return null;
    }
  }

  private void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
