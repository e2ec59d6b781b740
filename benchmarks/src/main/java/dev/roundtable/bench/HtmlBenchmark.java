package dev.roundtable.bench;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.roundtable.html.HtmlExporter;
import dev.roundtable.model.Question;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Roundtable's HTML fragments against the same markup from a precompiled jte template (the
 * fastest Java template engine; templates in {@code src/main/jte}, compiled by the
 * jte-maven-plugin) and from mustache.java (templates compiled once; the logic-less view objects
 * built from the model for each rendering, as a CMS would), and against the floor: the texts
 * the page carries ({@link FloorTexts}) encoded to UTF-8 once, no markup, no escaping. Every
 * pair method returns a {@code String}. Each operation renders the corpus's next page in turn
 * (every answer with its question; every index of {@value Corpus#INDEX} answers), so a
 * realistic corpus's pages are all different. {@link #setup()} fails when a peer's markup
 * differs from Roundtable's in anything but insignificant white space and entity choice.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 4, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
public class HtmlBenchmark {
  /** Pages whose markup the setup compares, from the first. */
  static final int CHECKED = 25;

  /** The corpus ({@link Corpus#named}). */
  @Param({"copies", "realistic"})
  public String corpus;

  private final HtmlExporter html = HtmlExporter.defaults();
  private final TemplateEngine jte = TemplateEngine.createPrecompiled(ContentType.Html);
  private final DefaultMustacheFactory factory = new DefaultMustacheFactory("mustache");
  private final Mustache mustacheAnswerTemplate = factory.compile("answer.mustache");
  private final Mustache mustacheIndexTemplate = factory.compile("index.mustache");
  private final DiscardingOutput floor = new DiscardingOutput();

  private List<Corpus.Page> pages;
  private List<Question> indexes;
  private int nextPage;
  private int nextIndex;

  /** Builds the corpus's pages and checks that the three write the same markup. */
  @Setup
  public void setup() {
    Corpus c = Corpus.named(corpus);
    pages = c.answerPages();
    indexes = c.indexPages();
    for (Corpus.Page p : pages.subList(0, Math.min(CHECKED, pages.size()))) {
      String answerHtml = answer(p);
      HtmlFixtures.requireSameMarkup("jte answer " + p.answer().id(), answerHtml, jteAnswer(p));
      HtmlFixtures.requireSameMarkup("Mustache answer " + p.answer().id(), answerHtml,
          mustacheAnswer(p));
    }
    Question first = indexes.get(0);
    String indexHtml = html.index(first).toString();
    HtmlFixtures.requireSameMarkup("jte index", indexHtml, jteIndex(first));
    HtmlFixtures.requireSameMarkup("Mustache index", indexHtml, mustacheIndex(first));
  }

  /**
   * Roundtable: the next answer page.
   *
   * @return the markup
   */
  @Benchmark
  public String roundtableAnswer() {
    return answer(page());
  }

  /**
   * jte: the next answer page.
   *
   * @return the markup
   */
  @Benchmark
  public String jteAnswer() {
    return jteAnswer(page());
  }

  /**
   * Mustache: the next answer page, its view built from the model.
   *
   * @return the markup
   */
  @Benchmark
  public String mustacheAnswer() {
    return mustacheAnswer(page());
  }

  /**
   * The floor of an answer page: its texts to UTF-8 once.
   *
   * @return the bytes encoded
   */
  @Benchmark
  public long floorAnswer() {
    Corpus.Page p = page();
    FloorTexts.answerPage(p.question(), p.answer(), floor::encode);
    return floor.take();
  }

  /**
   * Roundtable: the next index page.
   *
   * @return the markup
   */
  @Benchmark
  public String roundtableIndex100() {
    return html.index(index()).toString();
  }

  /**
   * jte: the next index page.
   *
   * @return the markup
   */
  @Benchmark
  public String jteIndex100() {
    return jteIndex(index());
  }

  /**
   * Mustache: the next index page, its view built from the model.
   *
   * @return the markup
   */
  @Benchmark
  public String mustacheIndex100() {
    return mustacheIndex(index());
  }

  /**
   * The floor of an index page: its texts to UTF-8 once.
   *
   * @return the bytes encoded
   */
  @Benchmark
  public long floorIndex100() {
    FloorTexts.index(index(), floor::encode);
    return floor.take();
  }

  /** The next answer page, in turn. */
  private Corpus.Page page() {
    Corpus.Page page = pages.get(nextPage);
    nextPage = nextPage + 1 == pages.size() ? 0 : nextPage + 1;
    return page;
  }

  /** The next index page, in turn. */
  private Question index() {
    Question index = indexes.get(nextIndex);
    nextIndex = nextIndex + 1 == indexes.size() ? 0 : nextIndex + 1;
    return index;
  }

  private String answer(Corpus.Page p) {
    return html.answer(p.question(), p.answer()).toString();
  }

  private String jteAnswer(Corpus.Page p) {
    StringOutput out = new StringOutput(8192);
    jte.render("answer.jte", Map.of("question", p.question(), "answer", p.answer()), out);
    return out.toString();
  }

  private String mustacheAnswer(Corpus.Page p) {
    StringWriter out = new StringWriter(8192);
    mustacheAnswerTemplate.execute(out, MustacheViews.article(p.question(), p.answer()));
    return out.toString();
  }

  private String jteIndex(Question index) {
    StringOutput out = new StringOutput(65536);
    jte.render("index.jte", Map.of("question", index), out);
    return out.toString();
  }

  private String mustacheIndex(Question index) {
    StringWriter out = new StringWriter(65536);
    mustacheIndexTemplate.execute(out, MustacheViews.index(index));
    return out.toString();
  }

  /** Prints each peer's check and a sample of the markup; for a look without JMH. */
  public static void main(String[] args) {
    HtmlBenchmark b = new HtmlBenchmark();
    b.corpus = args.length > 0 ? args[0] : "realistic";
    b.setup();
    System.out.println("jte and Mustache write the same markup as Roundtable.");
    System.out.println(b.roundtableAnswer());
  }
}
