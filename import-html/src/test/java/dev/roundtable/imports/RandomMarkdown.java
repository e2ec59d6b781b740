package dev.roundtable.imports;

import java.util.Random;

/**
 * Generates Markdown for tests: random mixes of CommonMark syntax, raw HTML, link targets of
 * every kind, hostile text (control characters, lone surrogates, bidirectional overrides) and
 * words, some inputs long or deeply nested. The same seed gives the same inputs.
 */
final class RandomMarkdown {
  private static final String[] SYNTAX = {
    "# ", "## ", "###### ", "####### ", "> ", ">> ", "- ", "* ", "+ ", "1. ", "7) ", "  - ",
    "    ", "\t", "*", "**", "_", "__", "***", "`", "``", "```", "~~~", "```js\n", "\n", "\n\n",
    "  \n", "\\\n", "\\", "[", "]", "](", ")", "![", "<", ">", "---", "***\n", "___", "===",
    "[ref]", "[ref]: ", "\"title\"", "&amp;", "&#0;", "&#x110000;", "&nbsp;", "&bogus;", "|",
    "| a | b |\n|---|---|\n", "\r\n", "\r",
  };
  private static final String[] HTML = {
    "<div>", "</div>", "<script>alert(1)</script>", "<style>p{}</style>", "<!-- c -->", "<!--",
    "-->", "<?php x ?>", "<![CDATA[ x ]]>", "<!DOCTYPE html>", "<b onclick=\"x()\">", "</b>",
    "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">", "</a>", "<pre>",
    "<svg onload=alert(1)>", "<textarea>", "<span title=\"'\">", "<br/>", "<table>",
  };
  private static final String[] TARGETS = {
    "https://example.com/a?b=c&d", "http://example.org", "mailto:panel@example.com",
    "javascript:alert(1)", "JaVaScRiPt:x", "data:text/html,x", "/relative", "page.html", "#top",
    "//example.com", "https://", "https://exa mple.com", "https://example.com/\u202E", "",
    "<https://example.com/spaced path>", "vbscript:x", "file:///etc/passwd", "http://[::1",
  };
  private static final String[] HOSTILE = {
    "\u0000", "\u0001", "\u0007", "\u000B", "\u000C", "\u001B[31m", "\u007F", "\u0085", "\u2028",
    "\u2029", "\u202E", "\u200B", "\uFEFF", "\uD800", "\uDC00", "\uD83D\uDE00", "עברית", "日本語",
    "\uFFFE", "\uFFFF", "{{x}}", "${x}", "\"", "'",
  };
  private static final String[] WORDS = {
    "mentor", "career", "panel", "ask", "learn", "risk", "team", "growth", "a", "I",
  };
  /** Fragments repeated into long or deeply nested inputs. */
  private static final String[] REPEATED = {
    ">", "*", "**", "_", "[", "](https://example.com)", "- ", "  ", "> - ", "`", "<b>", "![",
    "\\", "&amp;", "\n", "word ", "[a](https://example.com/) ", "1. ",
  };

  private final Random random;

  RandomMarkdown(long seed) {
    this.random = new Random(seed);
  }

  /** A random input: mostly short mixes, one in eight long, repeating a fragment. */
  String next() {
    if (random.nextInt(8) == 0) {
      return longInput();
    }
    StringBuilder out = new StringBuilder();
    int pieces = 1 + random.nextInt(60);
    for (int i = 0; i < pieces; i++) {
      out.append(piece());
    }
    return out.toString();
  }

  private String piece() {
    return switch (random.nextInt(7)) {
      case 0, 1 -> pick(SYNTAX);
      case 2 -> pick(HTML);
      case 3 -> "[" + pick(WORDS) + "](" + pick(TARGETS) + ")";
      case 4 -> pick(HOSTILE);
      case 5 -> String.valueOf((char) random.nextInt(0x80));
      default -> pick(WORDS) + " ";
    };
  }

  private String longInput() {
    StringBuilder out = new StringBuilder();
    String fragment = pick(REPEATED);
    int times = 1_000 + random.nextInt(10_000);
    for (int i = 0; i < times; i++) {
      out.append(fragment);
      if (random.nextInt(100) == 0) {
        out.append(piece());
      }
    }
    return out.append(pick(WORDS)).toString();
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }
}
