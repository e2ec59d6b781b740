package dev.roundtable.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * The fresh JVM of one {@link Scaling} run: warms the JIT up by running a scaling main
 * ({@code FeedScale}, {@link JsonScale}, {@link HtmlScale}) a few times on {@value #WARM_UP_ANSWERS} answers with
 * its output dropped, collects garbage, then runs it once on the requested number of answers,
 * whose result line it lets through. Without the warm-up the smallest sizes would mostly measure
 * the JIT compiler.
 */
public final class ScaleChild {
  static final int WARM_UP_ROUNDS = 3;
  static final int WARM_UP_ANSWERS = 5_000;

  private ScaleChild() {}

  /**
   * Runs one size after the warm-up.
   *
   * @param args the scaling main's class name and the number of answers
   * @throws Throwable whatever the scaling main throws
   */
  public static void main(String[] args) throws Throwable {
    if (args.length != 2) {
      System.err.println("usage: ScaleChild MAIN_CLASS ANSWERS");
      System.exit(2);
    }
    Method main = Class.forName(args[0]).getMethod("main", String[].class);
    PrintStream out = System.out;
    System.setOut(new PrintStream(OutputStream.nullOutputStream()));
    try {
      for (int i = 0; i < WARM_UP_ROUNDS; i++) {
        invoke(main, Integer.toString(WARM_UP_ANSWERS));
      }
    } finally {
      System.setOut(out);
    }
    System.gc();
    invoke(main, args[1]);
  }

  private static void invoke(Method main, String answers) throws Throwable {
    try {
      main.invoke(null, (Object) new String[] {answers});
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
