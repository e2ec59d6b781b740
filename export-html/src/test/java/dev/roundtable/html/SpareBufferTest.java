package dev.roundtable.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Question;
import dev.roundtable.model.RandomModels;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Reusing a thread's buffer from one rendering to the next changes nothing in the output, and a
 * rendering nested in another (an output target that renders on the same thread) never shares
 * the outer one's buffer.
 */
class SpareBufferTest {
  private final HtmlExporter html = HtmlExporter.defaults();

  @Test
  void neverHandsOutTheSameBufferTwiceWhileInUse() {
    char[] first = SpareBuffer.take(100);
    SpareBuffer.release(first);
    char[] reused = SpareBuffer.take(100);
    char[] nested = SpareBuffer.take(100);

    assertThat(reused).isSameAs(first);
    assertThat(nested).isNotSameAs(reused);
  }

  @Test
  void rendersOnABusyThreadWhatAFreshThreadRenders() throws Exception {
    List<Question> questions = new ArrayList<>();
    questions.add(MentoringExample.question());
    for (long seed : RandomModels.seeds(8).toList()) {
      questions.add(new RandomModels(seed).question("q" + seed, 1 + (int) (seed % 12)));
    }
    for (Question question : questions) {
      String onThisThread = html.questionIndex(question);
      html.answer(question, question.answers().get(0)); // leaves a used buffer behind
      AtomicReference<String> fresh = new AtomicReference<>();
      Thread thread = new Thread(() -> fresh.set(html.questionIndex(question)));
      thread.start();
      thread.join();

      assertThat(html.questionIndex(question)).as(question.id()).isEqualTo(onThisThread)
          .isEqualTo(fresh.get());
    }
  }

  @Test
  void keepsARenderingNestedInAnotherApart() throws IOException {
    Question question = MentoringExample.question();
    String index = html.questionIndex(question);
    String answer = html.answer(question, MentoringExample.featured());
    List<String> inner = new ArrayList<>();
    StringWriter outer = new StringWriter() {
      @Override
      public void write(char[] chars, int off, int len) {
        inner.add(html.answer(question, MentoringExample.featured()));
        super.write(chars, off, len);
      }
    };

    html.writeQuestionIndex(question, outer);

    assertThat(outer.toString()).isEqualTo(index);
    assertThat(inner).isNotEmpty().allMatch(answer::equals);
  }
}
