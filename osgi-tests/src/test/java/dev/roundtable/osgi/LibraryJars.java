package dev.roundtable.osgi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the jars under test are: the jar each class was loaded from on the test's class path.
 * Failsafe runs after the package phase, so in the reactor these are the modules' jars (with
 * bnd's manifests and their module-info), not their target/classes.
 */
final class LibraryJars {
  private LibraryJars() {}

  /**
   * The jar a class comes from.
   *
   * @param type a class of the jar
   * @return the jar's path
   */
  static Path of(Class<?> type) {
    try {
      Path path = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      assertThat(Files.isRegularFile(path))
          .as("%s must come from a jar, not %s: run the integration-test phase", type, path)
          .isTrue();
      return path;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
