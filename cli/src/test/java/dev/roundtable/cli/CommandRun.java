package dev.roundtable.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One in-process run of the command over captured streams.
 *
 * @param exitCode the exit code
 * @param out standard output, bytes
 * @param err standard error, decoded as UTF-8
 */
record CommandRun(int exitCode, byte[] out, String err) {

  /** Runs with empty standard input, not interactive. */
  static CommandRun run(String... args) {
    return runWithInput(new byte[0], args);
  }

  /** Runs with the given standard input, not interactive. */
  static CommandRun runWithInput(byte[] stdin, String... args) {
    return run(stdin, false, args);
  }

  /** Runs with the given standard input; {@code interactive} as if a person watched. */
  static CommandRun run(byte[] stdin, boolean interactive, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Roundtable(new ByteArrayInputStream(stdin), out, err, interactive)
        .commandLine().execute(args);
    return new CommandRun(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  /** Standard output decoded as UTF-8. */
  String outText() {
    return new String(out, StandardCharsets.UTF_8);
  }

  /** A description for assertions: the arguments' outcome. */
  String describe() {
    return "exit " + exitCode + "\n--- stderr:\n" + err + "\n--- stdout:\n" + outText();
  }

  /** The bytes of a test resource of this package. */
  static byte[] resource(String name) {
    try (InputStream in = CommandRun.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies a test resource of this package into {@code directory}. */
  static Path copy(String name, Path directory) {
    try {
      return Files.write(directory.resolve(name), resource(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled example's bytes, as {@code demo} reads it. */
  static byte[] example() {
    try (InputStream in = Roundtable.class.getResourceAsStream(DemoCommand.EXAMPLE)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CommandRun && ((CommandRun) other).exitCode == exitCode
        && Arrays.equals(((CommandRun) other).out, out) && ((CommandRun) other).err.equals(err);
  }

  @Override
  public int hashCode() {
    return exitCode * 31 + Arrays.hashCode(out) + err.hashCode();
  }

  @Override
  public String toString() {
    return describe();
  }
}
