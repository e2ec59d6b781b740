package dev.roundtable.bench;

import dev.roundtable.html.HtmlEscaper;
import java.util.concurrent.TimeUnit;
import org.apache.commons.text.StringEscapeUtils;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link HtmlEscaper} against Commons Text's {@code StringEscapeUtils.escapeHtml4}, both to a
 * {@code String}: on realistic prose (a paragraph of the example with a few quotes, an
 * ampersand and non-ASCII letters) and on markup-heavy text (a pasted snippet of HTML).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EscapeBenchmark {
  /** Realistic text: prose with the odd quote, ampersand, dash and accented letter. */
  private final String realistic = "Mentorship is powerful and incredibly useful in anyone’s"
      + " career. This kind of constructive guidance is unlike any other professional"
      + " relationship — but a successful mentorship requires both parties to be vulnerable."
      + " As the CEO of Step Up & a mentor to many, she says: \"Admitting what you don't know"
      + " is risky, too.\" Café conversations, résumé reviews and naïve questions all count.";
  /** Markup-heavy text: HTML pasted as text, where most characters need escaping. */
  private final String markup = "<p class=\"lead\"><a href=\"https://example.com/?a=1&b=2\""
      + " onclick='track(\"x\")'>Read <em>more</em> &amp; <strong>share</strong></a></p>"
      + "<script>if (a < b && c > d) { alert('x'); }</script><img src=x alt=\"<>\">";

  @Benchmark
  public String roundtableEscapeRealistic() {
    return HtmlEscaper.escapeText(realistic);
  }

  @Benchmark
  public String commonsTextEscapeRealistic() {
    return StringEscapeUtils.escapeHtml4(realistic);
  }

  @Benchmark
  public String roundtableEscapeMarkup() {
    return HtmlEscaper.escapeText(markup);
  }

  @Benchmark
  public String commonsTextEscapeMarkup() {
    return StringEscapeUtils.escapeHtml4(markup);
  }
}
