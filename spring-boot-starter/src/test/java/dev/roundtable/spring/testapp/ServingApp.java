package dev.roundtable.spring.testapp;

import dev.roundtable.http.Representation;
import dev.roundtable.http.Representations;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.rss.AtomFeedWriter;
import java.time.Instant;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The test application: the README's controller ({@code ReadmeSpringTest}: the bundled example
 * as a {@link Question}, its format negotiated, and as RSS), an Atom {@link Representation}, a
 * generated {@code Stream<Answer>} and a record of the application's own holding an answer. Run in
 * {@code ServingTest} and, in its own small-heap JVM, by {@code SmallHeapFeedTest}.
 */
@SpringBootApplication
public class ServingApp {

  public static void main(String[] args) {
    SpringApplication.run(ServingApp.class, args);
  }

  /** A user's own type holding an answer, written by Boot's Jackson 3 mapper. */
  record Note(String text, Answer answer) {}

  @RestController
  static class PanelController {
    private final AtomFeedWriter atom;

    PanelController(AtomFeedWriter atom) {
      this.atom = atom;
    }

    @GetMapping("/example/feed.atom")
    Representation atom() {
      return Representations.feed(atom, MentoringExample.question());
    }

    @GetMapping("/example/note")
    Note note() {
      return new Note("kept for later", MentoringExample.question().answers().get(0));
    }

    /** {@code count} answers made one by one as the feed pulls them, newest first; none held. */
    @GetMapping("/answers")
    Stream<Answer> answers(@RequestParam("count") int count) {
      Contributor panellist = Contributor.of("Ada Panel", "Editor", "Example Magazine");
      Instant newest = Instant.parse("2026-01-01T00:00:00Z");
      String paragraph = "A generated paragraph of about a hundred bytes, so that the feed is"
          + " far larger than the heap. ";
      return IntStream.range(0, count).mapToObj(i -> Answer.builder().id("generated-" + i)
          .contributor(panellist).headline("Generated answer " + i)
          .url(MentoringExample.BASE + "generated/" + i)
          .publishedAt(newest.minusSeconds(60L * i))
          .body(paragraph.repeat(10)).build());
    }

  }
}
