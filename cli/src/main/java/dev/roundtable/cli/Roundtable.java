package dev.roundtable.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code roundtable} command: {@code export}, {@code validate}, {@code lint}, {@code import}
 * and {@code demo} over the library's exporters and importers, as the CLI contract defines them. Exit codes: 0 success, 1 invalid input,
 * 2 usage error, 3 I/O error.
 *
 * <p>Use {@link #main(String[])} from a shell, or build one over your own streams and call
 * {@link #execute(String...)} (or drive {@link #commandLine()}) to run it in-process.
 */
@Command(
    name = "roundtable",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Exports and checks Roundtable panel Q&A documents (JSON format roundtable/1)"
        + " and imports CMS content (Markdown, HTML) into their bodies.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
        ExportCommand.class, ValidateCommand.class, LintCommand.class, ImportCommand.class,
        DemoCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:the input is invalid: each problem as INPUT:LINE:COLUMN: POINTER: message",
        "2:usage error (unknown command, format or option)",
        "3:I/O error (unreadable input, unwritable output)"})
public final class Roundtable implements Callable<Integer> {
  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: the input is invalid (syntax or content). */
  public static final int INVALID_INPUT = 1;
  /** Exit code: usage error. */
  public static final int USAGE = 2;
  /** Exit code: I/O error. */
  public static final int IO_ERROR = 3;

  private final Streams streams;

  @Spec CommandSpec spec;

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "Show the stack trace of an error.")
  boolean verbose;

  /** The command over the process's standard streams; progress shows when stderr is a terminal. */
  public Roundtable() {
    this(new Streams(System.in, standardOutput(), Streams.utf8(System.err), Terminal.stderr(),
        Terminal.stdin()));
  }

  /**
   * The command over the given streams, for running in-process. Neither stream is closed.
   *
   * @param in standard input (read when INPUT is {@code -} or absent)
   * @param out standard output: exported documents (bytes, UTF-8) and reports
   * @param err standard error: problems, usage errors and, when {@code interactive}, progress
   * @param interactive whether a person watches: shows progress and hints on {@code err}
   */
  public Roundtable(InputStream in, OutputStream out, OutputStream err, boolean interactive) {
    this(new Streams(Objects.requireNonNull(in, "in"), Objects.requireNonNull(out, "out"),
        Streams.utf8(Objects.requireNonNull(err, "err")), interactive, interactive));
  }

  private Roundtable(Streams streams) {
    this.streams = streams;
  }

  /**
   * Runs the command with the process's arguments and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    Roundtable roundtable = new Roundtable();
    int code = roundtable.execute(args);
    try {
      roundtable.streams.out().flush();
    } catch (IOException e) {
      if (code == OK) { // otherwise the command has reported its own failure
        roundtable.streams.err().println(Echo.escape("roundtable: cannot write standard output: "
            + Failure.reason(e)));
        code = IO_ERROR;
      }
    }
    roundtable.streams.err().flush();
    System.exit(code);
  }

  /**
   * Standard output that reports failures: {@link System#out} is a {@code PrintStream}, which
   * swallows them, so a full disk or a closed pipe would pass for success.
   */
  private static OutputStream standardOutput() {
    return new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
  }

  /**
   * Parses the arguments and runs the chosen subcommand.
   *
   * @param args the arguments, e.g. {@code "export", "--format", "rss", "doc.json"}
   * @return the exit code: 0, 1, 2 or 3
   */
  public int execute(String... args) {
    try {
      return commandLine().execute(args);
    } finally {
      streams.err().flush();
    }
  }

  /**
   * A picocli command line for this command, with its help, error handlers and streams set up;
   * {@link CommandLine#execute(String...)} on it returns the contract's exit codes.
   *
   * @return a new command line
   */
  public CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(this);
    ErrorHandler errors = new ErrorHandler(streams.err());
    commandLine.setOut(streams.outText());
    commandLine.setErr(streams.err());
    errors.installOn(commandLine);
    commandLine.setUsageHelpAutoWidth(true);
    return commandLine;
  }

  /** The streams every subcommand uses. */
  Streams streams() {
    return streams;
  }

  /** Without a subcommand there is nothing to do: a usage error. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(),
        "Missing command: choose export, validate, lint, import or demo");
  }
}
