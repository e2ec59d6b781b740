package dev.roundtable.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes {@code --out} files: a regular file (or a new one) all at once or not at all, anything
 * else that can be written (a device, a FIFO) through, and never a directory.
 *
 * <p>Symbolic links are followed to the file they name (a dangling link to the file it would
 * name): the link stays a link, and its target is what gets replaced. A regular file is replaced
 * atomically: the content goes to a temporary file beside it, which is forced to disk and renamed
 * over it with {@link StandardCopyOption#ATOMIC_MOVE}. On any failure, and when the process is
 * stopped by SIGINT or SIGTERM ({@link TemporaryFiles}), the file is left as it was and the
 * temporary file is removed; a replaced file keeps its permissions (and, for root, its owner and
 * group). A device or FIFO is opened when the first byte is written, so that a
 * failure before any output leaves it untouched; it is never replaced by a file.
 */
final class AtomicFile {
  private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");
  /** Links followed at most, as Linux does ({@code ELOOP} after 40). */
  private static final int MAX_LINKS = 40;
  /** Code points of the file's name kept in its temporary file's name (which has 255 bytes). */
  private static final int NAME_IN_TEMP = 40;

  /** What goes into the file. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFile() {}

  /**
   * Writes {@code content} to {@code target}: replaces a regular file atomically (or creates it),
   * writes a device or FIFO through, follows symbolic links.
   *
   * @throws IOException when {@code target} is a directory, its directory is missing or not
   *     writable, or writing fails; a regular file is then left as it was
   */
  static void write(Path target, Content content) throws IOException {
    Path file = followLinks(target.toAbsolutePath());
    BasicFileAttributes attributes = attributes(file);
    if (attributes != null && attributes.isDirectory()) {
      throw new FileSystemException(target.toString(), null, "is a directory");
    }
    if (attributes != null && attributes.isOther()) {
      writeThrough(file, content);
    } else {
      replace(file, attributes != null, content);
    }
  }

  /**
   * Writes a command's output: to standard output, or atomically to the file {@code --out}
   * names when it is given.
   *
   * @param out the value of {@code --out}, or {@code null}
   * @throws Failure an I/O error naming what could not be written
   */
  static void writeOutput(String out, Streams streams, Content content) {
    if (out == null) {
      try {
        content.writeTo(streams.out());
        streams.out().flush();
      } catch (IOException e) {
        throw Failure.io("write", "standard output", e);
      }
    } else {
      try {
        write(named(out), content);
      } catch (IOException e) {
        throw Failure.io("write", out, e);
      }
    }
  }

  /**
   * The file {@code --out NAME} names. A name that ends in {@code /} names a directory (which
   * {@link Path} would forget, making a file of it).
   *
   * @throws IOException when the name names a directory or cannot be a path here
   */
  static Path named(String name) throws IOException {
    Path path = DocumentInput.path(name);
    boolean slash = name.endsWith("/") || name.endsWith(path.getFileSystem().getSeparator());
    if (slash && !Files.isDirectory(path)) { // a directory is "is a directory" when written
      throw new FileSystemException(name, null, "names a directory, not a file");
    }
    return path;
  }

  /** The file that {@code path} names after following symbolic links (the last one may dangle). */
  private static Path followLinks(Path path) throws IOException {
    Path file = path;
    for (int links = 0; Files.isSymbolicLink(file); links++) {
      if (links == MAX_LINKS) {
        throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
      }
      file = file.resolveSibling(Files.readSymbolicLink(file));
    }
    return file;
  }

  /** The file's own attributes, or {@code null} when there is no such file. */
  private static BasicFileAttributes attributes(Path file) throws IOException {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private static void writeThrough(Path file, Content content) throws IOException {
    try (OutputStream out = new BufferedOutputStream(new OpenedOnFirstWrite(file), 1 << 16)) {
      content.writeTo(out);
    }
  }

  private static void replace(Path file, boolean exists, Content content) throws IOException {
    Path directory = file.getParent();
    if (!Files.readAttributes(directory, BasicFileAttributes.class).isDirectory()) {
      throw new NotDirectoryException(directory.toString());
    }
    String name = file.getFileName().toString();
    String start = name.codePointCount(0, name.length()) <= NAME_IN_TEMP ? name
        : name.substring(0, name.offsetByCodePoints(0, NAME_IN_TEMP));
    Path temp = TemporaryFiles.create(directory, "." + start + ".");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      keepAttributes(exists ? file : null, temp);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      TemporaryFiles.remove(temp); // nothing left to remove once moved
    }
  }

  /**
   * A temp file is private (0600) and the writer's: give it the replaced file's owner and group
   * where allowed (root may; others keep their own, as with any rename) and permissions, or
   * rw-r--r-- for a new file.
   */
  private static void keepAttributes(Path replaced, Path temp) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    if (replaced == null) {
      view.setPermissions(NEW_FILE);
      return;
    }
    PosixFileAttributes old = Files.readAttributes(replaced, PosixFileAttributes.class);
    PosixFileAttributes now = view.readAttributes();
    try {
      if (!old.owner().equals(now.owner())) {
        view.setOwner(old.owner());
      }
      if (!old.group().equals(now.group())) {
        view.setGroup(old.group());
      }
    } catch (FileSystemException notAllowed) {
      // only root gives files away
    }
    view.setPermissions(old.permissions());
  }

  /** A device or FIFO, opened (never created, never truncated) when there is a byte for it. */
  private static final class OpenedOnFirstWrite extends OutputStream {
    private final Path file;
    private OutputStream out;

    OpenedOnFirstWrite(Path file) {
      this.file = file;
    }

    @Override
    public void write(int b) throws IOException {
      opened().write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      if (length > 0) {
        opened().write(bytes, offset, length);
      }
    }

    @Override
    public void flush() throws IOException {
      if (out != null) {
        out.flush();
      }
    }

    @Override
    public void close() throws IOException {
      if (out != null) {
        out.close();
      }
    }

    private OutputStream opened() throws IOException {
      if (out == null) {
        out = Files.newOutputStream(file, StandardOpenOption.WRITE);
      }
      return out;
    }
  }
}
