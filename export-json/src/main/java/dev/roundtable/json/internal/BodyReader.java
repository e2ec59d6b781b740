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
        blocks.add((Block) element(0));
      } else {
        wrongType("a string or a block object");
      }
    }
    return problems.count() == before ? blocks : null;
  }

  /**
   * A block object (at depth 0) or an inline object at a nesting depth: its type, then the
   * fields of its type, in their order; {@code null} after a problem.
   */
  private Object element(int depth) throws IOException {
    FieldTable<BodyField> table = depth == 0 ? BodyField.BLOCK : BodyField.INLINE;
    JsonLocation start = here();
    int before = problems.count();
    int seen = 0;
    BodyType type = null;
    Object[] values = new Object[FIELDS.length];
    for (BodyField f = expect(table, BodyField.TYPE); f != null;
        f = type == null ? next(table, f) : expect(table, type.after(f))) {
      seen = once(seen, f);
      switch (f) {
        case TYPE -> type = type(depth == 0);
        case CONTENT -> values[f.ordinal()] = inlines(depth + 1);
        case LEVEL -> values[f.ordinal()] = integer();
        case CITE, TEXT -> values[f.ordinal()] = string();
        case ORDERED -> values[f.ordinal()] = bool();
        case ITEMS -> values[f.ordinal()] = items();
        case HREF -> values[f.ordinal()] = linkTarget();
      }
    }
    if (!typed(seen, type, start)) {
      return null;
    }
    BodyType t = type;
    return build(before, start, () -> element(t, values));
  }

  /** The model object of a type, from the values read (by field ordinal). */
  @SuppressWarnings("unchecked")
  private static Object element(BodyType type, Object[] values) {
    List<Inline> content = (List<Inline>) values[BodyField.CONTENT.ordinal()];
    String text = (String) values[BodyField.TEXT.ordinal()];
    Integer level = (Integer) values[BodyField.LEVEL.ordinal()];
    return switch (type) {
      // a level that could not be read is reported already: any valid one lets the rest be checked
      case HEADING -> new Heading(level == null ? Heading.MIN_LEVEL : level, content);
      case QUOTE -> new Quote(content, (String) values[BodyField.CITE.ordinal()]);
      case LIST -> new ListBlock(Boolean.TRUE.equals(values[BodyField.ORDERED.ordinal()]),
          (List<List<Inline>>) values[BodyField.ITEMS.ordinal()]);
      case PARAGRAPH -> new Paragraph(content);
      case TEXT -> new Text(text);
      case CODE -> new Code(text);
      case LINK -> new Link((Url) values[BodyField.HREF.ordinal()], content);
      case BREAK -> LineBreak.INSTANCE;
      case EMPHASIS -> new Emphasis(content);
      case STRONG -> new Strong(content);
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
        content.add((Inline) element(level));
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
}
