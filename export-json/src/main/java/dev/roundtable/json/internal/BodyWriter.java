package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
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

/**
 * Writes a body's blocks and inlines: a plain paragraph and a plain text inline as bare strings,
 * everything else as an object with its {@code type} first.
 */
final class BodyWriter {
  private static final SerializableString TYPE = ModelWriter.name("type");
  private static final SerializableString CONTENT = ModelWriter.name("content");
  private static final SerializableString LEVEL = ModelWriter.name("level");
  private static final SerializableString CITE = ModelWriter.name("cite");
  private static final SerializableString ORDERED = ModelWriter.name("ordered");
  private static final SerializableString ITEMS = ModelWriter.name("items");
  private static final SerializableString HREF = ModelWriter.name("href");
  private static final SerializableString PARAGRAPH = ModelWriter.name("paragraph");
  private static final SerializableString HEADING = ModelWriter.name("heading");
  private static final SerializableString QUOTE = ModelWriter.name("quote");
  private static final SerializableString LIST = ModelWriter.name("list");
  private static final SerializableString EMPHASIS = ModelWriter.name("emphasis");
  private static final SerializableString STRONG = ModelWriter.name("strong");
  private static final SerializableString CODE = ModelWriter.name("code");
  private static final SerializableString LINK = ModelWriter.name("link");
  private static final SerializableString BREAK = ModelWriter.name("break");
  private static final SerializableString TEXT = ModelWriter.name("text");

  private BodyWriter() {}

  /**
   * Writes a body: an array of blocks.
   *
   * @param body the body
   * @param g where it goes
   * @throws IOException when writing fails
   */
  static void body(Body body, JsonGenerator g) throws IOException {
    g.writeStartArray();
    for (Block block : body.blocks()) {
      block(block, g);
    }
    g.writeEndArray();
  }

  private static void block(Block block, JsonGenerator g) throws IOException {
    if (block instanceof Paragraph) {
      Paragraph p = (Paragraph) block;
      if (p.isPlainText()) {
        g.writeString(((Text) p.content().get(0)).text());
        return;
      }
      g.writeStartObject();
      g.writeFieldName(TYPE);
      g.writeString(PARAGRAPH);
      content(p.content(), g);
    } else if (block instanceof Heading) {
      Heading h = (Heading) block;
      g.writeStartObject();
      g.writeFieldName(TYPE);
      g.writeString(HEADING);
      g.writeFieldName(LEVEL);
      g.writeNumber(h.level());
      content(h.content(), g);
    } else if (block instanceof Quote) {
      Quote q = (Quote) block;
      g.writeStartObject();
      g.writeFieldName(TYPE);
      g.writeString(QUOTE);
      content(q.content(), g);
      ModelWriter.string(g, CITE, q.cite());
    } else {
      ListBlock list = (ListBlock) block;
      g.writeStartObject();
      g.writeFieldName(TYPE);
      g.writeString(LIST);
      g.writeFieldName(ORDERED);
      g.writeBoolean(list.ordered());
      g.writeFieldName(ITEMS);
      g.writeStartArray();
      for (List<Inline> item : list.items()) {
        inlines(item, g);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void content(List<Inline> content, JsonGenerator g) throws IOException {
    g.writeFieldName(CONTENT);
    inlines(content, g);
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
    g.writeStartObject();
    g.writeFieldName(TYPE);
    if (inline instanceof Emphasis) {
      g.writeString(EMPHASIS);
      content(((Emphasis) inline).content(), g);
    } else if (inline instanceof Strong) {
      g.writeString(STRONG);
      content(((Strong) inline).content(), g);
    } else if (inline instanceof Code) {
      g.writeString(CODE);
      ModelWriter.string(g, TEXT, ((Code) inline).text());
    } else if (inline instanceof Link) {
      Link link = (Link) inline;
      g.writeString(LINK);
      ModelWriter.string(g, HREF, link.href().toString());
      content(link.content(), g);
    } else if (inline instanceof LineBreak) {
      g.writeString(BREAK);
    }
    g.writeEndObject();
  }
}
