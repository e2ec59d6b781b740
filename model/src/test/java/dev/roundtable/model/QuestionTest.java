package dev.roundtable.model;

import static dev.roundtable.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionTest {
  private static final Answer FEATURED = MentoringExample.featured();

  private static Question.Builder minimal() {
    return Question.builder().id("why-have-a-mentor").text("Why is it important to have a mentor?");
  }

  @Test
  void needsOnlyAnIdAndText() {
    Question question = minimal().build();

    assertThat(question.id()).isEqualTo("why-have-a-mentor");
    assertThat(question.text()).isEqualTo("Why is it important to have a mentor?");
    assertThat(question.url()).isEmpty();
    assertThat(question.series()).isEmpty();
    assertThat(question.topics()).isEmpty();
    assertThat(question.askedAt()).isEmpty();
    assertThat(question.answers()).isEmpty();
  }

  @Test
  void keepsEveryFieldGiven() {
    Question question = minimal().url("https://example.com/q").series(Series.named("MPW Insider"))
        .topic("Leadership").topic("Careers").askedAt(Instant.parse("2015-04-30T09:00:00Z"))
        .answer(FEATURED).build();

    assertThat(question.url()).contains(Url.of("https://example.com/q"));
    assertThat(question.series()).contains(Series.named("MPW Insider"));
    assertThat(question.topics()).containsExactly("Leadership", "Careers");
    assertThat(question.askedAt()).contains(Instant.parse("2015-04-30T09:00:00Z"));
    assertThat(question.answers()).containsExactly(FEATURED);
  }

  @Test
  void rejectsAMissingId() {
    assertRejected(() -> minimal().id(null).build(), "id", "is required");
  }

  @Test
  void rejectsAnEmptyId() {
    assertRejected(() -> minimal().id("").build(), "id", "must not be empty");
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"0001", "0009", "000A", "000D", "001F", "007F", "0080", "0085", "009F"})
  void rejectsControlCharactersInIds(String hex) {
    String id = "why" + (char) Integer.parseInt(hex, 16) + "mentor";

    assertRejected(() -> minimal().id(id).build(), "id",
        "must not contain control characters (U+" + hex + " at index 3)");
  }

  @Test
  void acceptsIdsOfUpTo200CharactersInAnyScript() {
    String prefix = "mentor-\u00E9t\u00E9-\u65E5\u672C-\uD83D\uDE00";
    String id = prefix + "x".repeat(200 - prefix.length());

    assertThat(minimal().id(id).build().id()).hasSize(200);
  }

  @Test
  void countsIdLengthsInCodePointsAsJsonSchemaDoes() {
    String emoji = "\uD83D\uDE00";

    assertThat(minimal().id(emoji.repeat(200)).build().id()).hasSize(400);
    assertRejected(() -> minimal().id(emoji.repeat(201)).build(), "id",
        "must be at most 200 characters long, was 201");
  }

  @Test
  void rejectsIdsLongerThan200Characters() {
    assertRejected(() -> minimal().id("x".repeat(201)).build(), "id",
        "must be at most 200 characters long, was 201");
  }

  @Test
  void rejectsAMissingText() {
    assertRejected(() -> minimal().text(null).build(), "text", "is required");
  }

  @Test
  void rejectsABlankText() {
    assertRejected(() -> minimal().text(" \n ").build(), "text", "must not be blank");
  }

  @Test
  void rejectsAnAnswerListThatIsNull() {
    assertRejected(() -> minimal().answers(null), "answers", "is required");
  }

  @Test
  void rejectsANullAnswerNamingItsIndex() {
    assertRejected(() -> minimal().answers(Arrays.asList(FEATURED, null)).build(), "answers[1]",
        "must not be null");
  }

  @Test
  void rejectsATopicListThatIsNull() {
    assertRejected(() -> minimal().topics(null), "topics", "is required");
  }

  @Test
  void rejectsABlankTopicNamingItsIndex() {
    assertRejected(() -> minimal().topic("Leadership").topic(" ").build(), "topics[1]",
        "must not be blank");
  }

  @Test
  void rejectsTwoAnswersWithTheSameId() {
    Answer again = FEATURED.toBuilder().headline("Another headline")
        .url("https://example.com/again").build();

    assertRejected(() -> minimal().answer(FEATURED).answer(again).build(), "answers[1].id",
        "duplicates the id of answers[0], \"jenni-luke\"");
  }

  @Test
  void rejectsAskedAtBeforeTheYear1() {
    assertRejected(() -> minimal().askedAt(Instant.parse("0000-12-31T23:59:59Z")).build(),
        "askedAt", "must be in the years 0001 to 9999");
  }

  @Test
  void rejectsAskedAtAfterTheYear9999() {
    assertRejected(() -> minimal().askedAt(Instant.parse("+10000-01-01T00:00:00Z")).build(),
        "askedAt", "must be in the years 0001 to 9999");
  }

  @Test
  void acceptsTheFirstAndLastInstantsOfFourDigitYears() {
    assertThatCode(() -> {
      minimal().askedAt(Instant.parse("0001-01-01T00:00:00Z")).build();
      minimal().askedAt(Instant.parse("9999-12-31T23:59:59.999999999Z")).build();
    }).doesNotThrowAnyException();
  }

  @Test
  void rejectsTwoAnswersWithTheSameUrl() {
    Answer first = FEATURED.toBuilder().url("https://example.com/answer").build();
    Answer again = first.toBuilder().id("again").build();

    assertRejected(() -> minimal().answer(first).answer(again).build(), "answers[1].url",
        "duplicates the url of answers[0], \"https://example.com/answer\"");
  }

  @Test
  void acceptsAnswersWithoutUrls() {
    Answer one = FEATURED.toBuilder().id("one").url((String) null).build();
    Answer two = FEATURED.toBuilder().id("two").url((String) null).build();

    assertThat(minimal().answer(one).answer(two).build().answers()).hasSize(2);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {".", ".."})
  void rejectsDotSegmentsAsIds(String id) {
    assertRejected(() -> minimal().id(id).build(), "id", "dot-segment");
    assertRejected(() -> FEATURED.toBuilder().id(id).build(), "id", "dot-segment");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"...", ".a", "a.", "./", "%2E"})
  void acceptsIdsWithDotsThatAreNoDotSegment(String id) {
    assertThat(minimal().id(id).build().id()).isEqualTo(id);
  }

  @Test
  void reportsEveryBrokenRuleOfAQuestionNotJustTheFirst() {
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class,
        () -> minimal().id("..").text(" ").topic("\u00A0").build());

    assertThat(e.field()).isEqualTo("id");
    assertThat(e.getMessage()).contains("text: must not be blank", "topics[0]: must not be blank");
  }

  @Test
  void findsAnAnswerById() {
    Question question = MentoringExample.question();

    assertThat(question.answer("jenni-luke")).contains(FEATURED);
    assertThat(question.answer("nobody")).isEmpty();
  }

  @Test
  void keepsAnswersInTheOrderGiven() {
    Answer first = FEATURED.toBuilder().id("b").publishedAt(Instant.parse("2016-01-01T00:00:00Z"))
        .build();
    Answer second = FEATURED.toBuilder().id("a").url("https://example.com/a").build();

    assertThat(minimal().answer(first).answer(second).build().answers())
        .extracting(Answer::id).containsExactly("b", "a");
  }

  @Test
  void makesAChangedCopyWithToBuilder() {
    Question question = MentoringExample.question();

    Question changed = question.toBuilder().text("Do you need a mentor?").build();

    assertThat(changed.text()).isEqualTo("Do you need a mentor?");
    assertThat(changed.answers()).isEqualTo(question.answers());
    assertThat(question.text()).isEqualTo("Why is it important to have a mentor?");
  }

  @Test
  void rebuildsAnEqualQuestionFromItsBuilder() {
    Question question = MentoringExample.question();

    assertThat(question.toBuilder().build()).isEqualTo(question).hasSameHashCodeAs(question);
  }

  @Test
  void acceptsAListOfAnswersReplacingEarlierOnes() {
    Question question = minimal().answer(FEATURED).answers(List.of()).build();

    assertThat(question.answers()).isEmpty();
  }
}
