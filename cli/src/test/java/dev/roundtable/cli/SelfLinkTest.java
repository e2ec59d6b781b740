package dev.roundtable.cli;

import static dev.roundtable.cli.CommandRun.example;
import static dev.roundtable.cli.CommandRun.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.roundtable.model.RandomModels;
import dev.roundtable.model.Url;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A feed's self link is the base URL and the {@code --out} file's name as one percent-encoded
 * path segment: any name a file can have gives a valid link whose last segment decodes back to
 * the name, never a query, a fragment, a crash or a Java class name.
 */
class SelfLinkTest {
  private static final String BASE = "https://example.org/feeds/";
  private static final String[] AWKWARD = {
    " ", "#", "?", "%", "%20", "%zz", "+", "&", ";", "=", ":", "@", "!", "$", "'", "(", "*", ",",
    "~", "[", "]", "\\", "\"", "<", ">", "^", "`", "{", "|", "}", "..", "\u00FC", "\u65E5\u672C",
    "\uD83D\uDE00", "\u202E", "\n", "\r", "\t", "\u001B",
  };
  private static final String[] FEEDS = {"rss", "atom", "jsonfeed"};

  @TempDir Path dir;

  static Stream<Long> seeds() {
    return RandomModels.seeds(15);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a b.xml", "feed#x", "f?x=1", "100%.xml", "%41.xml", "a+b.xml",
      "\u65E5\u672C\u8A9E.xml", "\uD83D\uDE00.json", "line\nbreak.xml", ":colon.xml"})
  void awkwardFileNamesMakeAValidSelfLink(String name) throws Exception {
    for (String feed : FEEDS) {
      checkSelfLink("name " + visible(name) + ", " + feed, name, feed);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void generatedFileNamesMakeAValidSelfLink(long seed) throws Exception {
    RandomModels models = new RandomModels(seed);
    Random random = models.random();
    for (int i = 0; i < 8; i++) {
      String name = fileName(models);
      String feed = FEEDS[random.nextInt(FEEDS.length)];
      checkSelfLink("seed " + seed + ", name " + visible(name) + ", " + feed, name, feed);
    }
  }

  private void checkSelfLink(String description, String name, String feed) throws Exception {
    Path out = dir.resolve(name);
    CommandRun run = runWithInput(example(), "export", "--format", feed, "--base-url", BASE,
        "--out", out.toString());

    assertThat(run.exitCode()).as("%s: %s", description, run.describe()).isZero();
    assertThat(run.err()).as(description).isEmpty();
    String link = selfLink(Files.readAllBytes(out), feed);
    assertThat(link).as(description).startsWith(BASE).matches("[\\x21-\\x7E]+");
    URI uri = new URI(link);
    assertThat(uri.getRawQuery()).as(description + ": query of " + link).isNull();
    assertThat(uri.getRawFragment()).as(description + ": fragment of " + link).isNull();
    assertThat(uri.getRawPath().substring(URI.create(BASE).getRawPath().length()))
        .as(description + ": one segment in " + link).doesNotContain("/");
    String path = uri.getPath();
    assertThat(path.substring(path.lastIndexOf('/') + 1)).as(description + ": " + link)
        .isEqualTo(name);
    assertThat(Url.of(link)).as(description).isNotNull();
    Files.delete(out);
  }

  /** A name a file can have: no '/', no NUL, not "." or "..", at most 200 bytes of UTF-8. */
  private static String fileName(RandomModels models) {
    Random random = models.random();
    StringBuilder name = new StringBuilder();
    int parts = 1 + random.nextInt(4);
    for (int i = 0; i < parts; i++) {
      name.append(random.nextBoolean() ? AWKWARD[random.nextInt(AWKWARD.length)]
          : models.text(2).replace('/', '_'));
    }
    String s = name.toString();
    while (s.getBytes(StandardCharsets.UTF_8).length > 200) {
      s = s.substring(0, s.offsetByCodePoints(0, s.codePointCount(0, s.length()) - 1));
    }
    boolean encodable = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"))
        .newEncoder().canEncode(s);
    return s.isEmpty() || s.equals(".") || s.equals("..") || !encodable ? "x" + s.hashCode() : s;
  }

  /** The self link of a feed: atom:link or link rel="self", or JSON Feed's feed_url. */
  private static String selfLink(byte[] feed, String format) throws Exception {
    if (format.equals("jsonfeed")) {
      try (JsonParser parser = new JsonFactory().createParser(feed)) {
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
          if (token == JsonToken.FIELD_NAME && parser.currentName().equals("feed_url")) {
            parser.nextToken();
            return parser.getText();
          }
        }
      }
      throw new AssertionError("no feed_url in " + new String(feed, StandardCharsets.UTF_8));
    }
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    NodeList elements = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed))
        .getElementsByTagNameNS("*", "link");
    for (int i = 0; i < elements.getLength(); i++) {
      Element link = (Element) elements.item(i);
      if (link.getAttribute("rel").equals("self")) {
        return link.getAttribute("href");
      }
    }
    throw new AssertionError("no self link in " + new String(feed, StandardCharsets.UTF_8));
  }

  /** The name with every code point outside printable ASCII as U+XXXX, for failure messages. */
  private static String visible(String name) {
    StringBuilder out = new StringBuilder("\"");
    name.codePoints().forEach(cp -> {
      if (cp >= 0x20 && cp < 0x7F) {
        out.appendCodePoint(cp);
      } else {
        out.append(String.format("<U+%04X>", cp));
      }
    });
    return out.append('"').toString();
  }
}
