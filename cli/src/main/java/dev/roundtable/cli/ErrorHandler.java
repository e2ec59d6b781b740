package dev.roundtable.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns what goes wrong into the contract's exit codes and one-line messages: usage errors (2)
 * with a hint and the usage, {@link Failure}s with their lines and code, and anything else,
 * even a {@link StackOverflowError} or {@link OutOfMemoryError}, as a one-line message without a
 * Java class name. Stack traces only with {@code --verbose}. Every line it prints is
 * {@link Echo#escape escaped}: picocli's messages repeat the arguments as they were given.
 */
final class ErrorHandler
    implements IParameterExceptionHandler, IExecutionExceptionHandler, IExitCodeExceptionMapper {
  private final PrintWriter err;

  ErrorHandler(PrintWriter err) {
    this.err = err;
  }

  /** Makes this the command line's error handling, for the commands it runs too. */
  void installOn(CommandLine commandLine) {
    commandLine.setParameterExceptionHandler(this);
    commandLine.setExecutionExceptionHandler(this);
    commandLine.setExitCodeExceptionMapper(this);
    commandLine.setExecutionStrategy(ErrorHandler::runLast);
  }

  /** picocli's usual strategy, with the errors it lets through handed to this handler. */
  private static int runLast(ParseResult parsed) {
    try {
      return new CommandLine.RunLast().execute(parsed);
    } catch (StackOverflowError | OutOfMemoryError e) {
      ParseResult last = parsed;
      while (last.subcommand() != null) {
        last = last.subcommand();
      }
      throw new ExecutionException(last.commandSpec().commandLine(), "", e);
    }
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    println(commandLine.getCommandSpec().qualifiedName() + ": " + e.getMessage());
    StringWriter suggestions = new StringWriter();
    if (UnmatchedArgumentException.printSuggestions(e, new PrintWriter(suggestions))) {
      suggestions.toString().lines().forEach(this::println);
    }
    println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more.");
    traceIfVerbose(e, commandLine.getParseResult());
    // The usage line only (the contract's "the usage"), not the whole help: the hint above
    // points to --help for the options.
    CommandLine.Help help = commandLine.getHelp();
    err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
    err.flush();
    return Roundtable.USAGE;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
    Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
    int code;
    if (cause instanceof Failure) {
      ((Failure) cause).lines().forEach(this::println);
      code = ((Failure) cause).exitCode();
    } else if (cause instanceof IOException || cause instanceof UncheckedIOException) {
      IOException io = cause instanceof IOException ? (IOException) cause
          : ((UncheckedIOException) cause).getCause();
      println("roundtable: I/O error: " + Failure.reason(io));
      code = Roundtable.IO_ERROR;
    } else {
      println("roundtable: " + what(cause)
          + (verbose(parsed) ? "" : " (run again with --verbose for the stack trace)"));
      code = Roundtable.INVALID_INPUT;
    }
    traceIfVerbose(cause, parsed);
    return code;
  }

  @Override
  public int getExitCode(Throwable exception) {
    return exception instanceof Failure ? ((Failure) exception).exitCode() : Roundtable.INVALID_INPUT;
  }

  /** What went wrong, in words: the JVM's limits, or a bug with its message. */
  private static String what(Throwable e) {
    if (e instanceof StackOverflowError) {
      return "the input is nested too deeply for the stack (java -Xss raises the limit)";
    }
    if (e instanceof OutOfMemoryError) {
      return "out of memory (java -Xmx raises the limit)";
    }
    String message = e.getMessage();
    return "unexpected error" + (message == null || message.isBlank() ? "" : ": " + message);
  }

  private void println(String line) {
    err.println(Echo.escape(line));
  }

  private void traceIfVerbose(Throwable e, ParseResult parsed) {
    if (verbose(parsed)) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      trace.toString().lines().forEach(line -> err.println(line.startsWith("\t")
          ? "\t" + Echo.escape(line.substring(1)) : Echo.escape(line)));
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
