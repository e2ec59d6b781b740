package dev.roundtable.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** "Read all answers": the related links derived from a question's other answers. */
class RelatedLinksTest {
  private static final Question QUESTION = MentoringExample.question();
  private static final Answer FEATURED = MentoringExample.featured();

  @Test
  void linksTheOtherAnswersInPublicationOrder() {
    List<RelatedLink> links = QUESTION.relatedLinksFor(FEATURED);

    assertThat(links).extracting(RelatedLink::title).containsExactly(
        "Why you don’t need a mentor to be successful",
        "What qualities should you look for in a mentor?",
        "4 things to consider before choosing a mentor",
        "The most important quality a mentor should have",
        "Why women are more likely to be mentors",
        "3 reasons every employee needs a mentor",
        "Why this AOL executive chooses her mentors — wisely");
  }

  @Test
  void creditsEachLinkToItsAnswersContributorAtItsUrl() {
    Answer beth = QUESTION.answers().get(0);

    RelatedLink first = QUESTION.relatedLinksFor(FEATURED).get(0);

    assertThat(first.url()).isEqualTo(beth.url().orElseThrow());
    assertThat(first.contributor()).contains(beth.contributor());
    assertThat(first.contributor().orElseThrow().byline().text())
        .isEqualTo("Beth Brooke-Marciniak, Global Vice Chair of Public Policy at Ernst & Young");
  }

  @Test
  void leavesOutTheAnswerItself() {
    Answer beth = QUESTION.answers().get(0);

    assertThat(QUESTION.relatedLinksFor(beth)).hasSize(7)
        .extracting(RelatedLink::title).doesNotContain(beth.headline())
        .contains(FEATURED.headline());
  }

  @Test
  void leavesOutAnswersWithoutAUrl() {
    Answer noUrl = FEATURED.toBuilder().id("no-url").url((String) null).build();
    Question question = QUESTION.toBuilder().answer(noUrl).build();

    assertThat(question.relatedLinksFor(FEATURED)).hasSize(7)
        .extracting(RelatedLink::title).doesNotContain(noUrl.headline());
  }

  @Test
  void prefersTheAnswersOwnRelatedLinks() {
    RelatedLink own = RelatedLink.of("Further reading", "https://example.com/reading");
    Answer withLinks = FEATURED.toBuilder().relatedLink(own).build();
    Question question = QUESTION.toBuilder().answers(List.of(QUESTION.answers().get(0), withLinks))
        .build();

    assertThat(question.relatedLinksFor(withLinks)).containsExactly(own);
  }

  @Test
  void isEmptyForTheOnlyAnswer() {
    Question question = QUESTION.toBuilder().answers(List.of(FEATURED)).build();

    assertThat(question.relatedLinksFor(FEATURED)).isEmpty();
  }

  @Test
  void rejectsAnAnswerToAnotherQuestion() {
    Answer stranger = FEATURED.toBuilder().id("stranger").build();

    assertThatIllegalArgumentException().isThrownBy(() -> QUESTION.relatedLinksFor(stranger))
        .withMessage("answer \"stranger\" is not an answer to question \"why-have-a-mentor\"");
  }

  @Test
  void rejectsADifferentAnswerWithTheSameId() {
    Answer impostor = FEATURED.toBuilder().publishedAt(Instant.parse("2020-01-01T00:00:00Z"))
        .build();

    assertThatIllegalArgumentException().isThrownBy(() -> QUESTION.relatedLinksFor(impostor));
  }

