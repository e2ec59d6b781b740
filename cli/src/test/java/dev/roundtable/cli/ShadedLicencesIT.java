package dev.roundtable.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar bundles other projects' code, so it carries each one's own licence and notice
 * files, side by side under {@code META-INF/licenses/<artifact>/}, and Roundtable's licence as
 * {@code META-INF/LICENSE}: none overwrites another.
 */
class ShadedLicencesIT {
  /** Each bundled library, a file of its own that must be there, and words that file holds. */
  private static final Map<String, List<String>> EXPECTED = Map.of(
      "META-INF/licenses/jackson-core/LICENSE", List.of("Apache License", "Version 2.0"),
      "META-INF/licenses/jackson-core/NOTICE", List.of("Jackson"),
      "META-INF/licenses/jackson-core/FastDoubleParser-NOTICE", List.of("FastDoubleParser"),
      "META-INF/licenses/jsoup/LICENSE", List.of("MIT License", "Jonathan Hedley"),
      "META-INF/licenses/commonmark/LICENSE.txt", List.of("Atlassian", "Redistribution"),
      "META-INF/licenses/picocli/LICENSE", List.of("Apache License", "Version 2.0"),
      "META-INF/LICENSE", List.of("Apache License", "Version 2.0"));

  private static final Pattern LICENCE_FILE =
      Pattern.compile("(?i).*(licen[cs]e|notice|copying)[^/]*$");

  private static Path jar;

  @BeforeAll
  static void findJar() {
    jar = Path.of(System.getProperty("roundtable.jar", "target/roundtable.jar")).toAbsolutePath();
    assumeTrue(Files.isRegularFile(jar), "no runnable jar at " + jar + ": run mvn package first");
  }

  @Test
  void each_bundled_library_keeps_its_own_licence_and_notice() throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      for (Map.Entry<String, List<String>> expected : EXPECTED.entrySet()) {
        JarEntry entry = file.getJarEntry(expected.getKey());
        assertThat(entry).as(expected.getKey()).isNotNull();
        String text = new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text).as(expected.getKey()).contains(expected.getValue());
      }
    }
  }

  @Test
  void every_bundled_maven_artifact_has_a_licence_directory() throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      List<String> bundled = file.stream().map(JarEntry::getName)
          .filter(name -> name.startsWith("META-INF/maven/") && name.endsWith("/pom.properties"))
          .map(name -> name.split("/")[3])
          .filter(artifact -> !artifact.startsWith("roundtable-"))
          .toList();
      assertThat(bundled).as("bundled libraries").isNotEmpty();
      for (String artifact : bundled) {
        assertThat(file.stream().map(JarEntry::getName))
            .as("licence files of " + artifact)
            .anyMatch(name -> name.startsWith("META-INF/licenses/" + artifact + "/"));
      }
    }
  }

  @Test
  void no_licence_file_lies_outside_its_library_directory() throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      List<String> stray = file.stream().map(JarEntry::getName)
          .filter(name -> name.startsWith("META-INF/") && LICENCE_FILE.matcher(name).matches())
          .filter(name -> !name.equals("META-INF/LICENSE"))
          .filter(name -> !name.startsWith("META-INF/licenses/"))
          .toList();
      assertThat(stray).isEmpty();
    }
  }
}
