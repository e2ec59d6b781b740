package dev.roundtable.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A set of questions with their answers, as stored and exchanged in the Roundtable JSON format.
 * Ids of questions are unique in a document, and so are the ids and the URLs of answers across
 * all questions.
 *
 * @param questions the questions
 */
public record Document(List<Question> questions) {
  /**
   * Validates and copies the questions.
   *
   * @param questions the questions, ids unique, answer ids and URLs unique across them
   * @throws InvalidModelException naming every repeated id and URL
   */
  public Document {
    questions = Rules.list(Rules.required(questions, "questions"), "questions");
    Violations v = new Violations();
    Map<String, Integer> questionIds = new HashMap<>();
    // a question's own answers are unique already: one question needs no second look
    Repeats answers = questions.size() > 1 ? new Repeats() : null;
    for (int q = 0; q < questions.size(); q++) {
      Question question = questions.get(q);
      Integer first = questionIds.putIfAbsent(question.id(), q);
      if (first != null) {
        v.add(InvalidModelException.of("id", "duplicates the id of questions[" + first + "], "
            + Quoting.quote(question.id())).within("questions", q));
      }
      for (int a = 0; answers != null && a < question.answers().size(); a++) {
        answers.answer(question.answers().get(a), q, a, v);
      }
    }
    v.throwIfAny();
  }

  /**
   * A document of the given questions.
   *
   * @param questions the questions
   * @return the document
   * @throws InvalidModelException when ids or answer URLs repeat
   */
  public static Document of(Question... questions) {
    return new Document(Arrays.asList(Rules.required(questions, "questions")));
  }

  /**
   * Finds a question by id.
   *
   * @param id the question's id
   * @return the question, if the document has one with that id
   */
  public Optional<Question> question(String id) {
    return questions.stream().filter(q -> q.id().equals(id)).findFirst();
  }

  /**
   * Finds an answer by id in any question.
   *
   * @param id the answer's id
   * @return the answer, if the document has one with that id
   */
  public Optional<Answer> answer(String id) {
    return questions.stream().flatMap(q -> q.answer(id).stream()).findFirst();
  }

  @Override
  public String toString() {
    int answers = questions.stream().mapToInt(q -> q.answers().size()).sum();
    return "Document[" + questions.size() + " questions, " + answers + " answers]";
  }
}
