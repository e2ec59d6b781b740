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
import java.util.stream.Stream;
import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.Document;
import dev.roundtable.model.RandomModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packaged {@code cli/target/roundtable.jar} as a real process, after {@code package}
 * (maven-failsafe-plugin): exit codes, standard streams, atomic output and the demo.
 */
class RoundtableJarIT {
  private static Path jar;

  @TempDir Path dir;

  @BeforeAll
  static void findJar() {
    String property = System.getProperty("roundtable.jar", "target/roundtable.jar");
    jar = Path.of(property).toAbsolutePath();
    assumeTrue(Files.isRegularFile(jar), "no runnable jar at " + jar + ": run mvn package first");
  }

  /** A finished process. */
  record Result(int exitCode, String out, String err) {}

  private Result java(byte[] stdin, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
    command.addAll(List.of(args));
    Path out = dir.resolve(".out");
    Path err = dir.resolve(".err");
    Process process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    process.getOutputStream().write(stdin);
    process.getOutputStream().close();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished: " + command).isTrue();
    Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return result;
  }

  @Test
  void printsItsVersion() throws Exception {
    Result result = java(new byte[0], "--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("roundtable 0.");
  }

  @Test
  void demoWritesIntoRoundtableDemoByDefault() throws Exception {
    Result result = java(new byte[0], "demo");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out().lines().findFirst()).contains("roundtable-demo/index.html");
    assertThat(dir.resolve("roundtable-demo/index.html")).isNotEmptyFile();
    assertThat(dir.resolve("roundtable-demo/rss.xml")).isNotEmptyFile();
  }

  @Test
  void staysSilentOnStandardErrorWhenItIsNotATerminal() throws Exception {
    Result result = java(CommandRun.example(), "export", "--format", "page", "-");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
  }

  @Test
  void exportsStandardInputToStandardOutputInUtf8() throws Exception {
    Result result = java(CommandRun.example(), "export", "--format", "json");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("Why you don’t need a mentor");
  }

  @Test
  void invalidInputExitsOneWithEveryProblemAndNoStackTrace() throws Exception {
    Result result = java(CommandRun.resource("broken-content.json"), "validate", "-");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().lines()).hasSizeGreaterThanOrEqualTo(4)
        .allMatch(line -> line.startsWith("<stdin>:"));
    assertThat(result.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void aFullDiskOnStandardOutputIsAnIoError() throws Exception {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.isWritable(full), "no /dev/full on this system");
    List<String> command = List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
        "export", "--format", "json", "-");
    Process process = new ProcessBuilder(command).redirectOutput(full.toFile())
        .redirectError(dir.resolve("err").toFile()).start();
    process.getOutputStream().write(CommandRun.example());
    process.getOutputStream().close();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).isEqualTo(3);
    assertThat(Files.readString(dir.resolve("err")))
        .contains("cannot write standard output").doesNotContain("\tat ");
  }

  @Test
  void theLauncherScriptRunsTheJar() throws Exception {
    Path launcher = jar.getParent().getParent().getParent().resolve("roundtable");
    assumeTrue(Files.isExecutable(launcher) && Files.isExecutable(Path.of("/bin/bash")),
        "no bash or no launcher at " + launcher);
    Process process = new ProcessBuilder(launcher.toString(), "--version")
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).as("the jar is fresh: no build").startsWith("roundtable 0.");
  }

  @Test
  void usageErrorExitsTwo() throws Exception {
    Result result = java(new byte[0], "export", "--format", "docx");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("unknown format 'docx'", "Usage:");
  }

  @Test
  void ioErrorExitsThreeAndKeepsTheOldOutput() throws Exception {
    Path out = Files.writeString(dir.resolve("out.json"), "old");

    Result missing = java(new byte[0], "export", "--format", "json", "nowhere.json");
    Result invalid = java(CommandRun.resource("broken-syntax.json"), "export", "--format", "json",
        "--out", out.toString());

    assertThat(missing.exitCode()).isEqualTo(3);
    assertThat(missing.err()).contains("nowhere.json");
    assertThat(invalid.exitCode()).isEqualTo(1);
    assertThat(Files.readString(out)).isEqualTo("old");
  }

  @ParameterizedTest(name = "SIG{0}")
  @ValueSource(strings = {"TERM", "INT"})
  void aSignalDuringAnExportLeavesNoTemporaryFileAndTheOldTarget(String signal) throws Exception {
    long seed = 0x5EED_0011L;
    Path input = dir.resolve("large.json");
    Files.write(input, RoundtableJson.defaults().toBytes(
        Document.of(new RandomModels(seed).question("large", 20_000))));
    Path out = Files.writeString(dir.resolve("feed.xml"), "the feed before");
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
        "export", "--format", "rss", "--base-url", "https://example.org/feeds/",
        "--out", out.toString(), input.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(dir.resolve("err").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (temporaryFiles().isEmpty() && process.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(2);
    }
    assertThat(process.isAlive() && !temporaryFiles().isEmpty())
        .as("seed %d: the export is still running with its temporary file (make the input larger"
            + " if it finished first)", seed).isTrue();
    assumeTrue(!ignores(process, signal), "SIG" + signal + " is ignored by the process here");

    assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start()
        .waitFor()).isZero();

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped by SIG" + signal).isTrue();
    assertThat(process.exitValue()).as("seed %d", seed).isNotZero();
    assertThat(temporaryFiles()).as("seed %d: temporary files left", seed).isEmpty();
    assertThat(Files.readString(out)).isEqualTo("the feed before");
  }

  private List<Path> temporaryFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }

  /** Whether the process ignores the signal (inherited SIG_IGN: the JVM then leaves it so). */
  private static boolean ignores(Process process, String signal) throws IOException {
    Path status = Path.of("/proc/" + process.pid() + "/status");
    if (!Files.isReadable(status)) {
      return false;
    }
    int number = signal.equals("INT") ? 2 : 15;
    return Files.readAllLines(status).stream().filter(line -> line.startsWith("SigIgn:"))
        .map(line -> Long.parseUnsignedLong(line.substring(7).strip(), 16))
        .anyMatch(mask -> (mask >> (number - 1) & 1) == 1);
  }
}
