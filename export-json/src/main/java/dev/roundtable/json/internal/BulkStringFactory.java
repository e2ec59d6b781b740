package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A {@link JsonFactory} whose UTF-8 generators are {@link BulkStringGenerator}s; everything else
 * (parsers, character generators, configuration) is jackson-core's.
 */
public final class BulkStringFactory extends JsonFactory {
  private static final long serialVersionUID = 1L;

  /**
   * A factory with the builder's configuration.
   *
   * @param builder the configuration
   */
  public BulkStringFactory(JsonFactoryBuilder builder) {
    super(builder);
  }

  private BulkStringFactory(BulkStringFactory source, ObjectCodec codec) {
    super(source, codec);
  }

  @Override
  public JsonFactory copy() {
    return new BulkStringFactory(this, null);
  }

  @Override
  protected JsonGenerator _createUTF8Generator(OutputStream out, IOContext context)
      throws IOException {
    BulkStringGenerator g = new BulkStringGenerator(context, _generatorFeatures, _objectCodec,
        out, _quoteChar);
    if (_maximumNonEscapedChar > 0) {
      g.setHighestNonEscapedChar(_maximumNonEscapedChar);
    }
    if (_characterEscapes != null) {
      g.setCharacterEscapes(_characterEscapes);
    }
    if (_rootValueSeparator != DEFAULT_ROOT_VALUE_SEPARATOR) {
      g.setRootValueSeparator(_rootValueSeparator);
    }
    return _decorate(g);
  }
}
