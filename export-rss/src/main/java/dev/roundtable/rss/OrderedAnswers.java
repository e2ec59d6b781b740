package dev.roundtable.rss;

import dev.roundtable.model.Answer;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The caller's answers, checked one by one to come in the order pages and archives are cut by:
 * an answer out of order, or {@code null}, is an {@link IllegalArgumentException} naming its
 * index in the stream and its id. Holds only the answer before, to compare. Not thread-safe.
 */
final class OrderedAnswers implements Iterator<Answer> {
  private final Iterator<? extends Answer> answers;
  private final Comparator<Answer> order;
  private final String orderName;
  private Answer previous;
  private long index;

  /**
   * @param orderName the order in words, for the message: "newest first"
   */
  OrderedAnswers(Iterator<? extends Answer> answers, Comparator<Answer> order, String orderName) {
    this.answers = Objects.requireNonNull(answers, "answers");
    this.order = order;
    this.orderName = orderName;
  }

  /** {@return how many answers were pulled so far} */
  long pulled() {
    return index;
  }

  @Override
  public boolean hasNext() {
    return answers.hasNext();
  }

  @Override
  public Answer next() {
    if (!answers.hasNext()) {
      throw new NoSuchElementException();
    }
    Answer next = answers.next();
    if (next == null) {
      throw new IllegalArgumentException("answers[" + index + "]: must not be null");
    }
    if (previous != null && order.compare(previous, next) > 0) {
      throw new IllegalArgumentException("answers[" + index + "]: answer \"" + next.id()
          + "\" (published " + next.publishedAt() + ") is out of order: it comes after \""
          + previous.id() + "\" (published " + previous.publishedAt() + "), and pages and"
          + " archives need the answers " + orderName + " (by publication time, then id)");
    }
    previous = next;
    index++;
    return next;
  }

  /** Pulls and drops up to {@code n} answers, checking their order; false when they ran out. */
  boolean skip(long n) {
    for (long i = 0; i < n; i++) {
      if (!hasNext()) {
        return false;
      }
      next();
    }
    return true;
  }
}
