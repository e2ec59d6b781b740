package dev.roundtable.imports;

import dev.roundtable.model.Block;
import dev.roundtable.model.Body;
import dev.roundtable.model.Heading;
import dev.roundtable.model.Inline;
import dev.roundtable.model.InvalidModelException;
import dev.roundtable.model.ListBlock;
import dev.roundtable.model.Paragraph;
import dev.roundtable.model.Text;
import dev.roundtable.model.Quote;
import dev.roundtable.model.Url;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

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
  /** Elements that stand as blocks: unwrapped in inline content, with a line break around. */
  static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "address",
      "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "blockquote", "ul",
      "ol", "li", "dl", "dt", "dd", "table", "caption", "thead", "tbody", "tfoot", "tr", "td",
      "th", "pre", "hr", "form", "fieldset", "legend", "details", "summary", "center", "body",
      "menu", "dir", "listing", "xmp", "plaintext");
  private static final Set<String> CITATIONS = Set.of("figcaption", "footer", "cite");

  private final List<Block> blocks = new ArrayList<>();
  private final Drops drops = new Drops();
  private InlineRun run = new InlineRun();

  private HtmlBody() {}

  /**
   * Reads CMS HTML (a fragment or a whole document) into a body. Any depth of nesting is read
   * without recursion; the model keeps the outermost {@link Inline#MAX_DEPTH} levels of
   * emphasis, strong and links, and the text of all.
   *
   * @param html the HTML
   * @return the body
   * @throws InvalidModelException (field {@code body}) when the HTML holds no visible text, or
   *     a text breaks a rule of the model such as its length limit
   */
  public static Body parse(String html) {
    return read(html).body();
  }

  /**
   * Reads CMS HTML into a body, with a report of what was dropped: each element dropped with its
   * content, each link whose target the model refuses (its text kept), each emphasis, strong or
   * link nested deeper than the model keeps. Unwrapped elements and removed attributes are not
   * reported: they are the allow-list's everyday work, and their text is kept. The drops' lines
   * are 0: jsoup's fragments keep no source lines.
   *
   * @param html the HTML
   * @return the body and its drops, in the order of the input
   * @throws InvalidModelException (field {@code body}) when the HTML holds no visible text, or
   *     a text breaks a rule of the model such as its length limit
   */
  public static ImportedBody read(String html) {
    Objects.requireNonNull(html, "html");
    HtmlBody reader = new HtmlBody();
    Element body = Jsoup.parseBodyFragment(html).body();
    NodeTraversor.filter(reader.new BlockReader(body), body);
    reader.endParagraph();
    return new ImportedBody(new Body(reader.blocks), reader.drops.list());
  }

  /** Notes an element dropped with its content. */
  static void dropped(Element e, Drops drops) {
    // a script's or style's content is data, not text, to jsoup
    String text = e.normalName().equals("img") ? e.attr("alt")
        : e.text().isBlank() ? e.data() : e.text();
    drops.add("dropped <" + e.normalName() + ">" + (text.isBlank() ? ""
        : " and its text " + Drops.quote(text)));
  }

  /**
   * Reads where blocks may stand, depth-first with jsoup's {@link NodeTraversor}, which does not
   * recurse: containers such as {@code <div>} and {@code <figure>} are unwrapped, each ending a
   * paragraph; paragraphs, headings, quotations and lists are read whole; loose inline content
   * goes into the paragraph being collected.
   */
  private final class BlockReader implements NodeFilter {
    private final Element root;
    /** The containers entered, whose end ends a paragraph. */
    private final ArrayDeque<Element> open = new ArrayDeque<>();
    /** The quotation figures entered: their quote is cited by their caption. */
    private final ArrayDeque<QuotationFigure> figures = new ArrayDeque<>();

    BlockReader(Element root) {
      this.root = root;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node == root) {
        return FilterResult.CONTINUE;
      }
      QuotationFigure figure = figures.peek();
      if (figure != null && node.parentNode() == figure.figure()) {
        if (node == figure.caption()) {
          return FilterResult.SKIP_ENTIRELY; // read as the quote's citation
        }
        if (node == figure.quote()) {
          endParagraph();
          quote(figure.quote(), figure.caption());
          return FilterResult.SKIP_ENTIRELY;
        }
      }
      if (!(node instanceof Element)) {
        InlineReader.read(node, run, drops);
        return FilterResult.SKIP_ENTIRELY;
      }
      Element e = (Element) node;
      String tag = e.normalName();
      if (DROPPED.contains(tag)) {
        dropped(e, drops);
        return FilterResult.SKIP_ENTIRELY;
      }
      if (!BLOCKS.contains(tag)) {
        InlineReader.read(e, run, drops);
        return FilterResult.SKIP_ENTIRELY;
      }
      endParagraph();
      switch (tag) {
        case "p":
          add(inlinesOf(e, false, null), Paragraph::new);
          return FilterResult.SKIP_ENTIRELY;
        case "pre":
        case "listing":
        case "xmp":
        case "plaintext":
          add(inlinesOf(e, true, null), Paragraph::new);
          return FilterResult.SKIP_ENTIRELY;
        case "h1":
        case "h2":
        case "h3":
        case "h4":
        case "h5":
        case "h6":
          int level = Math.max(Heading.MIN_LEVEL, tag.charAt(1) - '0');
          add(inlinesOf(e, false, null), content -> new Heading(level, content));
          return FilterResult.SKIP_ENTIRELY;
        case "blockquote":
          quote(e, null);
          return FilterResult.SKIP_ENTIRELY;
        case "ul":
        case "ol":
        case "menu":
        case "dir":
          list(e, tag.equals("ol"));
          return FilterResult.SKIP_ENTIRELY;
        case "figure":
          Element quote = child(e, "blockquote");
          if (quote != null) { // its other content is read as blocks
            figures.push(new QuotationFigure(e, quote, child(e, "figcaption")));
          }
          open.push(e);
          return FilterResult.CONTINUE;
        default: // div, section, table ...: unwrapped, each block its own paragraph
          open.push(e);
          return FilterResult.CONTINUE;
      }
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (open.peek() == node) {
        open.pop();
        if (figures.peek() != null && figures.peek().figure() == node) {
          figures.pop();
        }
        endParagraph();
      }
      return FilterResult.CONTINUE;
    }
  }

  /** A figure holding a quotation, which its caption (or {@code null}) cites. */
  private record QuotationFigure(Element figure, Element quote, Element caption) {}

  /** The first child element with the tag, or {@code null}. */
  private static Element child(Element parent, String tag) {
    for (Element child : parent.children()) {
      if (child.normalName().equals(tag)) {
        return child;
      }
    }
    return null;
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
      citation = InlineRun.collapse(InlineRun.plainText(inlinesOf(cite, false, null)));
    }
    String cited = Text.isVisible(citation) ? citation : null;
    List<Inline> content = inlinesOf(quote, false, cite);
    if (InlineRun.isBlank(content) && cited != null) {
      blocks.add(Paragraph.of(cited)); // a citation of nothing is kept as text
    } else {
      add(content, quoted -> new Quote(quoted, cited));
    }
  }

  private void list(Element list, boolean ordered) {
    List<List<Inline>> items = new ArrayList<>();
    for (Element child : list.children()) {
      if (DROPPED.contains(child.normalName())) {
        continue;
      }
      List<Inline> item = inlinesOf(child, false, null);
      if (!InlineRun.isBlank(item)) {
        items.add(item);
      }
    }
    if (!items.isEmpty()) {
      blocks.add(new ListBlock(ordered, items));
    }
  }

  /**
   * The inlines of an element, nested blocks separated by line breaks, leaving out
   * {@code skipped} (a citation read on its own) unless it is {@code null}.
   */
  private List<Inline> inlinesOf(Element e, boolean preformatted, Node skipped) {
    InlineRun own = new InlineRun();
    own.preformatted(preformatted);
    InlineReader.readChildren(e, own, drops, skipped);
    return own.finish();
  }

  private void endParagraph() {
    List<Inline> content = run.finish();
    run = new InlineRun();
    add(content, Paragraph::new);
  }

  /** Adds a block made of the inlines, unless they show no text. */
  private void add(List<Inline> content, Function<List<Inline>, Block> block) {
    if (!InlineRun.isBlank(content)) {
      blocks.add(block.apply(content));
    }
  }
}
