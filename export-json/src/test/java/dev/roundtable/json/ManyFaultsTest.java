package dev.roundtable.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roundtable.model.RandomModels;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every problem in one pass: independent faults injected into one generated document (in
 * different fields of the document, its questions and their answers, several in one object)
 * give exactly one problem each, at the fault's pointer, whatever else is wrong around it.
 */
class ManyFaultsTest {
  private static final RoundtableJson JSON = RoundtableJson.defaults();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * One fault: the group of fields it touches (no two faults of a group go into one object),
   * and how to put it into an object, giving the pointers of its problems from that object.
   */
  private record Fault(String group, Function<ObjectNode, List<String>> inject) {}

  private static Fault fault(String group, Function<ObjectNode, List<String>> inject) {
    return new Fault(group, inject);
  }

  private static final List<Fault> ANSWER_FAULTS = List.of(
      fault("id", a -> set(a, "id", ".")),
      fault("headline", a -> set(a, "headline", " ")),
      fault("url", a -> set(a, "url", "javascript:alert(1)")),
      fault("dates", a -> set(a, "publishedAt", "2015-05-07T18:15:00")),
      fault("dates", a -> {
        a.put("publishedAt", "2015-05-07T18:15:00Z");
        return set(a, "updatedAt", "2015-05-07T18:14:59Z");
      }),
      fault("contributor", a -> {
        a.putObject("contributor").put("name", "\u3000");
        return List.of("/contributor/name");
      }),
      fault("contributor", a -> {
        a.putObject("contributor").put("name", "Ada").put("url", "ftp://example.com/ada");
        return List.of("/contributor/url");
      }),
      fault("contributor", a -> {
        a.putObject("contributor").put("name", "Ada").putArray("sameAs")
            .add("https://example.org/ada").add("https://example.org/ada");
        return List.of("/contributor/sameAs/1");
      }),
      fault("contributor", a -> {
        a.putObject("contributor").put("name", "Ada").put("imageUrl", "https://example.com/a.jpg")
            .putObject("image").put("url", "https://example.com/a.jpg").put("alt", "Ada");
        return List.of("/contributor/image");
      }),
      fault("contributor", a -> {
        a.putObject("contributor").put("name", "Ada").put("fediverse", "@ada@localhost")
            .putArray("sameAs").add("mailto:ada@example.org");
        return List.of("/contributor/sameAs/0", "/contributor/fediverse");
      }),
      fault("summary", a -> set(a, "summary", "\t")),
      fault("image", a -> {
        a.putObject("image").put("url", "https://example.com/i.jpg").put("alt", "")
            .put("width", 0);
        return List.of("/image/width");
      }),
      fault("image", a -> {
        a.putObject("image").put("url", "https://example.com/i.jpg").put("alt", "")
            .putArray("crops").addObject().put("ratio", "16x9")
            .put("url", "https://example.com/w.jpg").put("width", 1000).put("height", 600);
        return List.of("/image/crops/0/height");
      }),
      fault("image", a -> {
        ArrayNode crops = a.putObject("image").put("url", "https://example.com/i.jpg")
            .put("alt", "").putArray("crops");
        crops.addObject().put("ratio", "1x1").put("url", "https://example.com/s.jpg")
            .put("width", 9).put("height", 9);
        crops.addObject().put("ratio", "1x1").put("url", "https://example.com/t.jpg")
            .put("width", 8).put("height", 8);
        return List.of("/image/crops/1");
      }),
      fault("topics", a -> {
        a.putArray("topics").add("Careers").add(" ");
        return List.of("/topics/1");
      }),
      fault("body", a -> {
        a.putArray("body").add("Fine.").add(7);
        return List.of("/body/1");
      }),
      fault("body", a -> {
        a.putArray("body").addObject().put("type", "heading").put("level", 9)
            .putArray("content").add("Title");
        return List.of("/body/0/level");
      }),
      fault("body", a -> {
        ObjectNode quote = a.putArray("body").addObject().put("type", "quote").put("cite", " ");
        quote.putArray("content");
        return List.of("/body/0/content", "/body/0/cite");
      }),
      fault("body", a -> {
        ObjectNode heading = a.putArray("body").addObject().put("level", "2");
        heading.putArray("content").addObject().put("type", "link").put("href", "/relative")
            .putArray("content");
        return List.of("/body/0/level", "/body/0/content/0/href", "/body/0/content/0/content",
            "/body/0/type");
      }),
      fault("relatedLinks", a -> {
        a.putArray("relatedLinks").addObject().put("title", " ")
            .put("url", "https://example.com/r");
        return List.of("/relatedLinks/0/title");
      }));

