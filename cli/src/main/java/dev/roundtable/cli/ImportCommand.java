package dev.roundtable.cli;

import dev.roundtable.imports.Drop;
import dev.roundtable.imports.ImportedBody;
import dev.roundtable.json.RoundtableJson;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code roundtable import --from markdown|html [--out FILE] [INPUT]}. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Read CMS content (Markdown or HTML) into a body, written as Roundtable JSON.",
    description = {
        "Reads CommonMark, or HTML through the allow-list, into the body of an answer and"
            + " writes it as the format's body: a JSON array of blocks, pretty, UTF-8. Raw HTML"
            + " in Markdown is never passed through.",
        "What Markdown had to drop (images, raw HTML, thematic breaks, link targets other than"
            + " http, https and mailto, ...) is reported on standard error, one"
            + " 'INPUT:LINE: dropped ...' a line. Input is read as UTF-8.",
        "Exits 1 when no body can be made of the input (it is empty, or holds no text the model"
            + " can keep), 3 when it cannot be read or the output written."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  roundtable import --from markdown answer.md",
        "  roundtable import --from html -o body.json post.html"})
final class ImportCommand implements Callable<Integer> {
  private static final RoundtableJson JSON = RoundtableJson.builder().pretty(true).build();

  @ParentCommand Roundtable root;

  @Option(names = "--from", required = true, paramLabel = "SYNTAX", order = 1,
      converter = ImportSyntax.Converter.class, completionCandidates = ImportSyntax.Names.class,
      description = "One of: ${COMPLETION-CANDIDATES}.")
  ImportSyntax from;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", order = 2,
      description = "Write to FILE atomically (all or nothing) instead of standard output.")
  String out;

  @Parameters(arity = "0..1", paramLabel = "INPUT",
      description = "The content to import; '-' or none reads standard input.")
  String input;

  @Override
  public Integer call() {
    Streams streams = root.streams();
    ImportedBody imported = DocumentInput.read(input, streams, in -> from.read(text(
        in.readAllBytes())));
    report(imported, DocumentInput.name(input), streams.err());
    AtomicFile.writeOutput(out, streams, stream -> JSON.write(imported.body(), stream));
    return Roundtable.OK;
  }

  /** The input's text: UTF-8, a byte order mark left out, malformed bytes as U+FFFD. */
  static String text(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Each drop as {@code NAME:LINE: dropped ...}, or {@code NAME: dropped ...} with no line. */
  private static void report(ImportedBody imported, String name, PrintWriter err) {
    for (Drop drop : imported.drops()) {
      err.println(Echo.escape(name + (drop.line() > 0 ? ":" + drop.line() : "") + ": "
          + drop.message()));
    }
    err.flush();
  }
}
