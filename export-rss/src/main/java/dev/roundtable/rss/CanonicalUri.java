package dev.roundtable.rss;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ids in canonical form: the one spelling of a URI that readers compare ids by and that the W3C
 * validator asks of Atom ids (NonCanonicalURI). RFC 3986's normalizations (§6.2.2, §6.2.3):
 * scheme and host in lower case, the default port and an empty one dropped, an empty path
 * written {@code /}, dot segments removed, percent-encoded unreserved characters decoded and
 * other percent-encodings in upper case; and, as RFC 3987 asks of identifiers made from text,
 * percent-encoded UTF-8 text in NFC. As the validator does, a host's trailing dot is dropped
 * and reserved characters keep the form they were written in ({@code :} or {@code %3A}).
 *
 * <p>Two spellings of one URI thus give one id. A URI already in that form (most are) is only
 * scanned, not copied. Input is ASCII (URLs as feeds write them, {@code tag:} URIs).
 */
final class CanonicalUri {
  /** Reserved characters that path segments may hold as they are (RFC 3986 pchar). */
  private static final String SEGMENT = "!$&'()*+,;=:@";
  /** The same for queries, fragments and the opaque part of {@code tag:} URIs. */
  private static final String QUERY = SEGMENT + "/?";

  private CanonicalUri() {}

  /** The canonical form of an absolute URI in ASCII: the same instance when it is already. */
  static String of(String uri) {
    return isPlain(uri) ? uri : normalize(uri);
  }

