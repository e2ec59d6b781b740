package dev.roundtable.model;

import static dev.roundtable.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {
  private static final Question MENTORING = MentoringExample.question();

  @Test
  void holdsQuestionsInOrder() {
    Question other = Question.builder().id("other").text("Do you need a mentor?").build();

    assertThat(Document.of(MENTORING, other).questions()).containsExactly(MENTORING, other);
  }

  @Test
  void mayHoldNoQuestions() {
    assertThat(new Document(List.of()).questions()).isEmpty();
  }

  @Test
  void rejectsMissingQuestions() {
    assertRejected(() -> new Document(null), "questions", "is required");
  }

  @Test
  void rejectsANullQuestionNamingItsIndex() {
    assertRejected(() -> new Document(Arrays.asList(MENTORING, null)), "questions[1]",
        "must not be null");
  }

  @Test
  void rejectsANullQuestionGivenToTheShorthandNamingItsIndex() {
    assertRejected(() -> Document.of(MENTORING, null), "questions[1]", "must not be null");
  }

  @Test
  void rejectsTwoQuestionsWithTheSameId() {
    Question again = MENTORING.toBuilder().answers(List.of()).build();

    assertRejected(() -> Document.of(MENTORING, again), "questions[1].id",
        "duplicates the id of questions[0], \"why-have-a-mentor\"");
  }

  @Test
  void rejectsTheSameAnswerIdUnderTwoQuestions() {
    Question other = Question.builder().id("other").text("Do you need a mentor?")
        .answer(MentoringExample.featured().toBuilder().url((String) null).build()).build();

    assertRejected(() -> Document.of(MENTORING, other), "questions[1].answers[0].id",
        "duplicates the id of questions[0].answers[7], \"jenni-luke\"");
  }

  @Test
  void rejectsTheSameAnswerUrlUnderTwoQuestions() {
    Answer elsewhere = MentoringExample.featured().toBuilder().id("elsewhere")
        .url(MentoringExample.BASE + "gay-gaddis").build();
    Question other = Question.builder().id("other").text("Do you need a mentor?")
        .answer(elsewhere).build();

    assertRejected(() -> Document.of(MENTORING, other), "questions[1].answers[0].url",
        "duplicates the url of questions[0].answers[1], \"" + MentoringExample.BASE
            + "gay-gaddis\"");
  }

  @Test
  void namesEveryRepeatedIdAndUrlNotJustTheFirst() {
    Question again = MENTORING.toBuilder().id("again").build();

    InvalidModelException e = catchThrowableOfType(InvalidModelException.class,
        () -> Document.of(MENTORING, again));

    // each of the 8 answers repeats both its id and its URL
    assertThat(e.getMessage()).contains("questions[1].answers[7].id: duplicates the id of "
        + "questions[0].answers[7]", "questions[1].answers[7].url: duplicates the url of "
        + "questions[0].answers[7]", "(and 15 more");
  }

  @Test
  void quotesARepeatedIdWithoutItsBidirectionalOrLineSeparatorCharacters() {
    Question first = Question.builder().id("q\u202Eevil\u2028forged: line").text("Why?").build();
    Question second = first.toBuilder().text("Why not?").build();

    InvalidModelException e = catchThrowableOfType(InvalidModelException.class,
        () -> Document.of(first, second));

    assertThat(e.rule()).isEqualTo(
        "duplicates the id of questions[0], \"q\\u202Eevil\\u2028forged: line\"");
    assertThat(e.getMessage()).doesNotContain("\u202E", "\u2028");
  }

  @Test
  void findsQuestionsAndAnswersById() {
    Document document = MentoringExample.document();

    assertThat(document.question("why-have-a-mentor")).contains(MENTORING);
    assertThat(document.question("jenni-luke")).isEmpty();
    assertThat(document.answer("jenni-luke")).contains(MentoringExample.featured());
    assertThat(document.answer("why-have-a-mentor")).isEmpty();
  }
}
