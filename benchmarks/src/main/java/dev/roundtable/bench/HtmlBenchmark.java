package dev.roundtable.bench;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.roundtable.html.HtmlExporter;
import dev.roundtable.model.Answer;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Question;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Roundtable's HTML fragments against the same markup from a precompiled jte template (the
 * fastest Java template engine; templates in {@code src/main/jte}, compiled by the
 * jte-maven-plugin) and from mustache.java (templates compiled once; the logic-less view objects
 * built from the model for each rendering, as a CMS would). Every method returns a
 * {@code String}. {@link #setup()} fails when a peer's markup differs from Roundtable's in
 * anything but insignificant white space and entity choice.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HtmlBenchmark {
  private final HtmlExporter html = HtmlExporter.defaults();
  private final TemplateEngine jte = TemplateEngine.createPrecompiled(ContentType.Html);
  private final DefaultMustacheFactory factory = new DefaultMustacheFactory("mustache");
  private final Mustache mustacheAnswerTemplate = factory.compile("answer.mustache");
  private final Mustache mustacheIndexTemplate = factory.compile("index.mustache");

  private Question question;
  private Answer answer;
  private Question hundred;

  /** Builds the fixtures and checks that the three write the same markup. */
  @Setup
  public void setup() {
    question = MentoringExample.question();
    answer = MentoringExample.featured();
    hundred = HtmlFixtures.withAnswers(100);
    String answerHtml = roundtableAnswer();
    HtmlFixtures.requireSameMarkup("jte answer", answerHtml, jteAnswer());
    HtmlFixtures.requireSameMarkup("Mustache answer", answerHtml, mustacheAnswer());
    String indexHtml = roundtableIndex100();
    HtmlFixtures.requireSameMarkup("jte index", indexHtml, jteIndex100());
    HtmlFixtures.requireSameMarkup("Mustache index", indexHtml, mustacheIndex100());
  }

  @Benchmark
  public String roundtableAnswer() {
    return html.answer(question, answer).toString();
  }

  @Benchmark
  public String jteAnswer() {
    StringOutput out = new StringOutput(8192);
    jte.render("answer.jte", Map.of("question", question, "answer", answer), out);
    return out.toString();
  }

  @Benchmark
  public String mustacheAnswer() {
    StringWriter out = new StringWriter(8192);
    mustacheAnswerTemplate.execute(out, MustacheViews.article(question, answer));
    return out.toString();
  }

  @Benchmark
  public String roundtableIndex100() {
    return html.index(hundred).toString();
  }

  @Benchmark
  public String jteIndex100() {
    StringOutput out = new StringOutput(65536);
    jte.render("index.jte", Map.of("question", hundred), out);
    return out.toString();
  }

  @Benchmark
  public String mustacheIndex100() {
    StringWriter out = new StringWriter(65536);
    mustacheIndexTemplate.execute(out, MustacheViews.index(hundred));
    return out.toString();
  }

  /** Prints each peer's check and a sample of the markup; for a look without JMH. */
  public static void main(String[] args) {
    HtmlBenchmark b = new HtmlBenchmark();
    b.setup();
    System.out.println("jte and Mustache write the same markup as Roundtable.");
    System.out.println(b.roundtableAnswer());
  }
}