  private static final List<Fault> QUESTION_FAULTS = List.of(
      fault("id", q -> set(q, "id", "..")),
      fault("text", q -> set(q, "text", "")),
      fault("url", q -> set(q, "url", "/relative")),
      fault("series", q -> {
        q.putObject("series").put("name", " ").put("description", "");
        return List.of("/series/name", "/series/description");
      }),
      fault("series", q -> {
        q.putObject("series").put("name", "Insider").putObject("publisher").put("name", " ")
            .put("url", "javascript:alert(1)");
        return List.of("/series/publisher/name", "/series/publisher/url");
      }),
      fault("series", q -> {
        q.putObject("series").put("name", "Insider").putObject("publisher").put("name", "F")
            .putObject("logo").put("url", "https://example.com/l.png").put("alt", "")
            .putArray("crops").addObject().put("ratio", "2x1")
            .put("url", "https://example.com/l2.png").put("width", 2).put("height", 1);
        return List.of("/series/publisher/logo/crops/0/ratio");
      }),
      fault("topics", q -> {
        q.putArray("topics").add("\u00A0");
        return List.of("/topics/0");
      }),
      fault("askedAt", q -> set(q, "askedAt", "yesterday")));

  private static List<String> set(ObjectNode object, String field, String value) {
    object.put(field, value);
    return List.of("/" + field);
  }

  static Stream<Long> seeds() {
    return RandomModels.seeds(300);
  }

  /** A place for faults: an object of the document, its pointer and the faults it can take. */
  private record Target(ObjectNode object, String pointer, List<Fault> faults) {}

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void reportsEachInjectedFaultOnceAtItsPointer(long seed) throws Exception {
    RandomModels random = new RandomModels(seed);
    Random r = random.random();
    ObjectNode document = (ObjectNode) MAPPER.readTree(JSON.toJson(random.document()));
    List<Target> targets = new ArrayList<>();
    ArrayNode questions = (ArrayNode) document.get("questions");
    for (int q = 0; q < questions.size(); q++) {
      ObjectNode question = (ObjectNode) questions.get(q);
      targets.add(new Target(question, "/questions/" + q, QUESTION_FAULTS));
      ArrayNode answers = (ArrayNode) question.get("answers");
      for (int a = 0; answers != null && a < answers.size(); a++) {
        targets.add(new Target((ObjectNode) answers.get(a), "/questions/" + q + "/answers/" + a,
            ANSWER_FAULTS));
      }
    }
    List<String> expected = new ArrayList<>();
    List<String> injected = new ArrayList<>();
    if (r.nextInt(4) == 0) {
      document.put("format", "roundtable/2");
      expected.add("/format");
      injected.add("/format");
    }
    int faults = 1 + r.nextInt(12);
    for (int i = 0; i < faults; i++) {
      Target target = targets.get(r.nextInt(targets.size()));
      Fault fault = target.faults().get(r.nextInt(target.faults().size()));
      String key = target.pointer() + " " + fault.group();
      if (injected.stream().noneMatch(k -> k.startsWith(key))) {
        injected.add(key + " #" + target.faults().indexOf(fault));
        fault.inject().apply(target.object()).forEach(p -> expected.add(target.pointer() + p));
      }
    }
    String json = MAPPER.writeValueAsString(document);

    InvalidDocumentException e =
        catchThrowableOfType(InvalidDocumentException.class, () -> JSON.read(json));

    assertThat(e).as("seed %d, faults %s", seed, injected).isNotNull();
    assertThat(e.problems()).as("seed %d, faults %s:%n%s", seed, injected, e.getMessage())
        .extracting(DocumentProblem::pointer).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(e.problems()).as("seed %d", seed)
        .allSatisfy(p -> assertThat(p.line()).isPositive());
  }
}
