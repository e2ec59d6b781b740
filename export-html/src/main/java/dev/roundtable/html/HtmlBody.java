package dev.roundtable.html;

import dev.roundtable.model.Block;
import dev.roundtable.model.Body;
import dev.roundtable.model.Heading;
import dev.roundtable.model.Inline;
import dev.roundtable.model.InvalidModelException;
import dev.roundtable.model.ListBlock;
import dev.roundtable.model.Paragraph;
import dev.roundtable.model.Quote;
import dev.roundtable.model.Url;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads the HTML of a CMS body into the body model, keeping what the model can say and the text
 * of everything else.
 *
 * <ul>
 *   <li>Kept: paragraphs; headings ({@code <h1>} becomes level 2, the highest a body has);
 *       quotations (a {@code <figcaption>}, {@code <footer>} or {@code <cite>} in or around them
 *       becomes the citation); bulleted and numbered lists; emphasis ({@code <em>}, {@code <i>});
 *       strong ({@code <strong>}, {@code <b>}); code; line breaks; links whose target the model's
 *       {@link Url#linkTarget} accepts (absolute {@code http}, {@code https}, {@code mailto}).</li>
 *   <li>Unwrapped, their text kept: every other element, such as {@code <div>}, {@code <span>},
 *       {@code <font>}, Word's {@code <o:p>}, tables (each cell a paragraph) and links with any
 *       other target ({@code javascript:}, relative, {@code data:}).</li>
 *   <li>Dropped with their content: scripts, styles, templates, comments, the document head,
 *       embedded content (images, frames, objects, media, SVG, MathML) and form controls. No
 *       attribute survives: no style, class or event handler.</li>
 * </ul>
 *
 * <p>White space is collapsed as a browser shows it ({@code <pre>} keeps its lines as line
 * breaks); blocks with no visible text are left out. Thread-safe: the class has no state.
 */
public final class HtmlBody {
  /** Elements dropped with their content. */
  static final Set<String> DROPPED = Set.of(
      "script", "style", "template", "noscript", "head", "title", "meta", "link", "base", "xml",
      "iframe", "frame", "frameset", "object", "embed", "applet", "param", "img", "picture",
      "source", "track", "video", "audio", "canvas", "map", "area", "svg", "math", "input",
      "select", "button", "textarea", "datalist", "output", "progress", "meter", "dialog");
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "address",
      "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "blockquote", "ul",
      "ol", "li", "dl", "dt", "dd", "table", "caption", "thead", "tbody", "tfoot", "tr", "td",
      "th", "pre", "hr", "form", "fieldset", "legend", "details", "summary", "center", "body",
      "menu", "dir", "listing", "xmp", "plaintext");
  private static final Set<String> CITATIONS = Set.of("figcaption", "footer", "cite");

  private final List<Block> blocks = new ArrayList<>();
  private InlineRun run = new InlineRun();

  private HtmlBody() {}

  /**
   * Reads CMS HTML (a fragment or a whole document) into a body.
   *
   * @param html the HTML
   * @return the body
   * @throws InvalidModelException (field {@code body}) when the HTML holds no visible text, or
   *     a text breaks a rule of the model such as its length limit
   */
  public static Body parse(String html) {
    Objects.requireNonNull(html, "html");
    HtmlBody reader = new HtmlBody();
    reader.blockContent(Jsoup.parseBodyFragment(html).body());
    reader.endParagraph();
    return new Body(reader.blocks);
  }

  /** Reads the children of an element whose content is blocks (or loose inline content). */
  private void blockContent(Element parent) {
    for (Node node : parent.childNodes()) {
      blockNode(node);
    }
  }

  /** Reads one node where blocks may stand. */
  private void blockNode(Node node) {
    if (!(node instanceof Element)) {
      inline(node, run);
      return;
    }
    Element e = (Element) node;
    String tag = e.normalName();
    if (DROPPED.contains(tag)) {
      return;
    }
    if (!BLOCKS.contains(tag)) {
      inline(e, run);
      return;
    }
    endParagraph();
    switch (tag) {
      case "p":
        add(inlinesOf(e, false), Paragraph::new);
        break;
      case "pre":
      case "listing":
      case "xmp":
      case "plaintext":
        add(inlinesOf(e, true), Paragraph::new);
        break;
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
        int level = Math.max(Heading.MIN_LEVEL, tag.charAt(1) - '0');
        add(inlinesOf(e, false), content -> new Heading(level, content));
        break;
      case "blockquote":
        quote(e, null);
        break;
      case "figure":
        figure(e);
        break;
      case "ul":
      case "ol":
      case "menu":
      case "dir":
        list(e, tag.equals("ol"));
        break;
      default:
        blockContent(e); // div, section, table ...: unwrapped, each block its own paragraph
        endParagraph();
    }
  }

  /**
   * A figure holding a quotation gives a quote cited by its caption, and its other content as
   * blocks; other figures are unwrapped.
   */
  private void figure(Element figure) {
    Element quote = figure.selectFirst("> blockquote");
    Element caption = figure.selectFirst("> figcaption");
    if (quote == null) {
      blockContent(figure);
      endParagraph();
      return;
    }
    for (Node child : new ArrayList<>(figure.childNodes())) {
      if (child == quote) {
        endParagraph();
        quote(quote, caption); // the caption cites the quotation
      } else if (child != caption) {
        blockNode(child); // anything else in the figure keeps its text
      }
    }
    endParagraph();
  }

  private void quote(Element quote, Element caption) {
    Element cite = caption;
    if (cite == null) {
      for (Element child : quote.children()) {
        if (CITATIONS.contains(child.normalName())) {
          cite = child;
        }
      }
    }
    String citation = null;
    if (cite != null) {
      cite.remove();
      citation = InlineRun.collapse(plainText(inlinesOf(cite, false)));
    }
    String cited = blank(citation) ? null : citation;
    List<Inline> content = inlinesOf(quote, false);
    if (isBlank(content) && cited != null) {
      blocks.add(Paragraph.of(cited)); // a citation of nothing is kept as text
    } else {
      add(content, quoted -> new Quote(quoted, cited));
    }
  }

  private void list(Element list, boolean ordered) {
    List<List<Inline>> items = new ArrayList<>();
    for (Element child : list.children()) {
      List<Inline> item = inlinesOf(child, false);
      if (!isBlank(item)) {
        items.add(item);
      }
    }
    if (!items.isEmpty()) {
      blocks.add(new ListBlock(ordered, items));
    }
  }

  /** The inlines of an element, nested blocks separated by line breaks. */
  private List<Inline> inlinesOf(Element e, boolean preformatted) {
    InlineRun own = new InlineRun();
    own.preformatted(preformatted);
    for (Node child : e.childNodes()) {
      inline(child, own);
    }
    return own.finish();
  }

  /** Reads a node in inline context. */
  private static void inline(Node node, InlineRun run) {
    if (node instanceof TextNode) {
      run.text(((TextNode) node).getWholeText());
      return;
    }
    if (!(node instanceof Element)) {
      return; // comments, doctypes, XML declarations
    }
    Element e = (Element) node;
    String tag = e.normalName();
    if (DROPPED.contains(tag)) {
      return;
    }
    switch (tag) {
      case "br":
        run.lineBreak();
        return;
      case "code":
      case "kbd":
      case "samp":
      case "tt":
        run.code(e.wholeText());
        return;
      case "em":
      case "i":
      case "cite":
      case "dfn":
      case "var":
        wrapped(e, run, run.open('e'));
        return;
      case "strong":
      case "b":
        wrapped(e, run, run.open('s'));
        return;
      case "a":
        Url href = run.inLink() ? null : linkTarget(e.attr("href"));
        wrapped(e, run, href != null && run.openLink(href));
        return;
      case "pre":
        boolean was = run.isPreformatted();
        run.lineBreak();
        run.preformatted(true);
        children(e, run);
        run.preformatted(was);
        run.lineBreak();
        return;
      default:
        boolean block = BLOCKS.contains(tag);
        if (block) {
          run.lineBreak();
        }
        children(e, run);
        if (block) {
          run.lineBreak();
        }
    }
  }

  private static void wrapped(Element e, InlineRun run, boolean opened) {
    children(e, run);
    if (opened) {
      run.close();
    }
  }

  private static void children(Element e, InlineRun run) {
    for (Node child : e.childNodes()) {
      inline(child, run);
    }
  }

  /** The link target when the model allows it, else {@code null}. */
  private static Url linkTarget(String href) {
    String trimmed = href.strip();
    if (trimmed.isEmpty()) {
      return null;
    }
    try {
      return Url.linkTarget(trimmed);
    } catch (InvalidModelException e) {
      return null;
    }
  }

  private void endParagraph() {
    List<Inline> content = run.finish();
    run = new InlineRun();
    add(content, Paragraph::new);
  }

  /** Adds a block made of the inlines, unless they show no text. */
  private void add(List<Inline> content, Function<List<Inline>, Block> block) {
    if (!isBlank(content)) {
      blocks.add(block.apply(content));
    }
  }

  private static boolean isBlank(List<Inline> content) {
    return blank(plainText(content));
  }

  private static String plainText(List<Inline> content) {
    StringBuilder text = new StringBuilder();
    for (Inline inline : content) {
      inline.appendPlainText(text);
    }
    return text.toString();
  }

  private static boolean blank(String s) {
    if (s == null) {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }
}
