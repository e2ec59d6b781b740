package dev.roundtable.html;

import static dev.roundtable.html.PageHeads.content;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtable.json.JsonLd;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Image;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Question;
import dev.roundtable.model.Series;
import dev.roundtable.model.Url;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The head of an answer's page and of a question's page, tag group by tag group. */
class PageHeadTest {
  private static final HtmlExporter HTML = HtmlExporter.defaults();
  private final Question rich = PageHeads.rich();
  private final Answer answer = rich.answers().get(0);
  private final Question minimal = PageHeads.minimal();
  private final Answer bare = minimal.answers().get(0);

  private static Document answerHead(Question question, Answer answer) {
    return PageHeads.parse(HTML.head(question, answer));
  }

  /** Each element of the head as its tag and the name of what it says, in order. */
  private static List<String> tags(Document head) {
    List<String> tags = new ArrayList<>();
    for (Element e : head.head().children()) {
      String key = e.hasAttr("property") ? e.attr("property")
          : e.hasAttr("name") ? e.attr("name") : e.hasAttr("rel") ? e.attr("rel")
              : e.hasAttr("charset") ? "charset" : e.attr("type");
      tags.add(e.tagName() + (key.isEmpty() ? "" : " " + key));
    }
    return tags;
  }

  @Test
  void theTitleIsTheHeadlineThenTheSeriesAsThePreviewPageHadIt() {
    assertThat(answerHead(rich, answer).title())
        .isEqualTo("Why mentoring is unlike any other professional relationship · MPW Insider");
    assertThat(PageHeads.parse(HTML.head(rich)).title())
        .isEqualTo("Why is it important to have a mentor? · MPW Insider");
    assertThat(answerHead(minimal, bare).title()).isEqualTo("Because");
    assertThat(PageHeads.parse(HTML.head(minimal)).title()).isEqualTo("Why mentors?");
  }

  @Test
  void theDescriptionIsTheSummaryElseTheBodysExcerptAsTheStandfirst() {
    assertThat(content(answerHead(rich, answer), "description"))
        .containsExactly(answer.summary().get());
    assertThat(content(answerHead(minimal, bare), "description"))
        .containsExactly("They listen. They ask.");
    Answer longer = bare.toBuilder().body("word ".repeat(100)).build();
    Question withLong = minimal.toBuilder().answers(List.of(longer)).build();
    HtmlExporter brief = HtmlExporter.of(HtmlOptions.builder().standfirstLength(12).build());
    assertThat(content(PageHeads.parse(brief.head(withLong, longer)), "description"))
        .containsExactly(longer.standfirst(12)).allMatch(d -> d.endsWith("…"));
    assertThat(content(PageHeads.parse(HTML.head(rich)), "description"))
        .containsExactly(rich.text());
  }

  @Test
  void theCanonicalLinkAndOgUrlAreThePagesUrl() {
    Document head = answerHead(rich, answer);
    assertThat(head.select("link[rel=canonical]").eachAttr("href"))
        .containsExactly("https://example.com/insider/jenni-luke");
    assertThat(content(head, "og:url")).containsExactly("https://example.com/insider/jenni-luke");
    Document question = PageHeads.parse(HTML.head(rich));
    assertThat(question.select("link[rel=canonical]").eachAttr("href"))
        .containsExactly(rich.url().get().toString());
    assertThat(content(question, "og:url")).containsExactly(rich.url().get().toString());
  }

  @Test
  void openGraphSaysTheArticlesTitleDescriptionAndSiteName() {
    Document head = answerHead(rich, answer);
    assertThat(content(head, "og:type")).containsExactly("article");
    assertThat(content(head, "og:title")).containsExactly(answer.headline());
    assertThat(content(head, "og:description")).containsExactly(answer.summary().get());
    assertThat(content(head, "og:site_name")).containsExactly("Mentoring Press");
  }

  @Test
  void theSiteNameIsTheSeriesWhenThereIsNoPublisher() {
    Question noPublisher = rich.toBuilder()
        .series(Series.named("MPW Insider")).build();
    assertThat(content(answerHead(noPublisher, noPublisher.answers().get(0)), "og:site_name"))
        .containsExactly("MPW Insider");
  }

  @Test
  void theImageIsTheWideCropWithTheImagesAltAndTheCropsSize() {
    Document head = answerHead(rich, answer);
    assertThat(content(head, "og:image"))
        .containsExactly("https://example.com/images/jenni-luke-16x9.jpg");
    assertThat(content(head, "og:image:alt")).containsExactly("Portrait of Jenni Luke");
    assertThat(content(head, "og:image:width")).containsExactly("1200");
    assertThat(content(head, "og:image:height")).containsExactly("675");
  }

