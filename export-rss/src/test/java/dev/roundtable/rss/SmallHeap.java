package dev.roundtable.rss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs a test main class in a JVM of its own with a small heap, for the memory tests. */
final class SmallHeap {
  private SmallHeap() {}

  /**
   * Runs the class's main and asserts that it exits with 0.
   *
   * @param heap the {@code -Xmx} value, e.g. {@code 64m}
   * @return its standard output and error
   */
  static String run(String heap, Class<?> main, String... args)
      throws IOException, InterruptedException {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator
        + "java";
    List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    return output;
  }

  /** The number after {@code bytes=} in the output. */
  static long bytes(String output) {
    return Long.parseLong(output.trim().substring(output.indexOf("bytes=") + 6));
  }
}
