package dev.roundtable.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The corpus of dangerous URLs in {@code dangerous-urls.txt}: each with the rule its rejection
 * must cite. Escapes ({@code \t \n \r \\ \}{@code uXXXX}) keep invisible characters visible in
 * the file. Shared through the model's test-jar, so that readers and writers of other formats
 * can check that none of these URLs gets through them either.
 */
public final class DangerousUrls {
  /** What each rule keyword of the corpus means in the words of the rejection. */
  public static final Map<String, String> RULES = Map.of(
      "empty", "was empty",
      "malformed", "is malformed",
      "relative", "is relative",
      "scheme", "is not allowed",
      "nohost", "with a host",
      "host", "must name a valid host",
      "userinfo", "must not carry user information",
      "invisible", "must not contain invisible format characters",
      "nul", "must not contain U+0000",
      "surrogate", "must not contain a lone surrogate");

  private DangerousUrls() {}

  /**
   * The corpus as arguments for a {@code @MethodSource}: the URL as written in the file (for the
   * test's name), the URL itself, and the rule its rejection must cite.
   *
   * @return the arguments, one per URL
   */
  public static Stream<Arguments> corpus() {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = DangerousUrls.class.getResourceAsStream("dangerous-urls.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int space = line.indexOf(' ');
        String keyword = space < 0 ? line : line.substring(0, space);
        String written = space < 0 ? "" : line.substring(space + 1);
        String rule = RULES.get(keyword);
        if (rule == null) {
          throw new IllegalStateException("unknown rule keyword in corpus: " + line);
        }
        out.add(Arguments.of(written, unescape(written), rule));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.stream();
  }

  /**
   * The dangerous URLs themselves, escapes decoded.
   *
   * @return every URL of the corpus, in file order
   */
  public static List<String> urls() {
    List<String> out = new ArrayList<>();
    corpus().forEach(arguments -> out.add((String) arguments.get()[1]));
    return out;
  }

  /** Decodes the corpus's escapes. */
  static String unescape(String written) {
    StringBuilder out = new StringBuilder(written.length());
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (c != '\\' || i + 1 == written.length()) {
        out.append(c);
        continue;
      }
      char next = written.charAt(++i);
      switch (next) {
        case 't':
          out.append('\t');
          break;
        case 'n':
          out.append('\n');
          break;
        case 'r':
          out.append('\r');
          break;
        case 'u':
          out.append((char) Integer.parseInt(written.substring(i + 1, i + 5), 16));
          i += 4;
          break;
        default:
          out.append(next);
      }
    }
    return out.toString();
  }
}
