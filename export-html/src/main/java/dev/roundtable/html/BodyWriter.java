package dev.roundtable.html;

import dev.roundtable.model.Block;
import dev.roundtable.model.Body;
import dev.roundtable.model.Code;
import dev.roundtable.model.Emphasis;
import dev.roundtable.model.Heading;
import dev.roundtable.model.Inline;
import dev.roundtable.model.LineBreak;
import dev.roundtable.model.Link;
import dev.roundtable.model.ListBlock;
import dev.roundtable.model.Paragraph;
import dev.roundtable.model.Quote;
import dev.roundtable.model.Strong;
import dev.roundtable.model.Text;
import java.io.IOException;
import java.util.List;

/** Writes a {@link Body}'s blocks and inlines as HTML flow content. */
final class BodyWriter {
  private static final String[] HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"};

  private BodyWriter() {}

  /**
   * Writes the blocks, one per line. Headings are shifted below the headline and never skip a
   * level: each is at most one level below the heading before it (the headline for the first).
   */
  static void write(Body body, Markup m) throws IOException {
    int previous = m.options.headingLevel();
    List<Block> blocks = body.blocks();
    for (int i = 0; i < blocks.size(); i++) { // indexed: no iterator per list, per rendering
      Block block = blocks.get(i);
      if (block instanceof Heading) {
        Heading heading = (Heading) block;
        int level = Math.min(m.options.bodyHeadingLevel(heading.level()), previous + 1);
        String tag = HEADINGS[Math.min(6, level) - 1];
        m.start(tag).close();
        inlines(heading.content(), m, false);
        m.end(tag);
        previous = level;
      } else {
        block(block, m);
      }
      m.raw('\n');
    }
  }

  private static void block(Block block, Markup m) throws IOException {
    if (block instanceof Paragraph) {
      m.raw("<p>");
      inlines(((Paragraph) block).content(), m, false);
      m.raw("</p>");
    } else if (block instanceof Quote) {
      quote((Quote) block, m);
    } else {
      list((ListBlock) block, m);
    }
  }

  private static void quote(Quote quote, Markup m) throws IOException {
    String cite = quote.cite().orElse(null);
    if (cite != null) {
      m.raw("<figure>");
    }
    m.raw("<blockquote><p>");
    inlines(quote.content(), m, false);
    m.raw("</p></blockquote>");
    if (cite != null) {
      m.raw("<figcaption>").text(cite).raw("</figcaption></figure>");
    }
  }

  private static void list(ListBlock list, Markup m) throws IOException {
    String tag = list.ordered() ? "ol" : "ul";
    m.start(tag).close();
    List<List<Inline>> items = list.items();
    for (int i = 0; i < items.size(); i++) {
      m.raw("<li>");
      inlines(items.get(i), m, false);
      m.raw("</li>");
    }
    m.end(tag);
  }

  /**
   * Writes inlines. Inside a link, a nested link is written as its content alone: HTML does
   * not allow an {@code <a>} inside another.
   */
  static void inlines(List<Inline> content, Markup m, boolean inLink) throws IOException {
    for (int i = 0; i < content.size(); i++) {
      Inline inline = content.get(i);
      if (inline instanceof Text) {
        m.text(((Text) inline).text());
      } else if (inline instanceof Emphasis) {
        m.raw("<em>");
        inlines(((Emphasis) inline).content(), m, inLink);
        m.raw("</em>");
      } else if (inline instanceof Strong) {
        m.raw("<strong>");
        inlines(((Strong) inline).content(), m, inLink);
        m.raw("</strong>");
      } else if (inline instanceof Code) {
        m.raw("<code>").text(((Code) inline).text()).raw("</code>");
      } else if (inline instanceof Link) {
        link((Link) inline, m, inLink);
      } else if (inline instanceof LineBreak) {
        m.raw("<br>");
      }
    }
  }

  private static void link(Link link, Markup m, boolean inLink) throws IOException {
    if (inLink) {
      inlines(link.content(), m, true);
      return;
    }
    m.start("a").attr("href", link.href().toString()).linkAttributes(link.href().isWeb()).close();
    inlines(link.content(), m, true);
    m.raw("</a>");
  }
}
