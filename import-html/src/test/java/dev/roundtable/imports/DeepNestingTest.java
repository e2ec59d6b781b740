package dev.roundtable.imports;

import static dev.roundtable.model.BodyText.withoutSpace;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.html.HtmlExporter;
import dev.roundtable.html.HtmlOptions;
import dev.roundtable.model.Body;
import dev.roundtable.model.Emphasis;
import dev.roundtable.model.Inline;
import dev.roundtable.model.Link;
import dev.roundtable.model.ListBlock;
import dev.roundtable.model.Paragraph;
import dev.roundtable.model.Quote;
import dev.roundtable.model.Strong;
import dev.roundtable.model.Text;
import dev.roundtable.model.Url;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * HTML nested thousands of levels deep, which jsoup parses, is read into a body, written and
 * read again on a 256 KB stack: the reader walks the document without recursion, and what the
 * model holds nests at most {@link Inline#MAX_DEPTH} levels, so no depth of input and no
 * {@code -Xss} ends in a {@link StackOverflowError}. Every level's text is kept.
 */
class DeepNestingTest {
  private static final long SMALL_STACK = 256 * 1024;

  /** An element (or a pair of elements) opened again inside itself, level after level. */
  enum Nesting {
    SPAN("<span>", "</span>"),
    EMPHASIS("<em>", "</em>"),
    STRONG("<strong>", "</strong>"),
    BOLD_ITALIC("<b><i>", "</i></b>"),
    LINK("<a href=\"https://example.com/deep\">", "</a>"),
    BULLETED_LIST("<ul><li>", "</li></ul>"),
    NUMBERED_LIST("<ol><li>", "</li></ol>"),
    BLOCKQUOTE("<blockquote>", "</blockquote>"),
    QUOTATION_FIGURE("<figure><blockquote>", "</blockquote></figure>"),
    FIGURE("<figure>", "</figure>"),
    DIV("<div>", "</div>"),
    TABLE("<table><tr><td>", "</td></tr></table>"),
    PRE("<pre>", "</pre>"),
    DIV_OF_EMPHASIS("<div><em>", "</em></div>");

    final String open;
    final String close;

    Nesting(String open, String close) {
      this.open = open;
      this.close = close;
    }

    /** Each level opens with one letter of text, the innermost holds a word. */
    String html(int depth) {
      return (open + "x").repeat(depth) + "innermost" + close.repeat(depth);
    }
  }

  static Stream<Arguments> nestings() {
    return Stream.of(3_500, 100_000)
        .flatMap(depth -> Stream.of(Nesting.values()).map(n -> Arguments.of(n, depth)));
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("nestings")
  void readsWritesAndRereadsDeeplyNestedHtmlOnASmallStack(Nesting nesting, int depth) {
    String expected = "x".repeat(depth) + "innermost";

    Body body = onSmallStack(() -> HtmlBody.parse(nesting.html(depth)));
    String written = onSmallStack(() -> HtmlExporter.defaults().body(body).toString());
    Body reread = onSmallStack(() -> HtmlBody.parse(written));

    assertThat(withoutSpace(body.plainText())).as("%s x %d", nesting, depth).isEqualTo(expected);
    assertThat(withoutSpace(Jsoup.parseBodyFragment(written).text())).isEqualTo(expected);
    assertThat(onSmallStack(() -> HtmlExporter.defaults().body(reread).toString()))
        .isEqualTo(written);
  }

  @Test
  void handlesTheDeepestNestingTheModelAllowsOnASmallStack() {
    Body deepest = Body.of(new Paragraph(List.of(nest(Inline.MAX_DEPTH - 1))),
        new Quote(List.of(nest(Inline.MAX_DEPTH - 1)), "a citation"),
        new ListBlock(false, List.of(List.of(nest(Inline.MAX_DEPTH - 1)))));
    Body same = new Body(List.copyOf(deepest.blocks()));

    String written = onSmallStack(() -> HtmlExporter.defaults().body(deepest).toString());

    assertThat(onSmallStack(() -> deepest.equals(same) && deepest.hashCode() == same.hashCode()))
        .isTrue();
    assertThat(onSmallStack(deepest::toString)).startsWith("Body[");
    assertThat(onSmallStack(deepest::plainText)).contains("innermost");
    assertThat(onSmallStack(() -> deepest.excerpt(300))).startsWith("innermost");
    assertThat(Jsoup.parseBodyFragment(written).select("p em")).isNotEmpty();
    assertThat(onSmallStack(() -> HtmlBody.parse(written)).plainText())
        .contains("innermost");
  }

  /** Text in {@code levels} levels of emphasis, strong and links by turns. */
  private static Inline nest(int levels) {
    Inline inline = new Text("innermost");
    for (int i = 0; i < levels; i++) {
      List<Inline> content = List.of(inline);
      switch (i % 3) {
        case 0 -> inline = new Emphasis(content);
        case 1 -> inline = new Strong(content);
        default -> inline = new Link(Url.linkTarget("https://example.com/" + i), content);
      }
    }
    return inline;
  }

  /** Runs the task in a thread with a 256 KB stack; whatever it throws fails the test. */
  static <T> T onSmallStack(Callable<T> task) {
    Object[] result = new Object[1];
    Throwable[] failure = new Throwable[1];
    Thread thread = new Thread(null, () -> {
      try {
        result[0] = task.call();
      } catch (Throwable t) {
        failure[0] = t;
      }
    }, "small-stack", SMALL_STACK);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
    if (failure[0] != null) {
      throw new AssertionError("failed on a " + SMALL_STACK / 1024 + " KB stack: " + failure[0],
          failure[0]);
    }
    @SuppressWarnings("unchecked")
    T value = (T) result[0];
    return value;
  }
}
