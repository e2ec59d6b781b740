package dev.roundtable.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a standard stream is a terminal, so that progress and hints reach people and never
 * scripts. {@link System#console()} answers only for standard input and output together (on
 * Java 17), so where Linux shows a process's descriptors it asks {@code /proc/self/fd}: progress
 * then shows on a terminal's standard error even when the output goes to a file.
 */
final class Terminal {
  private Terminal() {}

  /** Whether standard error is a terminal. */
  static boolean stderr() {
    return isTerminal(2);
  }

  /** Whether standard input is a terminal (a person would type the document). */
  static boolean stdin() {
    return isTerminal(0);
  }

  private static boolean isTerminal(int descriptor) {
    Path link = Path.of("/proc/self/fd/" + descriptor);
    try {
      String target = Files.readSymbolicLink(link).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty")
          || target.equals("/dev/console");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }
}
