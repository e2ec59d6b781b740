package dev.roundtable.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.util.List;
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

  @Test
  void rejectsAMissingAnswer() {
    assertThatNullPointerException().isThrownBy(() -> QUESTION.relatedLinksFor(null));
  }
}
