package dev.roundtable.model;

import java.util.HashMap;
import java.util.Map;

/**
 * The ids and URLs of the answers seen so far in a question or a document, to reject an answer
 * that repeats an earlier one's: two answers with the same id collide in links and lookups, and
 * two with the same URL give a feed two entries with the same RSS guid or Atom id (a feed may
 * hold the answers of several questions, so documents check across their questions).
 */
final class Repeats {
  /** The place of the first answer with each id: question index (or -1) and answer index. */
  private final Map<String, Long> ids = new HashMap<>();
  /** The place of the first answer with each URL. */
  private final Map<Url, Long> urls = new HashMap<>();

  /**
   * Notes the answer at {@code index} of a question (at {@code question} in a document, or -1);
   * a repeated id or URL goes to {@code v}, at that answer's field, naming the first answer.
   */
  void answer(Answer answer, int question, int index, Violations v) {
    long place = (long) question << 32 | index;
    Long first = ids.putIfAbsent(answer.id(), place);
    if (first != null) {
      v.add(repeated("id", answer.id(), first, question, index));
    }
    Url url = answer.url().orElse(null);
    if (url != null && (first = urls.putIfAbsent(url, place)) != null) {
      v.add(repeated("url", url.toString(), first, question, index));
    }
  }

  private static InvalidModelException repeated(String field, String value, long first,
      int question, int index) {
    int firstQuestion = (int) (first >> 32);
    String where = (firstQuestion < 0 ? "" : "questions[" + firstQuestion + "].")
        + "answers[" + (int) first + "]";
    InvalidModelException e = InvalidModelException.of(field,
        "duplicates the " + field + " of " + where + ", " + Quoting.quote(value))
        .within("answers", index);
    return question < 0 ? e : e.within("questions", question);
  }
}