  /** A question of {@code n} answers, "a0" to "a(n-1)"; those at {@code withoutUrl} have none. */
  private static Question many(int n, IntPredicate withoutUrl) {
    List<Answer> answers = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      answers.add(FEATURED.toBuilder().id("a" + i).headline("Answer " + i)
          .url(withoutUrl.test(i) ? null : "https://example.com/answers/" + i).build());
    }
    return QUESTION.toBuilder().answers(answers).build();
  }

  /** The titles of the links derived for the answer at {@code position}, by default. */
  private static List<String> linkedTitles(Question question, int position) {
    return question.relatedLinksFor(question.answers().get(position)).stream()
        .map(RelatedLink::title).toList();
  }

  private static List<String> titles(int... positions) {
    return IntStream.of(positions).mapToObj(i -> "Answer " + i).toList();
  }

  @Test
  void derivesAtMostTwelveLinksByDefault() {
    Question question = many(100, i -> false);

    for (Answer answer : question.answers()) {
      assertThat(question.relatedLinksFor(answer)).as(answer.id()).hasSize(12);
    }
  }

  @Test
  void linksTheSixAnswersBeforeAndTheSixAfterInPublicationOrder() {
    Question question = many(100, i -> false);

    assertThat(linkedTitles(question, 50)).containsExactlyElementsOf(
        titles(44, 45, 46, 47, 48, 49, 51, 52, 53, 54, 55, 56));
  }

  @Test
  void linksTheNearestTwelveAtEitherEndOfTheQuestion() {
    Question question = many(100, i -> false);

    assertThat(linkedTitles(question, 0)).containsExactlyElementsOf(
        titles(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
    assertThat(linkedTitles(question, 2)).containsExactlyElementsOf(
        titles(0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
    assertThat(linkedTitles(question, 99)).containsExactlyElementsOf(
        titles(87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98));
  }

  @Test
  void countsOnlyTheAnswersThatHaveAUrl() {
    Question question = many(100, i -> i % 2 == 1);

    assertThat(linkedTitles(question, 51)).containsExactlyElementsOf(
        titles(40, 42, 44, 46, 48, 50, 52, 54, 56, 58, 60, 62));
    assertThat(linkedTitles(question, 50)).containsExactlyElementsOf(
        titles(38, 40, 42, 44, 46, 48, 52, 54, 56, 58, 60, 62));
  }

  @Test
  void takesOneMoreAfterThanBeforeForAnOddLimit() {
    Question question = many(100, i -> false);

    assertThat(question.relatedLinksFor(question.answers().get(50), 5))
        .extracting(RelatedLink::title).containsExactlyElementsOf(titles(48, 49, 51, 52, 53));
  }

  @Test
  void derivesEveryOtherAnswerUpToTheLimitAndNoneForZero() {
    assertThat(QUESTION.relatedLinksFor(FEATURED, 7)).isEqualTo(QUESTION.relatedLinksFor(FEATURED))
        .hasSize(7);
    assertThat(QUESTION.relatedLinksFor(FEATURED, 0)).isEmpty();
  }

  @Test
  void rejectsANegativeLimit() {
    assertThatIllegalArgumentException().isThrownBy(() -> QUESTION.relatedLinksFor(FEATURED, -1))
        .withMessage("max must be at least 0, was -1");
  }

  @Test
  void keepsEveryOneOfTheAnswersOwnLinks() {
    Answer.Builder withLinks = FEATURED.toBuilder();
    IntStream.range(0, 30).forEach(i ->
        withLinks.relatedLink(RelatedLink.of("Reading " + i, "https://example.com/r/" + i)));
    Answer answer = withLinks.build();
    Question question = QUESTION.toBuilder().answers(List.of(QUESTION.answers().get(0), answer))
        .build();

    assertThat(question.relatedLinksFor(answer)).hasSize(30).isEqualTo(answer.relatedLinks());
    assertThat(question.relatedLinksFor(answer, 0)).isEqualTo(answer.relatedLinks());
  }

  @Test
  void findsTheLinksOfEveryOneOf100000AnswersInLinearTime() {
    Question withUrls = many(100_000, i -> false);
    Question withoutUrls = many(100_000, i -> true);

    long links = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      long count = 0;
      for (Question question : List.of(withUrls, withoutUrls)) {
        for (Answer answer : question.answers()) {
          count += question.relatedLinksFor(answer).size();
          assertThat(question.answer(answer.id())).containsSame(answer);
        }
      }
      return count;
    });

    assertThat(links).isEqualTo(12L * 100_000);
  }

  @Test
  void rejectsAMissingAnswer() {
    assertThatNullPointerException().isThrownBy(() -> QUESTION.relatedLinksFor(null));
  }
}
