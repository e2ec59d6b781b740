package dev.roundtable.cli;

import static dev.roundtable.cli.CommandRun.example;
import static dev.roundtable.cli.CommandRun.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.MentoringExample;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --out} at what is not a plain regular file: devices and FIFOs are written through and
 * stay what they are, symbolic links are followed (the link stays, its target is replaced), and
 * directories, missing directories and the root are I/O errors that change nothing.
 */
class SpecialTargetsTest {
  private static final byte[] OLD = "the version before\n".getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;

  @Test
  void aFifoIsWrittenThroughAndStaysAFifo() throws Exception {
    Path fifo = dir.resolve("pipe");
    assumeTrue(tool("mkfifo", fifo.toString()), "mkfifo is not available here");
    CompletableFuture<byte[]> read = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (InputStream in = Files.newInputStream(fifo)) {
        read.complete(in.readAllBytes());
      } catch (IOException | RuntimeException e) {
        read.completeExceptionally(e);
      }
    }, "fifo reader");
    reader.setDaemon(true); // a replaced FIFO would leave it blocked for good
    reader.start();

    CommandRun run = export("json", fifo);

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(attributes(fifo).isOther()).as("still a FIFO").isTrue();
    assertThat(read.get(30, TimeUnit.SECONDS)).as("what the reader of the FIFO got")
        .satisfies(bytes -> assertThat(RoundtableJson.defaults().read(bytes))
            .isEqualTo(MentoringExample.document()));
    assertThat(files()).containsExactly(fifo);
  }

  @Test
  void aNullDeviceIsWrittenThroughAndStaysADevice() throws Exception {
    Path nul = device("null", 3);

    CommandRun run = export("page", nul);

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(attributes(nul).isOther()).as("still a device").isTrue();
    assertThat(files()).containsExactly(nul);
  }

  @Test
  void aFullDeviceIsAnIoErrorAndStaysADevice() throws Exception {
    Path full = device("full", 7);

    CommandRun run = export("json", full);

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
    assertThat(run.err()).as(run.describe()).startsWith("roundtable: cannot write")
        .containsIgnoringCase("no space left on device").doesNotContain("\tat ", "Exception");
    assertThat(attributes(full).isOther()).as("still a device").isTrue();
    assertThat(files()).containsExactly(full);
  }

  @Test
  void aSymbolicLinkStaysALinkAndItsTargetGetsTheContent() throws Exception {
    Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
    Path target = Files.write(elsewhere.resolve("real.json"), OLD);
    Path links = Files.createDirectory(dir.resolve("links"));
    Path link = Files.createSymbolicLink(links.resolve("doc.json"), Path.of("../elsewhere/real.json"));

    CommandRun run = export("json", link);

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(Files.isSymbolicLink(link)).as("still a link").isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("../elsewhere/real.json"));
    assertThat(RoundtableJson.defaults().read(Files.readAllBytes(target)))
        .isEqualTo(MentoringExample.document());
    assertThat(list(links)).containsExactly(link);
    assertThat(list(elsewhere)).containsExactly(target);
  }

  @Test
  void theTemporaryFileOfALinkIsMadeBesideTheLinksTarget() throws Exception {
    Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
    Path target = Files.write(elsewhere.resolve("real.json"), OLD);
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), target);
    Path chain = Files.createSymbolicLink(dir.resolve("chain.json"), Path.of("link.json"));
    List<List<Path>> seen = new java.util.ArrayList<>();

    AtomicFile.write(chain, out -> {
      seen.add(list(elsewhere));
      out.write('1');
    });

    assertThat(seen.get(0)).as("files beside the target while writing").hasSize(2)
        .anySatisfy(p -> assertThat(p.getFileName().toString()).startsWith(".real.json."));
    assertThat(Files.readString(target)).isEqualTo("1");
    assertThat(Files.isSymbolicLink(link) && Files.isSymbolicLink(chain)).isTrue();
  }

  @Test
  void aDanglingLinkGetsItsTargetCreatedAndStaysALink() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("feed.xml"), Path.of("made.xml"));

    CommandRun run = runWithInput(example(), "export", "--format", "rss", "--base-url",
        MentoringExample.BASE, "--out", link.toString());

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(dir.resolve("made.xml"))).contains("<rss");
  }

  @Test
  void aLinkToADeviceWritesThroughToTheDevice() throws Exception {
    Path nul = device("null", 3);
    Path link = Files.createSymbolicLink(dir.resolve("out.json"), nul);

    CommandRun run = export("json", link);

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(attributes(nul).isOther()).isTrue();
  }

  @Test
  void aLoopOfLinksIsAnIoError() throws Exception {
    Files.createSymbolicLink(dir.resolve("a"), Path.of("b"));
    Files.createSymbolicLink(dir.resolve("b"), Path.of("a"));

    CommandRun run = export("json", dir.resolve("a"));

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
    assertThat(run.err()).contains("symbolic links").doesNotContain("\tat ", "Exception");
    assertThat(files()).hasSize(2).allMatch(Files::isSymbolicLink);
  }

  @Test
  void anEmptyDirectoryIsAnIoErrorAndStaysADirectory() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));

    CommandRun run = export("json", empty);

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
    assertThat(run.err()).contains("is a directory").doesNotContain(".tmp");
    assertThat(Files.isDirectory(empty, LinkOption.NOFOLLOW_LINKS)).isTrue();
    assertThat(files()).containsExactly(empty);
  }

  @Test
  void theRootDirectoryIsAnIoError() {
    CommandRun run = export("json", Path.of("/"));

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
    assertThat(run.err()).contains("is a directory").doesNotContain("Exception", "null");
  }

  @Test
  void aMissingDirectoryIsNamedAndNoTemporaryFileIs() {
    Path out = dir.resolve("no/such/out.json");

    CommandRun run = export("json", out);

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
    assertThat(run.err()).contains("out.json", dir.resolve("no").toString())
        .doesNotContain(".tmp");
  }

  @Test
  void aFileAsTheDirectoryIsAnIoError() throws Exception {
    Path file = Files.write(dir.resolve("file"), OLD);

    CommandRun run = export("json", file.resolve("out.json"));

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
    assertThat(run.err()).contains("not a directory").doesNotContain(".tmp", "Exception");
    assertThat(Files.readAllBytes(file)).isEqualTo(OLD);
  }

  @Test
  void aNameEndingInASlashNamesADirectoryAndNoFileIsMade() throws Exception {
    Path file = Files.write(dir.resolve("file.json"), OLD);

    CommandRun missing = runWithInput(example(), "export", "--format", "json", "--out",
        dir.resolve("new") + "/");
    CommandRun existing = runWithInput(example(), "export", "--format", "json", "--out",
        file + "/");

    assertThat(missing.exitCode()).as(missing.describe()).isEqualTo(3);
    assertThat(missing.err()).contains("names a directory");
    assertThat(existing.exitCode()).as(existing.describe()).isEqualTo(3);
    assertThat(Files.readAllBytes(file)).isEqualTo(OLD);
    assertThat(files()).containsExactly(file);
  }

  @Test
  void theLongestFileNameStillGetsATemporaryFileBesideIt() throws Exception {
    Path out = dir.resolve("n".repeat(250) + ".json");

    CommandRun run = export("json", out);

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(files()).containsExactly(out);
  }

  @Test
  void theInputFileItselfIsReplacedByItsExport() throws Exception {
    Path doc = Files.write(dir.resolve("doc.json"), example());

    CommandRun run = CommandRun.run("export", "--format", "json", "--pretty", "--out",
        doc.toString(), doc.toString());

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(Files.readString(doc)).contains("\n  \"questions\"");
    assertThat(RoundtableJson.defaults().read(Files.readAllBytes(doc)))
        .isEqualTo(MentoringExample.document());
    assertThat(files()).containsExactly(doc);
  }

  /** Exports the example in {@code format} with {@code --out out}. */
  private static CommandRun export(String format, Path out) {
    return runWithInput(example(), "export", "--format", format, "--out", out.toString());
  }

  /** A character device node 1:minor (3 is null, 7 is full), or the test is skipped. */
  private Path device(String name, int minor) throws Exception {
    Path node = dir.resolve(name);
    assumeTrue(tool("mknod", node.toString(), "c", "1", Integer.toString(minor)),
        "mknod is not permitted here (it needs root or CAP_MKNOD): cannot test --out at a device");
    try {
      Files.newOutputStream(node, java.nio.file.StandardOpenOption.WRITE).close();
    } catch (IOException e) {
      assumeTrue(false, "device nodes cannot be opened in " + dir + " (mounted nodev?): " + e);
    }
    return node;
  }

  /** Runs a tool; whether it succeeded. */
  private static boolean tool(String... command) throws InterruptedException {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static BasicFileAttributes attributes(Path path) throws IOException {
    return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
  }

  private List<Path> files() throws IOException {
    return list(dir);
  }

  private static List<Path> list(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.sorted().toList();
    }
  }
}