  /**
   * Whether the URI is canonical for a reason seen in one quick scan: an http(s) URL with no
   * percent sign, a lower-case authority without user, port or trailing dot followed by a path,
   * and no dot segment; or a {@code tag:} URI with no percent sign and no {@code /.}.
   * {@code false} only means "normalize to find out".
   */
  private static boolean isPlain(String uri) {
    int i;
    if (uri.startsWith("https://")) {
      i = 8;
    } else if (uri.startsWith("http://")) {
      i = 7;
    } else {
      return uri.startsWith("tag:") && uri.indexOf('%') < 0 && uri.indexOf("/.") < 0;
    }
    int slash = uri.indexOf('/', i);
    if (slash < 0 || uri.indexOf('%') >= 0 || uri.charAt(slash - 1) == '.') {
      return false;
    }
    for (; i < slash; i++) {
      char c = uri.charAt(i);
      if ((c >= 'A' && c <= 'Z') || c == ':' || c == '@' || c == '?' || c == '#') {
        return false;
      }
    }
    int n = uri.length();
    for (int dot = uri.indexOf("/.", slash); dot >= 0; dot = uri.indexOf("/.", dot + 1)) {
      int after = dot + 2;
      if (after < n && uri.charAt(after) == '.') {
        after++;
      }
      if (after == n || "/?#".indexOf(uri.charAt(after)) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static String normalize(String uri) {
    int colon = uri.indexOf(':');
    int hash = uri.indexOf('#');
    int end = hash < 0 ? uri.length() : hash;
    int question = uri.indexOf('?');
    if (question > end) {
      question = -1;
    }
    int rest = colon + 1;
    int pathEnd = question >= 0 ? question : end;
    StringBuilder out = new StringBuilder(uri.length() + 8);
    out.append(uri.substring(0, colon).toLowerCase(Locale.ROOT)).append(':');
    if (uri.startsWith("//", rest)) {
      int slash = rest + 2;
      while (slash < pathEnd && uri.charAt(slash) != '/') {
        slash++;
      }
      out.append("//").append(authority(uri.substring(rest + 2, slash), out.substring(0, colon)));
      path(uri.substring(slash, pathEnd), out);
    } else if (rest < pathEnd && uri.charAt(rest) == '/') {
      path(uri.substring(rest, pathEnd), out);
    } else {
      percent(uri, rest, pathEnd, QUERY, out);
    }
    if (question >= 0) {
      out.append('?');
      percent(uri, question + 1, end, QUERY, out);
    }
    if (hash >= 0) {
      out.append('#');
      percent(uri, hash + 1, uri.length(), QUERY, out);
    }
    return out.toString();
  }

  /** User information kept, host in lower case without trailing dot, default port dropped. */
  private static String authority(String authority, String scheme) {
    int at = authority.lastIndexOf('@');
    String user = at < 0 ? "" : authority.substring(0, at);
    String host = authority.substring(at + 1).toLowerCase(Locale.ROOT);
    String port = "";
    int portColon = host.lastIndexOf(':');
    if (portColon >= 0 && host.indexOf(']', portColon) < 0
        && host.substring(portColon + 1).chars().allMatch(c -> c >= '0' && c <= '9')) {
      String digits = host.substring(portColon + 1);
      host = host.substring(0, portColon);
      if (!digits.isEmpty()) {
        int number = Integer.parseInt(digits);
        boolean standard = (number == 80 && scheme.equals("http"))
            || (number == 443 && scheme.equals("https"));
        port = standard ? "" : ":" + number;
      }
    }
    if (host.endsWith(".") && host.lastIndexOf('.', host.length() - 3) >= 0) {
      host = host.substring(0, host.length() - 1);
    }
    return (user.isEmpty() || user.equals(":") ? "" : user + "@") + host + port;
  }

  /** An absolute path (or an empty one after an authority), segments normalized, dots removed. */
  private static void path(String path, StringBuilder out) {
    List<String> segments = new ArrayList<>();
    String[] raw = path.split("/", -1);
    for (int i = 1; i < raw.length; i++) {
      StringBuilder segment = new StringBuilder(raw[i].length());
      percent(raw[i], 0, raw[i].length(), SEGMENT, segment);
      String s = segment.toString();
      boolean last = i == raw.length - 1;
      if (s.equals(".") || s.equals("..")) {
        if (s.equals("..") && !segments.isEmpty()) {
          segments.remove(segments.size() - 1);
        }
        if (last) {
          segments.add("");
        }
      } else {
        segments.add(s);
      }
    }
    if (segments.isEmpty()) {
      segments.add("");
    }
    for (String s : segments) {
      out.append('/').append(s);
    }
  }

  /**
   * Appends {@code s[from, to)} with its percent-encoding normalized: a reserved character that
   * {@code keep} lists stays as written (hex digits in upper case); runs of everything else are
   * decoded, put in NFC when they are UTF-8 text, and encoded again, unreserved characters as
   * they are and the rest as {@code %XX}.
   */
  private static void percent(String s, int from, int to, String keep, StringBuilder out) {
    byte[] run = new byte[to - from];
    int length = 0;
    for (int i = from; i < to; ) {
      char c = s.charAt(i);
      int octet = c;
      int width = 1;
      if (c == '%' && hex(s, i + 1, to) && hex(s, i + 2, to)) {
        octet = Character.digit(s.charAt(i + 1), 16) << 4 | Character.digit(s.charAt(i + 2), 16);
        width = 3;
      }
      if (keep.indexOf(octet) >= 0 && octet < 0x80) {
        length = flush(run, length, out);
        out.append(s, i, i + width);
        if (width == 3) {
          out.setCharAt(out.length() - 2, Character.toUpperCase(s.charAt(i + 1)));
          out.setCharAt(out.length() - 1, Character.toUpperCase(s.charAt(i + 2)));
        }
      } else {
        run[length++] = (byte) octet;
      }
      i += width;
    }
    flush(run, length, out);
  }

  private static boolean hex(String s, int i, int to) {
    return i < to && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 0x80;
  }

  /** Writes the decoded run encoded again; returns 0, the run's new length. */
  private static int flush(byte[] run, int length, StringBuilder out) {
    byte[] bytes = run;
    int n = length;
    for (int i = 0; i < length; i++) {
      if (run[i] < 0) { // UTF-8 beyond ASCII: in NFC when it is text
        byte[] nfc = nfc(run, length);
        if (nfc != null) {
          bytes = nfc;
          n = nfc.length;
        }
        break;
      }
    }
    encode(bytes, n, out);
    return 0;
  }

  /**
   * Text (without lone surrogates) in the canonical encoding of one path segment: UTF-8, every
   * character but RFC 3986's unreserved ones percent-encoded with upper-case hex digits.
   */
  static String percentEncode(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(utf8.length + 8);
    encode(utf8, utf8.length, out);
    return out.toString();
  }

  /** Appends {@code bytes[0, n)}: unreserved characters as they are, the rest as {@code %XX}. */
  private static void encode(byte[] bytes, int n, StringBuilder out) {
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
          || b == '-' || b == '.' || b == '_' || b == '~') {
        out.append((char) b);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
      }
    }
  }

  /** The UTF-8 of the bytes' text in NFC, or {@code null} when they are not UTF-8. */
  private static byte[] nfc(byte[] run, int length) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(run, 0, length)).toString();
      return Normalizer.normalize(text, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
