package dev.roundtable.json;

import java.util.List;

/**
 * Thrown when input is not a valid Roundtable JSON document: it carries every problem found,
 * in document order, each with its JSON Pointer and, when known, its line and column. A reader
 * that throws this returns nothing, never a partial model.
 */
public final class InvalidDocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int PROBLEMS_IN_MESSAGE = 10;

  /** The problems; a list of records is serializable. */
  @SuppressWarnings("serial")
  private final List<DocumentProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems found, at least one
   * @throws IllegalArgumentException when there is no problem
   */
  public InvalidDocumentException(List<DocumentProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found, in document order.
   *
   * @return an unmodifiable list, never empty
   */
  public List<DocumentProblem> problems() {
    return problems;
  }

  private static String describe(List<DocumentProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid document has at least one problem");
    }
    StringBuilder out = new StringBuilder("invalid Roundtable JSON (")
        .append(problems.size()).append(problems.size() == 1 ? " problem)" : " problems)");
    for (int i = 0; i < Math.min(problems.size(), PROBLEMS_IN_MESSAGE); i++) {
      out.append("\n  ").append(problems.get(i));
    }
    if (problems.size() > PROBLEMS_IN_MESSAGE) {
      out.append("\n  … and ").append(problems.size() - PROBLEMS_IN_MESSAGE).append(" more");
    }
    return out.toString();
  }
}
