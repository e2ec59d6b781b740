package dev.roundtable.http.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.http.ConditionalRequest;
import dev.roundtable.http.Preconditions;
import dev.roundtable.http.Representation;
import dev.roundtable.http.Representations;
import dev.roundtable.model.Question;
import dev.roundtable.model.ReadmeSnippet;
import dev.roundtable.rss.Channel;
import dev.roundtable.rss.RssFeedWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's "Serving over HTTP" snippet, copied literally so that it cannot rot; it compiles
 * here and runs in {@link ServletRepresentationsTest}'s Tomcat ({@code /readme}).
 */
class ReadmeServingTest {

  static Preconditions.Outcome serve(HttpServletRequest request, HttpServletResponse response,
      Channel channel, Question question) throws IOException {
    // --- README serving, verbatim ---
    RssFeedWriter rss = RssFeedWriter.of(channel);              // once, shared
    Representation feed = Representations.feed(rss, question)   // its ETag from the inputs
        .varyingBy("Accept");                                   // if the format was negotiated
    ServletRepresentations.write(request, response, feed);      // 200, 304, 412; HEAD; no partial body

    // any other framework: the same decision from the request's fields
    Preconditions.Outcome outcome = Preconditions.systemUtc().evaluate(
        ConditionalRequest.of(request.getMethod(), request::getHeader),
        feed.entityTag(), feed.lastModified().orElse(null));
    outcome.status();                                           // 200, 304 or 412
    // --- end of serving ---
    return outcome;
  }

  @Test
  void matches_the_readme_word_for_word() throws IOException {
    assertThat(ReadmeSnippet.readme()).contains(ReadmeSnippet.fencedBlock(
        Path.of("src/test/java/dev/roundtable/http/servlet/ReadmeServingTest.java"),
        "// --- README serving, verbatim ---", "// --- end of serving ---"));
  }
}
