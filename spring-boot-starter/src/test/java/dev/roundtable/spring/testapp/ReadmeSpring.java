package dev.roundtable.spring.testapp;

import dev.roundtable.http.Representation;
import dev.roundtable.http.Representations;
import dev.roundtable.model.Answer;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Question;
import dev.roundtable.rss.RssFeedWriter;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The README's Spring Boot controller, copied literally so that it cannot rot
 * ({@link ReadmeSpringTest}): it compiles here, and {@link ServingApp} serves it, so
 * {@code ServingTest}'s exchanges on {@code /questions/{id}}, {@code /questions/{id}/feed.rss}
 * and {@code /answers/latest} run it. Not nested in a test class, which Boot's component scan
 * in tests would pass over.
 */
final class ReadmeSpring {
  private ReadmeSpring() {}


  /** Where the README's controller takes its answers from: a database cursor in an app. */
  interface AnswerRepository {
    Stream<Answer> streamNewestFirst();
  }

  @RestController
  static class QuestionsController {
    private final Map<String, Question> questions =
        Map.of("why-have-a-mentor", MentoringExample.question());
    private final AnswerRepository repository =
        () -> MentoringExample.question().answers().stream();
    private final RssFeedWriter rss;

    QuestionsController(RssFeedWriter rss) {
      this.rss = rss;
    }

    // --- README spring, verbatim ---
    @GetMapping("/questions/{id}")        // Accept picks Roundtable JSON, JSON-LD, RSS, Atom or
    Question question(@PathVariable("id") String id) {   // JSON Feed; ETag, 304 and HEAD included
      return find(id);
    }

    @GetMapping("/questions/{id}/feed.rss")  // the format chosen here, with the same validators
    Representation rss(@PathVariable("id") String id) {
      return Representations.feed(rss, find(id));
    }

    @GetMapping("/answers/latest")        // from a cursor: pulled as it is written, never held
    Stream<Answer> latest() {
      return repository.streamNewestFirst();   // e.g. a Spring Data query returning Stream<Answer>
    }

    private Question find(String id) {
      Question question = questions.get(id);
      if (question == null) {             // an RFC 9457 problem detail, application/problem+json
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No question has the id \"" + id + "\".");
      }
      return question;
    }
    // --- end of spring ---
  }
}
