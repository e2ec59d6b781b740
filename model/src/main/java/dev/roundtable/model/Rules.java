package dev.roundtable.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The model's validation rules, each written once; every check names the field it guards. */
final class Rules {
  /** Longest identifier, in Unicode code points (as JSON Schema's {@code maxLength} counts). */
  static final int MAX_ID_LENGTH = 200;
  /** Longest single line of text such as a headline, a name or a title. */
  static final int MAX_LINE_LENGTH = 2_000;
  /** Longest text of any kind, such as a summary or a text inline. */
  static final int MAX_TEXT_LENGTH = 1_000_000;

  private Rules() {}

  /** Requires a value to be present. */
  static <T> T required(T value, String field) {
    if (value == null) {
      throw InvalidModelException.of(field, "is required");
    }
    return value;
  }

  /** Requires well-formed {@link #text} that shows something ({@link #visible}). */
  static String notBlank(String value, String field, int maxLength) {
    return visible(text(value, field, maxLength), field);
  }

  /** Like {@link #notBlank} for an optional value: {@code null} passes. */
  static String optionalNotBlank(String value, String field, int maxLength) {
    return value == null ? null : notBlank(value, field, maxLength);
  }

  /**
   * Requires well-formed text: at most {@code maxLength} UTF-16 units, no U+0000 and no lone
   * surrogate (such text cannot be encoded in UTF-8 and no output format can carry it).
   */
  static String text(String value, String field, int maxLength) {
    required(value, field);
    int n = value.length();
    if (n > maxLength) {
      throw InvalidModelException.of(
          field, "must be at most " + maxLength + " characters long, was " + n);
    }
    int i = 0;
    while (i < n) {
      char c = value.charAt(i);
      if (c == '\u0000' || (c & 0xF800) == 0xD800) {
        break;
      }
      i++;
    }
    return i == n ? value : checkedText(value, field, i);
  }

  /** Requires {@link #text} that is not empty. */
  static String nonEmptyText(String value, String field, int maxLength) {
    if (text(value, field, maxLength).isEmpty()) {
      throw InvalidModelException.of(field, "must not be empty");
    }
    return value;
  }

