package dev.roundtable.json;

import static dev.roundtable.json.LdGraph.SCHEMA;
import static dev.roundtable.json.LdGraph.expand;
import static dev.roundtable.json.LdGraph.first;
import static dev.roundtable.json.LdGraph.follow;
import static dev.roundtable.json.LdGraph.node;
import static dev.roundtable.json.LdGraph.parse;
import static dev.roundtable.json.LdGraph.text;
import static dev.roundtable.json.LdGraph.type;
import static dev.roundtable.json.SmallPanel.ADA;
import static dev.roundtable.json.SmallPanel.ADA_AGAIN;
import static dev.roundtable.json.SmallPanel.ADA_FIRST;
import static dev.roundtable.json.SmallPanel.BASE;
import static dev.roundtable.json.SmallPanel.CHARLES;
import static dev.roundtable.json.SmallPanel.CHARLES_ANSWER;
import static dev.roundtable.json.SmallPanel.QUESTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Question;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The question's page, the contributor's profile page, and pages without URLs: what each
 * graph holds, expanded by titanium, and how its ids are made.
 */
class JsonLdPagesTest {
  private static final String PAGE = BASE + "panel/engines";

  @Test
  void theQuestionPageHasOnePersonPerContributorEvenWhenTheyAnswerTwice() {
    Map<String, JsonObject> graph = expand(JsonLd.defaults().questionPage(QUESTION));
    JsonObject question = follow(graph, graph.get(PAGE), "mainEntity");

    List<String> people = graph.values().stream().filter(n -> type(n).equals("Person"))
        .map(n -> n.getString("@id") + " " + text(n, "name")).toList();
    assertThat(people).containsExactly(BASE + "people/ada#person Ada Lovelace",
        PAGE + "#author-charles-babbage Charles Babbage");
    List<String> authors = question.getJsonArray(SCHEMA + "suggestedAnswer").stream()
        .map(a -> first(a.asJsonObject(), "author").getString("@id")).toList();
    assertThat(authors).containsExactly(BASE + "people/ada#person",
        PAGE + "#author-charles-babbage", BASE + "people/ada#person");
    assertThat(graph).containsKeys(authors.toArray(String[]::new));
  }

  @Test
  void theQuestionPageIsACollectionPageOfTheSeriesWithItsPublisherAndBreadcrumbs() {
    Map<String, JsonObject> graph = expand(JsonLd.defaults().questionPage(QUESTION));
    JsonObject page = graph.get(PAGE);

    assertThat(type(page)).isEqualTo("CollectionPage");
    assertThat(type(follow(graph, page, "mainEntity"))).isEqualTo("Question");
    assertThat(text(follow(graph, page, "isPartOf"), "name")).isEqualTo("The Panel");
    assertThat(text(first(follow(graph, page, "publisher"), "logo"), "width")).isEqualTo("600");
    List<String> crumbs = follow(graph, page, "breadcrumb")
        .getJsonArray(SCHEMA + "itemListElement").stream().map(JsonValue::asJsonObject)
        .map(i -> text(i, "position") + " " + text(i, "name") + " " + text(i, "item")).toList();
    assertThat(crumbs).containsExactly("1 The Panel " + BASE + "panel/",
        "2 What will engines do? " + PAGE);
  }

  @Test
  void theProfilePageHasThePersonAsMainEntityAndTheAnswersAsItsParts() {
    Map<String, JsonObject> graph = expand(
        JsonLd.defaults().profilePage(ADA, List.of(ADA_FIRST, ADA_AGAIN)));
    JsonObject page = graph.get(BASE + "people/ada");
    JsonObject person = follow(graph, page, "mainEntity");

    assertThat(type(page)).isEqualTo("ProfilePage");
    assertThat(text(page, "url")).isEqualTo(BASE + "people/ada");
    assertThat(text(page, "dateCreated")).isEqualTo("2025-03-01T09:30:00Z");
    assertThat(text(page, "dateModified")).isEqualTo("2025-03-04T09:30:00Z");
    assertThat(type(person)).isEqualTo("Person");
    assertThat(text(person, "name")).isEqualTo("Ada Lovelace");
    assertThat(text(person, "url")).isEqualTo(BASE + "people/ada");
    assertThat(person.getJsonArray(SCHEMA + "sameAs")).hasSize(2);
    assertThat(text(first(person, "image"), "contentUrl")).isEqualTo(BASE + "people/ada.jpg");
    assertThat(text(first(person, "agentInteractionStatistic"), "userInteractionCount"))
        .isEqualTo("2");
    List<String> parts = page.getJsonArray(SCHEMA + "hasPart").stream()
        .map(JsonValue::asJsonObject)
        .map(a -> type(a) + " " + a.getString("@id") + " " + text(a, "headline") + " "
            + text(a, "url")).toList();
    assertThat(parts).containsExactly(
        "NewsArticle " + PAGE + "/ada#article Engines weave patterns " + PAGE + "/ada",
        "NewsArticle " + PAGE + "/ada-again#article A postscript on poetry " + PAGE
            + "/ada-again");
  }

