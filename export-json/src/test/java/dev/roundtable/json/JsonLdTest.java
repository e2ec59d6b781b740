package dev.roundtable.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Question;
import dev.roundtable.model.RandomModels;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JsonLdTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Question QUESTION = MentoringExample.question();
  private static final Answer FEATURED = MentoringExample.featured();
  private static final String SCHEMA = "https://schema.org/";

  /** Serves a minimal schema.org context from memory: the tests never touch the network. */
  private static final DocumentLoader OFFLINE = (url, options) -> JsonDocument.of(
      new StringReader("{\"@context\": {\"@vocab\": \"" + SCHEMA + "\"}}"));

  private static JsonNode parse(String json) throws Exception {
    return MAPPER.readTree(json);
  }

  private static JsonObject expand(String json) throws Exception {
    JsonArray expanded = com.apicatalog.jsonld.JsonLd
        .expand(JsonDocument.of(new StringReader(json))).loader(OFFLINE).get();
    assertThat(expanded).hasSize(1);
    return expanded.getJsonObject(0);
  }

  static java.util.stream.Stream<Long> seeds() {
    return RandomModels.seeds(50);
  }

  @Test
  void describesAnAnswerPageAsANewsArticle() throws Exception {
    JsonNode ld = parse(JsonLd.defaults().answerPage(QUESTION, FEATURED));

    assertThat(ld.path("@context").asText()).isEqualTo("https://schema.org");
    assertThat(ld.path("@type").asText()).isEqualTo("NewsArticle");
    assertThat(ld.path("headline").asText()).isEqualTo(FEATURED.headline());
    assertThat(ld.path("datePublished").asText()).isEqualTo("2015-05-07T18:15:00Z");
    assertThat(ld.path("dateModified").asText()).isEqualTo("2015-05-07T18:15:00Z");
    assertThat(ld.path("url").asText()).isEqualTo(FEATURED.url().orElseThrow().toString());
    assertThat(ld.path("mainEntityOfPage").path("@id").asText()).isEqualTo(ld.path("url").asText());
    assertThat(ld.path("isPartOf").path("name").asText()).isEqualTo("MPW Insider");
    assertThat(ld.path("about").path("@type").asText()).isEqualTo("Question");
    assertThat(ld.path("about").path("name").asText()).isEqualTo(QUESTION.text());
    assertThat(ld.path("relatedLink")).hasSize(7);
  }

  @Test
  void namesTheAuthorAsAPersonWithJobTitleAndEmployerApart() throws Exception {
    JsonNode author = parse(JsonLd.defaults().answerPage(QUESTION, FEATURED)).path("author");

    assertThat(author.isArray()).isTrue();
    assertThat(author.get(0).path("@type").asText()).isEqualTo("Person");
    assertThat(author.get(0).path("name").asText()).isEqualTo("Jenni Luke");
    assertThat(author.get(0).path("jobTitle").asText()).isEqualTo("CEO");
    assertThat(author.get(0).path("worksFor").path("@type").asText()).isEqualTo("Organization");
    assertThat(author.get(0).path("worksFor").path("name").asText()).isEqualTo("Step Up");
    assertThat(author.get(0).path("url").asText()).isEqualTo("https://example.com/people/jenni-luke");
  }

  @Test
  void describesTheImageWithItsCredit() throws Exception {
    JsonNode image = parse(JsonLd.defaults().answerPage(QUESTION, FEATURED)).path("image");

    assertThat(image.path("@type").asText()).isEqualTo("ImageObject");
    assertThat(image.path("creditText").asText()).isEqualTo("Photograph by Maya Myers");
    assertThat(image.path("width").asInt()).isEqualTo(1200);
  }

  @Test
  void writesAnArticleWhenAskedTo() throws Exception {
    JsonLd article = JsonLd.builder().articleType(ArticleType.ARTICLE).build();

    assertThat(parse(article.answerPage(QUESTION, FEATURED)).path("@type").asText())
        .isEqualTo("Article");
  }

  @Test
  void describesAQuestionPageAsACollectionPageWithSuggestedAnswers() throws Exception {
    JsonNode ld = parse(JsonLd.defaults().questionPage(QUESTION));

    assertThat(ld.path("@type").asText()).isEqualTo("CollectionPage");
    JsonNode question = ld.path("mainEntity");
    assertThat(question.path("@type").asText()).isEqualTo("Question");
    assertThat(question.path("name").asText()).isEqualTo(QUESTION.text());
    assertThat(question.path("text").asText()).isEqualTo(QUESTION.text());
    assertThat(question.path("answerCount").asInt()).isEqualTo(8);
    JsonNode last = question.path("suggestedAnswer").get(7);
    assertThat(last.path("@type").asText()).isEqualTo("Answer");
    assertThat(last.path("text").asText()).isEqualTo(FEATURED.body().plainText());
    assertThat(last.path("url").asText()).isEqualTo(FEATURED.url().orElseThrow().toString());
    assertThat(last.path("datePublished").asText()).isEqualTo("2015-05-07T18:15:00Z");
    assertThat(last.path("author").path("name").asText()).isEqualTo("Jenni Luke");
  }

  @Test
  void writesDateCreatedWhenTheQuestionSaysWhenItWasAsked() throws Exception {
    Question asked = QUESTION.toBuilder().askedAt(Instant.parse("2015-04-30T09:00:00Z")).build();

    assertThat(parse(JsonLd.defaults().questionPage(asked)).path("mainEntity")
        .path("dateCreated").asText()).isEqualTo("2015-04-30T09:00:00Z");
  }

  @Test
  void usesQaPageOnlyWhenThePageAcceptsAnswersFromUsers() throws Exception {
    JsonLd forum = JsonLd.builder().acceptsUserAnswers(true).build();

    assertThat(parse(forum.questionPage(QUESTION)).path("@type").asText()).isEqualTo("QAPage");
    assertThat(parse(JsonLd.defaults().questionPage(QUESTION)).path("@type").asText())
        .isNotEqualTo("QAPage");
  }

  @Test
  void expandsAsValidJsonLdAgainstSchemaOrg() throws Exception {
    JsonObject article = expand(JsonLd.defaults().answerPage(QUESTION, FEATURED));
    JsonObject page = expand(JsonLd.defaults().questionPage(QUESTION));

    assertThat(article.getJsonArray("@type").getString(0)).isEqualTo(SCHEMA + "NewsArticle");
    assertThat(article.getJsonArray(SCHEMA + "headline").getJsonObject(0).getString("@value"))
        .isEqualTo(FEATURED.headline());
    assertThat(article.getJsonArray(SCHEMA + "author").getJsonObject(0)
        .getJsonArray("@type").getString(0)).isEqualTo(SCHEMA + "Person");
    assertThat(page.getJsonArray(SCHEMA + "mainEntity").getJsonObject(0)
        .getJsonArray(SCHEMA + "suggestedAnswer")).hasSize(8);
  }

  @Test
  void hostileTextCannotCloseTheScriptElement() throws Exception {
    String hostile = "</script><script>alert(1)</script> & <!-- \u2028 \u2029 > end";
    Answer answer = FEATURED.toBuilder().headline(hostile)
        .contributor(Contributor.of(hostile, hostile, hostile)).summary(hostile).build();
    Question question = QUESTION.toBuilder().text(hostile).answers(java.util.List.of(answer))
        .build();

    String ld = JsonLd.defaults().answerPage(question, answer);

    assertThat(ld).doesNotContain("<").doesNotContain(">").doesNotContain("&")
        .doesNotContain("\u2028").doesNotContain("\u2029")
        .contains("\\u003c/script\\u003e").contains("\\u2028").contains("\\u0026");
    assertThat(parse(ld).path("headline").asText()).isEqualTo(hostile);
  }

  @Test
  void escapesCharactersHtmlForbidsSoTheScriptStaysValidHtml() throws Exception {
    String awkward = "del\u007f c1\u0085 nonchar\ufdd0 \ufffe astral\ud83f\udffe emoji\ud83d\ude00";
    Answer answer = FEATURED.toBuilder().headline(awkward).build();
    Question question = QUESTION.toBuilder().answers(java.util.List.of(answer)).build();

    String ld = JsonLd.defaults().answerPage(question, answer);

    assertThat(ld.chars()).noneMatch(c -> c == 0x7F || (c >= 0x80 && c <= 0x9F)
        || (c >= 0xFDD0 && c <= 0xFDEF) || c == 0xFFFE || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE));
    assertThat(ld).contains("\\u007F").contains("\\u0085").contains("\\uD83F\\uDFFE");
    assertThat(parse(ld).path("headline").asText()).isEqualTo(awkward);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedQuestionsGiveScriptSafeJsonLdThatKeepsTheirText(long seed) throws Exception {
    Question question = new RandomModels(seed).question("q", 3);

    String page = JsonLd.defaults().questionPage(question);

    assertThat(page).as("seed %d", seed).doesNotContain("<").doesNotContain("\u2028");
    assertThat(parse(page).path("name").asText()).as("seed %d", seed).isEqualTo(question.text());
    for (Answer answer : question.answers()) {
      assertThat(parse(JsonLd.defaults().answerPage(question, answer)).path("headline").asText())
          .as("seed %d", seed).isEqualTo(answer.headline());
    }
  }

  @Test
  void writesToAWriterWhatItReturnsAsAString() throws Exception {
    StringWriter out = new StringWriter();

    JsonLd.defaults().writeQuestionPage(QUESTION, out);

    assertThat(out.toString()).isEqualTo(JsonLd.defaults().questionPage(QUESTION));
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
