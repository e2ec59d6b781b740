package dev.roundtable.cli;

import dev.roundtable.imports.HtmlBody;
import dev.roundtable.imports.ImportedBody;
import dev.roundtable.imports.MarkdownBody;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;

/** The syntaxes of {@code import --from}, each read by its importer into a body. */
enum ImportSyntax {
  /** CommonMark, by {@link MarkdownBody}, which reports what it drops. */
  MARKDOWN {
    @Override
    ImportedBody read(String content) {
      return MarkdownBody.read(content);
    }
  },
  /** CMS HTML through the allow-list of {@link HtmlBody}, which reports what it drops. */
  HTML {
    @Override
    ImportedBody read(String content) {
      return HtmlBody.read(content);
    }
  };

  /**
   * Reads content of this syntax into a body.
   *
   * @throws dev.roundtable.model.InvalidModelException when no body can be made of it
   */
  abstract ImportedBody read(String content);

  /** The name on the command line. */
  String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The syntax named on the command line, in any case. */
  static ImportSyntax named(String name) {
    return Choices.named(values(), ImportSyntax::cliName, "syntax", name);
  }

  /** {@code --from}: a syntax's name. */
  static final class Converter implements ITypeConverter<ImportSyntax> {
    @Override
    public ImportSyntax convert(String value) {
      return named(value);
    }
  }

  /** The names offered in help and shell completion. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(ImportSyntax::cliName).iterator();
    }
  }
}