  @Test
  void anAnswerListedTwiceIsOnePartOfTheProfile() {
    JsonNode graph = parse(JsonLd.defaults().profilePage(ADA, List.of(ADA_FIRST, ADA_FIRST)));

    assertThat(node(graph, "ProfilePage").path("hasPart")).hasSize(1);
    assertThat(node(graph, "Person").path("agentInteractionStatistic")
        .path("userInteractionCount").asInt()).isOne();
    assertThat(LdGraph.definitions(graph)).allSatisfy((id, n) -> assertThat(n).as(id).isOne());
  }

  @Test
  void aProfileWithoutAnswersHasNeitherDatesNorParts() {
    JsonNode page = node(parse(JsonLd.defaults().profilePage(CHARLES, List.of())), "ProfilePage");

    assertThat(page.path("@id").asText()).isEqualTo("#webpage");
    assertThat(page.path("mainEntity").path("@id").asText()).isEqualTo("#author-charles-babbage");
    assertThat(page.has("dateCreated")).isFalse();
    assertThat(page.has("hasPart")).isFalse();
  }

  @Test
  void theProfilePageRefusesAnAnswerBySomeoneElseBeforeWritingAnything() {
    StringWriter out = new StringWriter();

    assertThatThrownBy(() -> JsonLd.defaults().profilePage(ADA, List.of(CHARLES_ANSWER)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("charles");
    assertThatThrownBy(() -> JsonLd.defaults()
        .writeProfilePage(CHARLES, List.of(ADA_FIRST, CHARLES_ANSWER), out))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ada");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void withoutAUrlThePageAndItsNodesAreFragmentsThatResolveAgainstTheDocument() {
    Answer plain = ADA_FIRST.toBuilder().url((String) null)
        .contributor(Contributor.of("José Núñez-Ortiz", null, null)).build();
    Question question = QUESTION.toBuilder().answers(List.of(plain)).build();
    String ld = JsonLd.defaults().answerPage(question, plain);
    JsonNode graph = parse(ld);

    assertThat(node(graph, "WebPage").path("@id").asText()).isEqualTo("#webpage");
    assertThat(node(graph, "NewsArticle").path("@id").asText()).isEqualTo("#article");
    assertThat(node(graph, "NewsArticle").path("mainEntityOfPage").path("@id").asText())
        .isEqualTo("#webpage");
    assertThat(node(graph, "Person").path("@id").asText()).isEqualTo("#author-jose-nunez-ortiz");
    assertThat(node(graph, "BreadcrumbList").path("@id").asText()).isEqualTo("#breadcrumb");
    Map<String, JsonObject> resolved = expand(ld, "https://cms.example/preview/7");
    JsonObject article = resolved.get("https://cms.example/preview/7#article");
    assertThat(follow(resolved, article, "author").getString("@id"))
        .isEqualTo("https://cms.example/preview/7#author-jose-nunez-ortiz");
    assertThat(follow(resolved, article, "mainEntityOfPage").getString("@id"))
        .isEqualTo("https://cms.example/preview/7#webpage");
  }

  @Test
  void contributorsWithoutUrlsAndTheSameNameAreTwoPeopleUnlessTheyAreEqual() {
    Contributor anna = Contributor.of("Anna Ng", "Editor", null);
    Contributor otherAnna = Contributor.of("Anna Ng", "Chemist", null);
    Question q = QUESTION.toBuilder().answers(List.of(
        CHARLES_ANSWER.toBuilder().id("a1").url(PAGE + "/a1").contributor(anna).build(),
        CHARLES_ANSWER.toBuilder().id("a2").url(PAGE + "/a2").contributor(otherAnna).build(),
        CHARLES_ANSWER.toBuilder().id("a3").url(PAGE + "/a3").contributor(anna).build()))
        .build();

    JsonNode graph = parse(JsonLd.defaults().questionPage(q));

    assertThat(LdGraph.nodes(graph, "Person")).extracting(p -> p.path("@id").asText()
        + " " + p.path("jobTitle").asText()).containsExactly(
            PAGE + "#author-anna-ng Editor", PAGE + "#author-anna-ng-2 Chemist");
  }

  @Test
  void aUrlWithAFragmentAlreadyGetsItsKindAddedToThatFragment() {
    Answer anchored = CHARLES_ANSWER.toBuilder().url(PAGE + "#charles")
        .contributor(CHARLES.toBuilder().url(BASE + "people#charles").build()).build();
    Question q = QUESTION.toBuilder().answers(List.of(anchored)).build();

    JsonNode graph = parse(JsonLd.defaults().answerPage(q, anchored));

    assertThat(node(graph, "NewsArticle").path("@id").asText())
        .isEqualTo(PAGE + "#charles-article");
    assertThat(node(graph, "Person").path("@id").asText())
        .isEqualTo(BASE + "people#charles-person");
  }

  @Test
  void theSameModelGivesTheSameBytes() {
    Question copy = QUESTION.toBuilder().build();
    Answer answer = copy.answer("ada").orElseThrow();

    assertThat(JsonLd.defaults().answerPage(copy, answer))
        .isEqualTo(JsonLd.defaults().answerPage(QUESTION, ADA_FIRST));
    assertThat(JsonLd.defaults().questionPage(copy))
        .isEqualTo(JsonLd.defaults().questionPage(QUESTION));
    assertThat(JsonLd.defaults().profilePage(ADA.toBuilder().build(), List.of(answer)))
        .isEqualTo(JsonLd.defaults().profilePage(ADA, List.of(ADA_FIRST)));
  }
}
