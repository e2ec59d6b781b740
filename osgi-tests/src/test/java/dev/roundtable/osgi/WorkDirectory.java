package dev.roundtable.osgi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The directories the tests write to, under target/osgi-work, emptied at each run. */
final class WorkDirectory {
  private WorkDirectory() {}

  /**
   * An empty directory of this name, what an earlier run left there deleted.
   *
   * @param name the directory's name under target/osgi-work
   * @return the directory
   * @throws IOException when it cannot be emptied or made
   */
  static Path fresh(String name) throws IOException {
    Path dir = Path.of(System.getProperty("roundtable.work"), name);
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return Files.createDirectories(dir);
  }
}
