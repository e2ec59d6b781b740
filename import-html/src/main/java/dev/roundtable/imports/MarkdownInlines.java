package dev.roundtable.imports;

import dev.roundtable.model.InvalidModelException;
import dev.roundtable.model.Url;
import java.util.ArrayDeque;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Reads the inline Markdown nodes of a block into an {@link InlineRun}: text, soft breaks as a
 * space, hard breaks, code spans, emphasis, strong and links whose target the model accepts.
 * Images, inline HTML and links with another target are dropped, each a {@link Drop}; an
 * image's description and a link's text are kept as text, an HTML tag's text is not shown.
 * Walks depth-first on its own stack, so no depth of nesting can exhaust the thread's.
 */
final class MarkdownInlines {
  /** Stands on the stack where an open emphasis, strong or link ends. */
  private static final Object CLOSE = new Object();

  private MarkdownInlines() {}

  /** Reads the children of a block (a paragraph, a heading) into the run. */
  static void read(Node block, InlineRun run, Drops drops) {
    ArrayDeque<Object> stack = new ArrayDeque<>();
    MarkdownBody.pushChildren(block, stack);
    while (!stack.isEmpty()) {
      Object next = stack.pop();
      if (next == CLOSE) {
        run.close();
      } else {
        visit((Node) next, run, drops, stack);
      }
    }
  }

  private static void visit(Node node, InlineRun run, Drops drops, ArrayDeque<Object> stack) {
    if (node instanceof Text text) {
      run.text(text.getLiteral());
    } else if (node instanceof SoftLineBreak) {
      run.text(" ");
    } else if (node instanceof HardLineBreak) {
      run.lineBreak();
    } else if (node instanceof Code code) {
      run.code(code.getLiteral());
    } else if (node instanceof HtmlInline html) {
      drops.add(node, "dropped inline HTML " + Drops.quote(html.getLiteral()));
    } else if (node instanceof Emphasis || node instanceof StrongEmphasis) {
      boolean opened = run.open(node instanceof Emphasis ? 'e' : 's');
      if (!opened) {
        drops.add(node, "dropped " + (node instanceof Emphasis ? "emphasis" : "strong")
            + " nested too deep: its text kept");
      }
      enter(node, opened, stack);
    } else if (node instanceof Link link) {
      enter(node, openLink(link, run, drops), stack);
    } else if (node instanceof Image image) {
      drops.add(node, "dropped an image " + Drops.quote(image.getDestination())
          + ": its description kept as text");
      enter(node, false, stack);
    } else {
      enter(node, false, stack); // a node of an extension: its content is read
    }
  }

  /** Opens a link when the model accepts its target, else records why its text stands alone. */
  private static boolean openLink(Link link, InlineRun run, Drops drops) {
    String destination = link.getDestination();
    Url href;
    try {
      href = Url.linkTarget(percentEncoded(destination.strip()));
    } catch (InvalidModelException e) {
      drops.add(link, "dropped the target of a link " + Drops.quote(destination) + " ("
          + e.getMessage() + "): its text kept");
      return false;
    }
    if (!run.openLink(href)) {
      drops.add(link, "dropped a link nested too deep: its text kept");
      return false;
    }
    return true;
  }

  /**
   * The destination with the ASCII characters a URI may not hold as they are (space, quotation
   * mark, angle brackets, backslash, caret, grave accent, braces, vertical bar) percent-encoded,
   * as CommonMark's own renderer does; everything else is left for the model to judge.
   */
  static String percentEncoded(String destination) {
    StringBuilder out = new StringBuilder(destination.length());
    for (int i = 0; i < destination.length(); i++) {
      char c = destination.charAt(i);
      if (c == ' ' || "\"<>\\^`{|}".indexOf(c) >= 0) {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static void enter(Node node, boolean opened, ArrayDeque<Object> stack) {
    if (opened) {
      stack.push(CLOSE);
    }
    MarkdownBody.pushChildren(node, stack);
  }
}
