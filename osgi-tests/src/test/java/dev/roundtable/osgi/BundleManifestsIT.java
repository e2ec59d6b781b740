package dev.roundtable.osgi;

import static org.assertj.core.api.Assertions.assertThat;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;
import dev.roundtable.html.HtmlExporter;
import dev.roundtable.imports.HtmlBody;
import dev.roundtable.http.Representation;
import dev.roundtable.json.RoundtableJson;
import dev.roundtable.json.jackson3.RoundtableJackson3Module;
import dev.roundtable.model.Answer;
import dev.roundtable.rss.RssFeedWriter;
import dev.roundtable.text.Context;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The manifests bnd wrote into the library's jars agree with their module-info: the symbolic
 * name is the module's name, the exported packages are the module's exports (never an internal
 * one, and no package in two bundles), every import has a version range, and the only
 * requirement is Java 17.
 */
class BundleManifestsIT {
  private static final List<Path> LIBRARY = List.of(LibraryJars.of(Context.class),
      LibraryJars.of(Answer.class), LibraryJars.of(RoundtableJson.class),
      LibraryJars.of(HtmlExporter.class), LibraryJars.of(RssFeedWriter.class),
      LibraryJars.of(HtmlBody.class), LibraryJars.of(RoundtableJackson3Module.class),
      LibraryJars.of(Representation.class));

  @Test
  void each_library_manifest_matches_its_module_info_and_versions_every_package()
      throws Exception {
    Map<String, String> exporters = new HashMap<>();
    for (Path jar : LIBRARY) {
      ModuleDescriptor module = ModuleFinder.of(jar).findAll().iterator().next().descriptor();
      assertThat(module.isAutomatic()).as("%s has a module-info", jar).isFalse();
      Attributes manifest;
      try (JarFile file = new JarFile(jar.toFile())) {
        manifest = file.getManifest().getMainAttributes();
        assertThat(file.getEntry("META-INF/LICENSE")).as("%s carries the licence", jar)
            .isNotNull();
      }
      String name = module.name();
      assertThat(manifest.getValue("Bundle-SymbolicName")).isEqualTo(name);
      assertThat(manifest.getValue("Bundle-Version")).isEqualTo("0.1.0.SNAPSHOT");
      assertThat(manifest.getValue("Bnd-LastModified")).as("%s: reproducible", name).isNull();
      assertThat(manifest.getValue("Require-Capability"))
          .isEqualTo("osgi.ee;filter:=\"(&(osgi.ee=JavaSE)(version=17))\"");

      Parameters exports = new Parameters(manifest.getValue("Export-Package"));
      assertThat(exports.keySet()).as("%s exports", name).containsExactlyInAnyOrderElementsOf(
          module.exports().stream().map(ModuleDescriptor.Exports::source).toList());
      for (Map.Entry<String, Attrs> export : exports.entrySet()) {
        assertThat(export.getKey()).doesNotContain("internal");
        assertThat(export.getValue().get("version")).as(export.getKey()).isEqualTo("0.1.0");
        assertThat(exporters.put(export.getKey(), name)).as("split %s", export.getKey())
            .isNull();
      }

      Parameters imports = new Parameters(manifest.getValue("Import-Package"));
      for (Map.Entry<String, Attrs> imported : imports.entrySet()) {
        String range = imported.getValue().get("version");
        assertThat(imported.getKey()).as("%s imports", name).doesNotStartWith("java.");
        assertThat(range).as("%s: range of %s", name, imported.getKey()).matches("\\[.+,.+\\)");
        if (imported.getKey().startsWith("dev.roundtable.")) {
          assertThat(range).isEqualTo("[0.1,0.2)");
        }
        boolean optional = "optional".equals(imported.getValue().get("resolution:"));
        assertThat(optional).as("%s: %s optional", name, imported.getKey())
            .isEqualTo(imported.getKey().startsWith("com.fasterxml.jackson.databind")
                || imported.getKey().startsWith("jakarta.servlet"));
      }
    }
    assertThat(exporters).containsOnlyKeys("dev.roundtable.text", "dev.roundtable.model",
        "dev.roundtable.json", "dev.roundtable.html", "dev.roundtable.rss",
        "dev.roundtable.imports", "dev.roundtable.json.jackson3", "dev.roundtable.http",
        "dev.roundtable.http.servlet");
  }
}
