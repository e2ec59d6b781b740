package dev.roundtable.cli;

import static dev.roundtable.cli.CommandRun.example;
import static dev.roundtable.cli.CommandRun.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --out FILE}: all or nothing; on any failure FILE stays as it was and no temp is left. */
class AtomicOutputTest {
  private static final byte[] OLD = "the previous version\n".getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;

  @Test
  void writesTheFileAndNothingToStandardOutput() throws Exception {
    Path out = dir.resolve("feed.xml");

    CommandRun run = runWithInput(example(), "export", "--format", "rss", "--base-url",
        "https://example.com/", "--out", out.toString());

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(out)).startsWith("<?xml").contains("<rss");
    assertThat(files()).containsExactly(out);
  }

  @Test
  void replacesAnExistingFileKeepingItsPermissions() throws Exception {
    Path out = Files.write(dir.resolve("doc.json"), OLD);
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw----"));

    CommandRun run = runWithInput(example(), "export", "--format", "json", "--out", out.toString());

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(Files.readAllBytes(out)).isNotEqualTo(OLD);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-rw----");
  }

  @Test
  void replacesAnExistingFileKeepingItsOwnerAndGroupWhereAllowed() throws Exception {
    Path out = Files.write(dir.resolve("doc.json"), OLD);
    java.nio.file.attribute.UserPrincipalLookupService users =
        out.getFileSystem().getUserPrincipalLookupService();
    try {
      Files.setOwner(out, users.lookupPrincipalByName("nobody"));
      Files.getFileAttributeView(out, java.nio.file.attribute.PosixFileAttributeView.class)
          .setGroup(users.lookupPrincipalByGroupName("nogroup"));
    } catch (IOException e) {
      assumeTrue(false, "cannot give a file to nobody:nogroup here (not root?): " + e);
    }

    CommandRun run = runWithInput(example(), "export", "--format", "json", "--out", out.toString());

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(Files.readAllBytes(out)).isNotEqualTo(OLD);
    java.nio.file.attribute.PosixFileAttributes now =
        Files.readAttributes(out, java.nio.file.attribute.PosixFileAttributes.class);
    assertThat(now.owner().getName()).isEqualTo("nobody");
    assertThat(now.group().getName()).isEqualTo("nogroup");
  }

  @Test
  void invalidInputLeavesTheExistingFileByteIdentical() throws Exception {
    Path out = Files.write(dir.resolve("doc.json"), OLD);

    CommandRun run = runWithInput(CommandRun.resource("broken-content.json"),
        "export", "--format", "json", "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(Files.readAllBytes(out)).isEqualTo(OLD);
    assertThat(files()).containsExactly(out);
  }

  @Test
  void failingToReplaceLeavesTheTargetAndNoTemporaryFile() throws Exception {
    Path target = Files.createDirectory(dir.resolve("taken"));
    Files.write(target.resolve("inside"), OLD);

    CommandRun run = runWithInput(example(), "export", "--format", "json", "--out",
        target.toString());

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
    assertThat(Files.readAllBytes(target.resolve("inside"))).isEqualTo(OLD);
    assertThat(files()).containsExactly(target);
  }

  @Test
  void unwritableDirectoryLeavesTheExistingFileByteIdentical() throws Exception {
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Path out = Files.write(locked.resolve("doc.json"), OLD);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeTrue(!Files.isWritable(locked), "the directory is still writable (running as root)");

      CommandRun run = runWithInput(example(), "export", "--format", "json", "--out",
          out.toString());

      assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
      assertThat(run.err()).contains("permission denied");
      assertThat(Files.readAllBytes(out)).isEqualTo(OLD);
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aFailureWhileWritingLeavesTheTargetByteIdentical() throws Exception {
    Path out = Files.write(dir.resolve("doc.json"), OLD);

    assertThatThrownBy(() -> AtomicFile.write(out, stream -> {
      stream.write("half a docu".getBytes(StandardCharsets.UTF_8));
      stream.flush();
      throw new IOException("disk full");
    })).hasMessage("disk full");

    assertThat(Files.readAllBytes(out)).isEqualTo(OLD);
    assertThat(files()).containsExactly(out);
  }

  @Test
  void anUncheckedFailureWhileWritingAlsoLeavesNoTemporaryFile() throws Exception {
    Path out = dir.resolve("new.json");

    assertThatThrownBy(() -> AtomicFile.write(out, stream -> {
      stream.write('{');
      throw new IllegalStateException("bug");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(files()).isEmpty();
  }

  @Test
  void theShutdownHookIsRegisteredOnlyWhileATemporaryFileExists() throws Exception {
    java.util.List<Boolean> hooked = new java.util.ArrayList<>();

    AtomicFile.write(dir.resolve("new.json"), stream -> hooked.add(TemporaryFiles.hooked()));
    assertThatThrownBy(() -> AtomicFile.write(dir.resolve("failed.json"), stream -> {
      hooked.add(TemporaryFiles.hooked());
      throw new IOException("disk full");
    })).hasMessage("disk full");

    assertThat(hooked).as("while writing").containsExactly(true, true);
    assertThat(TemporaryFiles.hooked()).as("after writing").isFalse();
    assertThat(files()).containsExactly(dir.resolve("new.json"));
  }

  private java.util.List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }
}
