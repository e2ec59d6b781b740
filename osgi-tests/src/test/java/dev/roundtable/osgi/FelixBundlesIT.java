package dev.roundtable.osgi;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roundtable.html.HtmlExporter;
import dev.roundtable.http.Representation;
import dev.roundtable.imports.HtmlBody;
import dev.roundtable.json.RoundtableJson;
import dev.roundtable.json.jackson3.RoundtableJackson3Module;
import dev.roundtable.model.Answer;
import dev.roundtable.osgi.probe.full.FullProbe;
import dev.roundtable.osgi.probe.full.FullRendering;
import dev.roundtable.osgi.probe.lean.LeanProbe;
import dev.roundtable.osgi.probe.lean.LeanRendering;
import dev.roundtable.rss.RssFeedWriter;
import dev.roundtable.text.Context;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.felix.framework.FrameworkFactory;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library's jars, as they are published, run as bundles in Apache Felix: they resolve with
 * their real dependencies' bundles, start, and render from a probe bundle (built by bnd from
 * this module's test classes) the same bytes as the same code on the class path, while the
 * thread context class loader knows nothing.
 */
class FelixBundlesIT {
  private static final Path EXAMPLE = Path.of(System.getProperty("roundtable.example"));

  private static final List<Path> LIBRARY = List.of(LibraryJars.of(Context.class),
      LibraryJars.of(Answer.class), LibraryJars.of(RoundtableJson.class),
      LibraryJars.of(HtmlExporter.class), LibraryJars.of(RssFeedWriter.class),
      LibraryJars.of(HtmlBody.class), LibraryJars.of(Representation.class),
      LibraryJars.of(RoundtableJackson3Module.class));
  private static final List<Path> THIRD_PARTY = List.of(LibraryJars.of(JsonFactory.class),
      LibraryJars.of(JsonProperty.class), LibraryJars.of(ObjectMapper.class),
      LibraryJars.of(Jsoup.class), LibraryJars.of(Parser.class),
      LibraryJars.of(TokenStreamFactory.class), LibraryJars.of(JsonMapper.class));
  private static final Path OSGI_API = LibraryJars.of(FrameworkFactory.class);

  @Test
  void every_bundle_resolves_and_renders_every_format_as_on_the_class_path() throws Exception {
    Path work = WorkDirectory.fresh("full");
    List<Path> jars = new ArrayList<>(LIBRARY);
    jars.addAll(THIRD_PARTY);
    String imports = addProbe(jars, FullProbe.class, work);
    assertThat(imports).contains("dev.roundtable.json;version=\"[0.1,", "databind");
    byte[] example = Files.readAllBytes(EXAMPLE);
    try (OsgiHost host = OsgiHost.start(work.resolve("cache"))) {
      List<Bundle> bundles = host.installAndStart(jars);
      assertThat(bundles).extracting(Bundle::getSymbolicName).startsWith("dev.roundtable.text",
          "dev.roundtable.model", "dev.roundtable.json", "dev.roundtable.html",
          "dev.roundtable.rss", "dev.roundtable.imports");
      @SuppressWarnings("unchecked")
      Function<byte[], Map<String, byte[]>> rendering = host.service(Function.class, "full");
      assertThat(FrameworkUtil.getBundle(rendering.getClass()).getSymbolicName())
          .isEqualTo("dev.roundtable.osgi.probe.full");
      assertThat(OsgiHost.providers(bundles.get(bundles.size() - 1))).contains(
          "dev.roundtable.json", "dev.roundtable.html", "dev.roundtable.rss",
          "dev.roundtable.imports", "dev.roundtable.model",
          "com.fasterxml.jackson.core.jackson-databind", "dev.roundtable.http",
          "dev.roundtable.json.jackson3", "tools.jackson.core.jackson-databind");
      assertThat(OsgiHost.providers(bundles.get(2))).as("json's optional databind import, wired")
          .contains("com.fasterxml.jackson.core.jackson-databind");

      Map<String, byte[]> inOsgi = withEmptyContextLoader(() -> rendering.apply(example));
      assertSameOutputs(inOsgi, FullRendering.of(example));
      assertThat(inOsgi).containsKeys("json", "json-databind", "jsonld-question", "html-index",
          "rss", "atom", "jsonfeed", "import-markdown", "import-html",
          "jsonld-answer-jenni-luke", "html-answer-jenni-luke", "http-rss", "http-rss-tag",
          "json-jackson3");
      assertThat(new String(inOsgi.get("html-index"), UTF_8))
          .contains("<script type=\"application/ld+json\">");
    }
  }

