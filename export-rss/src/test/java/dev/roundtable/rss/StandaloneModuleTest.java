package dev.roundtable.rss;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import dev.roundtable.html.HtmlExporter;
import dev.roundtable.model.Answer;
import dev.roundtable.model.MinimalModulePath;
import dev.roundtable.text.Context;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Iterator;
import org.junit.jupiter.api.Test;

/**
 * The feeds work on a module path of themselves, the model, the text engine, the HTML exporter
 * and jackson-core: what the POM declares; no jsoup, no jackson-databind.
 */
class StandaloneModuleTest {
  @Test
  void the_feeds_resolve_with_their_declared_dependencies_and_write_a_channel() throws Exception {
    MinimalModulePath path = MinimalModulePath.of("dev.roundtable.rss", RssFeedWriter.class,
        Answer.class, Context.class, HtmlExporter.class, JsonFactory.class);
    assertThat(path.modules()).containsExactly("com.fasterxml.jackson.core",
        "dev.roundtable.html", "dev.roundtable.model", "dev.roundtable.rss",
        "dev.roundtable.text");
    Object builder = path.callStatic(Channel.class.getName(), "builder");
    MinimalModulePath.call(builder, "title", "Panel & friends");
    MinimalModulePath.call(builder, "link", "https://example.com/panel/");
    MinimalModulePath.call(builder, "description", "Answers <from> the panel");
    MinimalModulePath.call(builder, "selfUrl", "https://example.com/panel/feed.rss");
    MinimalModulePath.call(builder, "language", "en");
    Object channel = MinimalModulePath.call(builder, "build");
    assertThat(path.defines(channel)).isTrue();
    Object writer = path.callStatic(RssFeedWriter.class.getName(), "of", channel);
    ByteArrayOutputStream inLayer = new ByteArrayOutputStream();
    Iterator<Answer> none = Collections.emptyIterator();
    writer.getClass().getMethod("write", Iterator.class, OutputStream.class)
        .invoke(writer, none, inLayer);

    ByteArrayOutputStream here = new ByteArrayOutputStream();
    RssFeedWriter.of(Channel.builder().title("Panel & friends").link("https://example.com/panel/")
        .description("Answers <from> the panel").selfUrl("https://example.com/panel/feed.rss")
        .language("en").build()).write(Collections.<Answer>emptyIterator(), here);
    assertThat(inLayer.toString("UTF-8")).isEqualTo(here.toString("UTF-8"))
        .contains("<title>Panel &#x26;amp; friends</title>");
  }
}
