package dev.roundtable.rss;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Body;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Emphasis;
import dev.roundtable.model.Heading;
import dev.roundtable.model.Link;
import dev.roundtable.model.Paragraph;
import dev.roundtable.model.Text;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Streams N generated answers (newest first, each built only when pulled) into a discarding
 * stream as RSS, Atom or JSON Feed, and prints the answer and byte counts. Run by
 * {@link ConstantMemoryTest} in a JVM with a small heap: {@code MillionAnswers N rss|atom|json}.
 */
final class MillionAnswers {
  private static final Instant NEWEST = Instant.parse("2026-11-01T00:00:00Z");

  private MillionAnswers() {}

  /** Answers 0 to n-1, each one minute older than the one before, built lazily. */
  static Iterator<Answer> answers(int n) {
    return IntStream.range(0, n).mapToObj(MillionAnswers::answer).iterator();
  }

  /** A realistic answer: headline, byline, topics and a four-block body with markup. */
  static Answer answer(int i) {
    return Answer.builder()
        .id("answer-" + i)
        .headline("Answer number " + i + ": why mentoring matters & how to find one")
        .url("https://example.com/insider/answers/" + i)
        .publishedAt(NEWEST.minusSeconds(60L * i))
        .contributor(Contributor.builder("Panellist " + (i % 1000)).role("CEO")
            .organization("Company " + (i % 97)).url("https://example.com/people/" + (i % 1000))
            .build())
        .topic("Mentoring").topic("Leadership")
        .body(Body.of(
            Paragraph.of("A mentor gives a kind of guidance that no manager, client or peer can"
                + " give, and it works only when both people are prepared to be open."),
            Heading.of(2, "Growth is not a straight line"),
            Paragraph.of(new Text("Every career has good seasons and hard ones; setbacks are "),
                new Emphasis(List.of(new Text("normal"))), new Text(" <and> \"expected\".")),
            Paragraph.of(new Text("Read "),
                Link.of("https://example.com/insider/why-have-a-mentor", "the other answers"),
                new Text(" to the question."))))
        .build();
  }

  /** Counts bytes and throws them away. */
  static final class Discarding extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }

  /**
   * Writes the feed.
   *
   * @param args the number of answers, and the format (rss, atom or json; default rss)
   * @throws IOException never: the stream discards
   */
  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[0]);
    String format = args.length > 1 ? args[1] : "rss";
    Channel channel = Fixtures.channel(format);
    FeedWriter writer = switch (format) {
      case "atom" -> AtomFeedWriter.of(channel);
      case "json" -> JsonFeedWriter.of(channel);
      default -> RssFeedWriter.of(channel);
    };
    Discarding out = new Discarding();
    writer.write(answers(n), out);
    System.out.println("answers=" + n + " bytes=" + out.count);
  }
}
