package dev.roundtable.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A README code block as a test holds it verbatim between two marker comments, so that the
 * test compiles and runs the README's code and checks that the README still shows it.
 */
public final class ReadmeSnippet {
  private ReadmeSnippet() {}

  /**
   * The lines of a test's source between the line holding {@code begin} and the line holding
   * {@code end}, less the four spaces of a method body's indentation, as a fenced Java block.
   *
   * @param source the test's source file
   * @param begin the comment that opens the snippet, e.g. {@code // --- README x, verbatim ---}
   * @param end the comment that closes it
   * @return the block as the README holds it, from {@code ```java} to the closing fence
   * @throws IOException when the source cannot be read
   */
  public static String fencedBlock(Path source, String begin, String end) throws IOException {
    String text = Files.readString(source, StandardCharsets.UTF_8);
    int from = text.indexOf('\n', text.indexOf(begin)) + 1;
    int to = text.lastIndexOf('\n', text.indexOf(end, from)) + 1;
    return "```java\n" + text.substring(from, to).replaceAll("(?m)^    ", "") + "```";
  }

  /**
   * The project's README.
   *
   * @return its text
   * @throws IOException when it cannot be read
   */
  public static String readme() throws IOException {
    return Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
  }
}
