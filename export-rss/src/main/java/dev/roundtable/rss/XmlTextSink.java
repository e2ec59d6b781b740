package dev.roundtable.rss;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * {@link XmlOutput#textAppender()}: characters escaped as XML character data. A {@link Writer}
 * so that producers which know writers hand over their arrays and strings (no wrapping).
 * Flushing and closing do nothing.
 */
final class XmlTextSink extends Writer {
  private final XmlOutput xml;

  XmlTextSink(XmlOutput xml) {
    this.xml = xml;
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, cbuf.length);
    xml.chars(cbuf, off, off + len, false);
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    xml.chars(str, off, off + len, false);
  }

  @Override
  public void write(int c) throws IOException {
    append((char) c);
  }

  @Override
  public Writer append(CharSequence csq) throws IOException {
    CharSequence s = csq == null ? "null" : csq;
    xml.chars(s, 0, s.length(), false);
    return this;
  }

  @Override
  public Writer append(CharSequence csq, int start, int end) throws IOException {
    CharSequence s = csq == null ? "null" : csq;
    xml.chars(s, start, end, false);
    return this;
  }

  @Override
  public Writer append(char c) throws IOException {
    if (c >= 0x20 && c < 0x7F && c != '&' && c != '<' && c != '>' && xml.paired()) {
      xml.byteOut(c);
    } else {
      xml.escapedChar(c, false);
    }
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
