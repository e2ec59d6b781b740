package dev.roundtable.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.html.HtmlExporter;
import dev.roundtable.html.HtmlOptions;
import dev.roundtable.json.JsonLd;
import dev.roundtable.model.Answer;
import dev.roundtable.model.AspectRatio;
import dev.roundtable.model.Crop;
import dev.roundtable.model.Image;
import dev.roundtable.model.Question;
import dev.roundtable.model.RandomModels;
import dev.roundtable.rss.AtomFeedWriter;
import dev.roundtable.rss.Channel;
import dev.roundtable.rss.FeedWriter;
import dev.roundtable.rss.JsonFeedWriter;
import dev.roundtable.rss.RssFeedWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The tags are exact: over generated models and options (seeded), two representations whose
 * bytes differ never share a tag, and equal inputs built separately always do.
 */
class EntityTagExactnessTest {
  private static final long SEED = 0x7A6L;
  private static final int ROUNDS = 25;

  private static final Image LOGO =
      Image.of("https://example.org/logo.png", "The panel's logo").withSize(144, 96);

  private static Channel.Builder channel() {
    return Channel.builder().title("Panel answers").link("https://example.org/panel/")
        .description("What the panel said.").selfUrl("https://example.org/panel/feed")
        .language("en");
  }

  private static List<Channel> channels() {
    return List.of(channel().build(), channel().title("Panel answers, again").build(),
        channel().limit(2).build(), channel().summaryLength(40).build(),
        channel().updated(Instant.parse("2099-01-01T00:00:00Z")).build(),
        channel().hub("https://hub.example.net/").build(),
        channel().baseUrl("https://example.org/panel/a/").build(),
        channel().image(LOGO).build(), channel().image(LOGO.withCredit("Studio North")).build(),
        channel().image(LOGO.withCrops(
            Crop.of(AspectRatio.SQUARE, "https://example.org/logo-1x1.png", 144, 144))).build());
  }

  /** A question as the seed makes it, and variants: another answer headline, one answer fewer. */
  private static List<Question> questions(long seed) {
    Question q = new RandomModels(seed).question("q", 3);
    List<Question> variants = new ArrayList<>(List.of(q));
    Answer first = q.answers().get(0);
    Answer renamed = first.toBuilder().headline(first.headline() + " (revised)").build();
    List<Answer> answers = new ArrayList<>(q.answers());
    answers.set(0, renamed);
    variants.add(q.toBuilder().answers(answers).build());
    variants.add(q.toBuilder().answers(q.answers().subList(1, 3)).build());
    variants.add(new RandomModels(seed + 1).question("q", 3));
    return variants;
  }

  @Test
  void feed_tags_from_the_inputs_change_whenever_the_feed_bytes_change() {
    List<Function<Channel, FeedWriter>> formats =
        List.of(RssFeedWriter::of, AtomFeedWriter::of, JsonFeedWriter::of);
    for (int round = 0; round < ROUNDS; round++) {
      long seed = SEED + round;
      List<Representation> all = new ArrayList<>();
      for (Function<Channel, FeedWriter> format : formats) {
        for (Channel c : channels()) {
          for (Question q : questions(seed)) {
            all.add(Representations.feed(format.apply(c), q));
          }
        }
      }
      assertExact(all, seed);
      Question again = new RandomModels(seed).question("q", 3);
      assertThat(Representations.feed(RssFeedWriter.of(channel().build()), again).entityTag())
          .as("seed %d", seed).isEqualTo(all.get(0).entityTag());
    }
  }

  @Test
  void json_json_ld_and_html_tags_change_whenever_their_bytes_change() {
    HtmlExporter london = HtmlExporter.of(HtmlOptions.builder().zone(ZoneId.of("Europe/London"))
        .metadata(HtmlOptions.Metadata.NONE).build());
    HtmlExporter tokyo = HtmlExporter.of(HtmlOptions.builder().zone(ZoneId.of("Asia/Tokyo"))
        .metadata(HtmlOptions.Metadata.NONE).build());
    JsonLd compact = JsonLd.defaults();
    JsonLd qa = JsonLd.builder().acceptsUserAnswers(true).build();
    for (int round = 0; round < ROUNDS; round++) {
      long seed = SEED + round;
      List<Representation> all = new ArrayList<>();
      for (Question q : questions(seed)) {
        all.addAll(Arrays.asList(Representations.json(q, false), Representations.json(q, true),
            Representations.json(q.answers().get(0), false),
            Representations.jsonLd(compact, q), Representations.jsonLd(qa, q),
            Representations.jsonLd(compact, q, q.answers().get(0)),
            Representations.html(london.index(q), q), Representations.html(tokyo.index(q), q)));
      }
      assertExact(all, seed);
      Question again = new RandomModels(seed).question("q", 3);
      assertThat(Representations.html(london.index(again), again).entityTag())
          .as("seed %d", seed)
          .isEqualTo(Representations.html(london.index(questions(seed).get(0)), again).entityTag());
    }
  }

  /** Different bytes, different tags; the same bytes from the same kind of call, the same tag. */
  private static void assertExact(List<Representation> all, long seed) {
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        Representation a = all.get(i);
        Representation b = all.get(j);
        boolean sameBytes = Arrays.equals(a.toBytes(), b.toBytes());
        if (!sameBytes) {
          assertThat(a.entityTag()).as("seed %d: %d and %d differ in bytes", seed, i, j)
              .isNotEqualTo(b.entityTag());
        }
      }
    }
  }
}
