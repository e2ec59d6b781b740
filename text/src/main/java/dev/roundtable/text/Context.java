package dev.roundtable.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The character policy of Roundtable's output, as data: for each output context, what every code
 * point becomes. This enum is the one place to change it; {@link Utf8Output} applies it in one
 * loop, and the JSON writers hand {@link #JSON_IN_SCRIPT} to their JSON library.
 *
 * <p>Three rules hold in every context:
 *
 * <ul>
 *   <li>a <em>forbidden</em> code point ({@link #isForbidden}: C0 controls other than tab, line
 *       feed and carriage return, DEL and the C1 controls, the noncharacters and lone
 *       surrogates) is never written as it is: the context replaces it ({@link #HTML} writes
 *       U+FFFD), drops it (the XML contexts, whose documents cannot carry it) or escapes it
 *       ({@link #JSON_IN_SCRIPT});
 *   <li>the characters that are markup in the context are escaped, by the table of that
 *       context;
 *   <li>every other code point is written as it is, in UTF-8.
 * </ul>
 *
 * <p>For example {@code Context.HTML.escape("Q&A <now>")} is {@code "Q&amp;A &lt;now&gt;"}.
 */
public enum Context {
  /**
   * HTML text and double- or single-quoted attribute values: {@code & < > " '} as character
   * references, a carriage return (or CR LF) as one line feed, a form feed as a space, forbidden
   * code points as U+FFFD.
   */
  HTML(Forbidden.REPLACE, Table.html(), true, false, false),

  /**
   * HTML that will be carried inside an XML document (a feed's CDATA or escaped content): as
   * {@link #HTML}, but forbidden code points and U+FFFD itself are dropped, since XML 1.0 cannot
   * carry the one and a feed's reader would show the other as noise.
   */
  XHTML(Forbidden.DROP, Table.html(), true, true, false),

  /**
   * XML 1.0 character data: {@code & < >} as references, a carriage return as {@code &#13;} (so
   * that it survives the parser's line-end normalisation), forbidden code points, the form feed
   * and U+FFFD dropped.
   */
  XML_TEXT(Forbidden.DROP, Table.xml(false), false, true, false),

  /**
   * A double-quoted XML 1.0 attribute value: as {@link #XML_TEXT}, and {@code "}, tab and line
   * feed as references, so that attribute-value normalisation keeps them.
   */
  XML_ATTRIBUTE(Forbidden.DROP, Table.xml(true), false, true, false),

  /**
   * HTML escaped as XML text, as RSS wants its titles and descriptions: the {@link #HTML}
   * escape of the text, then the {@link #XML_TEXT} escape of that ({@code &} becomes
   * {@code &#x26;amp;}), forbidden code points and U+FFFD dropped.
   */
  HTML_IN_XML(Forbidden.DROP, Table.htmlInXml(), true, true, false),

  /**
   * A JSON string inside an HTML {@code <script>} element (JSON-LD): what JSON escapes, and
   * {@code < > &} as {@code \\u003c \\u003e \\u0026} so that the text cannot end the script,
   * U+2028 and U+2029 as escapes, forbidden code points (a surrogate half included) as
   * {@code \\uXXXX}.
   */
  JSON_IN_SCRIPT(Forbidden.ESCAPE, Table.json(), false, false, true);

  /** What a context does with a forbidden code point. */
  enum Forbidden {
    /** Write U+FFFD instead. */
    REPLACE,
    /** Write nothing. */
    DROP,
    /** Write a JSON {@code \\uXXXX} escape. */
    ESCAPE
  }

  private final Forbidden forbidden;
  private final String[] ascii;
  private final boolean foldsCarriageReturns;
  private final boolean dropsReplacementCharacter;
  private final boolean escapesSeparators;

  /** For each byte of UTF-8 input, what {@link Utf8Output}'s loop does with it. */
  final byte[] actions;

  /**
   * A bit for each UTF-16 character this context replaces ({@link #replacement} is not
   * {@code null}; so is every surrogate, standing alone): the character loops' test in one
   * look-up, derived from the policy itself.
   */
  final long[] care;

  /** The UTF-8 bytes of each ASCII character's replacement ({@code null}: written as it is). */
  final byte[][] asciiBytes;


  Context(Forbidden forbidden, String[] specials, boolean foldsCarriageReturns,
      boolean dropsReplacementCharacter, boolean escapesSeparators) {
    this.forbidden = forbidden;
    this.foldsCarriageReturns = foldsCarriageReturns;
    this.dropsReplacementCharacter = dropsReplacementCharacter;
    this.escapesSeparators = escapesSeparators;
    this.ascii = new String[0x80];
    this.asciiBytes = new byte[0x80][];
    for (int c = 0; c < 0x80; c++) {
      ascii[c] = specials[c] != null ? specials[c] : isForbidden(c) ? forbidden(c) : null;
      asciiBytes[c] = ascii[c] == null ? null : ascii[c].getBytes(StandardCharsets.UTF_8);
    }
    this.actions = Utf8Output.actions(this);
    this.care = new long[0x10000 / 64];
    for (int c = 0; c < 0x10000; c++) {
      if (replacement(c) != null) {
        care[c >>> 6] |= 1L << c;
      }
    }
  }

  /**
   * Whether a code point is forbidden in every output context: the C0 controls other than tab,
   * line feed, form feed and carriage return (each context's table says what those four
   * become: the XML contexts drop the form feed, which XML 1.0 lacks), DEL and the C1 controls
   * U+007F to U+009F, the 66 noncharacters, and the surrogate code points (which stand for lone
   * surrogates).
   *
   * @param cp a code point
   * @return {@code true} when no context writes it as it is
   */
  public static boolean isForbidden(int cp) {
    if (cp < 0x20) {
      return cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f';
    }
    if (cp < 0x7F) {
      return false;
    }
    return cp <= 0x9F
        || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)
        || (cp >= 0xFDD0 && cp <= 0xFDEF)
        || (cp & 0xFFFE) == 0xFFFE;
  }

  /**
   * What the context writes for a code point.
   *
   * @param cp a code point; a surrogate code point stands for a lone surrogate
   * @return {@code null} when the code point is written as it is, otherwise its replacement
   *     (empty when the code point is dropped)
   */
  public String replacement(int cp) {
    if (cp < 0x80) {
      return ascii[cp];
    }
    if (isForbidden(cp)) {
      return forbidden(cp);
    }
    if (cp == 0xFFFD && dropsReplacementCharacter) {
      return "";
    }
    if ((cp == 0x2028 || cp == 0x2029) && escapesSeparators) {
      return hexEscape(cp);
    }
    return null;
  }

  /**
   * Whether the context writes the code point as it is: what a writer may check to know that
   * a text will show something once written.
   *
   * @param cp a code point
   * @return {@code true} when {@link #replacement} is {@code null}
   */
  public boolean carries(int cp) {
    return replacement(cp) == null;
  }

  /**
   * The text without the code points this context drops (whose {@link #replacement} is empty),
   * and nothing else changed: what a writer whose own library does the escaping (a JSON
   * generator writing a feed) hands it, so that the text is the one an XML feed carries.
   *
   * @param text the text, lone surrogates included
   * @return {@code text} itself (as a string) when nothing is dropped, else a shorter copy
   */
  public String strip(CharSequence text) {
    String s = text.toString();
    int start = 0;
    while (start < s.length() && s.charAt(start) >= 0x20 && s.charAt(start) < 0x7F) {
      start++; // printable ASCII, which no context drops
    }
    StringBuilder kept = null;
    for (int i = start; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      String replacement = cp < 0x80 ? ascii[cp] : replacement(cp);
      if (replacement != null && replacement.isEmpty()) {
        kept = kept != null ? kept : new StringBuilder(s.length()).append(s, 0, i);
      } else if (kept != null) {
        kept.append(s, i, next);
      }
      i = next;
    }
    return kept == null ? s : kept.toString();
  }

  /**
   * Whether a carriage return is folded as HTML parsers fold it: CR LF to LF, a lone CR to LF.
   *
   * @return {@code true} for the HTML contexts
   */
  boolean foldsCarriageReturns() {
    return foldsCarriageReturns;
  }

  /**
   * The text escaped for this context.
   *
   * @param text the text; {@code null} is taken as empty
   * @return the escaped text, {@code text} itself (as a string) when nothing needed escaping
   */
  public String escape(CharSequence text) {
    return text == null ? "" : StringEscape.escape(text.toString(), this);
  }

  /**
   * Appends the text, escaped for this context.
   *
   * @param text the text; {@code null} is taken as empty
   * @param out where the escaped text goes
   * @throws IOException when {@code out} fails
   */
  public void escape(CharSequence text, Appendable out) throws IOException {
    out.append(escape(text));
  }

  /**
   * The text escaped for this context, as {@link #escape(CharSequence)}, for callers that hold
   * no {@code IOException}.
   *
   * @param text the text
   * @param out where the escaped text goes
   * @throws UncheckedIOException when {@code out} fails
   */
  public void escapeUnchecked(CharSequence text, Appendable out) {
    try {
      escape(text, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String forbidden(int cp) {
    switch (forbidden) {
      case REPLACE:
        return "\uFFFD";
      case DROP:
        return "";
      default:
        return hexEscape(cp);
    }
  }

  /**
   * JSON's escape of a code point: {@code \\u} and four hex digits, for each UTF-16 unit (a code
   * point beyond the BMP is its surrogate pair, as JSON has no longer escape).
   */
  private static String hexEscape(int cp) {
    if (Character.isSupplementaryCodePoint(cp)) {
      return hexEscape(Character.highSurrogate(cp)) + hexEscape(Character.lowSurrogate(cp));
    }
    return "\\u" + HexFormat.of().withUpperCase().toHexDigits((char) cp);
  }

  /** The escapes of each context's markup characters, indexed by ASCII character. */
  private static final class Table {
    private Table() {}

    static String[] html() {
      String[] t = new String[0x80];
      t['&'] = "&amp;";
      t['<'] = "&lt;";
      t['>'] = "&gt;";
      t['"'] = "&quot;";
      t['\''] = "&#39;";
      t['\r'] = "\n"; // and CR LF to LF: Utf8Output looks ahead
      t['\f'] = " ";
      return t;
    }

    static String[] xml(boolean attribute) {
      String[] t = new String[0x80];
      t['&'] = "&#x26;";
      t['<'] = "&#x3C;";
      t['>'] = "&gt;";
      t['\r'] = "&#13;";
      t['\f'] = ""; // XML 1.0 has no form feed
      if (attribute) {
        t['"'] = "&quot;";
        t['\n'] = "&#10;";
        t['\t'] = "&#9;";
      }
      return t;
    }

    static String[] htmlInXml() {
      String[] html = html();
      String[] xml = xml(false);
      String[] t = new String[0x80];
      for (int c = 0; c < 0x80; c++) {
        if (html[c] != null) {
          StringBuilder both = new StringBuilder();
          html[c].chars().forEach(h -> both.append(xml[h] == null ? (char) h : xml[h]));
          t[c] = both.toString();
        }
      }
      return t;
    }

    static String[] json() {
      String[] t = new String[0x80];
      for (int c = 0; c < 0x20; c++) {
        t[c] = hexEscape(c);
      }
      t['\b'] = "\\b";
      t['\t'] = "\\t";
      t['\n'] = "\\n";
      t['\f'] = "\\f";
      t['\r'] = "\\r";
      t['"'] = "\\\"";
      t['\\'] = "\\\\";
      t['<'] = "\\u003c";
      t['>'] = "\\u003e";
      t['&'] = "\\u0026";
      return t;
    }
  }
}
