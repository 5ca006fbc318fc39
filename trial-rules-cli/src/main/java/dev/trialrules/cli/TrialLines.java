package dev.trialrules.cli;

import dev.trialrules.json.InvalidRequestException;
import dev.trialrules.json.TrialJson;
import dev.trialrules.json.Utf8;
import dev.trialrules.facts.Trial;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
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
 * bad one, whatever the engine's batch size. A line longer than {@link #MAX_LINE_BYTES} is such a
 * line, refused before more of it is read.
 */
final class TrialLines implements Iterator<Trial> {
  /**
   * The longest line read, in bytes, the same as {@code evaluate}'s limit on a file: a trial is
   * a few kilobytes, and without a limit one line with no newline (or {@code /dev/zero}) would
   * fill the heap before a message could say why.
   */
  static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

  /** A UTF-8 byte order mark, which some editors put at the start of a file. */
  private static final String BOM = "\uFEFF";

  private final InputStream input;
  private final String source;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private final Map<String, Integer> lineOfId = new HashMap<>();
  private int lineNumber;
  private Trial next;
  private boolean done;
  private InvalidRequestException failure;

  /**
   * Lines from {@code input}, which must be UTF-8: a line that is not is refused like a malformed one.
   *
   * @param source what to call the input in messages, such as {@code stdin}
   */
  TrialLines(InputStream input, String source) {
    this.input = new BufferedInputStream(Objects.requireNonNull(input, "input"));
    this.source = Objects.requireNonNull(source, "source");
  }

  /** The trials as a sequential, ordered stream; closing it closes the input. */
  Stream<Trial> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(this::close);
  }

  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      String text = readLine();
      if (text == null) {
        done = true;
        break;
      }
      if (lineNumber == 1 && text.startsWith(BOM)) {
        text = text.substring(1);
      }
      if (text.isBlank()) {
        continue;
      }
      try {
        next = unique(TrialJson.parseLine(text, source, lineNumber));
      } catch (InvalidRequestException e) {
        next = null;
        fail(e);
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

  /**
   * Refuses a trial ID seen on an earlier line. Two lines for one trial are two versions of it,
   * one of them stale, and sweeping both would mail its notices twice; nor does the engine keep
   * the input order of a batch with a repeated ID. The IDs seen are the one thing kept from
   * every line: a few dozen bytes a trial.
   */
  private Trial unique(Trial trial) {
    Integer first = lineOfId.putIfAbsent(trial.trialId(), lineNumber);
    if (first != null) {
      throw new InvalidRequestException(source, lineNumber, 0, "trial.trialId \"" + trial.trialId()
          + "\" is also on line " + first + "; a sweep takes each trial once");
    }
    return trial;
  }

  /** The number of the line {@code trialId} was read from; 0 for an ID no line has had. */
  int lineOf(String trialId) {
    return lineOfId.getOrDefault(trialId, 0);
  }

  /** The error of the line that ended the stream early, if one did; null otherwise. */
  InvalidRequestException failure() {
    return failure;
  }

  /** The next line without its terminator ({@code \n} or {@code \r\n}); null at the end or on failure. */
  private String readLine() {
    line.reset();
    try {
      int b = input.read();
      if (b < 0) {
        return null;
      }
      lineNumber++;
      while (b >= 0 && b != '\n') {
        if (line.size() == MAX_LINE_BYTES) {
          fail(new InvalidRequestException(source, lineNumber, 0, "the line is longer than "
              + MAX_LINE_BYTES / (1024 * 1024) + " MiB; a trial is a few kilobytes"));
          return null;
        }
        line.write(b);
        b = input.read();
      }
    } catch (IOException e) {
      // Unreadable input is the input's fault, like a malformed line: it ends the stream the same way.
      fail(new InvalidRequestException(source, lineNumber, 0,
          "cannot read: " + Objects.toString(e.getMessage(), e.toString())));
      return null;
    }
    byte[] bytes = line.toByteArray();
    int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    try {
      return Utf8.decode(bytes, length, source, lineNumber, "line");
    } catch (InvalidRequestException e) {
      fail(e);
      return null;
    }
  }

  private void fail(InvalidRequestException e) {
    failure = e;
    done = true;
  }

  private void close() {
    try {
      input.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
