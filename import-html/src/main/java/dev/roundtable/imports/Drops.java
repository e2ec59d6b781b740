package dev.roundtable.imports;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Collects the {@link Drop}s of one import, each at the line of the Markdown node it concerns
 * (an HTML import's at line 0: jsoup's fragments keep no lines).
 */
final class Drops {
  /** Longest excerpt of dropped content shown in a message, in code points. */
  static final int EXCERPT_LENGTH = 40;

  private final List<Drop> drops = new ArrayList<>();

  /** Records that something at {@code node} was dropped; {@code message} starts with "dropped". */
  void add(Node node, String message) {
    drops.add(new Drop(line(node), message));
  }

  /** Records that something of an HTML import was dropped (its line unknown). */
  void add(String message) {
    drops.add(new Drop(0, message));
  }

  List<Drop> list() {
    return drops;
  }

  /**
   * The line a node starts on, from 1: its own source span or its nearest ancestor's (inline
   * nodes made by the parser, such as a code span's, may have none); 0 when none is known.
   */
  static int line(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      List<SourceSpan> spans = n.getSourceSpans();
      if (!spans.isEmpty()) {
        return spans.get(0).getLineIndex() + 1;
      }
    }
    return 0;
  }

  /**
   * Text quoted for a message: in single quotes, on one line (white space runs as one space),
   * cut to {@link #EXCERPT_LENGTH} code points with an ellipsis.
   */
  static String quote(String text) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    if (oneLine.codePointCount(0, oneLine.length()) > EXCERPT_LENGTH) {
      oneLine = oneLine.substring(0, oneLine.offsetByCodePoints(0, EXCERPT_LENGTH)) + "…";
    }
    return "'" + oneLine + "'";
  }
}
