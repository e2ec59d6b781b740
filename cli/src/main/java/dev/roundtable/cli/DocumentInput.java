package dev.roundtable.cli;

import dev.roundtable.json.DocumentProblem;
import dev.roundtable.json.InvalidDocumentException;
import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.Document;
import dev.roundtable.model.InvalidModelException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the INPUT of a command: a file, or standard input for {@code -} or no INPUT. Problems
 * become {@link Failure}s: invalid documents list every problem as
 * {@code INPUT:LINE:COLUMN: POINTER: message}, unreadable inputs are I/O errors.
 */
final class DocumentInput {
  /** How problems in standard input are named. */
  static final String STDIN = "<stdin>";

  private DocumentInput() {}

  /** Whether {@code input} names standard input. */
  static boolean isStdin(String input) {
    return input == null || input.equals("-");
  }

  /** The name problems of {@code input} are reported under, {@link Echo#escape escaped}. */
  static String name(String input) {
    return isStdin(input) ? STDIN : Echo.escape(input);
  }

  /** What a command makes of an input's bytes: a document, or what it found in one. */
  @FunctionalInterface
  interface Reading<T> {
    T from(InputStream in) throws IOException;
  }

  /**
   * Reads and validates a document.
   *
   * @throws Failure when the document cannot be read or is invalid
   */
  static Document read(String input, RoundtableJson json, Streams streams) {
    return read(input, streams, json::read);
  }

  /**
   * Reads an input the way a command needs it, invalid documents and unreadable inputs as
   * {@link Failure}s.
   *
   * @throws Failure when the input cannot be read or is not a valid document
   */
  static <T> T read(String input, Streams streams, Reading<T> reading) {
    String name = name(input);
    Progress progress = Progress.of(streams);
    try {
      if (isStdin(input)) {
        if (streams.interactive() && streams.typedInput()) {
          streams.err().println("roundtable: reading a document from standard input"
              + " (end it with Ctrl-D; give a file name to read a file)");
        }
        return reading.from(progress.reading(name, unclosable(streams.in()), -1));
      }
      Path path = path(input);
      if (Files.isDirectory(path)) {
        throw Failure.io("read", name, new IOException("is a directory"));
      }
      try (InputStream in = Files.newInputStream(path)) {
        return reading.from(progress.reading(name, in, Files.size(path)));
      }
    } catch (InvalidDocumentException e) {
      throw Failure.invalidInput(lines(name, e.problems()), e);
    } catch (InvalidModelException e) {
      throw Failure.invalidInput(List.of(name + ": " + e.getMessage()), e);
    } catch (IOException e) {
      throw Failure.io("read", name, e);
    } finally {
      progress.done();
    }
  }

  /** What a command does with one of its inputs: the exit code it earns. */
  @FunctionalInterface
  interface Check {
    int run(String input);
  }

  /**
   * Runs a check of every INPUT ({@code -} when none is given), each {@link Failure} printed on
   * standard error; the exit code is the worst outcome.
   */
  static int each(List<String> inputs, Streams streams, Check check) {
    int code = Roundtable.OK;
    for (String input : inputs == null || inputs.isEmpty() ? List.of("-") : inputs) {
      try {
        code = Math.max(code, check.run(input));
      } catch (Failure failure) {
        failure.lines().forEach(streams.err()::println);
        code = Math.max(code, failure.exitCode());
      }
    }
    streams.err().flush();
    return code;
  }

  /** A count with its noun, {@code 1 answer}, {@code 2 answers}. */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** Each problem as {@code NAME:LINE:COLUMN: POINTER: message} (location where known). */
  static List<String> lines(String name, List<DocumentProblem> problems) {
    List<String> lines = new ArrayList<>(problems.size());
    for (DocumentProblem problem : problems) {
      lines.add(line(name, problem));
    }
    return lines;
  }

  /** One problem as {@code NAME:LINE:COLUMN: POINTER: message}, or {@code NAME: POINTER: message}. */
  static String line(String name, DocumentProblem problem) {
    StringBuilder line = new StringBuilder(name).append(':');
    if (problem.line() > 0) {
      line.append(problem.line()).append(':').append(problem.column()).append(':');
    }
    return line.append(' ').append(problem.pointer()).append(": ").append(problem.message())
        .toString();
  }

  /** Standard input stays open for whoever reads it next. */
  private static InputStream unclosable(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {
        // not ours to close
      }
    };
  }

  /**
   * A file name from the command line as a path.
   *
   * @throws IOException when it cannot name a file here (a NUL, or a character the file system's
   *     encoding lacks)
   */
  static Path path(String name) throws IOException {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new IOException("not a valid file name (" + e.getReason() + ")", e);
    }
  }
}
