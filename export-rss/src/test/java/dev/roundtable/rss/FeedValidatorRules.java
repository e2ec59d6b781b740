package dev.roundtable.rss;

import static dev.roundtable.rss.Fixtures.ATOM_NS;
import static dev.roundtable.rss.Fixtures.CONTENT_NS;
import static dev.roundtable.rss.Fixtures.DC_NS;
import static dev.roundtable.rss.Fixtures.child;
import static dev.roundtable.rss.Fixtures.childNames;
import static dev.roundtable.rss.Fixtures.children;
import static dev.roundtable.rss.Fixtures.text;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The W3C Feed Validation Service's rules (github.com/w3c/feedvalidator, docs/error and
 * docs/warning, and the checks in src/feedvalidator) that apply to what Roundtable writes,
 * re-stated as checks on a parsed feed. Each problem names the rule as the validator does.
 * docs/feeds.md lists the rules and the tests that apply them.
 */
final class FeedValidatorRules {
  /** validators.py rfc2396_full: a full URI, ASCII only. */
  static final Pattern FULL_URI =
      Pattern.compile("[a-zA-Z][0-9a-zA-Z+\\-.]*:(//)?[0-9a-zA-Z;/?:@&=+$.\\-_!~*'()%,#]+");
  /** validators.py rfc2396.tag_re. */
  static final Pattern TAG_URI = Pattern.compile("tag:([a-z0-9\\-._]+?@)?[a-z0-9.\\-]+?,"
      + "\\d{4}(-\\d{2}(-\\d{2})?)?:[0-9a-zA-Z;/?:@&=+$.\\-_!~*'()%,]*"
      + "(#[0-9a-zA-Z;/?:@&=+$.\\-_!~*'()%,]*)?");
  /** validators.py rfc822.rfc2822_re, narrowed to what the profile recommends. */
  static final Pattern RFC_2822 = Pattern.compile("(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d\\d "
      + "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d\\d:\\d\\d:\\d\\d \\+0000");
  /** validators.py rfc3339.iso8601_re. */
  static final Pattern RFC_3339 =
      Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d*)?(Z|[+-]\\d\\d:\\d\\d)");
  /** Entity and character references: only XML's five and numeric ones are well-formed. */
  private static final Pattern REFERENCE = Pattern.compile("&([^;]{0,12});?");
  private static final Pattern ALLOWED_REFERENCE =
      Pattern.compile("amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+");
  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)([^>]*)>");
  private static final Pattern ATTRIBUTE =
      Pattern.compile("([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*=\\s*\"([^\"]*)\"");
  /** validators.py HTMLValidator.acceptable_elements, the part a body can produce. */
  private static final Set<String> SAFE_ELEMENTS = Set.of("a", "abbr", "b", "blockquote", "br",
      "cite", "code", "div", "em", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4",
      "h5", "h6", "i", "img", "li", "ol", "p", "pre", "q", "small", "span", "strong", "sub",
      "sup", "time", "u", "ul");
  /** validators.py HTMLValidator.acceptable_attributes, the part a body can produce. */
  private static final Set<String> SAFE_ATTRIBUTES = Set.of("href", "rel", "cite", "class",
      "lang", "dir", "title", "alt", "src", "width", "height", "datetime", "target", "id");

  private FeedValidatorRules() {}

  /**
   * The problems the validator would report on an RSS feed.
   *
   * @param xml the feed
   * @param selfUrl where the feed is served
   * @param textMayQuoteHtml skip ContainsHTML's end-tag heuristic on plain-text categories
   *     (random text may hold {@code </b>}); titles and descriptions are escaped HTML, which
   *     never holds one
   */
  static List<String> rss(byte[] xml, String selfUrl, boolean textMayQuoteHtml) {
    List<String> problems = new ArrayList<>();
    String raw = new String(xml, StandardCharsets.UTF_8);
    common(raw, problems);
    int rootEnd = raw.indexOf('>', raw.indexOf("<rss"));
    if (raw.indexOf("xmlns", rootEnd) >= 0) {
      problems.add("namespace declared below the root (RSS Profile: declare once, at the root)");
    }
    Document doc = Fixtures.parseXml(xml);
    Element rss = doc.getDocumentElement();
    if (!"2.0".equals(rss.getAttribute("version"))) {
      problems.add("InvalidRSSVersion");
    }
    Element channel = child(rss, null, "channel");
    for (String required : List.of("title", "link", "description")) {
      if (children(channel, null, required).size() != 1
          || text(channel, null, required).isBlank()) {
        problems.add("Missing" + required + " / NotBlank (channel)");
      }
    }
    if (children(channel, null, "language").size() != 1) {
      problems.add("MissingDCLanguage");
    }
    fullUri(text(channel, null, "link"), "channel link", problems);
    NonHtmlRule nonHtml = NonHtmlRule.of(xml, doc, true);
    nonHtml.check(child(channel, null, "title"), "channel title", false, problems);
    nonHtml.check(child(channel, null, "description"), "channel description", false, problems);
    boolean self = false;
    for (Element link : children(channel, ATOM_NS, "link")) {
      if ("self".equals(link.getAttribute("rel"))) {
        self = true;
        if (!selfUrl.equals(link.getAttribute("href"))) {
          problems.add("SelfDoesntMatchLocation: " + link.getAttribute("href"));
        }
        if (!"application/rss+xml".equals(link.getAttribute("type"))) {
          problems.add("atom:link self type");
        }
      }
    }
    if (!self) {
      problems.add("MissingAtomSelfLink");
    }
    LinkAndMediaRules.links(children(channel, ATOM_NS, "link"), "channel", problems);
    for (Element date : children(channel, null, "lastBuildDate")) {
      rfc822(date.getTextContent(), "lastBuildDate", problems);
    }
    for (Element ttl : children(channel, null, "ttl")) {
      if (!ttl.getTextContent().matches("[1-9][0-9]*")) {
        problems.add("InvalidPositiveInteger: ttl");
      }
    }
    for (Element image : children(channel, null, "image")) {
      if (!text(image, null, "title").equals(text(channel, null, "title"))) {
        problems.add("ImageTitleDoesntMatch");
      }
      if (!text(image, null, "link").equals(text(channel, null, "link"))) {
        problems.add("ImageLinkDoesntMatch");
      }
      String url = text(image, null, "url");
      fullUri(url, "image url", problems);
      if (!url.matches("(?i).*\\.(jpg|jpeg|gif|png)")) {
        problems.add("ImageUrlFormat");
      }
      for (Element w : children(image, null, "width")) {
        if (Integer.parseInt(w.getTextContent()) > 144) {
          problems.add("InvalidWidth");
        }
      }
      for (Element h : children(image, null, "height")) {
        if (Integer.parseInt(h.getTextContent()) > 400) {
          problems.add("InvalidHeight");
        }
      }
    }
    Set<String> guids = new HashSet<>();
    for (Element item : children(channel, null, "item")) {
      rssItem(item, guids, nonHtml, textMayQuoteHtml, problems);
    }
    return problems;
  }

  private static void rssItem(Element item, Set<String> guids, NonHtmlRule nonHtml,
      boolean textMayQuoteHtml, List<String> problems) {
    List<String> names = childNames(item);
    if (!names.contains("title") && !names.contains("description")) {
      problems.add("ItemMustContainTitleOrDescription");
    }
    for (Element title : children(item, null, "title")) {
      if (title.getTextContent().isEmpty()) {
        problems.add("NotBlank: item title");
      }
      nonHtml.check(title, "item title", false, problems);
    }
    for (Element link : children(item, null, "link")) {
      fullUri(link.getTextContent(), "item link", problems);
    }
    List<Element> guid = children(item, null, "guid");
    if (guid.size() != 1) {
      problems.add("MissingGuid / DuplicateElement: " + guid.size() + " guids");
    } else {
      String value = guid.get(0).getTextContent();
      if (!guids.add(value)) {
        problems.add("DuplicateValue: guid " + value);
      }
      if ("true".equals(guid.get(0).getAttribute("isPermaLink"))) {
        if (!value.startsWith("http://") && !value.startsWith("https://")) {
          problems.add("InvalidPermalink: " + value);
        }
        fullUri(value, "guid", problems);
      } else if (!TAG_URI.matcher(value).matches()) {
        problems.add("InvalidTAG: " + value);
      }
    }
    rfc822(text(item, null, "pubDate"), "pubDate", problems);
    if (children(item, DC_NS, "creator").isEmpty()) {
      problems.add("no dc:creator");
    }
    int description = names.indexOf("description");
    int content = names.indexOf("content:encoded");
    if (description < 0 || content < description) {
      problems.add("NeedDescriptionBeforeContent");
    }
    String descriptionHtml = text(item, null, "description");
    if (descriptionHtml.indexOf('<') >= 0) {
      problems.add("NotHtml/SecurityRisk: description holds markup: " + descriptionHtml);
    }
    safeHtml(text(item, CONTENT_NS, "encoded"), "content:encoded", problems);
    for (Element category : children(item, null, "category")) {
      if (category.getTextContent().isEmpty()) {
        problems.add("NotBlank: category");
      }
      nonHtml.check(category, "category", textMayQuoteHtml, problems);
    }
    if (!children(item, null, "enclosure").isEmpty()) {
      problems.add("enclosure written (this library writes media:content)");
    }
    LinkAndMediaRules.media(item, nonHtml, textMayQuoteHtml, problems);
  }

  /**
   * The problems the validator would report on an Atom feed.
   *
   * @param xml the feed
   * @param selfUrl where the feed is served
   * @param textMayQuoteHtml skip ContainsUndeclaredHTML on text constructs (random text may
   *     hold {@code </b>})
   */
  static List<String> atom(byte[] xml, String selfUrl, boolean textMayQuoteHtml) {
    List<String> problems = new ArrayList<>();
    String raw = new String(xml, StandardCharsets.UTF_8);
    common(raw, problems);
    Document doc = Fixtures.parseXml(xml);
    Element feed = doc.getDocumentElement();
    NonHtmlRule nonHtml = NonHtmlRule.of(xml, doc, false);
    if (!ATOM_NS.equals(feed.getNamespaceURI()) || !"feed".equals(feed.getLocalName())) {
      problems.add("not an Atom feed");
    }
    fullUri(text(feed, ATOM_NS, "id"), "feed id", problems);
    canonical(text(feed, ATOM_NS, "id"), "feed id", problems);
    if (feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang").isEmpty()) {
      problems.add("MissingDCLanguage: xml:lang");
    }
    nonHtml.check(child(feed, ATOM_NS, "title"), "feed title", textMayQuoteHtml, problems);
    nonHtml.check(child(feed, ATOM_NS, "subtitle"), "feed subtitle", textMayQuoteHtml, problems);
    rfc3339(text(feed, ATOM_NS, "updated"), "feed updated", problems);
    boolean self = false;
    boolean alternate = false;
    for (Element link : children(feed, ATOM_NS, "link")) {
      self |= "self".equals(link.getAttribute("rel")) && selfUrl.equals(link.getAttribute("href"));
      alternate |= "alternate".equals(link.getAttribute("rel"));
      fullUri(link.getAttribute("href"), "link href", problems);
    }
    if (!self) {
      problems.add("MissingSelf / SelfDoesntMatchLocation");
    }
    if (!alternate) {
      problems.add("no alternate link");
    }
    LinkAndMediaRules.links(children(feed, ATOM_NS, "link"), "feed", problems);
    Set<String> ids = new HashSet<>();
    for (Element entry : children(feed, ATOM_NS, "entry")) {
      String id = text(entry, ATOM_NS, "id");
      if (!ids.add(id)) {
        problems.add("DuplicateEntries: " + id);
      }
      if (!TAG_URI.matcher(id).matches()) {
        fullUri(id, "entry id", problems);
      }
      canonical(id, "entry id", problems);
      nonHtml.check(child(entry, ATOM_NS, "title"), "entry title", textMayQuoteHtml, problems);
      nonHtml.check(child(entry, ATOM_NS, "summary"), "entry summary", textMayQuoteHtml,
          problems);
      rfc3339(text(entry, ATOM_NS, "updated"), "entry updated", problems);
      rfc3339(text(entry, ATOM_NS, "published"), "entry published", problems);
      Element author = child(entry, ATOM_NS, "author");
      text(author, ATOM_NS, "name");
      for (Element uri : children(author, ATOM_NS, "uri")) {
        fullUri(uri.getTextContent(), "author uri", problems);
      }
      Element content = child(entry, ATOM_NS, "content");
      if (!"html".equals(content.getAttribute("type"))) {
        problems.add("content type");
      }
      safeHtml(content.getTextContent(), "content", problems);
      LinkAndMediaRules.media(entry, nonHtml, textMayQuoteHtml, problems);
      for (Element category : children(entry, ATOM_NS, "category")) {
        if (category.getAttribute("term").isEmpty()) {
          problems.add("MissingAttribute: category term");
        }
      }
    }
    return problems;
  }

  /** Rules on the raw text: references, bad characters. */
  private static void common(String raw, List<String> problems) {
    Matcher ref = REFERENCE.matcher(raw);
    while (ref.find()) {
      if (!ALLOWED_REFERENCE.matcher(ref.group(1)).matches() || !ref.group(0).endsWith(";")) {
        problems.add("undefined entity (not well-formed): " + ref.group(0));
      }
    }
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if ((c >= 0x80 && c <= 0x9F) || c == 0xFFFD || c == 0x7F) {
        problems.add(String.format("BadCharacters: U+%04X", (int) c));
      }
    }
  }

  private static void fullUri(String value, String where, List<String> problems) {
    if (!FULL_URI.matcher(value).matches()) {
      problems.add("InvalidFullLink / ContainsRelRef (" + where + "): " + value);
    }
  }

  /** entry.py and feed.py: Atom ids are canonicaluri (NonCanonicalURI). */
  private static void canonical(String id, String where, List<String> problems) {
    String canonical = ValidatorUri.canonical(id);
    if (!id.equals(canonical)) {
      problems.add("NonCanonicalURI (" + where + "): " + id + ", canonical form " + canonical);
    }
  }

  private static void rfc822(String value, String where, List<String> problems) {
    if (!RFC_2822.matcher(value).matches()) {
      problems.add("InvalidRFC2822Date / ProblematicalRFC822Date (" + where + "): " + value);
      return;
    }
    LocalDate date = LocalDate.parse(value.substring(5, 16),
        DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH));
    if (!date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
        .equals(value.substring(0, 3))) {
      problems.add("IncorrectDOW (" + where + "): " + value);
    }
  }

  private static void rfc3339(String value, String where, List<String> problems) {
    if (!RFC_3339.matcher(value).matches()) {
      problems.add("InvalidRFC3339Date (" + where + "): " + value);
    }
  }

  /** SecurityRisk, SecurityRiskAttr, DangerousStyleAttr and ContainsRelRef on HTML content. */
  private static void safeHtml(String html, String where, List<String> problems) {
    Matcher tag = TAG.matcher(html);
    while (tag.find()) {
      String name = tag.group(2).toLowerCase(Locale.ROOT);
      if (!SAFE_ELEMENTS.contains(name)) {
        problems.add("SecurityRisk (" + where + "): <" + name + ">");
      }
      Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
      while (attribute.find()) {
        String attr = attribute.group(1).toLowerCase(Locale.ROOT);
        if (!SAFE_ATTRIBUTES.contains(attr)) {
          problems.add("SecurityRiskAttr (" + where + "): " + attr);
        }
        if ((attr.equals("href") || attr.equals("src") || attr.equals("cite"))
            && !attribute.group(2).matches("\\w+:.*")) {
          problems.add("ContainsRelRef (" + where + "): " + attribute.group(2));
        }
        if ((attr.equals("href") || attr.equals("src"))
            && attribute.group(2).toLowerCase(Locale.ROOT).startsWith("javascript:")) {
          problems.add("SecurityRisk (" + where + "): javascript: URL");
        }
      }
    }
  }
}
