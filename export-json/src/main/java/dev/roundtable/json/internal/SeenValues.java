package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonStreamContext;
import dev.roundtable.model.Quoting;
import java.util.HashMap;
import java.util.Map;

/**
 * The values of one field seen so far in a document, such as the ids of answers or their URLs,
 * to report a value that repeats one seen before with the pointers of both. Where each value was
 * is kept as the indices of its object (and of the enclosing question), which is cheaper than a
 * pointer; the earlier pointer is derived from the current one only when a value repeats.
 */
final class SeenValues {
  private final TokenReader reader;
  private final String field;
  private final Map<Object, Long> first = new HashMap<>();

  /** Values of a field ({@code field} names it in messages), read with the reader's parser. */
  SeenValues(TokenReader reader, String field) {
    this.reader = reader;
    this.field = field;
  }

  /** Notes the value just read, or {@code null}, and returns it; reports it if it repeats. */
  <T> T unique(T value) {
    if (value == null) {
      return null;
    }
    JsonStreamContext list = reader.p.getParsingContext().getParent();
    JsonStreamContext outer = list == null || list.getParent() == null ? null
        : list.getParent().getParent();
    long outerIndex = outer != null && outer.inArray() ? outer.getCurrentIndex() : -1;
    long position = (outerIndex << 32) | (list == null ? 0 : list.getCurrentIndex());
    Long earlier = first.putIfAbsent(value, position);
    if (earlier != null) {
      String at = reader.pointer();
      reader.problems.add(at, reader.here(), "duplicates the " + field + " at "
          + earlierPointer(at, earlier) + ", " + Quoting.quote(value.toString()));
    }
    return value;
  }

  /** The pointer {@code .../questions/Q/answers/A/id} with the indices of an earlier value. */
  private static String earlierPointer(String current, long position) {
    String[] segments = current.split("/", -1);
    int inner = (int) position;
    int outer = (int) (position >> 32);
    if (segments.length >= 3) {
      segments[segments.length - 2] = Integer.toString(inner);
    }
    if (outer >= 0 && segments.length >= 5) {
      segments[segments.length - 4] = Integer.toString(outer);
    }
    return String.join("/", segments);
  }
}
