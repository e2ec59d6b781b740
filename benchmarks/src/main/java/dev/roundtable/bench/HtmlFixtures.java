package dev.roundtable.bench;

import dev.roundtable.model.Answer;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Question;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What the HTML benchmarks render, the helpers their peer templates call, and the check that
 * the peers write the same markup as Roundtable.
 */
public final class HtmlFixtures {
  /** The date format of Roundtable's defaults, for the peer templates. */
  private static final DateTimeFormatter HUMAN = DateTimeFormatter
      .ofPattern("MMMM d, yyyy, h:mm a z", Locale.US).withZone(ZoneId.of("UTC"));

  private HtmlFixtures() {}

  /**
   * A question with {@code count} answers: the example's answers again and again, each with an
   * id and a URL of its own (the model rejects answers that share one).
   */
  public static Question withAnswers(int count) {
    Question example = MentoringExample.question();
    List<Answer> answers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Answer a = example.answers().get(i % example.answers().size());
      answers.add(a.toBuilder().id(a.id() + "-" + i).url(MentoringExample.BASE + a.id() + "-" + i)
          .publishedAt(a.publishedAt().plusSeconds(i)).build());
    }
    return example.toBuilder().answers(answers).build();
  }

  /** The {@code datetime} value, as Roundtable writes it. */
  public static String iso(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
  }

  /** The human date, as Roundtable's defaults write it. */
  public static String human(Instant instant) {
    return HUMAN.format(instant);
  }

  /**
   * Markup in a canonical form: elements with their attributes sorted, text with white space
   * collapsed and white space between elements dropped, entities decoded.
   */
  public static String canonical(String html) {
    StringBuilder out = new StringBuilder();
    canonical(Jsoup.parseBodyFragment(html).body(), out);
    return out.toString();
  }

  private static void canonical(Node node, StringBuilder out) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode) {
        String text = ((TextNode) child).getWholeText().replaceAll("[ \\t\\n\\r\\f]+", " ");
        if (!text.isBlank()) {
          out.append(text);
        }
      } else if (child instanceof Element) {
        Element e = (Element) child;
        out.append('<').append(e.tagName());
        e.attributes().asList().stream().sorted((a, b) -> a.getKey().compareTo(b.getKey()))
            .forEach(a -> out.append(' ').append(a.getKey()).append("=\"").append(a.getValue())
                .append('"'));
        out.append('>');
        canonical(e, out);
        out.append("</").append(e.tagName()).append('>');
      }
    }
  }

  /**
   * Fails when a peer's markup differs from Roundtable's in anything but insignificant white
   * space and the choice of entities.
   */
  public static void requireSameMarkup(String what, String roundtable, String peer) {
    String expected = canonical(roundtable);
    String actual = canonical(peer);
    if (!expected.equals(actual)) {
      int i = 0;
      while (i < Math.min(expected.length(), actual.length())
          && expected.charAt(i) == actual.charAt(i)) {
        i++;
      }
      throw new IllegalStateException(what + " differs from Roundtable's markup at "
          + i + ":\n  roundtable: " + snippet(expected, i) + "\n  peer:       "
          + snippet(actual, i));
    }
  }

  private static String snippet(String s, int at) {
    return s.substring(Math.max(0, at - 60), Math.min(s.length(), at + 60));
  }
}
