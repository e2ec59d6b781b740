package dev.roundtable.bench;

import dev.roundtable.text.Context;
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
 * {@link Context#HTML} against Commons Text's {@code StringEscapeUtils.escapeHtml4}, both to a
 * {@code String}: on realistic prose (the project's own paragraph: quotes, an ampersand, accented
 * letters, Cyrillic, Japanese and an emoji) and on markup-heavy text (a pasted snippet of HTML).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EscapeBenchmark {
  /**
   * Realistic text, the project's own: prose with the odd quote, ampersand, dash and accented
   * letter, a Cyrillic and a Japanese sentence and an emoji, as a panel's answers have.
   */
  private final String realistic = "The first review I ever had was a disaster, and my manager"
      + " knew it — so she booked a coffee for the next morning instead of a meeting room."
      + " \"Tell me what you'd change & what you'd keep,\" she said, and wrote down both lists."
      + " Résumé gaps, naïve questions, a café in Zürich at 7 a.m.: none of it mattered as much"
      + " as that she asked. Наставник не даёт ответов, он задаёт правильные вопросы."
      + " 良い先輩は、失敗を話してくれる人です。 That habit stuck with me 🙂 for twenty years.";
  /** Markup-heavy text: HTML pasted as text, where most characters need escaping. */
  private final String markup = "<p class=\"lead\"><a href=\"https://example.com/?a=1&b=2\""
      + " onclick='track(\"x\")'>Read <em>more</em> &amp; <strong>share</strong></a></p>"
      + "<script>if (a < b && c > d) { alert('x'); }</script><img src=x alt=\"<>\">";

  @Benchmark
  public String roundtableEscapeRealistic() {
    return Context.HTML.escape(realistic);
  }

  @Benchmark
  public String commonsTextEscapeRealistic() {
    return StringEscapeUtils.escapeHtml4(realistic);
  }

  @Benchmark
  public String roundtableEscapeMarkup() {
    return Context.HTML.escape(markup);
  }

  @Benchmark
  public String commonsTextEscapeMarkup() {
    return StringEscapeUtils.escapeHtml4(markup);
  }
}
