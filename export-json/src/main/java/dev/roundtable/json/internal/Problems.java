package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import dev.roundtable.json.DocumentProblem;
import dev.roundtable.json.InvalidDocumentException;
import dev.roundtable.model.Quoting;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems found while reading one document, in the order they were found. Stops the
 * reading (by throwing {@link Stop}) once {@value #LIMIT} problems are known, so that hostile
 * input cannot fill memory with complaints.
 */
final class Problems {
  /** Most problems reported for one document. */
  static final int LIMIT = 100;

  private final List<DocumentProblem> list = new ArrayList<>();

  /** Thrown to stop reading when there is no point going on. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  int count() {
    return list.size();
  }

  void add(String pointer, JsonLocation at, String message) {
    int line = at == null || at.getLineNr() < 1 ? 0 : at.getLineNr();
    int column = line == 0 || at.getColumnNr() < 1 ? 0 : at.getColumnNr();
    list.add(new DocumentProblem(pointer, line, column, message));
    if (list.size() >= LIMIT) {
      list.add(new DocumentProblem(pointer, line, column,
          "too many problems (" + LIMIT + "); stopped reading here"));
      throw new Stop();
    }
  }

  /** Adds a problem that ends the reading, such as a syntax error; never throws {@link Stop}. */
  void last(String pointer, JsonLocation at, String message) {
    int line = at == null || at.getLineNr() < 1 ? 0 : at.getLineNr();
    int column = line == 0 || at.getColumnNr() < 1 ? 0 : at.getColumnNr();
    list.add(new DocumentProblem(pointer, line, column, message));
  }

  /** Whether a problem found since the {@code from}-th one concerns {@code pointer} or within it. */
  boolean anySince(int from, String pointer) {
    String printable = Quoting.printable(pointer); // as a problem keeps it
    for (int i = from; i < list.size(); i++) {
      String other = list.get(i).pointer();
      if (other.equals(printable) || other.startsWith(printable + "/")) {
        return true;
      }
    }
    return false;
  }

  void throwIfAny() {
    if (!list.isEmpty()) {
      throw new InvalidDocumentException(list);
    }
  }
}
