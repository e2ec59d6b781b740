package dev.roundtable.rss;

import static dev.roundtable.rss.Fixtures.MEDIA_NS;
import static dev.roundtable.rss.Fixtures.children;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The W3C Feed Validation Service's rules on Atom links (src/feedvalidator/link.py, in RSS as
 * {@code atom:link} too) and on Media RSS (src/feedvalidator/media.py), re-stated as checks on a
 * parsed feed, plus WebSub's own rule that a feed with a hub names its topic with a self link.
 * {@link FeedValidatorRules} applies them to every channel, feed, item and entry.
 */
final class LinkAndMediaRules {
  /** link.py link.validRelations: the registered relations the validator knows. */
  static final Set<String> VALID_RELATIONS = Set.of("alternate", "current", "describedby", "edit",
      "edit-media", "enclosure", "first", "hub", "last", "license", "next", "next-archive",
      "payment", "prev-archive", "previous", "related", "replies", "search", "self", "service",
      "up", "via");
  /** link.py getExpectedAttrNames, the part without a namespace (UnexpectedAttribute). */
  private static final Set<String> LINK_ATTRIBUTES =
      Set.of("type", "title", "rel", "href", "length", "hreflang");
  /** media.py media_content.getExpectedAttrNames (UnexpectedAttribute). */
  private static final Set<String> CONTENT_ATTRIBUTES = Set.of("bitrate", "channels", "duration",
      "expression", "fileSize", "framerate", "height", "isDefault", "lang", "medium",
      "samplingrate", "type", "url", "width");
  /** media.py media_content: the values of {@code medium} (InvalidMediaMedium). */
  private static final Set<String> MEDIUMS =
      Set.of("image", "audio", "video", "document", "executable");
  /**
   * media.py media_credit.EBU, the roles this library could mean (InvalidCreditRole), all in
   * lower case as the validator also requires.
   */
  private static final Set<String> EBU_ROLES_USED = Set.of("photographer", "author", "artist");
  /** validators.py positiveInteger. */
  private static final Pattern POSITIVE = Pattern.compile("[1-9][0-9]*");

  private LinkAndMediaRules() {}

  /**
   * link.py on the {@code link} elements of an Atom feed or the {@code atom:link} elements of an
   * RSS channel: a known relation (UnregisteredAtomLinkRel), a full {@code href} (MissingHref,
   * InvalidFullLink), no text inside (AtomLinkNotEmpty), no unknown attribute
   * (UnexpectedAttribute); and WebSub: hubs once each, and a self link beside them.
   */
  static void links(List<Element> links, String where, List<String> problems) {
    boolean self = false;
    Set<String> hubs = new HashSet<>();
    for (Element link : links) {
      String rel = link.hasAttribute("rel") ? link.getAttribute("rel") : "alternate";
      if (!VALID_RELATIONS.contains(rel) && !FeedValidatorRules.FULL_URI.matcher(rel).matches()) {
        problems.add("UnregisteredAtomLinkRel (" + where + "): " + rel);
      }
      if (!link.hasAttribute("href")) {
        problems.add("MissingHref (" + where + ")");
      } else if (!FeedValidatorRules.FULL_URI.matcher(link.getAttribute("href")).matches()) {
        problems.add("InvalidFullLink (" + where + " " + rel + "): " + link.getAttribute("href"));
      }
      if (!link.getTextContent().isBlank() || link.getFirstChild() != null) {
        problems.add("AtomLinkNotEmpty (" + where + ")");
      }
      unexpectedAttributes(link, LINK_ATTRIBUTES, where + " link", problems);
      self |= rel.equals("self");
      if (rel.equals("hub") && !hubs.add(link.getAttribute("href"))) {
        problems.add("hub listed twice (" + where + "): " + link.getAttribute("href"));
      }
    }
    if (!hubs.isEmpty() && !self) {
      problems.add("WebSub: a hub link without a self link (" + where + ")");
    }
  }

  /**
   * media.py on the {@code media:content} elements of an item or entry: a full {@code url}, a
   * known {@code medium} (InvalidMediaMedium), positive {@code width} and {@code height}
   * (InvalidPositiveInteger), no unknown attribute; its {@code media:description} and
   * {@code media:title} once each (DuplicateElement), of type plain or html
   * (InvalidMediaTextType), plain ones without HTML (ContainsUndeclaredHTML, by
   * {@link NonHtmlRule}); {@code media:credit} text only, a role only from the EBU list and in
   * lower case (InvalidCreditRole).
   */
  static void media(Element parent, NonHtmlRule nonHtml, boolean textMayQuoteHtml,
      List<String> problems) {
    for (Element media : children(parent, MEDIA_NS, "content")) {
      String url = media.getAttribute("url");
      if (!FeedValidatorRules.FULL_URI.matcher(url).matches()) {
        problems.add("InvalidFullLink (media:content url): " + url);
      }
      if (media.hasAttribute("medium") && !MEDIUMS.contains(media.getAttribute("medium"))) {
        problems.add("InvalidMediaMedium: " + media.getAttribute("medium"));
      }
      for (String size : List.of("width", "height")) {
        if (media.hasAttribute(size) && !POSITIVE.matcher(media.getAttribute(size)).matches()) {
          problems.add("InvalidPositiveInteger: media:content " + size);
        }
      }
      unexpectedAttributes(media, CONTENT_ATTRIBUTES, "media:content", problems);
      for (String text : List.of("description", "title")) {
        List<Element> found = children(media, MEDIA_NS, text);
        if (found.size() > 1) {
          problems.add("DuplicateElement: media:" + text);
        }
        for (Element element : found) {
          String type = element.getAttribute("type");
          if (!type.isEmpty() && !type.equals("plain") && !type.equals("html")) {
            problems.add("InvalidMediaTextType: media:" + text + " " + type);
          }
          if (!type.equals("html")) {
            nonHtml.check(element, "media:" + text, textMayQuoteHtml, problems);
          }
        }
      }
      for (Element credit : children(media, MEDIA_NS, "credit")) {
        if (hasChildElement(credit)) {
          problems.add("media:credit holds elements (text only)");
        }
        String role = credit.getAttribute("role");
        if (!role.isEmpty() && !EBU_ROLES_USED.contains(role)) {
          problems.add("InvalidCreditRole: " + role);
        }
      }
      for (Node n = media.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element && !MEDIA_NS.equals(n.getNamespaceURI())) {
          problems.add("UndefinedElement in media:content: " + n.getNodeName());
        }
      }
    }
  }

  private static boolean hasChildElement(Element element) {
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        return true;
      }
    }
    return false;
  }

  /** base.py: an attribute without a namespace that the element does not expect. */
  private static void unexpectedAttributes(Element element, Set<String> expected, String where,
      List<String> problems) {
    NamedNodeMap attributes = element.getAttributes();
    List<String> unexpected = new ArrayList<>();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attr = (Attr) attributes.item(i);
      if (attr.getNamespaceURI() == null && !expected.contains(attr.getLocalName())) {
        unexpected.add(attr.getName());
      }
    }
    for (String name : unexpected) {
      problems.add("UnexpectedAttribute (" + where + "): " + name);
    }
  }
}
