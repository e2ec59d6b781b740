package dev.roundtable.json;

import static dev.roundtable.json.LdGraph.SCHEMA;
import static dev.roundtable.json.LdGraph.expand;
import static dev.roundtable.json.LdGraph.first;
import static dev.roundtable.json.LdGraph.follow;
import static dev.roundtable.json.LdGraph.parse;
import static dev.roundtable.json.LdGraph.text;
import static dev.roundtable.json.LdGraph.type;
import static dev.roundtable.json.SmallPanel.ADA;
import static dev.roundtable.json.SmallPanel.ADA_AGAIN;
import static dev.roundtable.json.SmallPanel.ADA_FIRST;
import static dev.roundtable.json.SmallPanel.BASE;
import static dev.roundtable.json.SmallPanel.CHARLES;
import static dev.roundtable.json.SmallPanel.QUESTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.model.Answer;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Question;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON-LD of each page, expanded by titanium, is one linked graph: references by
 * {@code @id} reach the nodes Google asks for, with the properties it documents.
 */
class JsonLdGraphTest {
  private static final String ANSWER = BASE + "panel/engines/ada";
  private static final Map<String, JsonObject> ANSWER_PAGE =
      expand(JsonLd.defaults().answerPage(QUESTION, ADA_FIRST));
  private static final JsonObject ARTICLE = ANSWER_PAGE.get(ANSWER + "#article");

  static Stream<String> pages() {
    Question mentoring = MentoringExample.question();
    return Stream.of(JsonLd.defaults().answerPage(QUESTION, ADA_FIRST),
        JsonLd.defaults().answerPage(QUESTION, ADA_AGAIN),
        JsonLd.defaults().questionPage(QUESTION),
        JsonLd.builder().acceptsUserAnswers(true).build().questionPage(QUESTION),
        JsonLd.defaults().profilePage(ADA, List.of(ADA_FIRST, ADA_AGAIN)),
        JsonLd.defaults().profilePage(CHARLES, List.of()),
        JsonLd.defaults().answerPage(mentoring, MentoringExample.featured()),
        JsonLd.defaults().questionPage(mentoring));
  }

  @ParameterizedTest
  @MethodSource("pages")
  void everyIdIsDefinedOnceAndEveryReferenceIsToANodeOfThePage(String ld) {
    assertThat(LdGraph.definitions(parse(ld)))
        .isNotEmpty().allSatisfy((id, n) -> assertThat(n).as(id).isOne());
    assertThat(expand(ld)).isNotEmpty();
  }

  @Test
  void theArticlesAuthorIsThePersonNodeWithItsUrlSameAsAndPortrait() {
    JsonObject person = follow(ANSWER_PAGE, ARTICLE, "author");

    assertThat(type(person)).isEqualTo("Person");
    assertThat(person.getString("@id")).isEqualTo(BASE + "people/ada#person");
    assertThat(text(person, "name")).isEqualTo("Ada Lovelace");
    assertThat(text(person, "url")).isEqualTo(BASE + "people/ada");
    assertThat(person.getJsonArray(SCHEMA + "sameAs")).extracting(v -> v.asJsonObject()
        .getString("@value")).containsExactly("https://en.wikipedia.org/wiki/Ada_Lovelace",
            "https://social.example/@ada");
    assertThat(text(first(person, "image"), "url")).isEqualTo(BASE + "people/ada.jpg");
    assertThat(text(first(person, "image"), "caption")).isEqualTo("Ada at her desk");
    assertThat(text(first(person, "worksFor"), "name")).isEqualTo("Engines Ltd");
  }

  @Test
  void thePublisherIsAnOrganizationWithItsLogoAndTheLogosSize() {
    JsonObject organization = follow(ANSWER_PAGE, ARTICLE, "publisher");
    JsonObject logo = first(organization, "logo");

    assertThat(type(organization)).isEqualTo("Organization");
    assertThat(text(organization, "name")).isEqualTo("Engine Weekly");
    assertThat(text(organization, "url")).isEqualTo(BASE);
    assertThat(type(logo)).isEqualTo("ImageObject");
    assertThat(text(logo, "url")).isEqualTo(BASE + "logo.png");
    assertThat(text(logo, "width")).isEqualTo("600");
    assertThat(text(logo, "height")).isEqualTo("60");
    assertThat(follow(ANSWER_PAGE, follow(ANSWER_PAGE, ARTICLE, "isPartOf"), "publisher"))
        .isSameAs(organization);
  }

