package dev.roundtable.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;

/**
 * Why a command stops: the lines to show on standard error and the exit code. Thrown by the
 * subcommands, shown by {@link ErrorHandler}; never a bug.
 */
final class Failure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final List<String> lines;

  private Failure(int exitCode, List<String> lines, Throwable cause) {
    super(String.join("\n", lines), cause);
    this.exitCode = exitCode;
    this.lines = List.copyOf(lines);
  }

  /** The input is invalid; {@code problems} are complete lines in the contract's format. */
  static Failure invalidInput(List<String> problems, Throwable cause) {
    return new Failure(Roundtable.INVALID_INPUT, problems, cause);
  }

  /** Reading or writing {@code name} failed. */
  static Failure io(String verb, String name, IOException cause) {
    return new Failure(Roundtable.IO_ERROR,
        List.of("roundtable: cannot " + verb + " " + name + ": " + reason(cause)), cause);
  }

  int exitCode() {
    return exitCode;
  }

  List<String> lines() {
    return lines;
  }

  /** The reason of an I/O error in words, without Java class names. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory" + other((NoSuchFileException) e);
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied" + other((AccessDeniedException) e);
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory: " + ((NotDirectoryException) e).getFile();
    }
    if (e instanceof FileAlreadyExistsException || e instanceof DirectoryNotEmptyException) {
      return "is a directory or already exists";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private static String other(java.nio.file.FileSystemException e) {
    return e.getFile() == null ? "" : " (" + e.getFile() + ")";
  }
}
