package dev.roundtable.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project models the seed page's structure and facts but never carries its prose: no file in
 * the repository repeats a run of {@value #RUN} words from the seed's article paragraphs. Names,
 * roles and headlines are facts and live in short lines, which this test leaves alone.
 */
class SeedProseTest {
  /** Words in a run that count as copied prose. */
  static final int RUN = 7;
  /** Seed lines at least this long are article paragraphs, not headlines or bylines. */
  static final int PARAGRAPH = 300;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

  @Test
  void no_file_in_the_repository_repeats_a_sentence_of_the_seed_page() throws IOException {
    Path root = repositoryRoot();
    Path seed = root.resolveSibling("shared").resolve("seed");
    assumeTrue(Files.isDirectory(seed),
        "skipped: no seed page at " + seed + " (it sits beside the repository in the workplace)");
    Set<String> prose = new HashSet<>();
    try (Stream<Path> pages = Files.list(seed)) {
      for (Path page : (Iterable<Path>) pages::iterator) {
        for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
          if (line.length() >= PARAGRAPH && !line.contains(" answer for: ")) {
            prose.addAll(runs(line));
          }
        }
      }
    }
    assertThat(prose).as("runs of %d words in the seed's paragraphs", RUN).isNotEmpty();

    List<String> copies = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(Files::isRegularFile)
          .filter(f -> !isBuildOutput(root.relativize(f)))
          .forEach(f -> {
            Set<String> found = runs(text(f));
            found.retainAll(prose);
            if (!found.isEmpty()) {
              copies.add(root.relativize(f) + ": " + found.iterator().next());
            }
          });
    }
    assertThat(copies).as("files that repeat the seed's prose").isEmpty();
  }

  /** Every run of {@link #RUN} consecutive words, lower-cased, with one kind of apostrophe. */
  static Set<String> runs(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.replace('\u2019', '\'').toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    Set<String> runs = new HashSet<>();
    for (int i = 0; i + RUN <= words.size(); i++) {
      runs.add(String.join(" ", words.subList(i, i + RUN)));
    }
    return runs;
  }

  private static boolean isBuildOutput(Path relative) {
    String first = relative.getName(0).toString();
    return first.startsWith(".") || relative.toString().contains("/target/")
        || relative.startsWith("target") || first.startsWith("roundtable-demo");
  }

  private static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException binary) {
      return "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("benchmarks"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("the repository root above " + Path.of("").toAbsolutePath()).isNotNull();
    return dir;
  }
}
