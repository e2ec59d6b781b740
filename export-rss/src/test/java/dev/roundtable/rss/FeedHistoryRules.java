package dev.roundtable.rss;

import static dev.roundtable.rss.Fixtures.ATOM_NS;
import static dev.roundtable.rss.Fixtures.children;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The W3C Feed Validation Service's rules on paging and archive links (RFC 5005), re-stated as
 * checks on a parsed RSS or Atom document: {@code src/feedvalidator/link.py} (the registered
 * {@code rel} values, FeedHistoryRelInEntry, AtomLinkNotEmpty, MissingHref),
 * {@code feed.py}'s {@code validate_metadata} (LinkPastEnd, ArchiveIncomplete,
 * MissingCurrentInArchive, FeedRelInCompleteFeed, CurrentNotSelfInCompleteFeed) and
 * {@code extension.py}'s {@code do_fh_archive}/{@code do_fh_complete} (the
 * {@code http://purl.org/syndication/history/1.0} namespace, known as {@code fh} in
 * {@code base.py}). The validator applies the head rules of {@code feed.py} to Atom feeds; they
 * are applied to RSS channels here as well, which is stricter.
 */
final class FeedHistoryRules {
  static final String FH_NS = "http://purl.org/syndication/history/1.0";
  /** link.py validRelations (the IANA registry as the validator knows it). */
  static final Set<String> REGISTERED = Set.of("alternate", "current", "describedby", "edit",
      "edit-media", "enclosure", "first", "hub", "last", "license", "next", "next-archive",
      "payment", "prev-archive", "previous", "related", "replies", "search", "self", "service",
      "up", "via");
  /** link.py rfc5005: the relations of a feed's head only. */
  static final Set<String> RFC_5005 = Set.of("current", "first", "last", "next",
      "next-archive", "prev-archive", "previous");

  private FeedHistoryRules() {}

  /**
   * The problems the validator would report on the RFC 5005 links and markers of a document.
   *
   * @param xml the RSS or Atom document
   * @param selfUrl where it is served
   * @return the problems, as the validator names them
   */
  static List<String> of(byte[] xml, String selfUrl) {
    List<String> problems = new ArrayList<>();
    Element root = Fixtures.parseXml(xml).getDocumentElement();
    Element head = ATOM_NS.equals(root.getNamespaceURI()) ? root
        : Fixtures.child(root, null, "channel");
    Element entryLike = null;
    for (Node n = head.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && (e.getLocalName().equals("entry")
          || e.getLocalName().equals("item"))) {
        for (Element link : children(e, ATOM_NS, "link")) {
          if (RFC_5005.contains(link.getAttribute("rel"))) {
            problems.add("FeedHistoryRelInEntry: " + link.getAttribute("rel"));
          }
        }
        entryLike = entryLike == null ? e : entryLike;
      }
    }
    List<Element> links = children(head, ATOM_NS, "link");
    for (Element link : links) {
      String rel = link.hasAttribute("rel") ? link.getAttribute("rel") : "alternate";
      if (!REGISTERED.contains(rel)) {
        problems.add("UnregisteredAtomLinkRel: " + rel);
      }
      if (!link.hasAttribute("href")) {
        problems.add("MissingHref: " + rel);
      } else if (!FeedValidatorRules.FULL_URI.matcher(link.getAttribute("href")).matches()) {
        problems.add("InvalidFullLink: " + rel + " " + link.getAttribute("href"));
      }
      if (!link.getTextContent().isBlank()) {
        problems.add("AtomLinkNotEmpty: " + rel);
      }
      if (entryLike != null && (link.compareDocumentPosition(entryLike)
          & Node.DOCUMENT_POSITION_PRECEDING) != 0) {
        problems.add("MisplacedMetadata: link " + rel + " after an entry");
      }
    }
    boolean archive = !children(head, FH_NS, "archive").isEmpty();
    boolean complete = !children(head, FH_NS, "complete").isEmpty();
    boolean archiveLinks = false;
    boolean current = false;
    for (Element link : links) {
      String rel = link.getAttribute("rel");
      String href = link.getAttribute("href");
      current |= rel.equals("current");
      archiveLinks |= rel.equals("prev-archive") || rel.equals("next-archive");
      if (rel.equals("first") && href.equals(selfUrl) && has(links, "previous")) {
        problems.add("LinkPastEnd: first is self, with previous");
      }
      if (rel.equals("last") && href.equals(selfUrl) && has(links, "next")) {
        problems.add("LinkPastEnd: last is self, with next");
      }
      if (complete && RFC_5005.contains(rel) && !(rel.equals("current") && href.equals(selfUrl))) {
        problems.add((rel.equals("current") ? "CurrentNotSelfInCompleteFeed: "
            : "FeedRelInCompleteFeed: ") + rel);
      }
    }
    if (archive && !archiveLinks && !complete) {
      problems.add("ArchiveIncomplete");
    }
    if (archive && !current && !complete) {
      problems.add("MissingCurrentInArchive");
    }
    if (root.getElementsByTagNameNS(FH_NS, "*").getLength()
        != children(head, FH_NS, "archive").size() + children(head, FH_NS, "complete").size()) {
      problems.add("fh element outside the head, or unknown to the validator");
    }
    return problems;
  }

  private static boolean has(List<Element> links, String rel) {
    return links.stream().anyMatch(l -> rel.equals(l.getAttribute("rel")));
  }

  /** The {@code rel href} of the head's links in document order, for assertions. */
  static List<String> links(byte[] xml) {
    Element root = Fixtures.parseXml(xml).getDocumentElement();
    Element head = ATOM_NS.equals(root.getNamespaceURI()) ? root
        : Fixtures.child(root, null, "channel");
    List<String> out = new ArrayList<>();
    for (Element link : children(head, ATOM_NS, "link")) {
      out.add(link.getAttribute("rel") + " " + link.getAttribute("href"));
    }
    return out;
  }
}
