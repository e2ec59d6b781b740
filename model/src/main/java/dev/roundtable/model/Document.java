package dev.roundtable.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A set of questions with their answers, as stored and exchanged in the Roundtable JSON format.
 * Ids of questions are unique in a document, and so are ids of answers across all questions.
 *
 * @param questions the questions
 */
public record Document(List<Question> questions) {
  /**
   * Validates and copies the questions.
   *
   * @param questions the questions, ids unique, answer ids unique across them
   * @throws InvalidModelException naming the first repeated id
   */
  public Document {
    questions = Rules.list(Rules.required(questions, "questions"), "questions");
    Map<String, Integer> questionIds = new HashMap<>();
    Map<String, String> answerIds = new HashMap<>();
    for (int q = 0; q < questions.size(); q++) {
      Question question = questions.get(q);
      Integer first = questionIds.putIfAbsent(question.id(), q);
      if (first != null) {
        throw InvalidModelException.of("id", "duplicates the id of questions[" + first + "], "
            + Quoting.quote(question.id())).within("questions", q);
      }
      List<Answer> answers = question.answers();
      for (int a = 0; a < answers.size(); a++) {
        String where = "questions[" + q + "].answers[" + a + "]";
        String earlier = answerIds.putIfAbsent(answers.get(a).id(), where);
        if (earlier != null) {
          throw InvalidModelException.of("id", "duplicates the id of " + earlier + ", "
              + Quoting.quote(answers.get(a).id()))
              .within("answers", a).within("questions", q);
        }
      }
    }
  }

  /**
   * A document of the given questions.
   *
   * @param questions the questions
   * @return the document
   * @throws InvalidModelException when ids repeat
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
    for (Question question : questions) {
      Optional<Answer> found = question.answer(id);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    int answers = questions.stream().mapToInt(q -> q.answers().size()).sum();
    return "Document[" + questions.size() + " questions, " + answers + " answers]";
  }
}
