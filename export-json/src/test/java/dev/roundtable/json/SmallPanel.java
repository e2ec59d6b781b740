package dev.roundtable.json;

import dev.roundtable.model.Answer;
import dev.roundtable.model.AspectRatio;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Crop;
import dev.roundtable.model.Image;
import dev.roundtable.model.Publisher;
import dev.roundtable.model.Question;
import dev.roundtable.model.Series;
import java.time.Instant;

/**
 * A small panel with everything the JSON-LD graph can say: a series with a publisher and its
 * logo, a contributor with a profile, sameAs links and a portrait who answers twice, a
 * contributor without a URL, and a picture with its three crops.
 */
final class SmallPanel {
  static final String BASE = "https://media.example/";
  static final Contributor ADA = Contributor.builder("Ada Lovelace").role("Analyst")
      .organization("Engines Ltd").url(BASE + "people/ada")
      .sameAs("https://en.wikipedia.org/wiki/Ada_Lovelace", "https://social.example/@ada")
      .image(Image.of(BASE + "people/ada.jpg", "Ada at her desk").withSize(400, 400))
      .fediverse("@ada@social.example").build();
  static final Contributor CHARLES = Contributor.of("Charles Babbage", "Inventor", null);
  static final Image PICTURE = Image.of(BASE + "img/engine.jpg", "The analytical engine")
      .withCredit("Photograph by L. Menabrea").withSize(1600, 1200)
      .withCrops(Crop.of(AspectRatio.WIDE, BASE + "img/engine-16x9.jpg", 1600, 900),
          Crop.of(AspectRatio.STANDARD, BASE + "img/engine-4x3.jpg", 1200, 900),
          Crop.of(AspectRatio.SQUARE, BASE + "img/engine-1x1.jpg", 900, 900));
  static final Publisher PUBLISHER = Publisher.of("Engine Weekly", BASE)
      .withLogo(Image.of(BASE + "logo.png", "Engine Weekly").withSize(600, 60));
  static final Series SERIES = Series.of("The Panel", "Engineers answer readers.",
      BASE + "panel/").withPublisher(PUBLISHER);

  static final Answer ADA_FIRST = Answer.builder().id("ada").headline("Engines weave patterns")
      .url(BASE + "panel/engines/ada").publishedAt(Instant.parse("2025-03-01T09:30:00Z"))
      .updatedAt(Instant.parse("2025-03-02T10:00:00Z")).contributor(ADA).image(PICTURE)
      .topic("Engines").summary("Why an engine can compose music.")
      .body("The engine weaves algebraic patterns as the loom weaves flowers.").build();
  static final Answer CHARLES_ANSWER = Answer.builder().id("charles")
      .headline("Engines compute tables").url(BASE + "panel/engines/charles")
      .publishedAt(Instant.parse("2025-03-03T09:30:00Z")).contributor(CHARLES)
      .body("Tables without errors, at last.").build();
  static final Answer ADA_AGAIN = Answer.builder().id("ada-again")
      .headline("A postscript on poetry").url(BASE + "panel/engines/ada-again")
      .publishedAt(Instant.parse("2025-03-04T09:30:00Z")).contributor(ADA)
      .body("Poetical science, once more.").build();
  static final Question QUESTION = Question.builder().id("engines")
      .text("What will engines do?").url(BASE + "panel/engines").series(SERIES)
      .askedAt(Instant.parse("2025-02-20T08:00:00Z"))
      .answer(ADA_FIRST).answer(CHARLES_ANSWER).answer(ADA_AGAIN).build();

  private SmallPanel() {}
}