  @Test
  void html_and_feeds_resolve_and_render_without_the_json_bundle_and_databind()
      throws Exception {
    Path work = WorkDirectory.fresh("lean");
    List<Path> jars = new ArrayList<>(List.of(LibraryJars.of(Context.class),
        LibraryJars.of(Answer.class), LibraryJars.of(HtmlExporter.class),
        LibraryJars.of(RssFeedWriter.class), LibraryJars.of(JsonFactory.class)));
    String imports = addProbe(jars, LeanProbe.class, work);
    assertThat(imports).contains("dev.roundtable.html").doesNotContain("dev.roundtable.json")
        .doesNotContain("databind");
    try (OsgiHost host = OsgiHost.start(work.resolve("cache"))) {
      List<Bundle> bundles = host.installAndStart(jars);
      assertThat(bundles).extracting(Bundle::getSymbolicName)
          .doesNotContain("dev.roundtable.json", "com.fasterxml.jackson.core.jackson-databind");
      assertThat(OsgiHost.providers(bundles.get(3))).as("rss's imports")
          .containsExactlyInAnyOrder("dev.roundtable.html", "dev.roundtable.model",
              "dev.roundtable.text", "com.fasterxml.jackson.core.jackson-core");
      @SuppressWarnings("unchecked")
      Supplier<Map<String, byte[]>> rendering = host.service(Supplier.class, "lean");

      Map<String, byte[]> inOsgi = withEmptyContextLoader(rendering);
      assertSameOutputs(inOsgi, LeanRendering.outputs());
      assertThat(inOsgi).containsKeys("html-index", "html-answer-ana-silva", "rss", "atom",
          "jsonfeed");
    }
  }

  /**
   * Builds a probe bundle, named after its activator's package, against the bundles to install
   * (and the OSGi API), and adds it to them, last.
   *
   * @return the probe's Import-Package header
   */
  private static String addProbe(List<Path> bundles, Class<?> activator, Path work)
      throws Exception {
    List<Path> against = new ArrayList<>(bundles);
    against.add(OSGI_API);
    Path probe = work.resolve("probe.jar");
    String imports = ProbeBundle.build(activator.getPackageName(), activator, against, probe);
    bundles.add(probe);
    return imports;
  }

  /**
   * Runs a rendering with a thread context class loader that finds no class and no resource
   * beyond the boot class path, so that a library that looked anything up through it would
   * fail; the loader is restored afterwards.
   */
  private static Map<String, byte[]> withEmptyContextLoader(
      Supplier<Map<String, byte[]>> rendering) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try (URLClassLoader nothing = new URLClassLoader("knows-nothing", new URL[0], null)) {
      thread.setContextClassLoader(nothing);
      return rendering.get();
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  private static void assertSameOutputs(Map<String, byte[]> inOsgi, Map<String, byte[]> plain) {
    assertThat(inOsgi.keySet()).containsExactlyElementsOf(plain.keySet());
    for (Map.Entry<String, byte[]> output : plain.entrySet()) {
      byte[] bundled = inOsgi.get(output.getKey());
      assertThat(new String(bundled, UTF_8)).as(output.getKey())
          .isEqualTo(new String(output.getValue(), UTF_8));
      assertThat(bundled).as(output.getKey()).isEqualTo(output.getValue());
    }
  }
}
