package dev.roundtable.rss;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roundtable.model.Answer;
import dev.roundtable.model.AspectRatio;
import dev.roundtable.model.Block;
import dev.roundtable.model.Body;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Crop;
import dev.roundtable.model.Image;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Paragraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Every element and attribute that RSS 2.0, Atom 1.0 and JSON Feed 1.1 are written with, listed
 * with its content model, and each checked against one hostile value put into every text field
 * of the channel and the answers (markup with an event handler, a script, a CDATA end, an
 * entity, both quotes, a comment).
 *
 * <p>The models: plain text must read back exactly; text in an element that readers render as
 * HTML (RSS {@code title} and {@code description}) must be escaped HTML, so that an HTML parser
 * finds only that text in it; HTML (the answer's body) must hold no active content and show the
 * hostile value as text; URLs are absolute http(s); ids are such URLs or {@code tag:} URIs.
 * Atom's text constructs are written without {@code type}, which means {@code type="text"}:
 * plain text. JSON Feed's {@code title}, {@code summary} and {@code description} are plain text
 * too (the spec says so of the first two; only {@code content_html} is HTML).
 */
class ContentModelTest {
  /** Goes into every text field of the channel and the answers. */
  static final String HOSTILE =
      "<img src=x onerror=alert(1)> <script>alert(1)</script> ]]> &amp; \"q\" 'a' <!-- c -->";

  /** What a node may hold; CONTAINER is for elements with only child elements or attributes. */
  enum Model { CONTAINER, TEXT, HTML_TEXT, HTML, URL, ID, RFC822, RFC3339, NUMBER, LANGUAGE,
    FIXED }

  /** An element ({@code a/b}), an attribute ({@code a/@b}) or a JSON member ({@code a[]/b}). */
  record Node(String format, String path, Model model, List<String> fixed) {
    @Override
    public String toString() {
      return format + " " + path + " is " + model + (fixed.isEmpty() ? "" : " " + fixed);
    }
  }

  /**
   * Every node written, as {@code format path model [fixed values]}: elements as {@code a/b},
   * attributes as {@code a/@b}, JSON members as {@code a[]/b} ({@code .} is the JSON root).
   */
  private static final List<Node> NODES = parse("""
      rss  rss                                                     CONTAINER
      rss  rss/@version                                            FIXED 2.0
      rss  rss/channel                                             CONTAINER
      rss  rss/channel/title                                       HTML_TEXT
      rss  rss/channel/link                                        URL
      rss  rss/channel/description                                 HTML_TEXT
      rss  rss/channel/language                                    LANGUAGE
      rss  rss/channel/generator                                   TEXT
      rss  rss/channel/docs                                        FIXED https://www.rssboard.org/rss-specification
      rss  rss/channel/ttl                                         NUMBER
      rss  rss/channel/lastBuildDate                               RFC822
      rss  rss/channel/atom:link                                   CONTAINER
      rss  rss/channel/atom:link/@href                             URL
      rss  rss/channel/atom:link/@rel                              FIXED self hub
      rss  rss/channel/atom:link/@type                             FIXED application/rss+xml
      rss  rss/channel/image                                       CONTAINER
      rss  rss/channel/image/url                                   URL
      rss  rss/channel/image/title                                 HTML_TEXT
      rss  rss/channel/image/link                                  URL
      rss  rss/channel/image/width                                 NUMBER
      rss  rss/channel/image/height                                NUMBER
      rss  rss/channel/item                                        CONTAINER
      rss  rss/channel/item/title                                  HTML_TEXT
      rss  rss/channel/item/link                                   URL
      rss  rss/channel/item/guid                                   ID
      rss  rss/channel/item/guid/@isPermaLink                      FIXED true false
      rss  rss/channel/item/pubDate                                RFC822
      rss  rss/channel/item/dc:creator                             TEXT
      rss  rss/channel/item/description                            HTML_TEXT
      rss  rss/channel/item/content:encoded                        HTML
      rss  rss/channel/item/category                               TEXT
      rss  rss/channel/item/media:content                          CONTAINER
      rss  rss/channel/item/media:content/@url                     URL
      rss  rss/channel/item/media:content/@medium                  FIXED image
      rss  rss/channel/item/media:content/@width                   NUMBER
      rss  rss/channel/item/media:content/@height                  NUMBER
      rss  rss/channel/item/media:content/media:description        TEXT
      rss  rss/channel/item/media:content/media:description/@type  FIXED plain
      rss  rss/channel/item/media:content/media:credit             TEXT

      atom feed                                                    CONTAINER
      atom feed/@xml:lang                                          LANGUAGE
      atom feed/id                                                 ID
      atom feed/title                                              TEXT
      atom feed/subtitle                                           TEXT
      atom feed/updated                                            RFC3339
      atom feed/link                                               CONTAINER
      atom feed/link/@rel                                          FIXED self alternate hub
      atom feed/link/@type                                         FIXED application/atom+xml text/html
      atom feed/link/@href                                         URL
      atom feed/generator                                          TEXT
      atom feed/logo                                               URL
      atom feed/entry                                              CONTAINER
      atom feed/entry/id                                           ID
      atom feed/entry/title                                        TEXT
      atom feed/entry/updated                                      RFC3339
      atom feed/entry/published                                    RFC3339
      atom feed/entry/author                                       CONTAINER
      atom feed/entry/author/name                                  TEXT
      atom feed/entry/author/uri                                   URL
      atom feed/entry/link                                         CONTAINER
      atom feed/entry/link/@rel                                    FIXED alternate
      atom feed/entry/link/@type                                   FIXED text/html
      atom feed/entry/link/@href                                   URL
      atom feed/entry/summary                                      TEXT
      atom feed/entry/content                                      HTML
      atom feed/entry/content/@type                                FIXED html
      atom feed/entry/category                                     CONTAINER
      atom feed/entry/category/@term                               TEXT
      atom feed/entry/media:content                                CONTAINER
      atom feed/entry/media:content/@url                           URL
      atom feed/entry/media:content/@medium                        FIXED image
      atom feed/entry/media:content/@width                         NUMBER
      atom feed/entry/media:content/@height                        NUMBER
      atom feed/entry/media:content/media:description              TEXT
      atom feed/entry/media:content/media:description/@type        FIXED plain
      atom feed/entry/media:content/media:credit                   TEXT

      json .                                                       CONTAINER
      json version                                                 FIXED https://jsonfeed.org/version/1.1
      json title                                                   TEXT
      json home_page_url                                           URL
      json feed_url                                                URL
      json description                                             TEXT
      json language                                                LANGUAGE
      json hubs                                                    CONTAINER
      json hubs[]                                                  CONTAINER
      json hubs[]/type                                             FIXED WebSub
      json hubs[]/url                                              URL
      json icon                                                    URL
      json items                                                   CONTAINER
      json items[]                                                 CONTAINER
      json items[]/id                                              ID
      json items[]/url                                             URL
      json items[]/title                                           TEXT
      json items[]/content_html                                    HTML
      json items[]/summary                                         TEXT
      json items[]/image                                           URL
      json items[]/banner_image                                    URL
      json items[]/date_published                                  RFC3339
      json items[]/date_modified                                   RFC3339
      json items[]/authors                                         CONTAINER
      json items[]/authors[]                                       CONTAINER
      json items[]/authors[]/name                                  TEXT
      json items[]/authors[]/url                                   URL
      json items[]/authors[]/avatar                                URL
      json items[]/tags                                            CONTAINER
      json items[]/tags[]                                          TEXT
      """);

  private static final Map<String, Map<String, List<String>>> WRITTEN = new LinkedHashMap<>();

  private static List<Node> parse(String table) {
    List<Node> nodes = new ArrayList<>();
    for (String line : table.strip().split("\n")) {
      if (!line.isBlank()) {
        String[] f = line.strip().split(" +");
        nodes.add(new Node(f[0], f[1].equals(".") ? "" : f[1], Model.valueOf(f[2]),
            List.of(f).subList(3, f.length)));
      }
    }
    return List.copyOf(nodes);
  }

  static Stream<Node> nodes() {
    return NODES.stream();
  }

  /** The hostile channel: every text field holds {@link #HOSTILE}. */
  static Channel channel(String format) {
    return Channel.builder().title(HOSTILE).description(HOSTILE).generator(HOSTILE)
        .link(MentoringExample.BASE).selfUrl(MentoringExample.BASE + "feed." + format)
        .language("en").ttl(Duration.ofMinutes(30)).hub("https://hub.example.com/")
        .image(Image.of("https://example.com/logo.png", HOSTILE).withSize(144, 72)).build();
  }

  /**
   * Two hostile answers, every text field {@link #HOSTILE}: one with every optional field (a
   * URL, so a permalink guid), one without a URL (a {@code tag:} id).
   */
  static List<Answer> answers() {
    Answer featured = MentoringExample.featured();
    List<Block> blocks = new ArrayList<>(featured.body().blocks());
    blocks.add(Paragraph.of(HOSTILE));
    Answer full = featured.toBuilder().headline(HOSTILE).summary(HOSTILE)
        .updatedAt(featured.publishedAt().plusSeconds(3600))
        .contributor(Contributor.builder(HOSTILE).role(HOSTILE).organization(HOSTILE)
            .url("https://example.com/people/x").imageUrl("https://example.com/people/x.png")
            .build())
        .topics(List.of(HOSTILE))
        .image(Image.of("https://example.com/x.jpg", HOSTILE).withCredit(HOSTILE)
            .withSize(640, 480)
            .withCrops(Crop.of(AspectRatio.WIDE, "https://example.com/x-16x9.jpg", 1600, 900)))
        .body(new Body(blocks)).build();
    Answer bare = full.toBuilder().id("without-url").url((String) null)
        .publishedAt(featured.publishedAt().minusSeconds(60)).updatedAt(null).build();
    return List.of(full, bare);
  }

  /** What each path of a format's feed holds, in document order. */
  private static synchronized Map<String, List<String>> written(String format) {
    return WRITTEN.computeIfAbsent(format, f -> {
      Map<String, List<String>> values = new LinkedHashMap<>();
      try {
        switch (f) {
          case "rss" -> xml(Fixtures.parseXml(RssFeedWriter.of(channel(f)).toBytes(answers()))
              .getDocumentElement(), "rss", values);
          case "atom" -> xml(Fixtures.parseXml(AtomFeedWriter.of(channel(f)).toBytes(answers()))
              .getDocumentElement(), "feed", values);
          default -> json(new ObjectMapper().readTree(
              JsonFeedWriter.of(channel(f)).toBytes(answers())), "", values);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return values;
    });
  }

  private static void xml(Element element, String path, Map<String, List<String>> values) {
    boolean container = false;
    for (org.w3c.dom.Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        container = true;
        xml((Element) n, path + "/" + n.getNodeName(), values);
      }
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr a = (Attr) attributes.item(i);
      if (!"http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI())) {
        values.computeIfAbsent(path + "/@" + a.getName(), p -> new ArrayList<>())
            .add(a.getValue());
      }
    }
    String text = element.getTextContent();
    values.computeIfAbsent(path, p -> new ArrayList<>()).add(container ? "" : text);
  }

  private static void json(JsonNode node, String path, Map<String, List<String>> values) {
    String prefix = path.isEmpty() ? "" : path + "/";
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        json(field.getValue(), prefix + field.getKey(), values);
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        json(element, path + "[]", values);
      }
    }
    values.computeIfAbsent(path, p -> new ArrayList<>())
        .add(node.isContainerNode() ? "" : node.asText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nodes")
  void eachElementHoldsWhatItsContentModelAllows(Node node) {
    List<String> values = written(node.format()).get(node.path());
    assertThat(values).as(node + ": written").isNotNull().isNotEmpty();
    for (String value : values) {
      assertThat(problem(node, value)).as(node + ", value: " + value).isNull();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rss", "atom", "json"})
  void listsEveryElementAndAttributeWritten(String format) {
    Set<String> listed = NODES.stream().filter(n -> n.format().equals(format))
        .map(Node::path).collect(Collectors.toCollection(TreeSet::new));
    assertThat(new TreeSet<>(written(format).keySet())).isEqualTo(listed);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rss", "atom"})
  void breaksNoRuleOfTheW3cFeedValidatorWithHostileText(String format) {
    String self = channel(format).selfUrl().toString();
    List<String> problems = format.equals("rss")
        ? FeedValidatorRules.rss(RssFeedWriter.of(channel(format)).toBytes(answers()), self, true)
        : FeedValidatorRules.atom(AtomFeedWriter.of(channel(format)).toBytes(answers()), self,
            true);
    assertThat(problems).isEmpty();
  }

  /** Why the value breaks the node's content model, or {@code null} when it does not. */
  private static String problem(Node node, String value) {
    switch (node.model()) {
      case CONTAINER:
        return value.isBlank() ? null : "a container holds text";
      case TEXT:
        return value.equals(HOSTILE) ? null : "plain text must read back exactly";
      case HTML_TEXT: {
        String text = ActiveContent.textOnly(value);
        return HOSTILE.equals(text) ? null
            : "an HTML parser must find exactly the text in it, found " + text;
      }
      case HTML: {
        List<String> active = ActiveContent.in(value);
        if (!active.isEmpty()) {
          return "active content: " + active;
        }
        return org.jsoup.Jsoup.parseBodyFragment(value).text().contains(HOSTILE) ? null
            : "the body's hostile paragraph must be text";
      }
      case URL:
        return web(value) ? null : "not an absolute http(s) URL";
      case ID:
        return web(value) || FeedValidatorRules.TAG_URI.matcher(value).matches() ? null
            : "neither an http(s) URL nor a tag: URI";
      case RFC822:
        return FeedValidatorRules.RFC_2822.matcher(value).matches() ? null : "not RFC 822";
      case RFC3339:
        return FeedValidatorRules.RFC_3339.matcher(value).matches() ? null : "not RFC 3339";
      case NUMBER:
        return value.matches("[1-9][0-9]*") ? null : "not a positive integer";
      case LANGUAGE:
        return value.equals("en") ? null : "not the channel's language";
      default:
        return node.fixed().contains(value) ? null : "not one of the fixed values";
    }
  }

  private static boolean web(String value) {
    return (value.startsWith("https://") || value.startsWith("http://"))
        && FeedValidatorRules.FULL_URI.matcher(value).matches();
  }
}
