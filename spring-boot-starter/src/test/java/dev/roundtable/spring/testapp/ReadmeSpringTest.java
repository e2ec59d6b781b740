package dev.roundtable.spring.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.model.ReadmeSnippet;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's Spring snippet is {@link ReadmeSpring}'s controller, word for word. */
class ReadmeSpringTest {

  @Test
  void matches_the_readme_word_for_word() throws IOException {
    assertThat(ReadmeSnippet.readme()).contains(ReadmeSnippet.fencedBlock(
        Path.of("src/test/java/dev/roundtable/spring/testapp/ReadmeSpring.java"),
        "// --- README spring, verbatim ---", "// --- end of spring ---"));
  }
}
