package dev.roundtable.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns what goes wrong into the contract's exit codes and one-line messages: usage errors (2)
 * with a hint and the usage, {@link Failure}s with their lines and code, and anything else as a
 * one-line message. Stack traces only with {@code --verbose}.
 */
final class ErrorHandler
    implements IParameterExceptionHandler, IExecutionExceptionHandler, IExitCodeExceptionMapper {
  private final PrintWriter err;

  ErrorHandler(PrintWriter err) {
    this.err = err;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    err.println(commandLine.getCommandSpec().qualifiedName() + ": " + e.getMessage());
    if (!UnmatchedArgumentException.printSuggestions(e, err)) {
      err.println("Run '" + commandLine.getCommandSpec().qualifiedName()
          + " --help' for more.");
    }
    traceIfVerbose(e, commandLine.getParseResult());
    commandLine.usage(err);
    return Roundtable.USAGE;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
    int code;
    if (e instanceof Failure) {
      ((Failure) e).lines().forEach(err::println);
      code = ((Failure) e).exitCode();
    } else if (e instanceof IOException || e instanceof UncheckedIOException) {
      IOException io = e instanceof IOException ? (IOException) e
          : ((UncheckedIOException) e).getCause();
      err.println("roundtable: I/O error: " + Failure.reason(io));
      code = Roundtable.IO_ERROR;
    } else {
      err.println("roundtable: " + e.getClass().getSimpleName() + ": " + e.getMessage()
          + (verbose(parsed) ? "" : " (run again with --verbose for the stack trace)"));
      code = Roundtable.INVALID_INPUT;
    }
    traceIfVerbose(e, parsed);
    return code;
  }

  @Override
  public int getExitCode(Throwable exception) {
    return exception instanceof Failure ? ((Failure) exception).exitCode() : Roundtable.INVALID_INPUT;
  }

  private void traceIfVerbose(Exception e, ParseResult parsed) {
    if (verbose(parsed)) {
      e.printStackTrace(err);
    }
  }

  /** Whether {@code --verbose} was given to the command or any subcommand. */
  private static boolean verbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
