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
final class BodyReader extends FieldReader {
  private static final BodyField[] FIELDS = BodyField.values();
  private static final String BLOCK_TYPES = BodyType.choices(true);
  private static final String INLINE_TYPES = BodyType.choices(false);

  BodyReader(JsonParser p, ProblemList problems, boolean strict) {
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
    BodyType type = null;
    List<Inline> content = null;
    Integer level = null;
    String cite = null;
    Boolean ordered = null;
    List<List<Inline>> items = null;
    for (BodyField f = expect(BodyField.BLOCK, BodyField.TYPE); f != null;
        f = type == null ? next(BodyField.BLOCK, f) : expect(BodyField.BLOCK, type.after(f))) {
      seen = once(seen, f);
      switch (f) {
        case TYPE -> type = type(true);
        case CONTENT -> content = inlines(1);
        case LEVEL -> level = integer();
        case CITE -> cite = string();
        case ORDERED -> ordered = bool();
        default -> items = items();
      }
    }
    if (!typed(seen, type, start)) {
      return null;
    }
    BodyType t = type;
    // a level that could not be read is reported already: any valid one lets the rest be checked
    int l = level == null ? Heading.MIN_LEVEL : level;
    List<Inline> c = content;
    String ci = cite;
    boolean o = ordered != null && ordered;
    List<List<Inline>> it = items;
    return build(before, start, () -> block(t, l, c, ci, o, it));
  }

  private static Block block(BodyType type, int level, List<Inline> content, String cite,
      boolean ordered, List<List<Inline>> items) {
    return switch (type) {
      case HEADING -> new Heading(level, content);
      case QUOTE -> new Quote(content, cite);
      case LIST -> new ListBlock(ordered, items);
      default -> new Paragraph(content);
    };
  }

  /** The block (or inline) type named by the current value, or {@code null} after a problem. */
  private BodyType type(boolean block) throws IOException {
    String name = string();
    BodyType type = name == null ? null : BodyType.named(name, block);
    if (name != null && type == null) {
      problems.add(pointer(), here(), (block ? "is not a block type (" + BLOCK_TYPES
          : "is not an inline type (" + INLINE_TYPES) + "): " + Quoting.quote(name));
    }
    return type;
  }

  /**
   * Reports the fields that an object of its type must have and does not, and in strict mode
   * those it has and its type does not; without a type, reports it missing unless it was given
   * (an unknown type is reported already).
   *
   * @return whether the object has a type
   */
  private boolean typed(int seen, BodyType type, JsonLocation start) {
    if (type == null) {
      if ((seen & 1 << BodyField.TYPE.ordinal()) == 0) {
        missing(seen, List.of(BodyField.TYPE), start);
      }
      return false;
    }
    missing(seen, type.fields, start);
    int extra = seen & ~type.allowed;
    if (strict && extra != 0) {
      String at = pointer();
      for (BodyField f : FIELDS) {
        if ((extra & 1 << f.ordinal()) != 0) {
          problems.add(at + "/" + f.spec().json(), start,
              "is not a property of a " + type.json + " (strict mode)");
        }
      }
    }
    return true;
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
    List<Inline> content = new ArrayList<>(4); // the model copies it: most content is short
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
    BodyType type = null;
    List<Inline> content = null;
    String text = null;
    Url href = null;
    for (BodyField f = expect(BodyField.INLINE, BodyField.TYPE); f != null;
        f = type == null ? next(BodyField.INLINE, f) : expect(BodyField.INLINE, type.after(f))) {
      seen = once(seen, f);
      switch (f) {
        case TYPE -> type = type(false);
        case CONTENT -> content = inlines(level + 1);
        case TEXT -> text = string();
        default -> href = linkTarget();
      }
    }
    if (!typed(seen, type, start)) {
      return null;
    }
    BodyType y = type;
    List<Inline> c = content;
    String t = text;
    Url h = href;
    return build(before, start, () -> inline(y, c, t, h));
  }

  private static Inline inline(BodyType type, List<Inline> content, String text, Url href) {
    return switch (type) {
      case TEXT -> new Text(text);
      case CODE -> new Code(text);
      case LINK -> new Link(href, content);
      case BREAK -> LineBreak.INSTANCE;
      case EMPHASIS -> new Emphasis(content);
      default -> new Strong(content);
    };
  }
}
