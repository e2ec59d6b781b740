package dev.roundtable.cli;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Document;
import dev.roundtable.model.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * What to export from a document: every question, one question ({@code --question ID}) or one
 * answer ({@code --answer ID}) with the question it answers.
 *
 * @param document the whole document
 * @param questions the chosen questions (one when an answer is chosen)
 * @param answer the chosen answer, or {@code null} for all answers of {@code questions}
 * @param questionChosen whether {@code --question} or {@code --answer} narrowed the document
 */
record Selection(Document document, List<Question> questions, Answer answer, boolean questionChosen) {
  Selection {
    questions = List.copyOf(questions);
  }

  /**
   * Applies {@code --question} and {@code --answer}.
   *
   * @throws ParameterException (a usage error) when an id is not in the document, or the answer
   *     does not belong to the question
   */
  static Selection of(Document document, String questionId, String answerId, CommandLine command) {
    Question question = null;
    if (questionId != null) {
      question = document.question(questionId).orElseThrow(() -> new ParameterException(command,
          "No question with id " + Echo.quote(questionId) + " in the document; it has "
              + ids(document.questions().stream().map(Question::id).toList())));
    }
    if (answerId == null) {
      return question == null
          ? new Selection(document, document.questions(), null, false)
          : new Selection(document, List.of(question), null, true);
    }
    for (Question q : document.questions()) {
      Optional<Answer> answer = q.answer(answerId);
      if (answer.isPresent()) {
        if (question != null && question != q) {
          throw new ParameterException(command, "Answer " + Echo.quote(answerId)
              + " belongs to question " + Echo.quote(q.id()) + ", not " + Echo.quote(questionId));
        }
        return new Selection(document, List.of(q), answer.get(), true);
      }
    }
    List<String> answerIds = new ArrayList<>();
    document.questions().forEach(q -> q.answers().forEach(a -> answerIds.add(a.id())));
    throw new ParameterException(command,
        "No answer with id " + Echo.quote(answerId) + " in the document; it has " + ids(answerIds));
  }

  /** The chosen answers: the one chosen, or every answer of the chosen questions in order. */
  List<Answer> answers() {
    if (answer != null) {
      return List.of(answer);
    }
    List<Answer> answers = new ArrayList<>();
    questions.forEach(q -> answers.addAll(q.answers()));
    return answers;
  }

  /** The question a chosen answer belongs to, or the only chosen question. */
  Optional<Question> singleQuestion() {
    return questions.size() == 1 ? Optional.of(questions.get(0)) : Optional.empty();
  }

  private static String ids(List<String> ids) {
    if (ids.isEmpty()) {
      return "none";
    }
    List<String> shown = ids.size() > 10 ? ids.subList(0, 10) : ids;
    return String.join(", ", shown.stream().map(Echo::escape).toList())
        + (ids.size() > shown.size() ? ", ..." : "");
  }
}
