package dev.roundtable.model;

/**
 * The fast path of {@link Url}: recognizes, in one pass and without {@link java.net.URI}, the
 * shape most URLs have: {@code http} or {@code https} in any case, {@code //}, an ASCII host name
 * (labels of letters, digits and inner hyphens separated by single dots, the last starting with
 * a letter, so never an IP address), an optional port of one to five digits, then a path, query
 * and fragment made only of RFC 3986 unreserved characters, sub-delimiters, {@code :@/?} and
 * well-formed {@code %XX} escapes. Every such text is accepted by {@link Url#checked} with the
 * same result (checked by a differential test); everything else goes there.
 */
final class CommonWebUrl {
  /** The characters allowed in the path, query and fragment of the fast path, besides escapes. */
  private static final boolean[] COMMON = new boolean[128];

  static {
    for (char c = 0; c < COMMON.length; c++) {
      COMMON[c] = isAlphanumeric(c) || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
    }
  }

  private CommonWebUrl() {}

  /**
   * The length of the scheme (4 or 5) of an http or https URL of the common shape, or -1 for any
   * other text, {@code null} included (which need not be invalid: {@link Url#checked} decides).
   */
  static int schemeLength(String value) {
    if (value == null || value.length() > Url.MAX_LENGTH || value.length() < 8) {
      return -1;
    }
    int n = value.length();
    if ((value.charAt(0) | 0x20) != 'h' || (value.charAt(1) | 0x20) != 't'
        || (value.charAt(2) | 0x20) != 't' || (value.charAt(3) | 0x20) != 'p') {
      return -1;
    }
    int schemeEnd = (value.charAt(4) | 0x20) == 's' ? 5 : 4;
    if (schemeEnd + 3 > n || value.charAt(schemeEnd) != ':' || value.charAt(schemeEnd + 1) != '/'
        || value.charAt(schemeEnd + 2) != '/') {
      return -1;
    }
    int i = host(value, schemeEnd + 3);
    if (i < 0) {
      return -1;
    }
    if (i < n && value.charAt(i) == ':') {
      int port = ++i;
      while (i < n && isDigit(value.charAt(i))) {
        i++;
      }
      if (i == port || i - port > 5 || (i < n && !startsPathQueryOrFragment(value.charAt(i)))) {
        return -1;
      }
    }
    i = common(value, i, false);
    if (i < n && value.charAt(i) == '?') {
      i = common(value, i + 1, true);
    }
    if (i < n && value.charAt(i) == '#') {
      i = common(value, i + 1, true);
    }
    return i == n ? schemeEnd : -1;
  }

  /**
   * The index after a host name of the common shape (then the end, a port or a path, query or
   * fragment) from {@code start}, or -1 when there is none.
   */
  private static int host(String value, int start) {
    int n = value.length();
    int i = start;
    int label;
    while (true) {
      label = i;
      if (i >= n || !isAlphanumeric(value.charAt(i))) {
        return -1;
      }
      while (i < n && (isAlphanumeric(value.charAt(i)) || value.charAt(i) == '-')) {
        i++;
      }
      if (value.charAt(i - 1) == '-') {
        return -1;
      }
      if (i < n && value.charAt(i) == '.') {
        i++;
      } else {
        break;
      }
    }
    if (!isLetter(value.charAt(label))) {
      return -1;
    }
    if (i < n) {
      char c = value.charAt(i);
      if (c != ':' && !startsPathQueryOrFragment(c)) {
        return -1;
      }
    }
    return i;
  }

  /** The index of the first character from {@code start} that is not common nor an escape. */
  private static int common(String value, int start, boolean questionMark) {
    int n = value.length();
    int i = start;
    while (i < n) {
      char c = value.charAt(i);
      if ((c < 128 && COMMON[c]) || (c == '?' && questionMark)) {
        i++;
      } else if (c == '%' && i + 2 < n && isHex(value.charAt(i + 1))
          && isHex(value.charAt(i + 2))) {
        i += 3;
      } else {
        return i;
      }
    }
    return i;
  }

  private static boolean startsPathQueryOrFragment(char c) {
    return c == '/' || c == '?' || c == '#';
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAlphanumeric(char c) {
    return isLetter(c) || isDigit(c);
  }

  private static boolean isHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