  @Test
  void withoutAWideCropTheImageItselfWithWhatIsKnownOfIt() {
    Answer plain = answer.toBuilder()
        .image(Image.of("https://example.com/images/plain.jpg", "")).build();
    Question question = rich.toBuilder().answers(List.of(plain)).build();
    Document head = answerHead(question, plain);

    assertThat(content(head, "og:image")).containsExactly("https://example.com/images/plain.jpg");
    assertThat(content(head, "twitter:image"))
        .containsExactly("https://example.com/images/plain.jpg");
    assertThat(tags(head)).doesNotContain("meta og:image:alt", "meta og:image:width",
        "meta og:image:height", "meta twitter:image:alt");
    Answer sized = answer.toBuilder().image(Image.of("https://example.com/i.jpg", "An owl")
        .withSize(640, 480)).build();
    Document sizedHead = answerHead(rich.toBuilder().answers(List.of(sized)).build(), sized);
    assertThat(content(sizedHead, "og:image:width")).containsExactly("640");
    assertThat(content(sizedHead, "og:image:height")).containsExactly("480");
  }

  @Test
  void articleTagsSayTheDatesTheAuthorTheSectionAndTheTopics() {
    Document head = answerHead(rich, answer);
    assertThat(content(head, "article:published_time")).containsExactly("2015-05-07T18:15:00Z");
    assertThat(content(head, "article:modified_time"))
        .containsExactly("2015-05-08T09:30:00.250Z");
    assertThat(content(head, "article:author"))
        .containsExactly("https://example.com/people/jenni-luke");
    assertThat(content(head, "article:section")).containsExactly("MPW Insider");
    assertThat(content(head, "article:tag")).containsExactly("Mentoring", "Leadership");
  }

  @Test
  void aQuestionsPageNamesEveryContributorOnceInPublicationOrder() {
    Document head = PageHeads.parse(HTML.head(rich));
    assertThat(content(head, "article:author")).containsExactly(
        "https://example.com/people/jenni-luke", "https://example.com/people/bob-ray");
    assertThat(content(head, "fediverse:creator"))
        .containsExactly("@jenni@social.example", "@bob@social.example");
    assertThat(content(head, "article:published_time")).containsExactly("2015-05-01T09:00:00Z");
    assertThat(content(head, "article:modified_time"))
        .containsExactly("2015-05-08T09:30:00.250Z");
    assertThat(content(head, "article:tag")).containsExactly("Leadership", "Careers");
  }

  @Test
  void aQuestionsPageShowsThePictureOfItsNewestAnswerThatHasOne() {
    Image older = Image.of("https://example.com/images/older.jpg", "An older picture")
        .withSize(1200, 800);
    Answer first = answer.toBuilder().image(older).build();
    Answer newer = rich.answers().get(1).toBuilder().image(Image.of(
        "https://example.com/images/newer.jpg", "A newer picture").withSize(1600, 900)).build();
    assertThat(newer.publishedAt()).isAfter(first.publishedAt());
    Question both = rich.toBuilder().answers(List.of(first, newer)).build();

    Document head = PageHeads.parse(HTML.head(both));

    assertThat(content(head, "og:image")).containsExactly("https://example.com/images/newer.jpg");
    assertThat(content(head, "og:image:alt")).containsExactly("A newer picture");
    assertThat(content(head, "og:image:width")).containsExactly("1600");
    assertThat(content(head, "twitter:card")).containsExactly("summary_large_image");
    Question none = rich.toBuilder().answers(List.of(answer.toBuilder().image(null).build()))
        .build();
    assertThat(content(PageHeads.parse(HTML.head(none)), "og:image")).isEmpty();
    assertThat(content(PageHeads.parse(HTML.head(none)), "twitter:card"))
        .containsExactly("summary");
  }

  @Test
  void twitterTagsRepeatTheCardsTitleDescriptionAndImage() {
    Document head = answerHead(rich, answer);
    assertThat(content(head, "twitter:card")).containsExactly("summary_large_image");
    assertThat(content(head, "twitter:title")).containsExactly(answer.headline());
    assertThat(content(head, "twitter:description")).containsExactly(answer.summary().get());
    assertThat(content(head, "twitter:image"))
        .containsExactly("https://example.com/images/jenni-luke-16x9.jpg");
    assertThat(content(head, "twitter:image:alt")).containsExactly("Portrait of Jenni Luke");
    assertThat(head.select("meta[property^=twitter:]")).isEmpty();
    assertThat(head.select("meta[name^=og:], meta[name^=article:]")).isEmpty();
  }

  @Test
  void theFediverseCreatorIsTheContributorsHandle() {
    assertThat(content(answerHead(rich, answer), "fediverse:creator"))
        .containsExactly("@jenni@social.example");
    assertThat(content(answerHead(minimal, bare), "fediverse:creator")).isEmpty();
  }

  @Test
  void feedLinksAnnounceTheOptionsFeedsInTheirOrder() {
    HtmlExporter html = HtmlExporter.of(HtmlOptions.builder().feeds(List.of(
        new FeedLink(FeedLink.RSS, "RSS 2.0", "rss.xml"),
        new FeedLink(FeedLink.ATOM, "Atom 1.0", Url.of("https://example.com/atom.xml")),
        new FeedLink(FeedLink.JSON_FEED, "", "feed.json"))).build());
    for (Fragment fragment : List.of(html.head(rich, answer), html.head(minimal),
        html.feedLinks())) {
      List<Element> links = PageHeads.parse(fragment).select("link[rel=alternate]");
      assertThat(links).extracting(e -> e.attr("type")).containsExactly(
          "application/rss+xml", "application/atom+xml", "application/feed+json");
      assertThat(links).extracting(e -> e.attr("href"))
          .containsExactly("rss.xml", "https://example.com/atom.xml", "feed.json");
      assertThat(links).extracting(e -> e.attr("title")).containsExactly("RSS 2.0", "Atom 1.0", "");
      assertThat(links.get(2).hasAttr("title")).isFalse();
    }
    assertThat(HTML.feedLinks().toString()).isEmpty();
  }

