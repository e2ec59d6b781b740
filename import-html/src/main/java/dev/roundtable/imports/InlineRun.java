package dev.roundtable.imports;

import dev.roundtable.model.Code;
import dev.roundtable.model.Emphasis;
import dev.roundtable.model.Inline;
import dev.roundtable.model.LineBreak;
import dev.roundtable.model.Link;
import dev.roundtable.model.Strong;
import dev.roundtable.model.Text;
import dev.roundtable.model.Url;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the inlines of one block while HTML is read: text with white space collapsed as a
 * browser shows it, and nested emphasis, strong and links. A space between words is written only
 * when a word follows, so no block starts or ends with one and none is doubled across element
 * boundaries. Not thread-safe; one per block.
 */
final class InlineRun {
  /** Deepest nesting of emphasis, strong and links; the model allows {@link Inline#MAX_DEPTH}. */
  private static final int MAX_DEPTH = Inline.MAX_DEPTH - 2;

  /** One open inline element: its kind, its link target, what it holds so far. */
  private static final class Frame {
    final char kind; // 'r' root, 'e' emphasis, 's' strong, 'a' link
    final Url href;
    final List<Inline> content = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    /** A space seen just before the element, written before it once it has content. */
    boolean spaceBefore;

    Frame(char kind, Url href) {
      this.kind = kind;
      this.href = href;
    }
  }

  private final List<Frame> frames = new ArrayList<>();
  private boolean pendingSpace;
  private boolean lineStart = true;
  /** How many open elements have a space before them still to write. */
  private int unwrittenSpaces;
  private boolean preformatted;

  InlineRun() {
    frames.add(new Frame('r', null));
  }

  /** Whether text is kept as it is (inside {@code <pre>}). */
  void preformatted(boolean on) {
    preformatted = on;
  }

  boolean isPreformatted() {
    return preformatted;
  }

  /** Whether a link is open: links do not nest. */
  boolean inLink() {
    for (Frame frame : frames) {
      if (frame.kind == 'a') {
        return true;
      }
    }
    return false;
  }

  /** Opens emphasis ({@code 'e'}) or strong ({@code 's'}); returns false when too deep. */
  boolean open(char kind) {
    return push(new Frame(kind, null));
  }

  /** Opens a link; returns false when too deep. */
  boolean openLink(Url href) {
    return push(new Frame('a', href));
  }

  private boolean push(Frame frame) {
    if (frames.size() > MAX_DEPTH) {
      return false;
    }
    frame.spaceBefore = pendingSpace; // the space stays outside the element
    if (pendingSpace) {
      unwrittenSpaces++;
      pendingSpace = false;
    }
    frames.add(frame);
    return true;
  }

  /**
   * Called before content is added: writes the spaces seen before the open elements, which are
   * known to be needed now that the elements are not empty.
   */
  private void materialize() {
    if (unwrittenSpaces == 0) {
      return;
    }
    unwrittenSpaces = 0;
    for (int i = 1; i < frames.size(); i++) {
      Frame frame = frames.get(i);
      if (frame.spaceBefore) {
        frames.get(i - 1).text.append(' ');
        frame.spaceBefore = false;
      }
    }
  }

  /** Closes the innermost open element; drops it when it holds nothing. */
  void close() {
    Frame frame = frames.remove(frames.size() - 1);
    flushText(frame);
    if (frame.content.isEmpty()) {
      if (frame.spaceBefore) { // an empty element leaves its space pending
        unwrittenSpaces--;
        pendingSpace = true;
      }
      return;
    }
    if (frame.kind == 'a' && isBlank(frame.content)) {
      Frame parent = top(); // a link that shows nothing is unwrapped: it would have no name
      flushText(parent);
      parent.content.addAll(frame.content);
      return;
    }
    Inline inline;
    if (frame.kind == 'e') {
      inline = new Emphasis(frame.content);
    } else if (frame.kind == 's') {
      inline = new Strong(frame.content);
    } else {
      inline = new Link(frame.href, frame.content);
    }
    Frame parent = top();
    flushText(parent);
    parent.content.add(inline);
  }

  /**
   * Adds text, collapsing white space; inside {@code <pre>} a line feed is a line break (the
   * model's paragraphs cannot keep indentation, so other white space is collapsed there too).
   */
  void text(String s) {
    StringBuilder out = top().text;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (preformatted && c == '\n') {
        lineBreak();
      } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        pendingSpace |= !lineStart;
      } else {
        materialize();
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(safe(s, i, c));
        lineStart = false;
      }
    }
  }

  /** Adds inline code; its white space is collapsed like text's. */
  void code(String s) {
    String code = collapse(s);
    if (code.isEmpty()) {
      return;
    }
    materialize();
    Frame frame = top();
    if (pendingSpace) {
      frame.text.append(' ');
      pendingSpace = false;
    }
    flushText(frame);
    frame.content.add(new Code(code));
    lineStart = false;
  }

  /**
   * Text on one line as a browser shows it: runs of HTML white space folded into one space,
   * none at either end; U+0000 and lone surrogates as U+FFFD.
   */
  static String collapse(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(safe(s, i, c));
      }
    }
    return out.toString();
  }

  /** Adds a line break, unless at the start of the block or right after another break. */
  void lineBreak() {
    if (lineStart) {
      return;
    }
    materialize();
    Frame frame = top();
    flushText(frame);
    frame.content.add(LineBreak.INSTANCE);
    pendingSpace = false;
    lineStart = true;
  }

  /** Closes every open element and returns the inlines, without a trailing line break. */
  List<Inline> finish() {
    while (frames.size() > 1) {
      close();
    }
    Frame root = top();
    flushText(root);
    List<Inline> content = root.content;
    while (!content.isEmpty() && content.get(content.size() - 1) instanceof LineBreak) {
      content.remove(content.size() - 1);
    }
    return content;
  }

  private Frame top() {
    return frames.get(frames.size() - 1);
  }

  private static void flushText(Frame frame) {
    if (frame.text.length() > 0) {
      frame.content.add(new Text(frame.text.toString()));
      frame.text.setLength(0);
    }
  }

  /** U+0000 and lone surrogates, which the model rejects, become U+FFFD. */
  private static char safe(String s, int i, char c) {
    if (c == 0) {
      return '\uFFFD';
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? c : '\uFFFD';
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(s.charAt(i - 1)) ? c : '\uFFFD';
    }
    return c;
  }

  /** Whether inline content shows no character (the model refuses such links and headings). */
  static boolean isBlank(List<Inline> content) {
    return blank(plainText(content));
  }

  static String plainText(List<Inline> content) {
    StringBuilder text = new StringBuilder();
    for (Inline inline : content) {
      inline.appendPlainText(text);
    }
    return text.toString();
  }

  /** Whether text is {@code null} or shows nothing: only white space and invisible characters. */
  private static boolean blank(String s) {
    return !Text.isVisible(s);
  }
}
