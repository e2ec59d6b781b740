package dev.roundtable.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import dev.roundtable.html.HtmlExporter;
import dev.roundtable.json.JsonLd;
import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.Answer;
import dev.roundtable.model.MinimalModulePath;
import dev.roundtable.model.Question;
import dev.roundtable.rss.RssFeedWriter;
import dev.roundtable.text.Context;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The HTTP module works on a module path of itself and what its POM declares at runtime: the
 * model, the exporters and theirs. The Servlet API, a static dependency, is not on it.
 */
class StandaloneModuleTest {
  @Test
  void the_http_module_resolves_without_the_servlet_api_and_makes_representations()
      throws Exception {
    MinimalModulePath path = MinimalModulePath.of("dev.roundtable.http", Representation.class,
        Answer.class, RoundtableJson.class, HtmlExporter.class, RssFeedWriter.class,
        Context.class, JsonFactory.class);
    assertThat(path.modules()).containsExactly("com.fasterxml.jackson.core",
        "dev.roundtable.html", "dev.roundtable.http", "dev.roundtable.json",
        "dev.roundtable.model", "dev.roundtable.rss", "dev.roundtable.text");
    String json = Files.readString(Path.of("../examples/mentoring.json"));
    Object document = MinimalModulePath.call(
        path.callStatic(RoundtableJson.class.getName(), "defaults"), "read", json);
    Object question = ((List<?>) MinimalModulePath.call(document, "questions")).get(0);
    Object jsonLd = path.callStatic(JsonLd.class.getName(), "defaults");
    Object representation =
        path.callStatic(Representations.class.getName(), "jsonLd", jsonLd, question);
    assertThat(path.defines(representation)).isTrue();

    Question here = RoundtableJson.defaults().read(json).questions().get(0);
    Representation expected = Representations.jsonLd(JsonLd.defaults(), here);
    assertThat((byte[]) MinimalModulePath.call(representation, "toBytes"))
        .isEqualTo(expected.toBytes());
    assertThat(MinimalModulePath.call(representation, "entityTag").toString())
        .isEqualTo(expected.entityTag().toString());
  }
}
