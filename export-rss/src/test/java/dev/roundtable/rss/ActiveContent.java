package dev.roundtable.rss;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What a feed reader that renders a value as HTML would run or load, found by a real HTML5
 * parser (jsoup): script-capable elements, event-handler and style attributes, and URL
 * attributes whose scheme is not http, https or mailto (or that have none).
 */
final class ActiveContent {
  private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "style", "iframe",
      "frame", "frameset", "object", "embed", "applet", "base", "meta", "link", "form", "svg",
      "math", "template", "noscript");
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite", "action",
      "formaction", "poster", "background", "data", "srcset", "xlink:href", "longdesc",
      "usemap", "ping", "manifest", "codebase", "lowsrc", "dynsrc");
  private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

  private ActiveContent() {}

  /**
   * The active content in an HTML fragment, each described in a few words.
   *
   * @param html the fragment, as a reader would get it after XML or JSON parsing
   * @return nothing when the fragment is inert
   */
  static List<String> in(String html) {
    List<String> found = new ArrayList<>();
    for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
      String name = e.normalName();
      if (ACTIVE_ELEMENTS.contains(name)) {
        found.add("<" + name + "> element");
      }
      for (Attribute a : e.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        if (key.startsWith("on") || key.equals("style") || key.equals("srcdoc")) {
          found.add(key + " attribute on <" + name + ">");
        }
        if (URL_ATTRIBUTES.contains(key) && !webOrMail(a.getValue())) {
          found.add(key + "=\"" + a.getValue() + "\" on <" + name + ">: not http, https or mailto");
        }
      }
    }
    return found;
  }

  /**
   * The text an HTML parser sees in a value that must be text only (escaped HTML), or
   * {@code null} when the parser finds an element, a comment or anything else but text in it.
   *
   * @param html the value after XML or JSON parsing
   * @return its text, entities decoded, or {@code null}
   */
  static String textOnly(String html) {
    StringBuilder text = new StringBuilder();
    for (Node n : Jsoup.parseBodyFragment(html).body().childNodes()) {
      if (!(n instanceof TextNode)) {
        return null;
      }
      text.append(((TextNode) n).getWholeText());
    }
    return text.toString();
  }

  /** Whether a URL attribute's value is absolute with an allowed scheme, as a browser reads it. */
  private static boolean webOrMail(String value) {
    // browsers strip leading and trailing C0 controls and spaces, and tabs and line feeds inside
    String url = value.strip().replaceAll("[\\t\\n\\r]", "");
    int colon = url.indexOf(':');
    if (colon <= 0) {
      return false;
    }
    return SCHEMES.contains(url.substring(0, colon).toLowerCase(Locale.ROOT));
  }
}
