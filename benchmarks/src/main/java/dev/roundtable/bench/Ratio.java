package dev.roundtable.bench;

import java.util.Locale;

/**
 * A ratio of two measured scores with conservative bounds: the lowest and highest quotients of
 * the two confidence intervals, {@code (a - ea) / (b + eb)} and {@code (a + ea) / (b - eb)}.
 * When the denominator's interval reaches zero the upper bound is infinite; when an error is
 * unknown (a single measurement iteration) both bounds are NaN.
 *
 * @param value the ratio of the scores
 * @param low the lower bound
 * @param high the upper bound
 */
record Ratio(double value, double low, double high) {

  /**
   * The ratio {@code a / b} of two positive scores given with their errors.
   *
   * @param a the numerator's score
   * @param ea the numerator's error (half-width), NaN if unknown
   * @param b the denominator's score
   * @param eb the denominator's error (half-width), NaN if unknown
   * @return the ratio and its bounds
   */
  static Ratio of(double a, double ea, double b, double eb) {
    double value = a / b;
    if (Double.isNaN(ea) || Double.isNaN(eb)) {
      return new Ratio(value, Double.NaN, Double.NaN);
    }
    double low = Math.max(0, a - ea) / (b + eb);
    double high = b - eb <= 0 ? Double.POSITIVE_INFINITY : (a + ea) / (b - eb);
    return new Ratio(value, low, high);
  }

  /**
   * The ratio as {@code 1.85× [1.70–2.01]}, bounds left out when unknown.
   *
   * @return the text
   */
  String format() {
    String main = String.format(Locale.ROOT, "%.2f×", value);
    if (Double.isNaN(low) || Double.isNaN(high)) {
      return main;
    }
    String top = Double.isInfinite(high) ? "∞" : String.format(Locale.ROOT, "%.2f", high);
    return main + String.format(Locale.ROOT, " [%.2f–%s]", low, top);
  }
}
