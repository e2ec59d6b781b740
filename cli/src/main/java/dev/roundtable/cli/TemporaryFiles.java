package dev.roundtable.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The temporary files of {@link AtomicFile}, which must not outlive the process: each is removed
 * when its write ends, and by a shutdown hook when the process is stopped while one exists
 * (SIGINT, SIGTERM, {@link System#exit}). The hook is registered while a temporary file exists
 * and removed after; only SIGKILL (or a power cut) can leave one behind.
 */
final class TemporaryFiles {
  private static final Set<Path> LIVE = new LinkedHashSet<>();
  private static Thread hook;
  private static boolean stopping;

  private TemporaryFiles() {}

  /**
   * Creates an empty private temporary file in {@code directory}, removed on shutdown until
   * {@link #remove} is called for it.
   *
   * @param prefix the start of its name
   * @throws IOException when it cannot be created, or the process is stopping
   */
  static synchronized Path create(Path directory, String prefix) throws IOException {
    if (stopping) {
      throw new InterruptedIOException("the process is stopping");
    }
    if (hook == null) {
      Thread removal = new Thread(TemporaryFiles::removeAll, "roundtable: remove temporary files");
      try {
        Runtime.getRuntime().addShutdownHook(removal);
      } catch (IllegalStateException shutdownInProgress) {
        throw new InterruptedIOException("the process is stopping");
      }
      hook = removal;
    }
    Path temp = null;
    try {
      temp = Files.createTempFile(directory, prefix, ".tmp");
      LIVE.add(temp);
      return temp;
    } finally {
      if (temp == null) {
        unhookWhenNoneLeft();
      }
    }
  }

  /**
   * Whether a path names a temporary file of this class's kind ({@code .NAME.RANDOM.tmp}), made
   * or about to be made: messages name the user's file instead.
   */
  static boolean isTemporary(String path) {
    String name = path == null ? "" : Path.of(path).getFileName() == null ? ""
        : Path.of(path).getFileName().toString();
    return name.startsWith(".") && name.endsWith(".tmp");
  }

  /** Removes a temporary file, if it still exists (a moved one does not), and forgets it. */
  static synchronized void remove(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // what failed before matters more; the name starts with a dot
    }
    LIVE.remove(temp);
    unhookWhenNoneLeft();
  }

  /** Whether the shutdown hook is registered now: exactly while a temporary file exists. */
  static synchronized boolean hooked() {
    return hook != null;
  }

  private static void unhookWhenNoneLeft() {
    if (LIVE.isEmpty() && hook != null && !stopping) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shutdownInProgress) {
        // the hook runs now, or has run: nothing is left for it to do
      }
      hook = null;
    }
  }

  /** The shutdown hook: waits for a temporary file being created, then removes them all. */
  private static synchronized void removeAll() {
    stopping = true;
    for (Path temp : LIVE) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // the process is going; nothing more can be done
      }
    }
    LIVE.clear();
  }
}
