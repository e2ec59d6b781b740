package dev.roundtable.rss;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * {@link XmlOutput#cdataStream()}: bytes copied into a CDATA section as they are, the section
 * opened by the first byte. Flushing and closing do nothing.
 */
final class CdataStream extends OutputStream {
  private final XmlOutput xml;

  CdataStream(XmlOutput xml) {
    this.xml = xml;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    if (len > 0) {
      xml.startCdata();
      xml.bytes(b, off, off + len);
    }
  }
}
