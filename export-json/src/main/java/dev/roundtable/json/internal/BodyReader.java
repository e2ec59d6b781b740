package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.roundtable.model.Block;
import dev.roundtable.model.Code;
import dev.roundtable.model.Emphasis;
import dev.roundtable.model.Heading;
import dev.roundtable.model.Inline;
import dev.roundtable.model.InvalidModelException;
import dev.roundtable.model.LineBreak;
import dev.roundtable.model.Link;
import dev.roundtable.model.ListBlock;
import dev.roundtable.model.Paragraph;
import dev.roundtable.model.Quote;
import dev.roundtable.model.Quoting;
import dev.roundtable.model.Strong;
import dev.roundtable.model.Text;
import dev.roundtable.model.Url;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a body: blocks, and the inline content inside them. Inline nesting is checked against
 * the model's {@link Inline#MAX_DEPTH} before descending, so the recursion here is bounded and
 * deeper input is reported (and skipped without recursion), never a {@link StackOverflowError}.
 */
final class BodyReader extends TokenReader {
  private static final int TYPE = 1;
  private static final int CONTENT = 2;
  private static final int LEVEL = 4;
  private static final int CITE = 8;
  private static final int ORDERED = 16;
  private static final int ITEMS = 32;
  private static final int TEXT = 64;
  private static final int HREF = 128;

  BodyReader(JsonParser p, Problems problems, boolean strict) {
    super(p, problems, strict);
  }

