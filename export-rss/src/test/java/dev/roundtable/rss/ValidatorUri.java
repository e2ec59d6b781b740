package dev.roundtable.rss;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The W3C validator's canonical form of a URI (src/feedvalidator/uri.py, {@code _canonical}),
 * ported line by line, quirks included, as the oracle for its NonCanonicalURI warning on Atom
 * ids: scheme and host in lower case, default and empty ports dropped, a host's trailing dot
 * dropped, dot segments removed from the raw path, then every component's percent-encoding
 * normalized: octets that are reserved and allowed in the component kept as written, all others
 * decoded as UTF-8 (an invalid sequence makes the URI non-canonical), decoded once more
 * ({@code unquote}), put in NFC and encoded again with upper-case hex digits.
 */
final class ValidatorUri {
  private static final String SUBDELIMS = "!$&'()*+,;=";
  private static final String PCHAR = "-._~" + SUBDELIMS + ":@";
  private static final String GENDELIMS = ":/?#[]@";
  private static final String RESERVED = GENDELIMS + SUBDELIMS;
  private static final Map<String, Integer> DEFAULT_PORT = Map.of("ftp", 21, "telnet", 23,
      "http", 80, "gopher", 70, "news", 119, "nntp", 119, "prospero", 191, "https", 443,
      "snews", 563, "snntp", 563);
  private static final Pattern URI = Pattern.compile(
      "^(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\\?([^#]*))?(#(.*))?$", Pattern.DOTALL);
  private static final Pattern OCTET = Pattern.compile("[^%]|%[a-fA-F0-9]{2}");
  private static final Pattern PORT = Pattern.compile(":(\\d*)$");

  private ValidatorUri() {}

  /**
   * The validator's canonical form.
   *
   * @param s a URI
   * @return its canonical form, or {@code null} where the validator has none
   */
  static String canonical(String s) {
    try {
      return canonicalOrFail(s);
    } catch (IllegalArgumentException e) {
      return null; // BadUri, UnicodeError
    }
  }

  private static String canonicalOrFail(String s) {
    Matcher m = URI.matcher(s);
    if (!m.matches()) {
      throw new IllegalArgumentException("BadUri");
    }
    String scheme = m.group(2) == null ? null : m.group(2).toLowerCase(Locale.ROOT);
    String authority = null;
    String path;
    String p = m.group(5);
    if (m.group(4) == null) {
      if (scheme == null && !p.startsWith("/")) {
        return null;
      }
      path = scheme == null || p.startsWith("/") ? normPath(p) : qnu(p, PCHAR + "/");
    } else {
      Integer port = scheme == null ? null : DEFAULT_PORT.get(scheme);
      authority = normAuth(m.group(4), port);
      path = normPath(p);
    }
    String query = m.group(7) == null ? null : qnu(m.group(7), PCHAR + "/?");
    String fragment = m.group(9) == null ? null : qnu(m.group(9), PCHAR + "/?");
    StringBuilder out = new StringBuilder();
    if (scheme != null) {
      out.append(scheme).append(':');
    }
    if (authority != null) {
      out.append("//").append(authority);
    }
    out.append(path);
    if (query != null) {
      out.append('?').append(query);
    }
    if (fragment != null) {
      out.append('#').append(fragment);
    }
    return out.toString();
  }

  private static String normAuth(String auth, Integer port) {
    int at = auth.lastIndexOf('@');
    String credentials = at >= 0 ? auth.substring(0, at) : null;
    if (":".equals(credentials)) {
      credentials = "";
    }
    String host = at >= 0 ? auth.substring(at + 1) : auth;
    return credentials != null && !credentials.isEmpty()
        ? credentials + "@" + normPort(host, port) : normPort(host, port);
  }

  private static String normPort(String netloc, Integer defaultPort) {
    String nl = netloc.toLowerCase(Locale.ROOT);
    Integer p = defaultPort;
    Matcher m = PORT.matcher(nl);
    if (m.find()) {
      if (!m.group(1).isEmpty()) {
        p = Integer.parseInt(m.group(1));
      }
      nl = nl.substring(0, m.start(1) - 1);
    }
    if (!nl.isEmpty() && nl.endsWith(".") && nl.lastIndexOf('.', nl.length() - 3) >= 0) {
      nl = nl.substring(0, nl.length() - 1);
    }
    if (nl.startsWith("[") != nl.endsWith("]")) {
      throw new IllegalArgumentException("BadUri");
    }
    return p != null && !p.equals(defaultPort) ? nl + ":" + p : nl;
  }

  private static String normPath(String p) {
    List<String> l = new ArrayList<>(Arrays.asList(p.split("/", -1)));
    int i = !l.isEmpty() && !l.get(0).isEmpty() ? l.size() : 0;
    while (i < l.size()) {
      String c = l.get(i);
      if (c.equals(".") || c.equals("..")) {
        if (i < l.size() - 1) {
          l.remove(i);
        } else {
          l.set(i, "");
        }
        if (c.equals("..") && (i > 1 || (i > 0 && !l.get(0).isEmpty()))) {
          i--;
          l.remove(i);
        }
      } else {
        i++;
      }
    }
    if (l.equals(List.of(""))) {
      l = List.of("", "");
    }
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < l.size(); k++) {
      out.append(k == 0 ? "" : "/").append(qnu(l.get(k), PCHAR));
    }
    return out.toString();
  }

  /** uri.py _qnu. */
  private static String qnu(String s, String safe) {
    StringBuilder res = new StringBuilder();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    Matcher m = OCTET.matcher(s);
    int at = 0;
    while (at < s.length()) {
      if (!m.find(at) || m.start() != at) {
        throw new IllegalArgumentException("BadUri");
      }
      String c = m.group();
      int x = c.charAt(0) == '%' ? Integer.parseInt(c.substring(1), 16) : c.charAt(0);
      if (x > 0xFF) {
        throw new IllegalArgumentException("not an octet");
      }
      if (RESERVED.indexOf(x) >= 0 && safe.indexOf(x) >= 0) {
        res.append(quote(nfc(unquote(utf8(b.toByteArray()))), safe));
        b.reset();
        res.append(c.charAt(0) == '%' ? c.toUpperCase(Locale.ROOT) : c);
      } else {
        b.write(x);
      }
      at = m.end();
    }
    return res.append(quote(nfc(unquote(utf8(b.toByteArray()))), safe)).toString();
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("UnicodeError", e);
    }
  }

  /** Python's urllib.parse.unquote: %XX runs decoded as UTF-8, invalid bytes replaced. */
  private static String unquote(String s) {
    StringBuilder out = new StringBuilder();
    ByteArrayOutputStream run = new ByteArrayOutputStream();
    for (int i = 0; i < s.length(); ) {
      if (s.charAt(i) == '%' && hex(s, i + 1) && hex(s, i + 2)) {
        run.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 3;
        continue;
      }
      out.append(new String(run.toByteArray(), StandardCharsets.UTF_8));
      run.reset();
      out.append(s.charAt(i++));
    }
    return out.append(new String(run.toByteArray(), StandardCharsets.UTF_8)).toString();
  }

  private static boolean hex(String s, int i) {
    return i < s.length() && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 0x80;
  }

  private static byte[] nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
  }

  /** Python's urllib.parse.quote of bytes: letters, digits, {@code _.-~} and safe stay. */
  private static String quote(byte[] bytes, String safe) {
    StringBuilder out = new StringBuilder();
    for (byte b : bytes) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "_.-~".indexOf(c) >= 0 || (c < 0x80 && safe.indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }
}
