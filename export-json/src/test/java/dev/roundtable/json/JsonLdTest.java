package dev.roundtable.json;

import static dev.roundtable.json.LdGraph.SCHEMA;
import static dev.roundtable.json.LdGraph.node;
import static dev.roundtable.json.LdGraph.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Image;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Publisher;
import dev.roundtable.model.Question;
import dev.roundtable.model.RandomModels;
import dev.roundtable.model.Series;
import jakarta.json.JsonObject;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JsonLdTest {
  private static final Question QUESTION = MentoringExample.question();
  private static final Answer FEATURED = MentoringExample.featured();

  static java.util.stream.Stream<Long> seeds() {
    return RandomModels.seeds(50);
  }

  @Test
  void describesAnAnswerPageAsANewsArticleInAGraph() {
    JsonNode ld = parse(JsonLd.defaults().answerPage(QUESTION, FEATURED));
    JsonNode article = node(ld, "NewsArticle");
    String url = FEATURED.url().orElseThrow().toString();

    assertThat(ld.path("@context").asText()).isEqualTo("https://schema.org");
    assertThat(ld.path("@graph").isArray()).isTrue();
    assertThat(article.path("@id").asText()).isEqualTo(url + "#article");
    assertThat(article.path("headline").asText()).isEqualTo(FEATURED.headline());
    assertThat(article.path("datePublished").asText()).isEqualTo("2015-05-07T18:15:00Z");
    assertThat(article.path("dateModified").asText()).isEqualTo("2015-05-07T18:15:00Z");
    assertThat(article.path("url").asText()).isEqualTo(url);
    assertThat(article.path("mainEntityOfPage").path("@id").asText()).isEqualTo(url);
    assertThat(node(ld, "WebPage").path("@id").asText()).isEqualTo(url);
    assertThat(node(ld, "WebPage").path("name").asText()).isEqualTo(FEATURED.headline());
    assertThat(article.path("isPartOf").path("@id").asText())
        .isEqualTo(node(ld, "CreativeWorkSeries").path("@id").asText());
    assertThat(node(ld, "CreativeWorkSeries").path("name").asText()).isEqualTo("MPW Insider");
    assertThat(article.path("about").path("@type").asText()).isEqualTo("Question");
    assertThat(article.path("about").path("name").asText()).isEqualTo(QUESTION.text());
    assertThat(article.path("relatedLink")).hasSize(7);
  }

  @Test
  void namesTheAuthorAsAPersonWithJobTitleAndEmployerApart() {
    JsonNode ld = parse(JsonLd.defaults().answerPage(QUESTION, FEATURED));
    JsonNode author = node(ld, "Person");

    assertThat(node(ld, "NewsArticle").path("author").get(0).path("@id").asText())
        .isEqualTo(author.path("@id").asText())
        .isEqualTo("https://example.com/people/jenni-luke#person");
    assertThat(author.path("name").asText()).isEqualTo("Jenni Luke");
    assertThat(author.path("jobTitle").asText()).isEqualTo("CEO");
    assertThat(author.path("worksFor").path("@type").asText()).isEqualTo("Organization");
    assertThat(author.path("worksFor").path("name").asText()).isEqualTo("Step Up");
    assertThat(author.path("url").asText()).isEqualTo("https://example.com/people/jenni-luke");
  }

  @Test
  void describesTheImageWithItsCreditThenItsCrops() {
    JsonNode ld = parse(JsonLd.defaults().answerPage(QUESTION, FEATURED));
    JsonNode image = node(ld, "NewsArticle").path("image");

    assertThat(image).hasSize(4);
    assertThat(image.get(1).path("url").asText()).endsWith("jenni-luke-16x9.jpg");
    assertThat(image.get(1).path("height").asInt()).isEqualTo(675);
    assertThat(image.get(3).path("url").asText()).endsWith("jenni-luke-1x1.jpg");
    assertThat(image.get(0).path("@type").asText()).isEqualTo("ImageObject");
    assertThat(image.get(0).path("creditText").asText()).isEqualTo("Photograph by Maya Myers");
    assertThat(image.get(0).path("width").asInt()).isEqualTo(1200);
    assertThat(node(ld, "WebPage").path("primaryImageOfPage").path("@id").asText())
        .isEqualTo(image.get(0).path("@id").asText());
  }

  @Test
  void writesAnArticleWhenAskedTo() {
    JsonLd article = JsonLd.builder().articleType(ArticleType.ARTICLE).build();
    JsonNode ld = parse(article.answerPage(QUESTION, FEATURED));

    assertThat(LdGraph.nodes(ld, "Article")).hasSize(1);
    assertThat(LdGraph.nodes(ld, "NewsArticle")).isEmpty();
  }

  @Test
  void describesAQuestionPageAsACollectionPageWithSuggestedAnswers() {
    JsonNode ld = parse(JsonLd.defaults().questionPage(QUESTION));
    JsonNode page = node(ld, "CollectionPage");
    JsonNode question = node(ld, "Question");

    assertThat(page.path("mainEntity").path("@id").asText())
        .isEqualTo(question.path("@id").asText())
        .isEqualTo(QUESTION.url().orElseThrow() + "#question");
    assertThat(question.path("name").asText()).isEqualTo(QUESTION.text());
    assertThat(question.path("text").asText()).isEqualTo(QUESTION.text());
    assertThat(question.path("answerCount").asInt()).isEqualTo(8);
    JsonNode last = question.path("suggestedAnswer").get(7);
    assertThat(last.path("@type").asText()).isEqualTo("Answer");
    assertThat(last.path("text").asText()).isEqualTo(FEATURED.body().plainText());
    assertThat(last.path("url").asText()).isEqualTo(FEATURED.url().orElseThrow().toString());
    assertThat(last.path("datePublished").asText()).isEqualTo("2015-05-07T18:15:00Z");
    assertThat(last.path("author").path("@id").asText())
        .isEqualTo("https://example.com/people/jenni-luke#person");
    assertThat(LdGraph.nodes(ld, "Person")).hasSize(8)
        .anySatisfy(p -> assertThat(p.path("name").asText()).isEqualTo("Jenni Luke"));
  }

  @Test
  void writesDateCreatedWhenTheQuestionSaysWhenItWasAsked() {
    Question asked = QUESTION.toBuilder().askedAt(Instant.parse("2015-04-30T09:00:00Z")).build();

    assertThat(node(parse(JsonLd.defaults().questionPage(asked)), "Question")
        .path("dateCreated").asText()).isEqualTo("2015-04-30T09:00:00Z");
  }

  @Test
  void usesQaPageOnlyWhenThePageAcceptsAnswersFromUsers() {
    JsonLd forum = JsonLd.builder().acceptsUserAnswers(true).build();

    assertThat(LdGraph.nodes(parse(forum.questionPage(QUESTION)), "QAPage")).hasSize(1);
    assertThat(LdGraph.nodes(parse(JsonLd.defaults().questionPage(QUESTION)), "QAPage"))
        .isEmpty();
  }

  @Test
  void expandsAsValidJsonLdAgainstSchemaOrg() {
    Map<String, JsonObject> article = LdGraph.expand(
        JsonLd.defaults().answerPage(QUESTION, FEATURED));
    Map<String, JsonObject> page = LdGraph.expand(JsonLd.defaults().questionPage(QUESTION));
    JsonObject news = article.get(FEATURED.url().orElseThrow() + "#article");

    assertThat(news.getJsonArray("@type").getString(0)).isEqualTo(SCHEMA + "NewsArticle");
    assertThat(LdGraph.text(news, "headline")).isEqualTo(FEATURED.headline());
    assertThat(LdGraph.type(LdGraph.follow(article, news, "author"))).isEqualTo("Person");
    assertThat(page.get(QUESTION.url().orElseThrow() + "#question")
        .getJsonArray(SCHEMA + "suggestedAnswer")).hasSize(8);
  }

  @Test
  void hostileTextInAnyFieldCannotCloseTheScriptElement() {
    String hostile = "</script><script>alert(1)</script> & <!-- \u2028 \u2029 > end";
    Image picture = new Image(dev.roundtable.model.Url.of("https://example.com/p.jpg"), hostile,
        hostile, 1600, 900);
    Contributor who = Contributor.builder(hostile).role(hostile).organization(hostile)
        .affiliation(hostile).url("https://example.com/people/x").image(picture)
        .sameAs("https://example.com/x").build();
    Answer answer = FEATURED.toBuilder().headline(hostile).contributor(who).summary(hostile)
        .image(picture).topics(List.of(hostile)).build();
    Answer anonymous = answer.toBuilder().id("other").url((String) null)
        .contributor(Contributor.of(hostile, hostile, hostile)).build();
    Series series = new Series(hostile, hostile, null,
        new Publisher(hostile, null, picture));
    Question question = QUESTION.toBuilder().text(hostile).series(series)
        .answers(List.of(answer, anonymous)).build();

    for (String ld : List.of(JsonLd.defaults().answerPage(question, answer),
        JsonLd.defaults().answerPage(question, anonymous), JsonLd.defaults().questionPage(question),
        JsonLd.defaults().profilePage(who, List.of(answer)))) {
      assertThat(ld).doesNotContain("<").doesNotContain(">").doesNotContain("&")
          .doesNotContain("\u2028").doesNotContain("\u2029").doesNotContain("<!--")
          .contains("\\u003c/script\\u003e").contains("\\u2028").contains("\\u0026");
      assertThat(LdGraph.definitions(parse(ld))).allSatisfy((id, n) -> assertThat(n).isOne());
    }
    JsonNode ld = parse(JsonLd.defaults().answerPage(question, answer));
    assertThat(node(ld, "NewsArticle").path("headline").asText()).isEqualTo(hostile);
    assertThat(node(ld, "Organization").path("name").asText()).isEqualTo(hostile);
    assertThat(node(ld, "Organization").path("logo").path("caption").asText()).isEqualTo(hostile);
    assertThat(node(ld, "Person").path("image").path("creditText").asText()).isEqualTo(hostile);
    assertThat(node(ld, "BreadcrumbList").path("itemListElement").get(0).path("name").asText())
        .isEqualTo(hostile);
  }

  @Test
  void escapesCharactersHtmlForbidsSoTheScriptStaysValidHtml() {
    String awkward = "del\u007f c1\u0085 nonchar\ufdd0 \ufffe astral\ud83f\udffe emoji\ud83d\ude00";
    Answer answer = FEATURED.toBuilder().headline(awkward).build();
    Question question = QUESTION.toBuilder().answers(List.of(answer)).build();

    String ld = JsonLd.defaults().answerPage(question, answer);

    assertThat(ld.chars()).noneMatch(c -> c == 0x7F || (c >= 0x80 && c <= 0x9F)
        || (c >= 0xFDD0 && c <= 0xFDEF) || c == 0xFFFE || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE));
    assertThat(ld).contains("\\u007F").contains("\\u0085").contains("\\uD83F\\uDFFE");
    assertThat(node(parse(ld), "NewsArticle").path("headline").asText()).isEqualTo(awkward);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedQuestionsGiveScriptSafeJsonLdThatKeepsTheirTextAndDefinesEachNodeOnce(long seed) {
    Question question = new RandomModels(seed).question("q", 3);

    String page = JsonLd.defaults().questionPage(question);

    assertThat(page).as("seed %d", seed).doesNotContain("<").doesNotContain("\u2028");
    assertThat(node(parse(page), "CollectionPage").path("name").asText()).as("seed %d", seed)
        .isEqualTo(question.text());
    assertThat(LdGraph.definitions(parse(page))).as("seed %d", seed)
        .allSatisfy((id, n) -> assertThat(n).as(id).isOne());
    for (Answer answer : question.answers()) {
      JsonNode ld = parse(JsonLd.defaults().answerPage(question, answer));
      assertThat(node(ld, "NewsArticle").path("headline").asText()).as("seed %d", seed)
          .isEqualTo(answer.headline());
      assertThat(LdGraph.definitions(ld)).as("seed %d", seed)
          .allSatisfy((id, n) -> assertThat(n).as(id).isOne());
    }
  }

  @Test
  void writesToAWriterWhatItReturnsAsAString() throws Exception {
    StringWriter question = new StringWriter();
    StringWriter answer = new StringWriter();
    StringWriter profile = new StringWriter();
    Contributor jenni = FEATURED.contributor();

    JsonLd.defaults().writeQuestionPage(QUESTION, question);
    JsonLd.defaults().writeAnswerPage(QUESTION, FEATURED, answer);
    JsonLd.defaults().writeProfilePage(jenni, List.of(FEATURED), profile);

    assertThat(question.toString()).isEqualTo(JsonLd.defaults().questionPage(QUESTION));
    assertThat(answer.toString()).isEqualTo(JsonLd.defaults().answerPage(QUESTION, FEATURED));
    assertThat(profile.toString())
        .isEqualTo(JsonLd.defaults().profilePage(jenni, List.of(FEATURED)));
  }

  @Test
  void refusesAnAnswerThatIsNotTheQuestions() {
    Answer stranger = FEATURED.toBuilder().id("stranger").build();

    StringWriter out = new StringWriter();

    assertThatThrownBy(() -> JsonLd.defaults().answerPage(QUESTION, stranger))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stranger");
    assertThatThrownBy(() -> JsonLd.defaults().writeAnswerPage(QUESTION, stranger, out))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(out.toString()).isEmpty();
  }
}