  /** The blocks of a body, or {@code null} when there is a problem in them. */
  List<Block> blocks() throws IOException {
    if (!startArray()) {
      return null;
    }
    int before = problems.count();
    List<Block> blocks = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        Text text = text();
        if (text != null) {
          blocks.add(new Paragraph(List.of(text)));
        }
      } else if (p.currentToken() == JsonToken.START_OBJECT) {
        blocks.add(block());
      } else {
        wrongType("a string or a block object");
      }
    }
    return problems.count() == before ? blocks : null;
  }

  private Block block() throws IOException {
    JsonLocation start = here();
    int before = problems.count();
    int seen = 0;
    String type = null;
    List<Inline> content = null;
    Integer level = null;
    String cite = null;
    Boolean ordered = null;
    List<List<Inline>> items = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "type":
          seen = once(seen, TYPE);
          type = string();
          if (type != null && !isBlockType(type)) {
            problems.add(pointer(), here(), "is not a block type (paragraph, heading, quote or"
                + " list): " + Quoting.quote(type));
            type = null;
          }
          break;
        case "content":
          seen = once(seen, CONTENT);
          content = inlines(1);
          break;
        case "level":
          seen = once(seen, LEVEL);
          level = integer();
          break;
        case "cite":
          seen = once(seen, CITE);
          cite = string();
          break;
        case "ordered":
          seen = once(seen, ORDERED);
          ordered = bool();
          break;
        case "items":
          seen = once(seen, ITEMS);
          items = items();
          break;
        default:
          unknown("a block");
      }
    }
    if (type == null) {
      require(seen, TYPE, start, "type"); // a type given but unknown is reported already
      return null;
    }
    int allowed;
    switch (type) {
      case "heading":
        require(seen, LEVEL, start, "level");
        require(seen, CONTENT, start, "content");
        allowed = TYPE | LEVEL | CONTENT;
        break;
      case "quote":
        require(seen, CONTENT, start, "content");
        allowed = TYPE | CONTENT | CITE;
        break;
      case "list":
        require(seen, ITEMS, start, "items");
        allowed = TYPE | ORDERED | ITEMS;
        break;
      default:
        require(seen, CONTENT, start, "content");
        allowed = TYPE | CONTENT;
    }
    notAllowed(seen & ~allowed, start, type);
    String t = type;
    // a level that could not be read is reported already: any valid one lets the rest be checked
    int l = level == null ? Heading.MIN_LEVEL : level;
    List<Inline> c = content;
    String ci = cite;
    boolean o = ordered != null && ordered;
    List<List<Inline>> it = items;
    return build(before, start, () -> block(t, l, c, ci, o, it));
  }

  private static Block block(String type, int level, List<Inline> content, String cite,
      boolean ordered, List<List<Inline>> items) {
    switch (type) {
      case "heading":
        return new Heading(level, content);
      case "quote":
        return new Quote(content, cite);
      case "list":
        return new ListBlock(ordered, items);
      default:
        return new Paragraph(content);
    }
  }

  private static boolean isBlockType(String type) {
    switch (type) {
      case "paragraph":
      case "heading":
      case "quote":
      case "list":
        return true;
      default:
        return false;
    }
  }

  /** In strict mode, reports fields that the object's type does not have. */
  private void notAllowed(int extra, JsonLocation start, String type) {
    if (!strict || extra == 0) {
      return;
    }
    String at = pointer();
    String[] names = {"type", "content", "level", "cite", "ordered", "items", "text", "href"};
    for (int i = 0; i < names.length; i++) {
      if ((extra & (1 << i)) != 0) {
        problems.add(at + "/" + names[i], start,
            "is not a property of a " + type + " (strict mode)");
      }
    }
  }

  private List<List<Inline>> items() throws IOException {
    if (!startArray()) {
      return null;
    }
    int before = problems.count();
    List<List<Inline>> items = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      items.add(inlines(1));
    }
    return problems.count() == before ? items : null;
  }

  /**
   * Inline content at a nesting level (1 for a block's content); reported and skipped when
   * deeper than the model allows.
   */
  private List<Inline> inlines(int level) throws IOException {
    if (!startArray()) {
      return null;
    }
    if (level > Inline.MAX_DEPTH) {
      wrong("nests inlines deeper than " + Inline.MAX_DEPTH + " levels");
      return null;
    }
    int before = problems.count();
    List<Inline> content = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        content.add(text());
      } else if (p.currentToken() == JsonToken.START_OBJECT) {
        content.add(inline(level));
      } else {
        wrongType("a string or an inline object");
      }
    }
    return problems.count() == before ? content : null;
  }

  /** A string given as shorthand for a {@link Text}, or {@code null} after a problem. */
  private Text text() throws IOException {
    try {
      return new Text(decodedText());
    } catch (InvalidModelException e) {
      problems.add(pointer(), here(), e.rule());
      return null;
    }
  }

  private Inline inline(int level) throws IOException {
    JsonLocation start = here();
    int before = problems.count();
    int seen = 0;
    String type = null;
    List<Inline> content = null;
    String text = null;
    Url href = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "type":
          seen = once(seen, TYPE);
          type = string();
          if (type != null && !isInlineType(type)) {
            problems.add(pointer(), here(), "is not an inline type (text, emphasis, strong,"
                + " code, link or break): " + Quoting.quote(type));
            type = null;
          }
          break;
        case "content":
          seen = once(seen, CONTENT);
          content = inlines(level + 1);
          break;
        case "text":
          seen = once(seen, TEXT);
          text = string();
          break;
        case "href":
          seen = once(seen, HREF);
          href = linkTarget();
          break;
        default:
          unknown("an inline");
      }
    }
    if (type == null) {
      require(seen, TYPE, start, "type"); // a type given but unknown is reported already
      return null;
    }
    int allowed;
    switch (type) {
      case "text":
      case "code":
        require(seen, TEXT, start, "text");
        allowed = TYPE | TEXT;
        break;
      case "link":
        require(seen, HREF, start, "href");
        require(seen, CONTENT, start, "content");
        allowed = TYPE | HREF | CONTENT;
        break;
      case "break":
        allowed = TYPE;
        break;
      default:
        require(seen, CONTENT, start, "content");
        allowed = TYPE | CONTENT;
    }
    notAllowed(seen & ~allowed, start, type);
    String y = type;
    List<Inline> c = content;
    String t = text;
    Url h = href;
    return build(before, start, () -> inline(y, c, t, h));
  }

  private static Inline inline(String type, List<Inline> content, String text, Url href) {
    switch (type) {
      case "text":
        return new Text(text);
      case "code":
        return new Code(text);
      case "link":
        return new Link(href, content);
      case "break":
        return LineBreak.INSTANCE;
      case "emphasis":
        return new Emphasis(content);
      default:
        return new Strong(content);
    }
  }

  private static boolean isInlineType(String type) {
    switch (type) {
      case "text":
      case "emphasis":
      case "strong":
      case "code":
      case "link":
      case "break":
        return true;
      default:
        return false;
    }
  }
}