  /** {@link #text} from the first U+0000 or surrogate: pairs pass, others fail at their index. */
  private static String checkedText(String value, String field, int from) {
    for (int i = from; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\u0000') {
        throw InvalidModelException.of(field, "must not contain U+0000 (at index " + i + ")");
      }
      if (Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw InvalidModelException.of(field, "must not contain a lone surrogate (at index " + i + ")");
      }
    }
    return value;
  }

  /**
   * Requires an identifier: 1 to 200 code points, no control characters, and neither {@code .}
   * nor {@code ..}, which a link to {@code base + id} would resolve as a dot-segment (the
   * current or the parent folder) instead of as the answer's page.
   */
  static String id(String value, String field) {
    required(value, field);
    int n = value.length();
    if (n != 0 && n <= MAX_ID_LENGTH) {
      int i = 0;
      while (i < n) {
        char c = value.charAt(i);
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c & 0xF800) == 0xD800) {
          break;
        }
        i++;
      }
      if (i == n && !isDotSegment(value)) {
        return value;
      }
    }
    return checkedId(value, field);
  }

  /** {@link #id} for any other identifier: every check in order, the first broken one reported. */
  private static String checkedId(String value, String field) {
    int length = value.codePointCount(0, value.length());
    if (length > MAX_ID_LENGTH) {
      throw InvalidModelException.of(
          field, "must be at most " + MAX_ID_LENGTH + " characters long, was " + length);
    }
    nonEmptyText(value, field, 2 * MAX_ID_LENGTH);
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw InvalidModelException.of(
            field, String.format("must not contain control characters (U+%04X at index %d)",
                (int) value.charAt(i), i));
      }
    }
    if (isDotSegment(value)) {
      throw InvalidModelException.of(field, "must not be " + Quoting.quote(value)
          + ", which links read as a dot-segment (the current or the parent folder)");
    }
    return value;
  }

  private static boolean isDotSegment(String value) {
    return value.equals(".") || value.equals("..");
  }

  /**
   * Copies inline content: at least one inline ({@code empty} is the rule broken by none, in
   * words), no {@code null}, nesting within {@link Inline#MAX_DEPTH}.
   */
  static List<Inline> inlines(List<? extends Inline> content, String field, String empty) {
    List<Inline> copy = list(content, field);
    if (Inline.depth(copy) > Inline.MAX_DEPTH) {
      throw InvalidModelException.of(
          field, "nests inlines deeper than " + Inline.MAX_DEPTH + " levels");
    }
    if (copy.isEmpty()) {
      throw InvalidModelException.of(field, empty);
    }
    return copy;
  }

  /** The content of a shorthand of plain text, such as {@link Paragraph#of(String)}. */
  static List<Inline> plain(String text) {
    try {
      return List.of(new Text(text));
    } catch (InvalidModelException e) {
      throw e.within("content", 0);
    }
  }

  /** Requires a strictly positive number when present. */
  static Integer optionalPositive(Integer value, String field) {
    if (value != null && value <= 0) {
      throw InvalidModelException.of(field, "must be a positive integer, was " + value);
    }
    return value;
  }

  /** Longest fediverse account name, as Mastodon allows (its limit is 30; others go further). */
  static final int MAX_ACCOUNT_NAME = 64;

  /**
   * Requires a fediverse account name: ASCII letters, digits and {@code _}, with {@code .} and
   * {@code -} allowed inside (Mastodon's rule, and what other servers accept).
   */
  static String accountName(String value, String field) {
    required(value, field);
    int n = value.length();
    if (n == 0 || n > MAX_ACCOUNT_NAME) {
      throw InvalidModelException.of(field, "must be 1 to " + MAX_ACCOUNT_NAME
          + " characters long, was " + n);
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      boolean inside = (c == '.' || c == '-') && i > 0 && i < n - 1;
      if (!inside && !isAsciiLetterOrDigit(c) && c != '_') {
        throw InvalidModelException.of(field, "must hold only letters, digits and _ (and . or -"
            + " inside), not " + Quoting.quote(String.valueOf(c)) + " at index " + i);
      }
    }
    return value;
  }

  /**
   * Requires a DNS host name in ASCII with at least two labels, each of 1 to 63 letters, digits
   * and inner hyphens, 253 characters in all; returned in lower case.
   */
  static String hostName(String value, String field) {
    required(value, field);
    String host = value.toLowerCase(java.util.Locale.ROOT);
    String[] labels = host.split("\\.", -1);
    if (host.length() > 253 || labels.length < 2) {
      throw InvalidModelException.of(field, "must be a host name such as mastodon.social, was "
          + Quoting.quote(value));
    }
    for (String label : labels) {
      boolean ok = !label.isEmpty() && label.length() <= 63 && !label.startsWith("-")
          && !label.endsWith("-") && label.chars().allMatch(c -> isAsciiLetterOrDigit((char) c)
          || c == '-');
      if (!ok) {
        throw InvalidModelException.of(field, "must be a host name in ASCII (an international"
            + " name in its xn-- form), was " + Quoting.quote(value));
      }
    }
    return host;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** Copies a list of URLs, each of which must be web (http/https) and appear once. */
  static List<Url> uniqueWebUrls(List<Url> values, String field) {
    List<Url> copy = list(values, field);
    for (int i = 0; i < copy.size(); i++) {
      Url url = copy.get(i);
      try {
        Url.web(url, field);
      } catch (InvalidModelException e) {
        throw InvalidModelException.of(field, i, e.rule());
      }
      if (copy.indexOf(url) < i) {
        throw InvalidModelException.of(field, i, "must not repeat " + Quoting.quote(url.toString())
            + " (also at index " + copy.indexOf(url) + ")");
      }
    }
    return copy;
  }

  /** The earliest and the latest timestamps: RFC 3339 and RSS need a four-digit year. */
  static final Instant MIN_TIME = Instant.parse("0001-01-01T00:00:00Z");
  static final Instant MAX_TIME = Instant.parse("9999-12-31T23:59:59.999999999Z");

  /** Requires a timestamp, when present, to have a four-digit year (0001 to 9999). */
  static Instant timestamp(Instant value, String field) {
    if (value != null && (value.isBefore(MIN_TIME) || value.isAfter(MAX_TIME))) {
      throw InvalidModelException.of(field, "must be in the years 0001 to 9999, was " + value);
    }
    return value;
  }

  /** Copies a list, rejecting {@code null} elements with the element's index in the path. */
  static <T> List<T> list(List<? extends T> values, String field) {
    required(values, field);
    Object[] copy = values.toArray();
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] == null) {
        throw InvalidModelException.of(field, i, "must not be null");
      }
    }
    @SuppressWarnings("unchecked")
    List<T> list = (List<T>) List.of(copy);
    return list;
  }

  /** Copies a list of strings, each of which must be not blank. */
  static List<String> notBlankStrings(List<String> values, String field) {
    List<String> copy = list(values, field);
    elements(copy, field, value -> notBlank(value, field, MAX_LINE_LENGTH));
    return copy;
  }

  /** Makes something of each text, a broken rule reported at the text's index in the field. */
  static <T> List<T> elements(List<String> texts, String field, Function<String, T> make) {
    List<T> made = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      try {
        made.add(make.apply(texts.get(i)));
      } catch (InvalidModelException e) {
        throw InvalidModelException.of(field, i, e.rule());
      }
    }
    return made;
  }

  /**
   * Requires text to show something, a code point not {@link CodePoints#isInvisible}, so that no
   * exporter writes an empty heading or a nameless link. White space alone is reported as blank,
   * other invisible text by its first invisible character that is not white space.
   */
  static String visible(String value, String field) {
    int firstNotBlank = -1;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      if (!CodePoints.isInvisible(cp)) {
        return value;
      }
      if (firstNotBlank < 0 && !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
        firstNotBlank = i;
      }
      i += Character.charCount(cp);
    }
    if (firstNotBlank < 0) {
      throw InvalidModelException.of(field, "must not be blank");
    }
    throw InvalidModelException.of(field, String.format(
        "must contain a visible character, not only white space, controls and invisible"
            + " characters (U+%04X at index %d)", value.codePointAt(firstNotBlank), firstNotBlank));
  }

  /** {@link #visible} for inline content (a link's text, a heading): its plain text. */
  static List<Inline> visible(List<Inline> content, String field) {
    StringBuilder text = new StringBuilder();
    Inline.appendPlainText(content, text);
    visible(text.toString(), field);
    return content;
  }

  /** The plain text of inline content, shortened for {@code toString}. */
  static String abbreviate(List<Inline> content) {
    StringBuilder out = new StringBuilder();
    for (Inline inline : content) {
      inline.appendPlainText(out);
      if (out.length() > 40) {
        break;
      }
    }
    return abbreviate(out.toString());
  }

  /**
   * Shortens text for {@code toString}, so that a debugger never shows a whole body, and makes
   * it {@linkplain Quoting#printable printable}, so that a log line never carries a control or
   * bidirectional character.
   */
  static String abbreviate(String value) {
    if (value == null) {
      return null;
    }
    String shortened = Quoting.shorten(value, 40);
    String shown = Quoting.printable(shortened);
    if (shown.length() <= 40) {
      return shortened.length() < value.length() ? shown + "…" : shown;
    }
    int end = 40;
    int escape = shown.lastIndexOf("\\u", end - 1);
    if (escape >= 0 && escape + 6 > end) {
      end = escape; // never half an escape
    }
    return Quoting.shorten(shown, end) + "…";
  }
}
