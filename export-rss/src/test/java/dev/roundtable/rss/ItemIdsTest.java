package dev.roundtable.rss;

import static dev.roundtable.rss.Fixtures.ATOM_NS;
import static dev.roundtable.rss.Fixtures.child;
import static dev.roundtable.rss.Fixtures.children;
import static dev.roundtable.rss.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roundtable.model.Answer;
import dev.roundtable.model.MentoringExample;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Links and ids of answers with and without URLs: stable, absolute and valid everywhere. */
class ItemIdsTest {
  private static final Answer WITHOUT_URL =
      MentoringExample.featured().toBuilder().url((String) null).id("jenni luke/é").build();

  private static Element rssItem(Channel channel, Answer answer) {
    byte[] feed = RssFeedWriter.of(channel).toBytes(List.of(answer));
    // a topic that quotes an end tag gets ContainsHTML in a category (see docs/feeds.md)
    boolean quotesEndTags = answer.topics().stream().anyMatch(t -> t.contains("</"));
    assertThat(FeedValidatorRules.rss(feed, channel.selfUrl().toString(), quotesEndTags))
        .isEmpty();
    return child(child(Fixtures.parseXml(feed).getDocumentElement(), null, "channel"), null,
        "item");
  }

  @Test
  void buildsAbsoluteLinksFromTheBaseUrlAndThePercentEncodedId() {
    Channel channel = Fixtures.channel("rss").toBuilder().baseUrl("https://example.com/a/").build();
    Element item = rssItem(channel, WITHOUT_URL);
    String expected = "https://example.com/a/jenni%20luke%2F%C3%A9";
    assertThat(text(item, null, "link")).isEqualTo(expected);
    assertThat(text(item, null, "guid")).isEqualTo(expected);
    assertThat(child(item, null, "guid").getAttribute("isPermaLink")).isEqualTo("true");
  }

  @Test
  void identifiesAnswersWithoutAnyUrlByAStableTagUri() throws IOException {
    Channel channel = Fixtures.channel("rss");
    String tag = "tag:example.com,2015-05-07:jenni%20luke%2F%C3%A9";
    Element item = rssItem(channel, WITHOUT_URL);
    assertThat(children(item, null, "link")).isEmpty();
    assertThat(text(item, null, "guid")).isEqualTo(tag);
    assertThat(child(item, null, "guid").getAttribute("isPermaLink")).isEqualTo("false");

    byte[] atom = AtomFeedWriter.of(Fixtures.channel("atom")).toBytes(List.of(WITHOUT_URL));
    String self = Fixtures.channel("atom").selfUrl().toString();
    assertThat(FeedValidatorRules.atom(atom, self, false)).isEmpty();
    Element entry = child(Fixtures.parseXml(atom).getDocumentElement(), ATOM_NS, "entry");
    assertThat(text(entry, ATOM_NS, "id")).isEqualTo(tag);
    assertThat(children(entry, ATOM_NS, "link")).isEmpty();

    JsonNode json = new ObjectMapper().readTree(
        JsonFeedWriter.of(Fixtures.channel("json")).toBytes(List.of(WITHOUT_URL)));
    assertThat(json.get("items").get(0).get("id").asText()).isEqualTo(tag);
    assertThat(json.get("items").get(0).has("url")).isFalse();
  }

  @Test
  void keepsIdsStableWhenTheAnswerChanges() {
    Channel channel = Fixtures.channel("rss");
    Answer edited = WITHOUT_URL.toBuilder().headline("A new headline")
        .updatedAt(WITHOUT_URL.publishedAt().plusSeconds(3600)).build();
    assertThat(text(rssItem(channel, edited), null, "guid"))
        .isEqualTo(text(rssItem(channel, WITHOUT_URL), null, "guid"));
  }

  @Test
  void writesNonAsciiUrlsPercentEncoded() {
    Answer answer = MentoringExample.featured().toBuilder()
        .url("https://example.com/insider/réponse").build();
    Element item = rssItem(Fixtures.channel("rss"), answer);
    assertThat(text(item, null, "link")).isEqualTo("https://example.com/insider/r%C3%A9ponse");
  }

  @Test
  void refusesToAppendADotSegmentToTheBaseUrl() {
    // "a/.." is one segment, a%2F.., and %2E%2E is a dot segment to RFC 3986 and to browsers
    Channel channel = Fixtures.channel("rss").toBuilder().baseUrl("https://example.com/a/").build();
    assertThat(text(rssItem(channel, WITHOUT_URL.toBuilder().id("a/..").build()), null, "link"))
        .isEqualTo("https://example.com/a/a%2F..");
    for (String id : List.of(".", "..")) {
      // the model refuses such ids, so no feed can be asked to append one
      assertThatThrownBy(() -> WITHOUT_URL.toBuilder().id(id).build())
          .isInstanceOfSatisfying(dev.roundtable.model.InvalidModelException.class,
              e -> assertThat(e.field()).isEqualTo("id"));
    }
  }

  @Test
  void keepsMarkupInEveryFieldAsText() {
    Answer hostile = MentoringExample.featured().toBuilder()
        .headline("</title><script>alert(1)</script>]]>")
        .summary("<img src=x onerror=alert(1)> &amp; &eacute;").topics(List.of("<b>x</b>"))
        .build();
    Element item = rssItem(Fixtures.channel("rss").toBuilder().build(), hostile.toBuilder()
        .headline("Safe").build());
    assertThat(text(item, null, "description"))
        .isEqualTo("&lt;img src=x onerror=alert(1)&gt; &amp;amp; &amp;eacute;");
    byte[] atom = AtomFeedWriter.of(Fixtures.channel("atom")).toBytes(List.of(hostile));
    Element entry = child(Fixtures.parseXml(atom).getDocumentElement(), ATOM_NS, "entry");
    assertThat(text(entry, ATOM_NS, "title")).isEqualTo("</title><script>alert(1)</script>]]>");
    assertThat(text(entry, ATOM_NS, "summary"))
        .isEqualTo("<img src=x onerror=alert(1)> &amp; &eacute;");
    assertThat(child(entry, ATOM_NS, "category").getAttribute("term")).isEqualTo("<b>x</b>");
  }
}
