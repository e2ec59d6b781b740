package dev.roundtable.rss;

import static dev.roundtable.rss.Fixtures.ATOM_NS;
import static dev.roundtable.rss.Fixtures.child;
import static dev.roundtable.rss.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roundtable.model.Answer;
import dev.roundtable.model.MentoringExample;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;

/**
 * Item ids (RSS {@code guid}, Atom {@code id}, JSON Feed {@code id}) and the Atom feed id are
 * URIs in canonical form (RFC 3986 normalization, and NFC as RFC 3987 asks of IRIs made from
 * text), which is what the validator's NonCanonicalURI compares them with; links stay as given.
 */
class CanonicalIdsTest {
  private static final Answer FEATURED = MentoringExample.featured();

  /** The item of the answer in each format: RSS guid, Atom id, JSON Feed id. */
  private static List<String> ids(Channel channel, Answer answer) throws IOException {
    byte[] rss = RssFeedWriter.of(channel).toBytes(List.of(answer));
    Element item = child(child(Fixtures.parseXml(rss).getDocumentElement(), null, "channel"),
        null, "item");
    Channel atomChannel = channel.toBuilder().selfUrl(MentoringExample.BASE + "feed.atom").build();
    byte[] atom = AtomFeedWriter.of(atomChannel).toBytes(List.of(answer));
    assertThat(FeedValidatorRules.atom(atom, atomChannel.selfUrl().toString(), false)).isEmpty();
    Element entry = child(Fixtures.parseXml(atom).getDocumentElement(), ATOM_NS, "entry");
    JsonNode json = new ObjectMapper().readTree(JsonFeedWriter.of(channel).toBytes(List.of(answer)));
    return List.of(text(item, null, "guid"), text(entry, ATOM_NS, "id"),
        json.get("items").get(0).get("id").asText());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ' ', value = {
      "https://Example.COM/insider/a https://example.com/insider/a",
      "https://example.com:443/insider/a https://example.com/insider/a",
      "http://example.com:80/insider/a http://example.com/insider/a",
      "https://example.com/insider/./a/../b https://example.com/insider/b",
      "https://example.com/insider/a/. https://example.com/insider/a/",
      "https://example.com/insider/%7Ea%2d https://example.com/insider/~a-",
      "https://example.com/insider/%c3%a9%3a https://example.com/insider/%C3%A9%3A",
      "https://example.com/insider/e%CC%81 https://example.com/insider/%C3%A9",
      "https://example.com https://example.com/",
      "https://example.com/insider/a?x=%7e&y=%2F#p%41rt https://example.com/insider/a?x=~&y=%2F#pArt",
  })
  void identifiesAnAnswerByItsUrlInCanonicalForm(String url, String id) throws IOException {
    Answer answer = FEATURED.toBuilder().url(url).build();
    assertThat(ValidatorUri.canonical(id)).as("the expected id is canonical").isEqualTo(id);
    assertThat(ids(Fixtures.channel("rss"), answer)).containsOnly(id);
    byte[] rss = RssFeedWriter.of(Fixtures.channel("rss")).toBytes(List.of(answer));
    Element item = child(child(Fixtures.parseXml(rss).getDocumentElement(), null, "channel"),
        null, "item");
    assertThat(text(item, null, "link")).as("the link stays as given").isEqualTo(url);
  }

  @Test
  void mintsIdsFromAnswerIdsInNfc() throws IOException {
    Answer decomposed = FEATURED.toBuilder().url((String) null).id("cafe\u0301 \u212B").build();
    String nfc = "caf%C3%A9%20%C3%85"; // é and Å (U+212B ANGSTROM SIGN is Å in NFC)
    assertThat(ids(Fixtures.channel("rss"), decomposed))
        .containsOnly("tag:example.com,2015-05-07:" + nfc);
    Channel based = Fixtures.channel("rss").toBuilder().baseUrl("https://example.com/a/").build();
    assertThat(ids(based, decomposed)).containsOnly("https://example.com/a/" + nfc);
  }

  @Test
  void identifiesTheAtomFeedByItsSelfUrlInCanonicalForm() {
    Channel channel = Fixtures.channel("atom").toBuilder()
        .selfUrl("https://Example.com:443/insider/./feed.atom").build();
    byte[] atom = AtomFeedWriter.of(channel).toBytes(List.of(FEATURED));
    Element feed = Fixtures.parseXml(atom).getDocumentElement();
    assertThat(text(feed, ATOM_NS, "id")).isEqualTo("https://example.com/insider/feed.atom");
    assertThat(FeedValidatorRules.atom(atom, channel.selfUrl().toString(), false)).isEmpty();
  }
}