  @Test
  void theJsonLdOfThePageComesLastWhenTheOptionsHaveStructuredData() {
    HtmlExporter html = HtmlExporter.of(HtmlOptions.builder()
        .structuredData(JsonLd.defaults()).build());
    Document answerPage = PageHeads.parse(html.head(rich, answer));
    Document questionPage = PageHeads.parse(html.head(rich));

    assertThat(tags(answerPage)).last().isEqualTo("script application/ld+json");
    assertThat(answerPage.selectFirst("script").data())
        .isEqualTo(JsonLd.defaults().answerPage(rich, answer));
    assertThat(questionPage.selectFirst("script").data())
        .isEqualTo(JsonLd.defaults().questionPage(rich));
    assertThat(answerHead(rich, answer).select("script")).isEmpty();
  }

  @Test
  void theArticleLeavesTheJsonLdToTheHeadWhenItsOptionsSayNone() {
    HtmlOptions withJsonLd = HtmlOptions.builder().structuredData(JsonLd.defaults()).build();
    HtmlExporter article = HtmlExporter.of(withJsonLd.toBuilder()
        .metadata(HtmlOptions.Metadata.NONE).build());
    String page = HtmlExporter.of(withJsonLd).head(rich, answer) + "\n"
        + article.answer(rich, answer);

    assertThat(page.split("application/ld\\+json", -1)).hasSize(2);
  }

  @Test
  void theTagsComeInTheDocumentedOrder() {
    HtmlExporter html = HtmlExporter.of(HtmlOptions.builder().structuredData(JsonLd.defaults())
        .feeds(List.of(new FeedLink(FeedLink.RSS, "RSS 2.0", "rss.xml"))).build());
    assertThat(tags(PageHeads.parse(html.head(rich, answer)))).containsExactly(
        "meta charset", "title", "meta description", "link canonical", "meta og:type",
        "meta og:title", "meta og:description", "meta og:url", "meta og:image",
        "meta og:image:alt", "meta og:image:width", "meta og:image:height",
        "meta og:site_name", "meta article:published_time", "meta article:modified_time",
        "meta article:author", "meta article:section", "meta article:tag", "meta article:tag",
        "meta twitter:card", "meta twitter:title", "meta twitter:description",
        "meta twitter:image", "meta twitter:image:alt", "meta fediverse:creator",
        "link alternate", "script application/ld+json");
  }

  @Test
  void aMinimalAnswerLeavesOutEveryTagItHasNoValueFor() {
    Document head = answerHead(minimal, bare);
    assertThat(tags(head)).containsExactly("meta charset", "title", "meta description",
        "meta og:type", "meta og:title", "meta og:description", "meta article:published_time",
        "meta twitter:card", "meta twitter:title", "meta twitter:description");
    assertThat(head.select("meta[content]").eachAttr("content")).doesNotContain("");
    assertThat(content(head, "twitter:card")).containsExactly("summary");
  }

  @Test
  void aMinimalQuestionLeavesOutEveryTagItHasNoValueFor() {
    Document head = PageHeads.parse(HTML.head(minimal));
    assertThat(tags(head)).containsExactly("meta charset", "title", "meta description",
        "meta og:type", "meta og:title", "meta og:description", "meta article:published_time",
        "meta twitter:card", "meta twitter:title", "meta twitter:description");
    assertThat(content(head, "article:published_time")).containsExactly("2015-05-07T18:15:00Z");
    assertThat(head.select("meta[content]").eachAttr("content")).doesNotContain("");
  }

  @Test
  void anAnswerUpdatedWhenItWasPublishedHasNoModifiedTime() {
    Answer same = answer.toBuilder().updatedAt(answer.publishedAt()).build();
    Question question = rich.toBuilder().answers(List.of(same)).build();
    assertThat(content(answerHead(question, same), "article:modified_time")).isEmpty();
  }

  @Test
  void xmlCompatibleOutputIsTheSameMarkupForTextXmlCanCarry() {
    HtmlExporter xml = HtmlExporter.of(HtmlOptions.builder().xmlCompatible(true).build());
    assertThat(xml.head(rich, answer).toString()).isEqualTo(HTML.head(rich, answer).toString());
    assertThat(xml.head(rich).toString()).isEqualTo(HTML.head(rich).toString());
  }

  @Test
  void refusesAnAnswerOfAnotherQuestion() {
    assertThatThrownBy(() -> HTML.head(rich, MentoringExample.featured()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HTML.head(null)).isInstanceOf(NullPointerException.class);
  }
}
