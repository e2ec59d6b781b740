package dev.roundtable.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Utf8OutputTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final Utf8Output out = new Utf8Output(bytes);

  private String written() throws IOException {
    out.drain();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void markup_goes_as_it_is_and_text_by_its_context() throws IOException {
    out.raw("<p title=\"").text("a\"b", Context.HTML).raw("\">").text("x<y", Context.HTML)
        .raw("</p>").raw('\n').number(-42);
    assertThat(written()).isEqualTo("<p title=\"a&quot;b\">x&lt;y</p>\n-42");
  }

  @Test
  void markup_beyond_ascii_is_encoded_in_utf8() throws IOException {
    out.raw("<h2>Réponses 回答</h2>");
    assertThat(bytes.size()).isZero();
    assertThat(written()).isEqualTo("<h2>Réponses 回答</h2>");
  }

  @Test
  void a_raw_character_must_be_ascii() {
    assertThatThrownBy(() -> out.raw('é')).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_lone_surrogate_is_told_from_a_question_mark() throws IOException {
    out.text("why?\uD800 really? 中?\uDFFF \uD83D\uDE00?", Context.HTML);
    assertThat(written()).isEqualTo("why?\uFFFD really? 中?\uFFFD \uD83D\uDE00?");
  }

  @Test
  void a_cr_lf_split_between_texts_is_folded_in_each() throws IOException {
    out.text("a\r", Context.HTML).text("\nb", Context.HTML);
    assertThat(written()).isEqualTo("a\n\nb");
  }

  @Test
  void texts_longer_than_the_buffer_arrive_whole_and_in_order() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      text.append("ж<").append(i).append("&中");
    }
    out.raw("[").text(text, Context.XML_TEXT).raw("]");
    String expected = "[" + text.toString().replace("&", "&#x26;").replace("<", "&#x3C;") + "]";
    assertThat(written()).isEqualTo(expected);
  }

  @Test
  void cdata_splits_every_closing_sequence_whoever_writes_it() throws IOException {
    out.startCdata();
    out.raw("a]]>b");
    out.text("c]]", Context.HTML).raw(">d");
    out.write("e]".getBytes(StandardCharsets.US_ASCII));
    out.write(']');
    out.write('>');
    out.endCdata();
    out.raw("]]>");
    assertThat(written())
        .isEqualTo("<![CDATA[a]]]]><![CDATA[>bc]]]]><![CDATA[>de]]]]><![CDATA[>]]>]]>");
  }

  @Test
  void cdata_splits_a_closing_sequence_across_a_drain() throws IOException {
    out.startCdata();
    out.raw("]]");
    out.drain();
    out.raw(">");
    out.raw("]");
    out.drain();
    out.raw("]>");
    out.endCdata();
    assertThat(written()).isEqualTo("<![CDATA[]]]]><![CDATA[>]]]]><![CDATA[>]]>");
  }

  @Test
  void cdata_splits_every_closing_sequence_however_the_bytes_are_cut() throws IOException {
    String[] pieces = {"]", "]]", ">", "]>", "a]", "a", "é", "<p>", "]]>", "中"};
    for (long seed = 0; seed < 300; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      ByteArrayOutputStream target = new ByteArrayOutputStream();
      Utf8Output cdata = new Utf8Output(target);
      StringBuilder text = new StringBuilder();
      cdata.startCdata();
      for (int i = random.nextInt(60); i > 0; i--) {
        String piece = pieces[random.nextInt(pieces.length)];
        text.append(piece);
        byte[] utf8 = piece.getBytes(StandardCharsets.UTF_8);
        switch (random.nextInt(4)) {
          case 0 -> cdata.raw(piece);
          case 1 -> cdata.write(utf8);
          case 2 -> cdata.write(utf8, 0, utf8.length);
          default -> {
            for (byte b : utf8) {
              cdata.write(b);
            }
          }
        }
        if (random.nextInt(8) == 0) {
          cdata.drain();
        }
      }
      cdata.endCdata();
      cdata.drain();
      assertThat(target.toString(StandardCharsets.UTF_8)).as("seed %d", seed)
          .isEqualTo("<![CDATA[" + text.toString().replace("]]>", "]]]]><![CDATA[>") + "]]>");
    }
  }

  @Test
  void cdata_splits_every_closing_sequence_in_long_writes_cut_anywhere() throws IOException {
    String[] pieces = {"]", "]]", ">", "]>", "plain words", "<p>", "\u00e9", "a]"};
    for (long seed = 0; seed < 300; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(80); i > 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
      ByteArrayOutputStream target = new ByteArrayOutputStream();
      Utf8Output cdata = new Utf8Output(target);
      cdata.startCdata();
      for (int from = 0; from < utf8.length; ) {
        int length = Math.min(utf8.length - from, 1 + random.nextInt(40));
        cdata.write(utf8, from, length);
        from += length;
      }
      cdata.endCdata();
      cdata.drain();
      assertThat(target.toString(StandardCharsets.UTF_8)).as("seed %d", seed)
          .isEqualTo("<![CDATA[" + text.toString().replace("]]>", "]]]]><![CDATA[>") + "]]>");
    }
  }

  @Test
  void a_character_target_receives_the_decoded_text_even_when_a_character_is_split()
      throws IOException {
    StringBuilder target = new StringBuilder();
    Utf8Output chars = Utf8Output.to(target);
    String text = "x".repeat(8191) + "中\uD83D\uDE00" + "ж".repeat(5000);
    chars.text(text, Context.HTML).drain();
    assertThat(target.toString()).isEqualTo(text);
  }

  @Test
  void an_in_memory_writer_gives_the_text_even_when_a_character_is_split() throws IOException {
    Utf8Output memory = Utf8Output.inMemory();
    String text = "x".repeat(8190) + "\uD83D\uDE00" + "<ж>".repeat(5000);
    memory.text(text, Context.HTML);
    assertThat(memory.written()).isEqualTo(Context.HTML.escape(text));
    memory.raw("!");
    assertThat(memory.written()).endsWith("&gt;!").hasSize(Context.HTML.escape(text).length() + 1);
  }

  @Test
  void in_memory_writers_on_one_thread_never_share_a_buffer() throws IOException {
    Utf8Output outer = Utf8Output.inMemory().raw("outer:");
    Utf8Output inner = Utf8Output.inMemory().raw("inner");
    outer.raw(inner.written()); // inner's buffer is the thread's spare from here
    Utf8Output first = Utf8Output.inMemory().raw("first");
    Utf8Output second = Utf8Output.inMemory().raw("second");
    inner.raw("+");
    outer.raw("!");
    assertThat(first.written()).isEqualTo("first");
    assertThat(second.written()).isEqualTo("second");
    assertThat(inner.written()).isEqualTo("inner+");
    assertThat(outer.written()).isEqualTo("outer:inner!");
  }

  @Test
  void only_an_in_memory_writer_gives_its_text() {
    assertThatThrownBy(() -> out.written()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Utf8Output.to(new StringBuilder()).written())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void over_reuses_a_writer_and_wraps_any_other_stream() {
    assertThat(Utf8Output.over(out)).isSameAs(out);
    assertThat(Utf8Output.over(bytes)).isNotSameAs(out);
  }

  @Test
  void nothing_reaches_the_target_before_a_drain_or_a_full_buffer() throws IOException {
    out.raw("<p>");
    assertThat(bytes.size()).isZero();
    out.flush();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("<p>");
  }
}
