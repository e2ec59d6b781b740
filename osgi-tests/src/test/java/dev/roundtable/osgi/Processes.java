package dev.roundtable.osgi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the programs the tests start: a JVM, a linked image's launcher. */
final class Processes {
  private Processes() {}

  /**
   * Runs a program to its end.
   *
   * @param command the program and its arguments
   * @param work where its error output is kept
   * @return its standard output
   * @throws IOException when it cannot be started
   * @throws InterruptedException when interrupted while it runs
   */
  static byte[] output(List<String> command, Path work) throws IOException, InterruptedException {
    Path errors = Files.createTempFile(work, "stderr", ".txt");
    Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
    assertThat(process.exitValue()).as("%s:%n%s", command, Files.readString(errors)).isZero();
    return output;
  }
}
