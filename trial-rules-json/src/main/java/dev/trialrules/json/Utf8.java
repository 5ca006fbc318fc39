package dev.trialrules.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Input bytes to text, strictly: every request, trial and scenario is UTF-8, and bytes that are
 * not (a truncated or overlong sequence, a lone surrogate, a file saved as UTF-16 or UTF-32) are
 * refused with their position rather than replaced by U+FFFD or guessed at. A value that reached
 * the rules through a lenient decoder would differ from the bytes its author wrote, and the
 * differences are the ones an attacker chooses (an overlong {@code C1 80} reads as {@code @}).
 */
public final class Utf8 {
  private Utf8() {}

  /**
   * Decodes {@code bytes[0..length)} as UTF-8, or refuses them naming the first bad byte.
   *
   * @param source what to call the input in messages, such as a file name or {@code stdin}
   * @param firstLine the line the bytes start on in their source (1 for a file), so that a
   *     message names the source's line
   * @param container what holds the bytes in messages, {@code "file"} or {@code "line"}
   * @return the text; a leading UTF-8 byte order mark is kept, for the caller to skip
   * @throws InvalidRequestException if the bytes start with a UTF-16 or UTF-32 byte order mark or
   *     are not well-formed UTF-8
   */
  public static String decode(byte[] bytes, int length, String source, int firstLine, String container) {
    if (startsWithWideBom(bytes, length)) {
      throw new InvalidRequestException(source, firstLine, 1, "the " + container
          + " is not UTF-8 JSON text: it starts with a UTF-16 or UTF-32 byte order mark; save it as UTF-8");
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw invalid(bytes, in.position(), source, firstLine, container);
    }
    return out.flip().toString();
  }

  private static boolean startsWithWideBom(byte[] bytes, int length) {
    boolean utf16 = length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
    boolean utf32BigEndian = length >= 4 && bytes[0] == 0 && bytes[1] == 0
        && bytes[2] == (byte) 0xFE && bytes[3] == (byte) 0xFF;
    return utf16 || utf32BigEndian;
  }

  /** Names the line, the column (in bytes, from 1) and the byte itself, which is what a hex dump finds. */
  private static InvalidRequestException invalid(
      byte[] bytes, int offset, String source, int firstLine, String container) {
    int line = firstLine;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new InvalidRequestException(source, line, offset - lineStart + 1, String.format(
        "the %s is not UTF-8 JSON text: byte 0x%02X at byte offset %d does not start or continue"
            + " a well-formed UTF-8 character", container, bytes[offset] & 0xff, offset));
  }
}
