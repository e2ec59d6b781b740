package dev.roundtable.rss;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The W3C validator's {@code nonhtml} check (validators.py), which it applies to RSS titles,
 * channel descriptions and categories and to Atom text constructs: ContainsHTML (or, for Atom,
 * ContainsUndeclaredHTML) when the text holds an HTML end tag, or an HTML entity on lines that
 * hold no hexadecimal character reference ({@code rssCharData}: the RSS Profile's recommended
 * {@code &#x26;} and {@code &#x3C;} tell the validator the text was meant as text), and, in RSS,
 * CharacterData when the text holds {@code &#} or {@code <} on such lines. Entities are taken
 * more broadly than the validator does (any name, not only HTML 4's), which can only report more.
 */
final class NonHtmlRule {
  private static final Pattern HTML_END_TAG = Pattern.compile("</(\\w+)>");
  private static final Pattern HTML_ENTITY = Pattern.compile("&#?\\w");
  private static final Pattern CHARACTER_DATA = Pattern.compile("&#[x0-9]|<[/a-zA-Z]");
  /** validators.py HTMLValidator.htmltags that a title must not close (ContainsHTML). */
  private static final Set<String> HTML_TAGS = Set.of("a", "b", "i", "p", "em", "strong",
      "script", "style", "div", "span", "img", "br", "li", "ul", "ol", "table", "svg", "code");

  /** For each line of the feed, whether it holds {@code &#x}. */
  private final List<Boolean> hexLines = new ArrayList<>();
  /** Each element's first and last line, 1-based. */
  private final Map<Element, int[]> lines = new IdentityHashMap<>();
  private final boolean rss;

  private NonHtmlRule(byte[] xml, Document doc, boolean rss) {
    this.rss = rss;
    for (String line : new String(xml, StandardCharsets.UTF_8).split("\n", -1)) {
      hexLines.add(line.contains("&#x"));
    }
    List<int[]> spans = spans(xml);
    NodeList elements = doc.getElementsByTagName("*");
    for (int i = 0; i < elements.getLength(); i++) {
      lines.put((Element) elements.item(i), spans.get(i));
    }
  }

  /**
   * The rule for one feed.
   *
   * @param xml the feed's bytes
   * @param doc the feed parsed, whose elements {@link #check} is given
   * @param rss whether the feed is RSS (CharacterData is an RSS rule)
   * @return the rule
   */
  static NonHtmlRule of(byte[] xml, Document doc, boolean rss) {
    return new NonHtmlRule(xml, doc, rss);
  }

  /**
   * Adds what the validator reports on an element's text.
   *
   * @param element an element of the document given to {@link #of}
   * @param where the element, for the message
   * @param mayQuoteEndTags skip the end-tag heuristic (plain text may quote {@code </b>})
   * @param problems where problems go
   */
  void check(Element element, String where, boolean mayQuoteEndTags, List<String> problems) {
    String value = element.getTextContent();
    Matcher end = HTML_END_TAG.matcher(value);
    while (end.find()) {
      if (HTML_TAGS.contains(end.group(1).toLowerCase(Locale.ROOT))) {
        if (!mayQuoteEndTags) {
          problems.add("ContainsHTML / ContainsUndeclaredHTML (" + where + "): " + value);
        }
        return; // the validator reports the end tag and looks no further
      }
    }
    int[] span = lines.get(element);
    boolean hex = false;
    for (int line = span[0]; line <= span[1]; line++) {
      hex |= hexLines.get(line - 1);
    }
    if (HTML_ENTITY.matcher(value).find()) {
      if (!hex) {
        problems.add("ContainsHTML (" + where + ", an entity without &#x on its lines): " + value);
      }
    } else if (rss && CHARACTER_DATA.matcher(value).find() && !hex) {
      problems.add("CharacterData (" + where + "): " + value);
    }
  }

  /** The first and last line of every element, in document order. */
  private static List<int[]> spans(byte[] xml) {
    List<int[]> spans = new ArrayList<>();
    List<int[]> open = new ArrayList<>();
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.newSAXParser().parse(new ByteArrayInputStream(xml), new DefaultHandler() {
        private Locator locator;

        @Override
        public void setDocumentLocator(Locator locator) {
          this.locator = locator;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes attrs) {
          int[] span = {locator.getLineNumber(), locator.getLineNumber()};
          spans.add(span);
          open.add(span);
        }

        @Override
        public void endElement(String uri, String local, String qName) {
          open.remove(open.size() - 1)[1] = locator.getLineNumber();
        }
      });
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
    return spans;
  }
}
