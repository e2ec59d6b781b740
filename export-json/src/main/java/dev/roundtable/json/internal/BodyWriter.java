package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roundtable.model.Block;
import dev.roundtable.model.Body;
import dev.roundtable.model.Code;
import dev.roundtable.model.Emphasis;
import dev.roundtable.model.Heading;
import dev.roundtable.model.Inline;
import dev.roundtable.model.Link;
import dev.roundtable.model.ListBlock;
import dev.roundtable.model.Paragraph;
import dev.roundtable.model.Quote;
import dev.roundtable.model.Strong;
import dev.roundtable.model.Text;
import java.io.IOException;
import java.util.List;

/**
 * Writes a body's blocks and inlines: a plain paragraph and a plain text inline as bare strings,
 * everything else as an object with its {@code type} first and then the fields of its type, in
 * the order its {@link BodyType} gives.
 */
final class BodyWriter {
  private BodyWriter() {}

  /** Writes a body: an array of blocks. */
  static void body(Body body, JsonGenerator g) throws IOException {
    g.writeStartArray();
    for (Block block : body.blocks()) {
      block(block, g);
    }
    g.writeEndArray();
  }

  private static void block(Block block, JsonGenerator g) throws IOException {
    BodyType type = block instanceof Heading ? BodyType.HEADING
        : block instanceof Quote ? BodyType.QUOTE
        : block instanceof ListBlock ? BodyType.LIST : BodyType.PARAGRAPH;
    if (type == BodyType.PARAGRAPH && ((Paragraph) block).isPlainText()) {
      g.writeString(((Text) ((Paragraph) block).content().get(0)).text());
      return;
    }
    g.writeStartObject();
    g.writeFieldName(BodyField.TYPE.spec().serialized());
    g.writeString(type.serialized);
    for (BodyField f : type.fields) {
      if (f == BodyField.CITE && ((Quote) block).cite().isEmpty()) {
        continue; // the one optional field of a block
      }
      g.writeFieldName(f.spec().serialized());
      switch (f) {
        case LEVEL -> g.writeNumber(((Heading) block).level());
        case CITE -> g.writeString(((Quote) block).cite().get());
        case ORDERED -> g.writeBoolean(((ListBlock) block).ordered());
        case ITEMS -> {
          g.writeStartArray();
          for (List<Inline> item : ((ListBlock) block).items()) {
            inlines(item, g);
          }
          g.writeEndArray();
        }
        default -> inlines(type == BodyType.HEADING ? ((Heading) block).content()
            : type == BodyType.QUOTE ? ((Quote) block).content()
            : ((Paragraph) block).content(), g);
      }
    }
    g.writeEndObject();
  }

  private static void inlines(List<Inline> content, JsonGenerator g) throws IOException {
    g.writeStartArray();
    for (Inline inline : content) {
      inline(inline, g);
    }
    g.writeEndArray();
  }

  /** Recursion is bounded by the model's {@link Inline#MAX_DEPTH}. */
  private static void inline(Inline inline, JsonGenerator g) throws IOException {
    if (inline instanceof Text) {
      g.writeString(((Text) inline).text());
      return;
    }
    BodyType type = inline instanceof Emphasis ? BodyType.EMPHASIS
        : inline instanceof Strong ? BodyType.STRONG
        : inline instanceof Code ? BodyType.CODE
        : inline instanceof Link ? BodyType.LINK : BodyType.BREAK;
    g.writeStartObject();
    g.writeFieldName(BodyField.TYPE.spec().serialized());
    g.writeString(type.serialized);
    for (BodyField f : type.fields) {
      g.writeFieldName(f.spec().serialized());
      switch (f) {
        case TEXT -> g.writeString(((Code) inline).text());
        case HREF -> g.writeString(((Link) inline).href().toString());
        default -> inlines(type == BodyType.EMPHASIS ? ((Emphasis) inline).content()
            : type == BodyType.STRONG ? ((Strong) inline).content()
            : ((Link) inline).content(), g);
      }
    }
    g.writeEndObject();
  }
}
