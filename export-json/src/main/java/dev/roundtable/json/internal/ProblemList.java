package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import dev.roundtable.json.DocumentProblem;
import dev.roundtable.json.InvalidDocumentException;
import dev.roundtable.model.Quoting;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found while reading one document, reported in document order (line, then
 * column; in the order they were found for the same place), with the problem that ended the
 * reading (a syntax error, ill-formed text, a limit, too many problems), if there is one, last.
 * Stops the reading (by throwing {@link Stop}) once {@value #LIMIT} problems are known, so that
 * hostile input cannot fill memory with complaints.
 */
final class ProblemList {
  /** Most problems reported for one document. */
  static final int LIMIT = 100;

  /** Document order; {@link List#sort} is stable, so problems at one place keep theirs. */
  private static final Comparator<DocumentProblem> ORDER =
      Comparator.comparingInt(DocumentProblem::line).thenComparingInt(DocumentProblem::column);

  private final List<DocumentProblem> list = new ArrayList<>();
  /** Whether the last problem ended the reading, and so stays last. */
  private boolean ended;
  private boolean decodingText;

  /** Thrown to stop reading when there is no point going on. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  /** Whether the parser is decoding a token's text, and so, on failing, broke a string's limit. */
  boolean decodingText() {
    return decodingText;
  }

  void decodingText(boolean decoding) {
    decodingText = decoding;
  }

  int count() {
    return list.size();
  }

  void add(String pointer, JsonLocation at, String message) {
    list.add(problem(pointer, at, message));
    if (list.size() >= LIMIT) {
      last(pointer, at, "too many problems (" + LIMIT + "); stopped reading here");
      throw new Stop();
    }
  }

  /** Adds a problem that ends the reading, such as a syntax error; never throws {@link Stop}. */
  void last(String pointer, JsonLocation at, String message) {
    list.add(problem(pointer, at, message));
    ended = true;
  }

  private static DocumentProblem problem(String pointer, JsonLocation at, String message) {
    int line = at == null || at.getLineNr() < 1 ? 0 : at.getLineNr();
    int column = line == 0 || at.getColumnNr() < 1 ? 0 : at.getColumnNr();
    return new DocumentProblem(pointer, line, column, message);
  }

  /** Whether a problem since the {@code from}-th one concerns {@code pointer} or within it. */
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
      list.subList(0, ended ? list.size() - 1 : list.size()).sort(ORDER);
      throw new InvalidDocumentException(list);
    }
  }
}
