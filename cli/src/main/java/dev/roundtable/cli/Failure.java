package dev.roundtable.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;

/**
 * Why a command stops: the lines to show on standard error and the exit code. Thrown by the
 * subcommands, shown by {@link ErrorHandler}; never a bug. Each line is {@link Echo#escape
 * escaped}: whatever a file name, a document or the system put in it, it prints as one line.
 */
final class Failure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final List<String> lines;

  private Failure(int exitCode, List<String> lines, Throwable cause) {
    super(String.join("\n", escaped(lines)), cause);
    this.exitCode = exitCode;
    this.lines = escaped(lines);
  }

  private static List<String> escaped(List<String> lines) {
    return lines.stream().map(Echo::escape).toList();
  }

  /** The input is invalid; {@code problems} are complete lines in the contract's format. */
  static Failure invalidInput(List<String> problems, Throwable cause) {
    return new Failure(Roundtable.INVALID_INPUT, problems, cause);
  }

  /** Reading or writing {@code name} failed. */
  static Failure io(String verb, String name, IOException cause) {
    return new Failure(Roundtable.IO_ERROR,
        List.of("roundtable: cannot " + verb + " " + name + ": " + reason(cause, name)), cause);
  }

  int exitCode() {
    return exitCode;
  }

  List<String> lines() {
    return lines;
  }

  /** The reason of an I/O error in words, with the file it concerns, without Java class names. */
  static String reason(IOException e) {
    return reason(e, null);
  }

  /** The reason, naming the file it concerns unless that is {@code name} (escaped or not). */
  private static String reason(IOException e, String name) {
    String words = words(e);
    if (!(e instanceof FileSystemException) || ((FileSystemException) e).getFile() == null
        || Echo.escape(((FileSystemException) e).getFile()).equals(Echo.escape(name))
        || TemporaryFiles.isTemporary(((FileSystemException) e).getFile())) {
      return words; // the user's file is named already; never our temporary file
    }
    FileSystemException f = (FileSystemException) e;
    return words + " (" + Echo.escape(f.getFile())
        + (f.getOtherFile() == null ? "" : " -> " + Echo.escape(f.getOtherFile())) + ")";
  }

  /** What went wrong; the system's words ("No space left on device") start in lower case. */
  private static String words(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "is a directory that is not empty";
    }
    String message = e instanceof FileSystemException ? ((FileSystemException) e).getReason()
        : e.getMessage();
    if (message == null || message.isBlank()) {
      return "input/output error";
    }
    boolean sentence = message.length() > 1 && Character.isUpperCase(message.charAt(0))
        && Character.isLowerCase(message.charAt(1));
    return sentence ? Character.toLowerCase(message.charAt(0)) + message.substring(1) : message;
  }
}
