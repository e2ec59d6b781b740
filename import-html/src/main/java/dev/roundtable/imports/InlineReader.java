package dev.roundtable.imports;

import dev.roundtable.model.InvalidModelException;
import dev.roundtable.model.Url;
import java.util.Arrays;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads HTML nodes in inline context into an {@link InlineRun}: text, line breaks, code,
 * emphasis, strong and links, every other element unwrapped (a block among inlines as line
 * breaks around its content). Walks depth-first with jsoup's {@link NodeTraversor}, which does
 * not recurse, and keeps what each open element must do at its end on its own stack, so no depth
 * of nesting can exhaust the thread's stack. Not thread-safe; one per read.
 */
final class InlineReader implements NodeFilter {
  /** What an element's end does: nothing, close the run's inline, break the line, end pre. */
  private static final byte NOTHING = 0;
  private static final byte CLOSE = 1;
  private static final byte LINE_BREAK = 2;
  private static final byte END_PRE = 3;
  private static final byte END_NESTED_PRE = 4;

  private final InlineRun run;
  private final Drops drops;
  private final Node skipped;
  private Element[] open = new Element[16];
  private byte[] ends = new byte[16];
  private int depth;

  private InlineReader(InlineRun run, Drops drops, Node skipped) {
    this.run = run;
    this.drops = drops;
    this.skipped = skipped;
  }

  /** Reads a node and what it holds, noting in {@code drops} what it leaves out. */
  static void read(Node node, InlineRun run, Drops drops) {
    NodeTraversor.filter(new InlineReader(run, drops, null), node);
  }

  /** Reads what an element holds, leaving out {@code skipped} (or nothing when null). */
  static void readChildren(Element parent, InlineRun run, Drops drops, Node skipped) {
    InlineReader reader = new InlineReader(run, drops, skipped);
    for (Node child : parent.childNodes()) {
      NodeTraversor.filter(reader, child);
    }
  }

  @Override
  public FilterResult head(Node node, int level) {
    if (node == skipped) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (node instanceof TextNode) {
      run.text(((TextNode) node).getWholeText());
      return FilterResult.SKIP_ENTIRELY;
    }
    if (!(node instanceof Element)) {
      return FilterResult.SKIP_ENTIRELY; // comments, doctypes, XML declarations
    }
    Element e = (Element) node;
    String tag = e.normalName();
    if (HtmlBody.DROPPED.contains(tag)) {
      HtmlBody.dropped(e, drops);
      return FilterResult.SKIP_ENTIRELY;
    }
    switch (tag) {
      case "br":
        run.lineBreak();
        return FilterResult.SKIP_ENTIRELY;
      case "code":
      case "kbd":
      case "samp":
      case "tt":
        run.code(e.wholeText());
        return FilterResult.SKIP_ENTIRELY;
      case "em":
      case "i":
      case "cite":
      case "dfn":
      case "var":
        return enter(e, opened(run.open('e'), "emphasis"));
      case "strong":
      case "b":
        return enter(e, opened(run.open('s'), "strong"));
      case "a":
        Url href = run.inLink() ? null : linkTarget(e.attr("href"));
        if (href == null && !run.inLink() && !e.attr("href").isBlank()) {
          drops.add("dropped the target of a link " + Drops.quote(e.attr("href"))
              + " (the model takes absolute http, https and mailto targets): its text kept");
        }
        return enter(e, href != null ? opened(run.openLink(href), "a link") : NOTHING);
      case "pre":
        byte end = run.isPreformatted() ? END_NESTED_PRE : END_PRE;
        run.lineBreak();
        run.preformatted(true);
        return enter(e, end);
      default:
        boolean block = HtmlBody.BLOCKS.contains(tag);
        if (block) {
          run.lineBreak();
        }
        return enter(e, block ? LINE_BREAK : NOTHING);
    }
  }

  @Override
  public FilterResult tail(Node node, int level) {
    if (depth == 0 || open[depth - 1] != node) {
      return FilterResult.CONTINUE; // a node read whole in head
    }
    depth--;
    open[depth] = null;
    switch (ends[depth]) {
      case CLOSE -> run.close();
      case LINE_BREAK -> run.lineBreak();
      case END_PRE, END_NESTED_PRE -> {
        run.preformatted(ends[depth] == END_NESTED_PRE);
        run.lineBreak();
      }
      default -> { }
    }
    return FilterResult.CONTINUE;
  }

  /** What an inline's end does: close it when it opened, else (nested too deep) nothing. */
  private byte opened(boolean opened, String what) {
    if (!opened) {
      drops.add("dropped " + what + " nested too deep: its text kept");
    }
    return opened ? CLOSE : NOTHING;
  }

  /** Remembers what the element's end does, then goes on into its content. */
  private FilterResult enter(Element e, byte end) {
    if (depth == open.length) {
      open = Arrays.copyOf(open, depth * 2);
      ends = Arrays.copyOf(ends, depth * 2);
    }
    open[depth] = e;
    ends[depth] = end;
    depth++;
    return FilterResult.CONTINUE;
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
}
