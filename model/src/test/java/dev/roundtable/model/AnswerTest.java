package dev.roundtable.model;

import static dev.roundtable.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AnswerTest {
  private static final Instant PUBLISHED = Instant.parse("2015-05-07T18:15:00Z");
  private static final Contributor JENNI = Contributor.of("Jenni Luke", "CEO", "Step Up");

  private static Answer.Builder minimal() {
    return Answer.builder().id("jenni-luke").headline("Why mentoring is unlike any other")
        .publishedAt(PUBLISHED).contributor(JENNI).body("A mentor is not a manager.");
  }

  @Test
  void needsAnIdHeadlinePublicationDateContributorAndBody() {
    Answer answer = minimal().build();

    assertThat(answer.id()).isEqualTo("jenni-luke");
    assertThat(answer.headline()).isEqualTo("Why mentoring is unlike any other");
    assertThat(answer.publishedAt()).isEqualTo(PUBLISHED);
    assertThat(answer.contributor()).isEqualTo(JENNI);
    assertThat(answer.body()).isEqualTo(Body.of("A mentor is not a manager."));
    assertThat(answer.url()).isEmpty();
    assertThat(answer.updatedAt()).isEmpty();
    assertThat(answer.summary()).isEmpty();
    assertThat(answer.image()).isEmpty();
    assertThat(answer.topics()).isEmpty();
    assertThat(answer.relatedLinks()).isEmpty();
  }

  @Test
  void reportsEveryBrokenRuleOfAnAnswerNotJustTheFirst() {
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class,
        () -> minimal().id("").headline(" ").summary("\t").topic("").publishedAt(null).build());

    assertThat(e.field()).isEqualTo("id");
    assertThat(e.getMessage()).contains("headline: must not be blank",
        "publishedAt: is required", "summary: must not be blank", "topics[0]: must not be blank");
  }

  @Test
  void rejectsAMissingId() {
    assertRejected(() -> minimal().id(null).build(), "id", "is required");
  }

  @Test
  void rejectsAnIdWithANewline() {
    assertRejected(() -> minimal().id("jenni\nluke").build(), "id",
        "must not contain control characters (U+000A at index 5)");
  }

  @Test
  void rejectsAMissingHeadline() {
    assertRejected(() -> minimal().headline(null).build(), "headline", "is required");
  }

  @Test
  void rejectsAMissingPublicationDate() {
    assertRejected(() -> minimal().publishedAt(null).build(), "publishedAt", "is required");
  }

  @Test
  void rejectsAMissingContributor() {
    assertRejected(() -> minimal().contributor(null).build(), "contributor", "is required");
  }

  @Test
  void rejectsAMissingBody() {
    assertRejected(() -> minimal().body((Body) null).build(), "body", "is required");
  }

  @Test
  void rejectsAnUpdateBeforePublication() {
    Instant before = PUBLISHED.minusNanos(1);

    assertRejected(() -> minimal().updatedAt(before).build(), "updatedAt",
        "must not be before publishedAt (2015-05-07T18:15:00Z), was " + before);
  }

  @Test
  void acceptsAnUpdateAtTheMomentOfPublication() {
    assertThat(minimal().updatedAt(PUBLISHED).build().updatedAt()).contains(PUBLISHED);
  }

  @Test
  void acceptsAnUpdateAfterPublication() {
    Instant later = PUBLISHED.plusSeconds(3600);

    assertThat(minimal().updatedAt(later).build().updatedAt()).contains(later);
  }

  @Test
  void reportsTheLastModificationAsTheUpdateWhenThereIsOne() {
    Instant later = PUBLISHED.plusSeconds(3600);

    assertThat(minimal().updatedAt(later).build().lastModified()).isEqualTo(later);
    assertThat(minimal().build().lastModified()).isEqualTo(PUBLISHED);
  }

  @Test
  void rejectsAPublicationDateOutsideFourDigitYears() {
    assertRejected(() -> minimal().publishedAt(Instant.MIN).build(), "publishedAt",
        "must be in the years 0001 to 9999");
  }

  @Test
  void rejectsAnUpdateOutsideFourDigitYears() {
    assertRejected(() -> minimal().updatedAt(Instant.MAX).build(), "updatedAt",
        "must be in the years 0001 to 9999");
  }

  @Test
  void rejectsABlankSummary() {
    assertRejected(() -> minimal().summary("\t").build(), "summary", "must not be blank");
  }

  @Test
  void rejectsANullRelatedLinkNamingItsIndex() {
    RelatedLink link = RelatedLink.of("Other answers", "https://example.com/");

    assertRejected(() -> minimal().relatedLinks(Arrays.asList(link, link, null)).build(),
        "relatedLinks[2]", "must not be null");
  }

  @Test
  void rejectsARelatedLinkListThatIsNull() {
    assertRejected(() -> minimal().relatedLinks(null), "relatedLinks", "is required");
  }

  @Test
  void rejectsANullTopicNamingItsIndex() {
    assertRejected(() -> minimal().topic(null).build(), "topics[0]", "must not be null");
  }

  @Test
  void rejectsABodyParagraphThatIsEmptyNamingItsIndex() {
    assertRejected(() -> minimal().body("First.", ""), "body[1]", "must not be empty");
  }

  @Test
  void usesTheSummaryAsTheStandfirst() {
    Answer answer = minimal().summary("Why a mentorship works only when both are open.").build();

    assertThat(answer.standfirst(30)).isEqualTo("Why a mentorship works only…");
  }

  @Test
  void derivesTheStandfirstFromTheBodyWithoutASummary() {
    Answer answer = minimal().body("A mentor is not a manager, and not a friend either.").build();

    assertThat(answer.standfirst(24)).isEqualTo("A mentor is not a…");
  }

  @Test
  void givesTheContributorsByline() {
    assertThat(minimal().build().byline().text()).isEqualTo("Jenni Luke, CEO of Step Up");
  }

  @Test
  void makesAChangedCopyWithToBuilder() {
    Answer answer = MentoringExample.featured();

    Answer changed = answer.toBuilder().headline("A new headline").build();

    assertThat(changed.headline()).isEqualTo("A new headline");
    assertThat(changed.body()).isEqualTo(answer.body());
    assertThat(answer.headline())
        .isEqualTo("Why mentoring is unlike any other professional relationship");
  }

  @Test
  void rebuildsAnEqualAnswerFromItsBuilder() {
    Answer answer = MentoringExample.featured();

    assertThat(answer.toBuilder().build()).isEqualTo(answer).hasSameHashCodeAs(answer);
  }
}