  @Test
  void theBreadcrumbsAreTheSeriesTheQuestionAndTheAnswerAtPositionsOneTwoThree() {
    JsonObject page = follow(ANSWER_PAGE, ARTICLE, "mainEntityOfPage");
    JsonObject breadcrumbs = follow(ANSWER_PAGE, page, "breadcrumb");

    assertThat(type(breadcrumbs)).isEqualTo("BreadcrumbList");
    assertThat(breadcrumbs.getString("@id")).isEqualTo(ANSWER + "#breadcrumb");
    assertThat(crumbs(breadcrumbs)).containsExactly(
        "1 The Panel " + BASE + "panel/",
        "2 What will engines do? " + BASE + "panel/engines",
        "3 Engines weave patterns " + ANSWER);
  }

  @Test
  void aBreadcrumbWithoutAUrlKeepsItsNameAndGoesWithoutItem() {
    Answer plain = ADA_FIRST.toBuilder().url((String) null).build();
    Question bare = QUESTION.toBuilder().url((String) null)
        .series(dev.roundtable.model.Series.named("The Panel")).answers(List.of(plain)).build();
    Map<String, JsonObject> graph = expand(JsonLd.defaults().answerPage(bare, plain), ANSWER);

    assertThat(crumbs(graph.get(ANSWER + "#breadcrumb")))
        .containsExactly("1 The Panel -", "2 What will engines do? -",
            "3 Engines weave patterns -");
  }

  private static List<String> crumbs(JsonObject breadcrumbs) {
    return breadcrumbs.getJsonArray(SCHEMA + "itemListElement").stream()
        .map(JsonValue::asJsonObject)
        .map(item -> {
          assertThat(type(item)).isEqualTo("ListItem");
          return text(item, "position") + " " + text(item, "name") + " "
              + (item.containsKey(SCHEMA + "item") ? text(item, "item") : "-");
        })
        .toList();
  }

  @Test
  void theImagesAreThePictureAndEachCropWithItsSize() {
    List<String> images = ARTICLE.getJsonArray(SCHEMA + "image").stream()
        .map(JsonValue::asJsonObject)
        .map(i -> type(i) + " " + text(i, "contentUrl") + " " + text(i, "width") + "x"
            + text(i, "height") + " " + text(i, "caption") + " / " + text(i, "creditText"))
        .toList();

    String words = " The analytical engine / Photograph by L. Menabrea";
    assertThat(images).containsExactly(
        "ImageObject " + BASE + "img/engine.jpg 1600x1200" + words,
        "ImageObject " + BASE + "img/engine-16x9.jpg 1600x900" + words,
        "ImageObject " + BASE + "img/engine-4x3.jpg 1200x900" + words,
        "ImageObject " + BASE + "img/engine-1x1.jpg 900x900" + words);
    assertThat(first(ANSWER_PAGE.get(ANSWER), "primaryImageOfPage").getString("@id"))
        .isEqualTo(first(ARTICLE, "image").getString("@id"));
  }

  @Test
  void theDatesCarryTheirOffset() {
    JsonObject page = ANSWER_PAGE.get(ANSWER);

    for (String date : List.of(text(ARTICLE, "datePublished"), text(ARTICLE, "dateModified"),
        text(page, "datePublished"), text(page, "dateModified"))) {
      assertThat(date).matches(".*T\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)");
      assertThat(OffsetDateTime.parse(date).getOffset().getTotalSeconds()).isZero();
    }
    assertThat(text(ARTICLE, "datePublished")).isEqualTo("2025-03-01T09:30:00Z");
    assertThat(text(ARTICLE, "dateModified")).isEqualTo("2025-03-02T10:00:00Z");
  }
}
