package dev.roundtable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The BOM, which has no parent so that importing it brings only version management: it manages
 * every published module, imports Jackson's BOM at the version the parent builds with, and
 * repeats the parent's publication metadata.
 */
class BomTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void the_bom_imports_jacksons_bom_at_the_version_the_exporters_are_built_with()
      throws Exception {
    Document bom = parse(ROOT.resolve("bom/pom.xml"));
    Document parent = parse(ROOT.resolve("pom.xml"));

    assertThat(property(bom, "jackson.version")).isEqualTo(property(parent, "jackson.version"));
    assertThat(managed(bom)).contains("com.fasterxml.jackson:jackson-bom:pom:import");
  }

  @Test
  void the_bom_manages_every_published_module() throws Exception {
    Document bom = parse(ROOT.resolve("bom/pom.xml"));
    List<String> managed = managed(bom);
    for (String module : List.of("roundtable-text", "roundtable-model", "roundtable-export-json",
        "roundtable-export-html", "roundtable-import-html", "roundtable-export-rss")) {
      assertThat(managed).anyMatch(d -> d.startsWith("dev.roundtable:" + module + ":"));
    }
  }

  @Test
  void the_bom_repeats_the_parents_publication_metadata_and_timestamp() throws Exception {
    Document bom = parse(ROOT.resolve("bom/pom.xml"));
    Document parent = parse(ROOT.resolve("pom.xml"));

    for (String element : List.of("url", "licenses", "developers", "scm")) {
      assertThat(child(bom, element)).as(element).isNotBlank().isEqualTo(child(parent, element));
    }
    assertThat(property(bom, "project.build.outputTimestamp"))
        .isEqualTo(property(parent, "project.build.outputTimestamp"));
  }

  /** The whitespace-normalised text of a direct child of the project element, or "". */
  private static String child(Document pom, String tag) {
    NodeList children = pom.getDocumentElement().getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element e && e.getTagName().equals(tag)) {
        return e.getTextContent().replaceAll("\\s+", " ").trim();
      }
    }
    return "";
  }

  private static Document parse(Path pom) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
  }

  private static String property(Document pom, String name) {
    return pom.getDocumentElement().getElementsByTagName(name).item(0).getTextContent().trim();
  }

  private static List<String> managed(Document pom) {
    NodeList dependencies = pom.getElementsByTagName("dependency");
    List<String> result = new ArrayList<>();
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element d = (Element) dependencies.item(i);
      result.add(text(d, "groupId") + ":" + text(d, "artifactId") + ":" + text(d, "type") + ":"
          + text(d, "scope"));
    }
    return result;
  }

  private static String text(Element e, String tag) {
    NodeList found = e.getElementsByTagName(tag);
    return found.getLength() == 0 ? "" : found.item(0).getTextContent().trim();
  }
}
