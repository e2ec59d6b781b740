package dev.roundtable.cli;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.TypeConversionException;

/** The choices of an option whose values are named constants, such as a format or a syntax. */
final class Choices {
  private Choices() {}

  /**
   * The constant named on the command line, in any case, white space around ignored.
   *
   * @param what what a constant is, in words ({@code format}), for the error
   * @throws TypeConversionException (a usage error) when no constant has the name
   */
  static <E> E named(E[] values, Function<E, String> cliName, String what, String name) {
    for (E value : values) {
      if (cliName.apply(value).equalsIgnoreCase(name.strip())) {
        return value;
      }
    }
    throw new TypeConversionException("unknown " + what + " " + Echo.quote(name)
        + " (expected one of " + Arrays.stream(values).map(cliName)
        .collect(Collectors.joining(", ")) + ")");
  }
}
