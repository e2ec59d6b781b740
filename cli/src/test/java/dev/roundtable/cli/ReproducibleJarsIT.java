package dev.roundtable.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reproducible builds: the text and model modules, built a second time from a copy of their
 * sources in another directory, give byte-identical jars (main, sources, javadoc and the model's
 * tests) to the ones this build made. It runs the Maven that runs this build, offline, without
 * running tests. Two modules, not all six, keep it under a minute: they go through every plugin
 * that makes a library jar, and maven-artifact-plugin's check-buildplan checks the build plan of
 * every module in each build.
 */
class ReproducibleJarsIT {
  /** The library modules built again: neither needs another module's test-jar. */
  private static final List<String> MODULES = List.of("text", "model");

  /** The root POM's {@code <module>} entries. */
  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

  @TempDir Path copy;

  @Test
  void a_second_build_in_another_directory_gives_byte_identical_jars() throws Exception {
    Path root = Path.of(System.getProperty("roundtable.root", "..")).toAbsolutePath().normalize();
    String mavenHome = System.getProperty("maven.home");
    assumeTrue(mavenHome != null, "maven.home not set: run through mvn verify");
    for (String module : MODULES) {
      assumeTrue(!jars(root.resolve(module).resolve("target")).isEmpty(),
          "no jars in " + module + "/target: run mvn package first");
    }

    copySources(root);
    Path log = copy.resolve("rebuild.log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(mavenHome, "bin", "mvn").toString(), "-B", "-q", "-o",
        "-pl", String.join(",", MODULES), "package",
        "-DskipTests", "-Djacoco.skip=true"));
    ProcessBuilder builder = new ProcessBuilder(command).directory(copy.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process process = builder.start();
    boolean finished = process.waitFor(180, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(finished).as("rebuild finished in 180 s:%n%s", output).isTrue();
    assertThat(process.exitValue()).as("rebuild exit code:%n%s", output).isZero();

    for (String module : MODULES) {
      Path first = root.resolve(module).resolve("target");
      Path second = copy.resolve(module).resolve("target");
      List<String> names = jars(first);
      assertThat(jars(second)).as(module + " jars").isEqualTo(names);
      assertThat(names).as(module + " jars").anyMatch(n -> n.endsWith("-sources.jar"))
          .anyMatch(n -> n.endsWith("-javadoc.jar"));
      for (String name : names) {
        assertThat(Files.readAllBytes(second.resolve(name)))
            .as(module + "/target/" + name + " rebuilt")
            .isEqualTo(Files.readAllBytes(first.resolve(name)));
      }
    }
  }

  /**
   * The root POM and licence, every module's POM, and the library modules' sources and bnd
   * files.
   */
  private void copySources(Path root) throws IOException {
    Files.copy(root.resolve("pom.xml"), copy.resolve("pom.xml"));
    Files.copy(root.resolve("LICENSE"), copy.resolve("LICENSE"));
    // the bundles' shared bnd rules, which a module's bnd.bnd includes
    Files.createDirectories(copy.resolve("osgi"));
    Files.copy(root.resolve("osgi/library.bnd"), copy.resolve("osgi/library.bnd"));
    // every other module the reactor reads, though this check does not build it: its POM only
    List<String> others = MODULE.matcher(Files.readString(root.resolve("pom.xml"))).results()
        .map(m -> m.group(1)).filter(m -> !MODULES.contains(m)).toList();
    for (String module : others) {
      Files.createDirectories(copy.resolve(module));
      Files.copy(root.resolve(module).resolve("pom.xml"), copy.resolve(module).resolve("pom.xml"));
    }
    for (String module : MODULES) {
      Path from = root.resolve(module);
      Path to = copy.resolve(module);
      Files.createDirectories(to);
      Files.copy(from.resolve("pom.xml"), to.resolve("pom.xml"));
      if (Files.exists(from.resolve("bnd.bnd"))) { // an OSGi bundle: bnd writes its manifest
        Files.copy(from.resolve("bnd.bnd"), to.resolve("bnd.bnd"));
      }
      try (Stream<Path> files = Files.walk(from.resolve("src"))) {
        for (Path file : (Iterable<Path>) files::iterator) {
          Path target = to.resolve(from.relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(target);
          } else {
            Files.copy(file, target);
          }
        }
      }
    }
  }

  private static List<String> jars(Path target) throws IOException {
    if (!Files.isDirectory(target)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(target)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar"))
          .sorted().toList();
    }
  }
}
