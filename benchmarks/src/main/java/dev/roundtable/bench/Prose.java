package dev.roundtable.bench;

import dev.roundtable.model.Code;
import dev.roundtable.model.Emphasis;
import dev.roundtable.model.Inline;
import dev.roundtable.model.LineBreak;
import dev.roundtable.model.Link;
import dev.roundtable.model.Strong;
import dev.roundtable.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes text in one language from its {@link Vocabulary} and a seeded random source: sentences
 * with the odd comma, quotation, number, ampersand or angle bracket, and runs of inlines in
 * which some words are emphasized, strong, linked or replaced by inline code. Every string it
 * returns is built afresh. Not thread-safe.
 */
final class Prose {
  private static final List<String> EMOJI = List.of("🙂", "🚀", "👍", "🎉", "💡", "✅", "📈",
      "🤝", "☕", "❤️", "😅", "🙌");
  private static final List<String> SYMBOLS = List.of("&", "&", "R&D", "Q&A", "<", ">", "->",
      ">=", "A/B", "'n'");
  private static final List<String> CODE = List.of("git rebase -i HEAD~3",
      "SELECT * FROM orders WHERE total > 100", "if (a && b) return;", "<div class=\"note\">",
      "npm install --save-dev", "x -> x * 2", "Map<String, List<Integer>>",
      "kubectl get pods -n prod", "O(n log n)", "README.md", "Ctrl+Shift+P",
      "curl -s 'https://api.example.com/v1?q=a&b=2'", "@Override", "--dry-run",
      "std::vector<int>", "a <= b", "main", "TODO", "<br/>", "2 > 1");
  private static final List<String> SITES = List.of("https://www.example.org/",
      "https://blog.example.net/", "https://docs.example.com/guide/", "https://news.example.io/",
      "https://research.example.edu/papers/");

  private final Vocabulary words;
  private final SplittableRandom random;
  private final boolean emoji;

  /**
   * A writer of prose.
   *
   * @param words the language
   * @param random the source of every choice
   * @param emoji whether some sentences end with an emoji
   */
  Prose(Vocabulary words, SplittableRandom random, boolean emoji) {
    this.words = words;
    this.random = random;
    this.emoji = emoji;
  }

  /** The language's tag. */
  String language() {
    return words.language();
  }

