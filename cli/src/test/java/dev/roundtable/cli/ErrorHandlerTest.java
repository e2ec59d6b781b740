package dev.roundtable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * What the command shows when something it did not expect goes wrong: one line, no Java class
 * name, no stack trace (but with {@code --verbose}), nothing raw from the message.
 */
class ErrorHandlerTest {
  /** A command that fails as it is told. */
  @Command(name = "failing")
  static final class Failing implements Callable<Integer> {
    @Option(names = "--verbose") boolean verbose;
    @Option(names = "--with") String with;

    @Override
    public Integer call() {
      switch (with) {
        case "bug":
          throw new IllegalStateException("the index \u001B[2J\u202Eis wrong\nforged:1:1: x");
        case "recursion":
          return recurse(0);
        default:
          throw new OutOfMemoryError("Java heap space");
      }
    }

    private static int recurse(int depth) {
      return recurse(depth + 1) + 1;
    }
  }

  private static String[] run(String... args) {
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new Failing());
    new ErrorHandler(new PrintWriter(err, true)).installOn(commandLine);
    int code = commandLine.execute(args);
    return new String[] {Integer.toString(code), err.toString()};
  }

  @Test
  void aBugIsOneLineWithItsMessageEscapedAndNoClassName() {
    String[] run = run("--with", "bug");

    assertThat(run[0]).isEqualTo("1");
    assertThat(run[1].lines()).hasSize(1).first().asString()
        .startsWith("roundtable: unexpected error: the index \\u001B[2J\\u202Eis wrong\\u000A")
        .endsWith("(run again with --verbose for the stack trace)");
    assertThat(run[1]).doesNotContain("IllegalStateException", "\tat ");
  }

  @ParameterizedTest
  @CsvSource({
      "recursion, roundtable: the input is nested too deeply for the stack, StackOverflowError",
      "memory, roundtable: out of memory, OutOfMemoryError"})
  void theLimitsOfTheJvmAreOneLineInsteadOfAStackTrace(String with, String line, String error) {
    String[] run = run("--with", with);

    assertThat(run[0]).isEqualTo("1");
    assertThat(run[1].lines()).hasSize(1).first().asString().startsWith(line);
    assertThat(run[1]).doesNotContain(error, "\tat ");
  }

  @Test
  void verboseShowsTheStackTraceEscapedLineByLine() {
    String[] run = run("--verbose", "--with", "bug");

    assertThat(run[1]).contains("\tat dev.roundtable.cli.ErrorHandlerTest$Failing.call(");
    HostileValuesTest.assertNoRawCharacters("the stack trace", run[1].replace("\tat ", "at "));
  }
}
