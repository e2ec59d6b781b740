package dev.roundtable.rss;

import static dev.roundtable.rss.Fixtures.ATOM_NS;
import static dev.roundtable.rss.Fixtures.MEDIA_NS;
import static dev.roundtable.rss.Fixtures.child;
import static dev.roundtable.rss.Fixtures.children;
import static dev.roundtable.rss.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roundtable.model.Answer;
import dev.roundtable.model.AspectRatio;
import dev.roundtable.model.Crop;
import dev.roundtable.model.Image;
import dev.roundtable.model.MentoringExample;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/** An answer's image in every format: Media RSS in RSS items and Atom entries, JSON Feed image. */
class AnswerImagesTest {
  /** Ends the credit element, a CDATA section and a comment, with C0 and C1 controls. */
  private static final String HOSTILE = "</media:credit>]]><!-- \u0001\u0085\u007f</media:content>"
      + " & <b>x</b>";
  private static final String HOSTILE_READ_BACK = "</media:credit>]]><!-- </media:content>"
      + " & <b>x</b>";

  private static Answer withImage(Image image) {
    return MentoringExample.featured().toBuilder().image(image).build();
  }

  private static Element item(String format, Answer answer) {
    if (format.equals("rss")) {
      Element rss = Fixtures.parseXml(RssFeedWriter.of(Fixtures.channel("rss"))
          .toBytes(List.of(answer))).getDocumentElement();
      return child(child(rss, null, "channel"), null, "item");
    }
    Element feed = Fixtures.parseXml(AtomFeedWriter.of(Fixtures.channel("atom"))
        .toBytes(List.of(answer))).getDocumentElement();
    return child(feed, ATOM_NS, "entry");
  }

  private static byte[] feed(String format, Answer answer) {
    return format.equals("rss")
        ? RssFeedWriter.of(Fixtures.channel("rss")).toBytes(List.of(answer))
        : AtomFeedWriter.of(Fixtures.channel("atom")).toBytes(List.of(answer));
  }

  @Test
  void an_atom_entry_carries_the_image_as_media_content_with_size_alt_and_plain_credit() {
    Element media = child(item("atom", MentoringExample.featured()), MEDIA_NS, "content");

    assertThat(media.getAttribute("url")).isEqualTo("https://example.com/images/jenni-luke.jpg");
    assertThat(media.getAttribute("medium")).isEqualTo("image");
    assertThat(media.getAttribute("width")).isEqualTo("1200");
    assertThat(media.getAttribute("height")).isEqualTo("800");
    assertThat(text(media, MEDIA_NS, "description")).isEqualTo("Portrait of Jenni Luke");
    assertThat(child(media, MEDIA_NS, "description").getAttribute("type")).isEqualTo("plain");
    assertThat(text(media, MEDIA_NS, "credit")).isEqualTo("Photograph by Maya Myers");
    assertThat(child(media, MEDIA_NS, "credit").hasAttribute("role")).isFalse();
    assertThat(children(media, MEDIA_NS, "title")).isEmpty();
  }

  @Test
  void an_atom_entry_has_no_enclosure_link_for_the_image() {
    assertThat(children(item("atom", MentoringExample.featured()), ATOM_NS, "link"))
        .extracting(l -> l.getAttribute("rel")).containsExactly("alternate");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rss", "atom"})
  void hostile_credit_and_alt_text_read_back_as_text_without_the_control_characters(
      String format) {
    Answer answer = withImage(Image.of("https://example.com/a.jpg", HOSTILE).withCredit(HOSTILE));

    Element media = child(item(format, answer), MEDIA_NS, "content");

    assertThat(text(media, MEDIA_NS, "description")).isEqualTo(HOSTILE_READ_BACK);
    assertThat(text(media, MEDIA_NS, "credit")).isEqualTo(HOSTILE_READ_BACK);
    assertThat(Fixtures.childNames(media)).containsExactly("media:description", "media:credit");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rss", "atom"})
  void an_image_without_size_alt_or_credit_is_an_empty_media_content_with_url_and_medium(
      String format) {
    Element media = child(item(format, withImage(Image.of("https://example.com/a.png", ""))),
        MEDIA_NS, "content");

    assertThat(media.getAttribute("url")).isEqualTo("https://example.com/a.png");
    assertThat(media.hasAttribute("width")).isFalse();
    assertThat(media.hasAttribute("height")).isFalse();
    assertThat(media.getFirstChild()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rss", "atom"})
  void an_answer_without_an_image_has_no_media_content(String format) {
    Answer answer = MentoringExample.featured().toBuilder().image(null).build();

    assertThat(children(item(format, answer), MEDIA_NS, "content")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rss", "atom"})
  void feeds_with_hostile_image_text_break_no_rule_and_rome_reads_them(String format) {
    Answer answer = withImage(Image.of("https://example.com/a.jpg", HOSTILE).withCredit(HOSTILE)
        .withSize(10, 20));
    byte[] feed = feed(format, answer);
    String self = Fixtures.channel(format).selfUrl().toString();

    List<String> problems = format.equals("rss")
        ? FeedValidatorRules.rss(feed, self, true) : FeedValidatorRules.atom(feed, self, true);
    assertThat(problems).isEmpty();
    assertThat(Fixtures.parseRome(feed).getEntries()).hasSize(1);
  }

  @Test
  void json_feed_gives_the_image_and_its_wide_crop_as_banner_image() throws IOException {
    Image image = Image.of("https://example.com/a.jpg", "Alt").withCrops(
        Crop.of(AspectRatio.SQUARE, "https://example.com/a-1x1.jpg", 100, 100),
        Crop.of(AspectRatio.WIDE, "https://example.com/a-16x9.jpg", 1600, 900));

    JsonNode item = json(withImage(image));

    assertThat(item.get("image").asText()).isEqualTo("https://example.com/a.jpg");
    assertThat(item.get("banner_image").asText()).isEqualTo("https://example.com/a-16x9.jpg");
  }

  @Test
  void json_feed_has_no_banner_image_without_a_wide_crop() throws IOException {
    Image image = Image.of("https://example.com/a.jpg", "Alt").withCrops(
        Crop.of(AspectRatio.SQUARE, "https://example.com/a-1x1.jpg", 100, 100));

    JsonNode item = json(withImage(image));

    assertThat(item.get("image").asText()).isEqualTo("https://example.com/a.jpg");
    assertThat(item.has("banner_image")).isFalse();
  }

  private static JsonNode json(Answer answer) throws IOException {
    return new ObjectMapper().readTree(JsonFeedWriter.of(Fixtures.channel("json"))
        .toBytes(List.of(answer))).get("items").get(0);
  }
}
