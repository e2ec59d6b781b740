package dev.roundtable.rss;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.roundtable.model.Image;
import dev.roundtable.model.MentoringExample;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** Channels for the bundled example, and the two parsers every test reads feeds with. */
final class Fixtures {
  static final String ATOM_NS = "http://www.w3.org/2005/Atom";
  static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
  static final String DC_NS = "http://purl.org/dc/elements/1.1/";
  static final String MEDIA_NS = "http://search.yahoo.com/mrss/";

  private Fixtures() {}

  /** The channel of the bundled example, served at {@code feed.<extension>}. */
  static Channel channel(String extension) {
    return Channel.builder()
        .title("MPW Insider")
        .link(MentoringExample.BASE)
        .description("Leaders answer readers' questions on careers & leadership.")
        .selfUrl(MentoringExample.BASE + "feed." + extension)
        .language("en")
        .generator("Roundtable")
        .ttl(Duration.ofMinutes(60))
        .image(Image.of("https://example.com/images/insider.png", "MPW Insider")
            .withSize(144, 72))
        .build();
  }

  /** Parses XML with the JDK's parser in secure-processing mode, namespaces on, no DTDs. */
  static Document parseXml(byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder().parse(new InputSource(new ByteArrayInputStream(xml)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n"
          + new String(xml, StandardCharsets.UTF_8), e);
    }
  }

  /** Reads a feed with ROME, as a feed reader would. */
  static SyndFeed parseRome(byte[] xml) {
    try {
      return new SyndFeedInput().build(new InputSource(new ByteArrayInputStream(xml)));
    } catch (Exception e) {
      throw new AssertionError("ROME cannot read the feed: " + e.getMessage(), e);
    }
  }

  /** A resource of this package's tests as UTF-8 text. */
  static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new AssertionError("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The child elements of {@code parent} with a namespace ({@code null} for none) and name. */
  static List<Element> children(Element parent, String namespace, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && name.equals(n.getLocalName())
          && Objects.equals(namespace, n.getNamespaceURI())) {
        out.add((Element) n);
      }
    }
    return out;
  }

  /** The only child element with that namespace and name; fails when there is not one. */
  static Element child(Element parent, String namespace, String name) {
    List<Element> found = children(parent, namespace, name);
    if (found.size() != 1) {
      throw new AssertionError("expected one <" + name + "> in <" + parent.getTagName()
          + ">, found " + found.size());
    }
    return found.get(0);
  }

  /** The text of the only child element with that namespace and name. */
  static String text(Element parent, String namespace, String name) {
    return child(parent, namespace, name).getTextContent();
  }

  /** The names of the child elements, in document order, as prefix:local or local. */
  static List<String> childNames(Element parent) {
    List<String> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        out.add(n.getNodeName());
      }
    }
    return out;
  }
}
