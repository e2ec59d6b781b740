package dev.roundtable.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtable.json.JsonLd;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Question;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlExporterTest {
  private final Question question = MentoringExample.question();
  private final Answer featured = MentoringExample.featured();
  private final HtmlExporter html = HtmlExporter.defaults();

  private static Document parse(String fragment) {
    return Jsoup.parseBodyFragment(fragment);
  }

  @Test
  void writesTheAnswerAsAnArticleWithHeadlineStandfirstBylineAndDate() {
    Document doc = parse(html.answer(question, featured).toString());
    Element article = doc.body().child(0);
    assertThat(article.tagName()).isEqualTo("article");
    assertThat(article.className()).isEqualTo("rt-answer");
    assertThat(article.selectFirst("header > h2.rt-headline").text())
        .isEqualTo("Why mentoring is unlike any other professional relationship");
    assertThat(article.selectFirst("p.rt-standfirst").text()).isEqualTo(featured.summary().get());
    Element author = article.selectFirst("p.rt-byline > a.rt-author");
    assertThat(author.text()).isEqualTo("Jenni Luke");
    assertThat(author.attr("href")).isEqualTo("https://example.com/people/jenni-luke");
    assertThat(article.selectFirst("p.rt-byline").text()).isEqualTo("Jenni Luke, CEO of Step Up");
    Element time = article.selectFirst("time.rt-published");
    assertThat(time.attr("datetime")).isEqualTo("2015-05-07T18:15:00Z");
    assertThat(time.text()).isEqualTo("May 7, 2015, 6:15 PM UTC");
  }

  @Test
  void writesTheImageAsAFigureWithAltSizeAndCredit() {
    Element figure =
        parse(html.answer(question, featured).toString()).selectFirst("figure.rt-figure");
    Element img = figure.selectFirst("img.rt-image");
    assertThat(img.attr("src")).isEqualTo("https://example.com/images/jenni-luke.jpg");
    assertThat(img.attr("alt")).isEqualTo("Portrait of Jenni Luke");
    assertThat(img.attr("width")).isEqualTo("1200");
    assertThat(img.attr("height")).isEqualTo("800");
    assertThat(figure.selectFirst("figcaption.rt-credit").text())
        .isEqualTo("Photograph by Maya Myers");
  }

  @Test
  void writesTheBodyTopicsAndRelatedLinksInsideTheArticle() {
    Element article = parse(html.answer(question, featured).toString()).body().child(0);
    assertThat(article.select("div.rt-body > h3")).hasSize(2);
    assertThat(article.select("ul.rt-topics > li.rt-topic").eachText())
        .containsExactly("Mentoring", "Leadership");
    assertThat(article.selectFirst("ul.rt-topics").attr("aria-label")).isEqualTo("Topics");
    assertThat(article.select("nav.rt-related li")).hasSize(7);
  }

  @Test
  void writesRelatedLinksAsANavWithTheSeriesQuestionAndBylines() {
    Element nav = parse(html.related(question, featured).toString()).selectFirst("nav.rt-related");
    String label = "Read all answers to the MPW Insider question: "
        + "Why is it important to have a mentor?";
    assertThat(nav.attr("aria-label")).isEqualTo(label);
    assertThat(nav.selectFirst("h3.rt-related-heading").text()).isEqualTo(label);
    Element first = nav.selectFirst("li.rt-related-item");
    assertThat(first.selectFirst("a.rt-related-link").attr("href"))
        .isEqualTo(MentoringExample.BASE + "beth-brooke-marciniak");
    assertThat(first.text()).isEqualTo("Why you don’t need a mentor to be successful by "
        + "Beth Brooke-Marciniak, Global Vice Chair of Public Policy at Ernst & Young");
  }

  @Test
  void writesNoRelatedLinksFragmentWhenThereAreNone() {
    Answer lonely = Answer.builder().id("a").headline("H").publishedAt(Instant.EPOCH)
        .contributor(Contributor.named("N")).body("B").build();
    Question alone = Question.builder().id("q").text("Q?").answer(lonely).build();
    assertThat(html.related(alone, lonely).toString()).isEmpty();
    assertThat(parse(html.answer(alone, lonely).toString()).select("nav")).isEmpty();
  }

  @Test
  void writesTheIntroLineWithQuestionAndByline() {
    Element intro = parse(html.intro(question, featured).toString()).selectFirst("p.rt-intro");
    assertThat(intro.text()).isEqualTo("Today’s answer for: Why is it important to have a mentor?"
        + " is written by Jenni Luke, CEO of Step Up.");
    assertThat(intro.selectFirst(".rt-intro-question a").attr("href"))
        .isEqualTo(MentoringExample.BASE + "why-have-a-mentor");
  }

  @Test
  void writesTheQuestionIndexWithEveryAnswerInPublicationOrder() {
    Element index = parse(html.index(question).toString()).selectFirst("section.rt-question-index");
    assertThat(index.selectFirst("h2.rt-question").text())
        .isEqualTo("Why is it important to have a mentor?");
    assertThat(index.selectFirst("p.rt-series").text()).isEqualTo("MPW Insider");
    assertThat(index.select("ol.rt-answers > li.rt-answer-item")).hasSize(8);
    Element last = index.select("li.rt-answer-item").last();
    assertThat(last.selectFirst("h3.rt-headline a").attr("href"))
        .isEqualTo(featured.url().get().toString());
    assertThat(last.selectFirst("p.rt-byline").text()).isEqualTo("Jenni Luke, CEO of Step Up");
    assertThat(last.selectFirst("time").attr("datetime")).isEqualTo("2015-05-07T18:15:00Z");
    assertThat(last.selectFirst("p.rt-excerpt").text()).isEqualTo(featured.summary().get());
  }

  @Test
  void rejectsAnAnswerThatIsNotTheQuestions() {
    Answer stranger = featured.toBuilder().id("stranger").build();
    assertThatThrownBy(() -> html.answer(question, stranger))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stranger");
    assertThatThrownBy(() -> html.intro(question, stranger))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void usesTheConfiguredClassPrefixOnEveryClass() {
    HtmlExporter custom = HtmlExporter.of(HtmlOptions.builder().classPrefix("panel__").build());
    Document doc = parse(custom.answer(question, featured) + custom.index(question).toString());
    assertThat(doc.select("[class]").eachAttr("class")).allMatch(c -> c.startsWith("panel__"));
    assertThat(doc.select(".panel__headline")).isNotEmpty();
  }

  @Test
  void shiftsHeadlineAndSectionHeadingsToTheConfiguredLevel() {
    HtmlExporter custom = HtmlExporter.of(HtmlOptions.builder().headingLevel(4).build());
    Document doc = parse(custom.answer(question, featured).toString());
    assertThat(doc.select("h4.rt-headline")).hasSize(1);
    assertThat(doc.select("div.rt-body > h5")).hasSize(2);
    assertThat(doc.select("h5.rt-related-heading")).hasSize(1);
  }

  @Test
  void formatsDatesInTheConfiguredZoneLocaleAndPattern() {
    HtmlExporter german = HtmlExporter.of(HtmlOptions.builder().zone(ZoneId.of("Europe/Berlin"))
        .locale(Locale.GERMAN).datePattern("d. MMMM yyyy, HH:mm").build());
    Element time = parse(german.answer(question, featured).toString()).selectFirst("time");
    assertThat(time.text()).isEqualTo("7. Mai 2015, 20:15");
    assertThat(time.attr("datetime")).isEqualTo("2015-05-07T18:15:00Z");
  }

  @Test
  void writesTheUpdateDateWhenTheAnswerWasUpdated() {
    Answer updated = featured.toBuilder().updatedAt(Instant.parse("2015-05-08T09:00:00Z")).build();
    Question q = question.toBuilder().answers(java.util.List.of(updated)).build();
    Element dateline = parse(html.answer(q, updated).toString()).selectFirst("p.rt-dateline");
    assertThat(dateline.select("time").eachAttr("datetime"))
        .containsExactly("2015-05-07T18:15:00Z", "2015-05-08T09:00:00Z");
    assertThat(dateline.text()).endsWith("Updated May 8, 2015, 9:00 AM UTC");
  }

  @Test
  void writesLangOnEveryFragmentWhenConfigured() {
    HtmlExporter custom = HtmlExporter.of(HtmlOptions.builder().lang("en-GB").build());
    for (String fragment : new String[] {custom.answer(question, featured).toString(),
        custom.index(question).toString(), custom.intro(question, featured).toString(),
        custom.related(question, featured).toString()}) {
      assertThat(parse(fragment).body().child(0).attr("lang")).isEqualTo("en-GB");
    }
    assertThat(html.answer(question, featured).toString()).doesNotContain("lang=");
  }

  @Test
  void writesSchemaOrgMicrodataWhenAsked() {
    HtmlExporter custom = HtmlExporter.of(
        HtmlOptions.builder().metadata(HtmlOptions.Metadata.MICRODATA).build());
    Element article = parse(custom.answer(question, featured).toString()).selectFirst("article");
    assertThat(article.attr("itemtype")).isEqualTo("https://schema.org/Article");
    assertThat(article.selectFirst("[itemprop=headline]").text()).isEqualTo(featured.headline());
    assertThat(article.selectFirst("[itemprop=author]").attr("itemtype"))
        .isEqualTo("https://schema.org/Person");
    assertThat(article.selectFirst("[itemprop=datePublished]").attr("datetime"))
        .isEqualTo("2015-05-07T18:15:00Z");
    assertThat(article.select("nav [itemprop]")).isEmpty();
    assertThat(html.answer(question, featured).toString()).doesNotContain("itemprop");
  }

  @Test
  void embedsJsonLdFromTheJsonModuleWhenAsked() {
    HtmlExporter custom = HtmlExporter.of(
        HtmlOptions.builder().metadata(HtmlOptions.Metadata.JSON_LD).build());
    Element script = parse(custom.answer(question, featured).toString())
        .selectFirst("article > script[type=application/ld+json]");
    assertThat(script.data()).isEqualTo(JsonLd.defaults().answerPage(question, featured));
    Element indexScript = parse(custom.index(question).toString())
        .selectFirst("section > script[type=application/ld+json]");
    assertThat(indexScript.data()).isEqualTo(JsonLd.defaults().questionPage(question));
    assertThat(parse(custom.answer(question, featured).toString()).select("[itemprop]")).isEmpty();
  }

  @Test
  void keepsEveryTextInsideTheJsonLdScript() {
    Question hostile = XssCorpus.question("</script><script>alert(1)</script><!--");
    HtmlExporter custom = HtmlExporter.of(
        HtmlOptions.builder().metadata(HtmlOptions.Metadata.JSON_LD).build());
    String html = custom.answer(hostile, hostile.answers().get(0)).toString();
    String script = html.substring(html.indexOf("<script"), html.indexOf("</script>") + 9);
    assertThat(script.substring(8, script.length() - 9).toLowerCase())
        .doesNotContain("<", "-->");
  }

  @Test
  void writesTheSameToEverySink() throws IOException {
    String expected = html.answer(question, featured).toString();
    StringWriter writer = new StringWriter();
    html.answer(question, featured).writeTo(writer);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    html.answer(question, featured).writeTo(bytes);
    assertThat(writer.toString()).isEqualTo(expected);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    ByteArrayOutputStream index = new ByteArrayOutputStream();
    html.index(question).writeTo(index);
    assertThat(index.toString(StandardCharsets.UTF_8)).isEqualTo(html.index(question).toString());
  }

  @Test
  void usesCustomLabels() {
    HtmlExporter german = HtmlExporter.of(HtmlOptions.builder().labels(HtmlLabels.ENGLISH
        .withBy("von").withIntro("Heute antwortet {byline} auf: {question}")).build());
    assertThat(parse(german.intro(question, featured).toString()).text())
        .isEqualTo("Heute antwortet Jenni Luke, CEO of Step Up auf: "
            + "Why is it important to have a mentor?");
    assertThat(parse(german.related(question, featured).toString()).selectFirst("li").text())
        .contains(" von Beth Brooke-Marciniak");
  }
}
