package dev.roundtable.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled example holds the seed page's facts. */
class MentoringExampleTest {
  private static final Question QUESTION = MentoringExample.question();

  @Test
  void isTheMpwInsiderQuestionAboutMentors() {
    assertThat(QUESTION.text()).isEqualTo("Why is it important to have a mentor?");
    assertThat(QUESTION.series()).map(Series::name).contains("MPW Insider");
  }

  @Test
  void hasEightAnswersWithTheFeaturedOneLast() {
    assertThat(QUESTION.answers()).hasSize(8).last().isEqualTo(MentoringExample.featured());
  }

  @Test
  void creditsEveryPanellistAsTheSeedDoes() {
    assertThat(QUESTION.answers()).extracting(a -> a.byline().text()).containsExactly(
        "Beth Brooke-Marciniak, Global Vice Chair of Public Policy at Ernst & Young",
        "Gay Gaddis, CEO and founder of T3",
        "Camille Preston, founder of AIM Leadership",
        "Kathy Bloomgarden, CEO of Ruder Finn",
        "Alyse Nelson, CEO and co-founder of Vital Voices Global Partnership",
        "Sally Blount, Dean of Northwestern University’s Kellogg School of Management",
        "Allie Kline, CMO of AOL, Inc.",
        "Jenni Luke, CEO of Step Up");
  }

  @Test
  void publishedJenniLukesAnswerOn7May2015At1815Utc() {
    Answer featured = QUESTION.answer("jenni-luke").orElseThrow();

    assertThat(featured.publishedAt()).isEqualTo(Instant.parse("2015-05-07T18:15:00Z"));
    assertThat(featured.headline())
        .isEqualTo("Why mentoring is unlike any other professional relationship");
  }

  @Test
  void creditsThePhotograph() {
    Image image = MentoringExample.featured().image().orElseThrow();

    assertThat(image.credit()).contains("Photograph by Maya Myers");
    assertThat(image.alt()).isNotBlank();
  }

  @Test
  void listsTheAnswersInPublicationOrder() {
    List<Instant> dates = new ArrayList<>();
    QUESTION.answers().forEach(a -> dates.add(a.publishedAt()));

    assertThat(dates).isSorted();
  }

  @Test
  void usesOnlyUrlsUnderExampleDotCom() {
    List<Url> urls = new ArrayList<>();
    QUESTION.url().ifPresent(urls::add);
    QUESTION.series().flatMap(Series::url).ifPresent(urls::add);
    for (Answer answer : QUESTION.answers()) {
      answer.url().ifPresent(urls::add);
      answer.image().map(Image::url).ifPresent(urls::add);
      answer.contributor().url().ifPresent(urls::add);
    }

    assertThat(urls).hasSizeGreaterThan(10)
        .allSatisfy(url -> assertThat(url.toString()).startsWith("https://example.com/"));
  }

  @Test
  void isBuiltAnewEachTimeButEqual() {
    assertThat(MentoringExample.question()).isNotSameAs(QUESTION).isEqualTo(QUESTION);
    assertThat(MentoringExample.document().questions()).containsExactly(QUESTION);
  }

  @Test
  void isAlsoBundledAsJsonWithTheSameFacts() throws IOException {
    String json = Files.readString(Path.of("../examples/mentoring.json"), StandardCharsets.UTF_8);

    assertThat(json).contains("\"format\": \"roundtable/1\"", "\"MPW Insider\"",
        "\"2015-05-07T18:15:00Z\"", "\"Photograph by Maya Myers\"");
    for (Answer answer : QUESTION.answers()) {
      assertThat(json).contains("\"" + answer.id() + "\"", "\"" + answer.headline() + "\"",
          "\"" + answer.contributor().name() + "\"");
    }
  }
}
