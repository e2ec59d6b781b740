package dev.roundtable.imports;

import dev.roundtable.model.Block;
import dev.roundtable.model.Body;
import dev.roundtable.model.Heading;
import dev.roundtable.model.Inline;
import dev.roundtable.model.InvalidModelException;
import dev.roundtable.model.ListBlock;
import dev.roundtable.model.Paragraph;
import dev.roundtable.model.Quote;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads CommonMark into the body model, with commonmark-java, keeping what the model can say and
 * reporting each thing it drops as a {@link Drop} at its line.
 *
 * <table>
 *   <caption>From CommonMark to the model</caption>
 *   <tr><th>CommonMark</th><th>Model</th><th>Dropped (reported)</th></tr>
 *   <tr><td>paragraph</td><td>{@code Paragraph}</td><td></td></tr>
 *   <tr><td>heading {@code #} to {@code ######}</td><td>{@code Heading} of the same level;
 *       level 1 becomes 2, the highest a body has (as {@link HtmlBody} reads {@code <h1>})</td>
 *       <td>level 1</td></tr>
 *   <tr><td>block quote</td><td>{@code Quote} without citation, its blocks as lines</td>
 *       <td>the nesting of a list, quote or heading inside it (its text kept as lines)</td></tr>
 *   <tr><td>bullet, ordered list</td><td>{@code ListBlock}, each item's blocks as lines</td>
 *       <td>a nested list's nesting (its items kept as lines of the item); a start number
 *       other than 1</td></tr>
 *   <tr><td>fenced, indented code block</td><td>{@code Paragraph} of one {@code Code} a line,
 *       with line breaks between; blank lines, indentation runs and the info string are
 *       lost</td><td></td></tr>
 *   <tr><td>emphasis, strong, code span</td><td>{@code Emphasis}, {@code Strong},
 *       {@code Code}</td><td>emphasis or strong nested deeper than the model allows (its text
 *       kept)</td></tr>
 *   <tr><td>link, autolink</td><td>{@code Link} when {@link dev.roundtable.model.Url#linkTarget}
 *       accepts the target (absolute {@code http}, {@code https}, {@code mailto}; spaces and the
 *       like percent-encoded first, as CommonMark's renderer does)</td>
 *       <td>any other target ({@code javascript:}, relative, empty): its text kept</td></tr>
 *   <tr><td>hard line break; soft line break</td><td>{@code LineBreak}; a space</td>
 *       <td></td></tr>
 *   <tr><td>image</td><td>its description, as text</td><td>the image</td></tr>
 *   <tr><td>thematic break</td><td>nothing</td><td>the break</td></tr>
 *   <tr><td>HTML block, inline HTML</td><td>nothing: never passed through, nor shown as
 *       text</td><td>the HTML</td></tr>
 * </table>
 *
 * <p>White space in text is collapsed as a browser would show it; U+0000 and lone surrogates
 * become U+FFFD; blocks with no visible text are left out. Link reference definitions serve the
 * links that use them. Nothing is read recursively, so no nesting can exhaust the stack.
 * Thread-safe: the class has no state.
 */
public final class MarkdownBody {
  private static final Parser PARSER =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

  private final List<Block> blocks = new ArrayList<>();
  private final Drops drops = new Drops();

  private MarkdownBody() {}

  /**
   * Reads CommonMark into a body, leaving out what the model cannot hold; {@link #read} also
   * tells what that was.
   *
   * @param markdown the Markdown
   * @return the body
   * @throws InvalidModelException (field {@code body}) when the Markdown holds no text the
   *     model can keep, or a text breaks a rule of the model such as its length limit
   */
  public static Body parse(String markdown) {
    return read(markdown).body();
  }

  /**
   * Reads CommonMark into a body, with a report of what was dropped.
   *
   * @param markdown the Markdown
   * @return the body and its drops, in the order of the input
   * @throws InvalidModelException (field {@code body}, or {@code body[i]} for its block i)
   *     when the Markdown holds no text the model can keep, or a text breaks a rule of the model
   *     such as its length limit
   */
  public static ImportedBody read(String markdown) {
    Objects.requireNonNull(markdown, "markdown");
    MarkdownBody reader = new MarkdownBody();
    Node document = PARSER.parse(markdown);
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      try {
        reader.block(block);
      } catch (InvalidModelException e) {
        throw e.within("body", reader.blocks.size());
      }
    }
    return new ImportedBody(new Body(reader.blocks), reader.drops.list());
  }

  /** Reads a block of the document. */
  private void block(Node node) {
    if (node instanceof org.commonmark.node.Paragraph) {
      add(inlines(node), Paragraph::new);
    } else if (node instanceof org.commonmark.node.Heading heading) {
      int level = Math.max(Heading.MIN_LEVEL, heading.getLevel());
      if (level != heading.getLevel()) {
        drops.add(node, "dropped heading level " + heading.getLevel() + ": read as level "
            + level);
      }
      add(inlines(node), content -> new Heading(level, content));
    } else if (node instanceof BlockQuote) {
      add(lines(node, "a block quote"), content -> new Quote(content, null));
    } else if (node instanceof org.commonmark.node.ListBlock list) {
      list(list);
    } else if (!dropped(node)) {
      InlineRun run = new InlineRun();
      code(node, run);
      add(run.finish(), Paragraph::new);
    }
  }

  private void list(org.commonmark.node.ListBlock list) {
    if (list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
        && ordered.getMarkerStartNumber() != 1) {
      drops.add(list, "dropped the start number " + ordered.getMarkerStartNumber()
          + " of an ordered list: it counts from 1");
    }
    List<List<Inline>> items = new ArrayList<>();
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      List<Inline> content = lines(item, "a list item");
      if (!InlineRun.isBlank(content)) {
        items.add(content);
      }
    }
    if (!items.isEmpty()) {
      blocks.add(new ListBlock(list instanceof OrderedList, items));
    }
  }

  /** The inlines of a paragraph or a heading. */
  private List<Inline> inlines(Node block) {
    InlineRun run = new InlineRun();
    MarkdownInlines.read(block, run, drops);
    return run.finish();
  }

  /**
   * The blocks inside a container (a block quote, a list item) as lines of one run of inlines,
   * depth-first on a stack of its own; nested containers are flattened, each reported.
   */
  private List<Inline> lines(Node container, String where) {
    InlineRun run = new InlineRun();
    ArrayDeque<Node> stack = new ArrayDeque<>();
    pushChildren(container, stack);
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      run.lineBreak();
      if (node instanceof org.commonmark.node.Paragraph) {
        MarkdownInlines.read(node, run, drops);
      } else if (node instanceof org.commonmark.node.Heading) {
        drops.add(node, "dropped a heading's level in " + where + ": its text kept as a line");
        MarkdownInlines.read(node, run, drops);
      } else if (node instanceof BlockQuote || node instanceof org.commonmark.node.ListBlock) {
        drops.add(node, "dropped the nesting of a "
            + (node instanceof BlockQuote ? "block quote" : "list") + " in " + where
            + ": its text kept as lines");
        pushChildren(node, stack);
      } else if (node instanceof ListItem) {
        pushChildren(node, stack);
      } else if (!dropped(node)) {
        code(node, run);
      }
    }
    return run.finish();
  }

  /** Reads a code block as code lines; anything else is left out and reported. */
  private void code(Node node, InlineRun run) {
    String literal;
    if (node instanceof FencedCodeBlock fenced) {
      literal = fenced.getLiteral();
    } else if (node instanceof IndentedCodeBlock indented) {
      literal = indented.getLiteral();
    } else {
      drops.add(node, "dropped a block of an unknown kind (" + node.getClass().getSimpleName()
          + ")");
      return;
    }
    for (String line : literal.split("\n", -1)) {
      run.code(line);
      run.lineBreak();
    }
  }

  /**
   * Whether the block is one the model has no room for, which is then reported (thematic
   * breaks, HTML) or left out silently (link reference definitions, used by their links).
   */
  private boolean dropped(Node node) {
    if (node instanceof ThematicBreak) {
      drops.add(node, "dropped a thematic break");
    } else if (node instanceof HtmlBlock html) {
      drops.add(node, "dropped an HTML block " + Drops.quote(html.getLiteral()));
    } else {
      return node instanceof LinkReferenceDefinition;
    }
    return true;
  }

  /** Adds a block made of the inlines, unless they show no text. */
  private void add(List<Inline> content, Function<List<Inline>, Block> block) {
    if (!InlineRun.isBlank(content)) {
      blocks.add(block.apply(content));
    }
  }

  /** Pushes the children so that the first is popped first. */
  static void pushChildren(Node parent, ArrayDeque<? super Node> stack) {
    for (Node child = parent.getLastChild(); child != null; child = child.getPrevious()) {
      stack.push(child);
    }
  }
}
