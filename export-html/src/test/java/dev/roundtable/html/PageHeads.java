package dev.roundtable.html;

import dev.roundtable.model.Answer;
import dev.roundtable.model.AspectRatio;
import dev.roundtable.model.Body;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Crop;
import dev.roundtable.model.Image;
import dev.roundtable.model.Publisher;
import dev.roundtable.model.Question;
import dev.roundtable.model.Series;
import dev.roundtable.model.Url;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Models for the heads of pages, built with the model's Java API: a rich one (a publisher with
 * a logo, a picture with a 16:9 crop and a text alternative, contributors with profile pages and
 * fediverse handles, topics), a minimal one (no picture, no series, no URL) and one with a
 * given text in every field that reaches the head.
 */
final class PageHeads {
  static final String BASE = "https://example.com/insider/";
  static final Instant PUBLISHED = Instant.parse("2015-05-07T18:15:00Z");
  static final Instant UPDATED = Instant.parse("2015-05-08T09:30:00.250Z");

  private PageHeads() {}

  /** The rich question: three answers, the first by Jenni Luke, the last updated. */
  static Question rich() {
    Publisher publisher = new Publisher("Mentoring Press", Url.of("https://example.com/"),
        Image.of("https://example.com/logo.png", "Mentoring Press").withSize(600, 60));
    Contributor bob = Contributor.builder("Bob Ray").url("https://example.com/people/bob-ray")
        .fediverse("@bob@social.example").build();
    return Question.builder()
        .id("why-have-a-mentor")
        .text("Why is it important to have a mentor?")
        .url(BASE + "why-have-a-mentor")
        .series(new Series("MPW Insider", "A column of leaders' answers.", Url.of(BASE),
            publisher))
        .topics(List.of("Leadership", "Careers"))
        .askedAt(Instant.parse("2015-05-01T09:00:00Z"))
        .answers(List.of(
            richAnswer(),
            Answer.builder().id("bob-ray").headline("Find a mentor early").url(BASE + "bob-ray")
                .publishedAt(PUBLISHED.plusSeconds(3600)).contributor(bob)
                .body("Start early.").build(),
            Answer.builder().id("no-url").headline("Mentors listen")
                .publishedAt(PUBLISHED.plusSeconds(7200)).updatedAt(UPDATED)
                .contributor(Contributor.named("Ann Nobody")).body("They listen.").build(),
            Answer.builder().id("bob-again").headline("And mentor others")
                .publishedAt(PUBLISHED.plusSeconds(9000)).contributor(bob)
                .body("Then pass it on.").build()))
        .build();
  }

  /** The rich question's first answer. */
  static Answer richAnswer() {
    Image picture = new Image(Url.of("https://example.com/images/jenni-luke.jpg"),
        "Portrait of Jenni Luke", "Photograph by Maya Myers", 1200, 800,
        List.of(Crop.of(AspectRatio.SQUARE, "https://example.com/images/jenni-luke-1x1.jpg",
                800, 800),
            Crop.of(AspectRatio.WIDE, "https://example.com/images/jenni-luke-16x9.jpg",
                1200, 675)));
    return Answer.builder()
        .id("jenni-luke")
        .headline("Why mentoring is unlike any other professional relationship")
        .url(BASE + "jenni-luke")
        .publishedAt(PUBLISHED)
        .updatedAt(UPDATED)
        .contributor(Contributor.builder("Jenni Luke").role("CEO").organization("Step Up")
            .url("https://example.com/people/jenni-luke").fediverse("@jenni@social.example")
            .image(Image.of("https://example.com/people/jenni-luke.jpg", "Jenni Luke"))
            .sameAs("https://en.wikipedia.org/wiki/Jenni_Luke").build())
        .summary("The CEO of Step Up on why a mentorship works only when both are open.")
        .image(picture)
        .topics(List.of("Mentoring", "Leadership"))
        .body(Body.of("A mentor gives a kind of guidance that no manager can give."))
        .build();
  }

  /** A question with one answer and nothing optional: no picture, no series, no URL. */
  static Question minimal() {
    return Question.builder()
        .id("q")
        .text("Why mentors?")
        .answers(List.of(Answer.builder().id("a").headline("Because")
            .publishedAt(PUBLISHED).contributor(Contributor.named("Ann Nobody"))
            .body("They listen. They ask.").build()))
        .build();
  }

  /** A question whose every text that reaches the head, and its answer's, is {@code v}. */
  static Question every(String v) {
    Contributor contributor = Contributor.builder(v).url("https://example.com/people/p")
        .fediverse("@p@social.example").build();
    Image picture = new Image(Url.of(XssCorpus.URL), v, v, 1600, 900,
        List.of(Crop.of(AspectRatio.WIDE, XssCorpus.URL + "&crop", 1600, 900)));
    Answer answer = Answer.builder().id("a").headline(v).url(XssCorpus.URL + "&answer")
        .publishedAt(PUBLISHED).updatedAt(UPDATED).contributor(contributor).summary(v)
        .image(picture).topic(v).body(Body.of(v)).build();
    return Question.builder().id("q").text(v).url(XssCorpus.URL)
        .series(new Series(v, v, Url.of(XssCorpus.URL),
            new Publisher(v, Url.of(XssCorpus.URL), null)))
        .topic(v).answers(List.of(answer)).build();
  }

  /** The content of each {@code <meta>} named {@code key} (by property or name), in order. */
  static List<String> content(Document head, String key) {
    return head.select("meta[property=" + key + "], meta[name=" + key + "]").eachAttr("content");
  }

  /** A head parsed as an HTML parser reads it inside a page's {@code <head>}. */
  static Document parse(Fragment head) {
    return Jsoup.parse("<!DOCTYPE html><html lang=en><head><meta charset=utf-8>" + head
        + "</head><body><p>x</body></html>");
  }
}