  /** One of {@code choices}. */
  <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  /** A number from 0 (included) to 1 (excluded). */
  double fraction() {
    return random.nextDouble();
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** A whole number from {@code low} to {@code high}, both included. */
  int between(int low, int high) {
    return random.nextInt(low, high + 1);
  }

  /** A person's name. */
  String name() {
    String first = pick(words.firstNames());
    String last = pick(words.lastNames());
    if (words.familyFirst()) {
      return chance(0.5) ? last + first : last + " " + first;
    }
    return first + " " + last;
  }

  /** A sentence of {@code low} to {@code high} words, with its stop and trailing space. */
  String sentence(int low, int high) {
    return phrase(low, high) + stop();
  }

  /** Words without a stop: a heading, a title, an alternative text. */
  String phrase(int low, int high) {
    StringBuilder out = new StringBuilder();
    for (Piece piece : pieces(between(low, high))) {
      out.append(piece.before()).append(piece.text());
    }
    return out.toString();
  }

  /** A headline: words, sometimes a question, a colon, a quotation or an ampersand. */
  String headline() {
    StringBuilder out = new StringBuilder(phrase(4, 10));
    if (chance(0.15)) {
      out.append(words.spaced() ? ": " : "：").append(phrase(2, 4).toLowerCase(Locale.ROOT));
    }
    if (chance(0.3)) {
      out.append(words.spaced() ? "?" : "？");
    }
    if (emoji && chance(0.05)) {
      out.append(' ').append(pick(EMOJI));
    }
    return out.toString();
  }

  /** A question as a column asks it. */
  String question() {
    return phrase(6, 14) + (words.spaced() ? "?" : "？");
  }

  /**
   * A run of inlines of {@code sentences} sentences, where a sentence gets a styled span with
   * probability {@code styled}: emphasis, strong, a link or inline code.
   */
  List<Inline> run(int sentences, double styled) {
    List<Inline> out = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    for (int s = 0; s < sentences; s++) {
      List<Piece> pieces = pieces(between(5, 18));
      int from = -1;
      int to = -1;
      if (pieces.size() > 2 && chance(styled)) {
        from = random.nextInt(pieces.size() - 1);
        to = Math.min(pieces.size() - 1, from + between(1, 3));
      }
      for (int i = 0; i < pieces.size(); i++) {
        Piece piece = pieces.get(i);
        plain.append(piece.before());
        if (i == from) {
          StringBuilder span = new StringBuilder(piece.text());
          for (Piece next : pieces.subList(from + 1, to)) {
            span.append(next.before()).append(next.text());
          }
          flush(plain, out);
          out.add(styled(span.toString()));
          i = to - 1;
        } else {
          plain.append(piece.text());
        }
      }
      plain.append(stop());
      if (chance(0.01)) {
        flush(plain, out);
        out.add(new LineBreak());
      }
    }
    while (plain.length() > 0 && plain.charAt(plain.length() - 1) == ' ') {
      plain.setLength(plain.length() - 1);
    }
    flush(plain, out);
    return out;
  }

  private Inline styled(String span) {
    double kind = random.nextDouble();
    if (kind < 0.35) {
      return new Emphasis(List.of(new Text(span)));
    } else if (kind < 0.55) {
      return new Strong(List.of(new Text(span)));
    } else if (kind < 0.9) {
      return Link.of(href(), span);
    }
    return new Code(pick(CODE));
  }

  /** A link target: the site's own articles, other sites, now and then with a query. */
  String href() {
    StringBuilder url = new StringBuilder();
    if (chance(0.5)) {
      url.append("https://example.com/").append(words.language()).append("/articles/")
          .append(between(1, 99_999));
    } else {
      url.append(pick(SITES)).append(between(2010, 2025)).append('/');
      url.append(!words.language().equals("en") && chance(0.1) ? pick(words.words())
          : "page-" + between(1, 999));
    }
    if (chance(0.25)) {
      url.append("?utm_source=newsletter&utm_medium=email");
    }
    if (chance(0.15)) {
      url.append("#section-").append(between(1, 9));
    }
    return url.toString();
  }

  private static void flush(StringBuilder plain, List<Inline> out) {
    if (plain.length() > 0) {
      out.add(new Text(plain.toString()));
      plain.setLength(0);
    }
  }

  /** A word of a sentence with the space, comma or nothing before it. */
  private record Piece(String before, String text) {}

  /** The pieces of a sentence of {@code n} words (and an ending, in Japanese). */
  private List<Piece> pieces(int n) {
    List<Piece> pieces = new ArrayList<>(n + 1);
    int quoteFrom = chance(0.05) ? random.nextInt(n) : -1;
    int quoteTo = quoteFrom < 0 ? -1 : Math.min(n - 1, quoteFrom + between(1, 4));
    boolean ascii = chance(words.language().equals("en") ? 0.5 : 0.2);
    for (int i = 0; i < n; i++) {
      String before = "";
      if (i > 0) {
        before = chance(words.spaced() ? 0.06 : 0.1) && (words.spaced() || i % 2 == 0)
            ? words.comma() : words.spaced() ? " " : "";
      }
      String text = word(i);
      if (i == 0 && words.spaced() && Character.isLowerCase(text.charAt(0))) {
        text = text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
      }
      if (i == quoteFrom) {
        text = (ascii ? "\"" : words.quotes().get(0)) + text;
      }
      if (i == quoteTo) {
        text = text + (ascii ? "\"" : words.quotes().get(1));
      }
      pieces.add(new Piece(before, text));
    }
    if (!words.endings().isEmpty()) {
      pieces.add(new Piece("", pick(words.endings())));
    }
    return pieces;
  }

  /** Word {@code i} of a sentence: content, glue, now and then a number or a symbol. */
  private String word(int i) {
    if (!words.spaced()) {
      return i % 2 == 1 ? pick(words.glue()) : chance(0.03) ? number() : pick(words.words());
    }
    double r = random.nextDouble();
    if (r < 0.012) {
      return pick(SYMBOLS);
    } else if (r < 0.035) {
      return number();
    } else if (r < 0.4 && i > 0) {
      return pick(words.glue());
    }
    return pick(words.words());
  }

  private String number() {
    return switch (random.nextInt(3)) {
      case 0 -> Integer.toString(between(1990, 2025));
      case 1 -> between(2, 95) + (words.language().matches("cs|ru") ? "\u00a0%" : "%");
      default -> Integer.toString(between(2, 500));
    };
  }

  private String stop() {
    String stop = pick(words.stops());
    if (emoji && chance(0.08)) {
      return stop + pick(EMOJI) + " ";
    }
    return stop;
  }
}
