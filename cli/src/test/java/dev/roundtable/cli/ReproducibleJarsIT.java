package dev.roundtable.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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

  /** The root POM's modules: the reactor reads them all, so the copy holds every one's POM. */
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
        assertThat(entries(second.resolve(name)))
            .as(module + "/target/" + name + " rebuilt: its entries")
            .isEqualTo(entries(first.resolve(name)));
        assertThat(sha256(second.resolve(name)))
            .as(module + "/target/" + name + " rebuilt: its SHA-256")
            .isEqualTo(sha256(first.resolve(name)));
      }
    }
  }

  /**
   * The root POM and licence, the bundles' shared bnd rules, every module's POM, and the rebuilt
   * modules' sources and bnd files (a module's bnd.bnd switches its manifest to bnd's).
   */
  private void copySources(Path root) throws IOException {
    Files.copy(root.resolve("pom.xml"), copy.resolve("pom.xml"));
    Files.copy(root.resolve("LICENSE"), copy.resolve("LICENSE"));
    copyTree(root.resolve("osgi"), copy.resolve("osgi"));
    Matcher modules = MODULE.matcher(Files.readString(root.resolve("pom.xml")));
    while (modules.find()) {
      String module = modules.group(1).trim();
      Files.createDirectories(copy.resolve(module));
      Files.copy(root.resolve(module).resolve("pom.xml"), copy.resolve(module).resolve("pom.xml"));
    }
    for (String module : MODULES) {
      Path from = root.resolve(module);
      Path to = copy.resolve(module);
      if (Files.exists(from.resolve("bnd.bnd"))) {
        Files.copy(from.resolve("bnd.bnd"), to.resolve("bnd.bnd"));
      }
      copyTree(from.resolve("src"), to.resolve("src"));
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
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

  /** A jar's entry names, in order, so that a difference names the entry. */
  private static List<String> entries(Path jar) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.stream().map(ZipEntry::getName).toList();
    }
  }

  private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
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
