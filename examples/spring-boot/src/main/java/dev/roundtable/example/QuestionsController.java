package dev.roundtable.example;

import dev.roundtable.http.Representation;
import dev.roundtable.html.HtmlExporter;
import dev.roundtable.json.JsonLd;
import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.Document;
import dev.roundtable.model.Question;
import dev.roundtable.rss.AtomFeedWriter;
import dev.roundtable.rss.JsonFeedWriter;
import dev.roundtable.rss.RssFeedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves each question of {@code mentoring.json} (read from the class path at start) at
 * {@code /questions/ID} (the page), {@code /questions/ID/feed.rss}, {@code feed.atom},
 * {@code feed.json} and {@code /questions/ID.jsonld}. The starter answers conditional requests
 * and {@code HEAD} for each; an unknown id is a 404 problem detail.
 */
@RestController
class QuestionsController {
  private final Map<String, ServedQuestion> questions;

  QuestionsController(HtmlExporter html, JsonLd jsonLd, RssFeedWriter rss, AtomFeedWriter atom,
      JsonFeedWriter jsonFeed, @Value("${roundtable.feed.link}") String site) throws IOException {
    Document document;
    try (InputStream in = new ClassPathResource("mentoring.json").getInputStream()) {
      document = RoundtableJson.defaults().read(in);
    }
    ServedQuestion.Exporters exporters =
        new ServedQuestion.Exporters(html, jsonLd, rss, atom, jsonFeed);
    Map<String, ServedQuestion> byId = new LinkedHashMap<>();
    for (Question question : document.questions()) {
      byId.put(question.id(), ServedQuestion.of(question, site, exporters));
    }
    this.questions = Map.copyOf(byId);
  }

  @GetMapping("/questions/{id}")
  Representation page(@PathVariable("id") String id) {
    return find(id, ServedQuestion::page);
  }

  @GetMapping("/questions/{id}/feed.{format}")
  Representation feed(@PathVariable("id") String id, @PathVariable("format") String format) {
    return find(id, question -> question.feed(format).orElseThrow(() -> new ResponseStatusException(
        HttpStatus.NOT_FOUND, "No feed has the format \"" + format + "\": rss, atom or json.")));
  }

  @GetMapping("/questions/{id}.jsonld")
  Representation jsonLd(@PathVariable("id") String id) {
    return find(id, ServedQuestion::jsonLd);
  }

  private Representation find(String id, Function<ServedQuestion, Representation> which) {
    ServedQuestion question = questions.get(id);
    if (question == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND,
          "No question has the id \"" + id + "\".");
    }
    return which.apply(question);
  }
}
