package dev.roundtable.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import dev.roundtable.json.JsonLd;
import dev.roundtable.model.Answer;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Question;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import dev.roundtable.text.Context;
import org.junit.jupiter.api.Test;

/**
 * {@link HtmlOptions.Metadata#JSON_LD} finds its writer where the user's application runs: on a
 * module path that names only {@code dev.roundtable.html} (service binding brings the JSON
 * module), on a plain class path, or passed in by hand; and says what to add when it is missing.
 */
class JsonLdLookupTest {
  private static final Question QUESTION = MentoringExample.question();
  private static final Answer ANSWER = MentoringExample.featured();
  private static final String EXPECTED = HtmlExporter.of(HtmlOptions.builder()
      .metadata(HtmlOptions.Metadata.JSON_LD).build()).answer(QUESTION, ANSWER).toString();

  private static Path locationOf(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static List<Path> path(boolean withJson) throws Exception {
    List<Path> path = new ArrayList<>(List.of(locationOf(HtmlExporter.class),
        locationOf(Question.class), locationOf(Context.class))); // no jsoup
    if (withJson) {
      path.add(locationOf(JsonLd.class));
      path.add(locationOf(JsonFactory.class));
    }
    return path;
  }

  /** A module layer over the path, resolved from dev.roundtable.html alone, with services. */
  private static ClassLoader modulePath(boolean withJson) throws Exception {
    ModuleFinder finder = ModuleFinder.of(path(withJson).toArray(Path[]::new));
    Configuration configuration = ModuleLayer.boot().configuration()
        .resolveAndBind(finder, ModuleFinder.of(), Set.of("dev.roundtable.html"));
    ModuleLayer layer = ModuleLayer.boot()
        .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    return layer.findLoader("dev.roundtable.html");
  }

  private static ClassLoader classPath(boolean withJson) throws Exception {
    List<URL> urls = new ArrayList<>();
    for (Path p : path(withJson)) {
      urls.add(p.toUri().toURL());
    }
    return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }

  /** The answer article with JSON_LD, rendered by the classes of that loader. */
  private static String answerWithJsonLd(ClassLoader loader) throws Exception {
    Class<?> options = loader.loadClass(HtmlOptions.class.getName());
    Class<?> metadata = loader.loadClass(HtmlOptions.Metadata.class.getName());
    Object builder = options.getMethod("builder").invoke(null);
    Object jsonLd = metadata.getField("JSON_LD").get(null);
    try {
      builder.getClass().getMethod("metadata", metadata).invoke(builder, jsonLd);
    } catch (InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
    Object built = builder.getClass().getMethod("build").invoke(builder);
    Class<?> exporter = loader.loadClass(HtmlExporter.class.getName());
    Object html = exporter.getMethod("of", options).invoke(null, built);
    Object question = copy(loader);
    Method answer = exporter.getMethod("answer", question.getClass(),
        loader.loadClass(Answer.class.getName()));
    Object theAnswer = question.getClass().getMethod("answer", String.class)
        .invoke(question, ANSWER.id());
    return answer.invoke(html, question, ((java.util.Optional<?>) theAnswer).get()).toString();
  }

  /** The example question, built by that loader's model classes (from its own JSON-free API). */
  private static Object copy(ClassLoader loader) throws Exception {
    Class<?> example = Class.forName(MentoringExample.class.getName(), true,
        new URLClassLoader(new URL[] {locationOf(MentoringExample.class).toUri().toURL()},
            loader));
    return example.getMethod("question").invoke(null);
  }

  @Test
  void a_module_path_that_names_only_the_html_module_finds_json_ld_by_service_binding()
      throws Exception {
    assertThat(answerWithJsonLd(modulePath(true))).isEqualTo(EXPECTED)
        .contains("<script type=\"application/ld+json\">");
  }

  @Test
  void a_class_path_with_the_json_jar_finds_json_ld() throws Exception {
    assertThat(answerWithJsonLd(classPath(true))).isEqualTo(EXPECTED);
  }

  @Test
  void without_the_json_module_the_error_says_what_to_add_for_maven_module_path_and_osgi() {
    for (boolean modules : new boolean[] {true, false}) {
      Exception error = null;
      try {
        answerWithJsonLd(modules ? modulePath(false) : classPath(false));
      } catch (Exception e) {
        error = e;
      }
      assertThat(error).as(modules ? "module path" : "class path")
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("roundtable-export-json")
          .hasMessageContaining("requires dev.roundtable.json;")
          .hasMessageContaining("structuredData(JsonLd.defaults())");
    }
  }

  @Test
  void a_json_ld_writer_passed_in_needs_no_lookup_and_gives_the_same_html() {
    HtmlExporter html = HtmlExporter.of(HtmlOptions.builder()
        .structuredData(JsonLd.defaults()).build());

    assertThat(html.options().metadata()).isEqualTo(HtmlOptions.Metadata.JSON_LD);
    assertThat(html.answer(QUESTION, ANSWER).toString()).isEqualTo(EXPECTED);
  }

  @Test
  void other_metadata_modes_drop_the_json_ld_writer() {
    HtmlOptions options = HtmlOptions.builder().structuredData(JsonLd.defaults())
        .metadata(HtmlOptions.Metadata.MICRODATA).build();

    assertThat(options.structuredData()).isEmpty();
  }
}
