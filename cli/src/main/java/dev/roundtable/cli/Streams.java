package dev.roundtable.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The standard streams of one run of the command.
 *
 * @param in standard input
 * @param out standard output, written as bytes (UTF-8)
 * @param err standard error
 * @param interactive whether a person watches standard error (progress and hints go there)
 * @param typedInput whether standard input is a terminal, where a person would type a document
 */
record Streams(InputStream in, OutputStream out, PrintWriter err, boolean interactive,
    boolean typedInput) {

  /** Standard output for text (reports, help), UTF-8; flush it before writing bytes to {@link #out}. */
  PrintWriter outText() {
    return utf8(out);
  }

  /** A UTF-8 writer over a stream, flushed at each line; closing it is never needed. */
  static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }
}
