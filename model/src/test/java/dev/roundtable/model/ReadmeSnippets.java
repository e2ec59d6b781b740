package dev.roundtable.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Code a test holds between two marker comments, as the README must show it: for the tests
 * that keep the README's snippets compiling and running.
 */
public final class ReadmeSnippets {
  private ReadmeSnippets() {}

  /**
   * The lines of a test source between {@code begin} and {@code end}, unindented by the four
   * spaces of a method body, as a Markdown {@code java} code block.
   *
   * @param testSource the test's source file, relative to the module
   * @param begin the marker line before the snippet, e.g. {@code // --- README quick start, verbatim ---}
   * @param end the marker line after it
   * @return the code block, fences included
   * @throws IOException when the file cannot be read
   */
  public static String codeBlock(Path testSource, String begin, String end) throws IOException {
    String test = Files.readString(testSource, StandardCharsets.UTF_8);
    String from = begin + "\n";
    String snippet = test.substring(test.indexOf(from) + from.length(),
        test.indexOf("    " + end));
    return "```java\n" + snippet.replaceAll("(?m)^    ", "") + "```";
  }

  /**
   * The repository's README.
   *
   * @return its text
   * @throws IOException when it cannot be read
   */
  public static String readme() throws IOException {
    return Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
  }
}
