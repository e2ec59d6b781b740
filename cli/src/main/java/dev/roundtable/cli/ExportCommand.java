package dev.roundtable.cli;

import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.Document;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code roundtable export --format FORMAT [--out FILE] [options] [INPUT]}. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Render a document in one format: json, jsonld, html, page, rss, atom, jsonfeed.",
    description = "Renders a Roundtable JSON document in one format, to standard output or"
        + " atomically to a file.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  roundtable export -f rss --base-url https://example.com/qa/ doc.json",
        "  roundtable export -f page --zone Europe/London -o preview.html doc.json",
        "  cat doc.json | roundtable export -f jsonld --answer jenni-luke --pretty"})
final class ExportCommand implements Callable<Integer> {
  @ParentCommand Roundtable root;
  @Spec CommandSpec spec;

  @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT", order = 1,
      converter = Format.Converter.class, completionCandidates = Format.Names.class,
      description = "One of: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", order = 2,
      description = "Write to FILE atomically (all or nothing) instead of standard output.")
  String out;

  @Option(names = "--question", paramLabel = "ID", order = 3,
      description = "Export only the question with this id.")
  String questionId;

  @Option(names = "--answer", paramLabel = "ID", order = 4,
      description = "Export only the answer with this id (with its question where the format"
          + " needs one).")
  String answerId;

  @Option(names = "--page-size", paramLabel = "N", order = 5,
      converter = RenderOptions.LimitConverter.class,
      description = "Feeds: cut the feed into pages of N answers, newest first, linked to each"
          + " other (RFC 5005); write page 1, or the page --page names.")
  Integer pageSize;

  @Option(names = "--page", paramLabel = "K", order = 6,
      converter = RenderOptions.LimitConverter.class,
      description = "With --page-size: the page to write, from 1 (the newest answers) to the"
          + " last; page K > 1 is published as NAME-K.EXT beside page 1's NAME.EXT.")
  Integer page;

  @Mixin RenderOptions options;

  @Parameters(arity = "0..1", paramLabel = "INPUT",
      description = "A Roundtable JSON document; '-' or none reads standard input.")
  String input;

  @Override
  public Integer call() {
    Streams streams = root.streams();
    Document document = DocumentInput.read(input, RoundtableJson.defaults(), streams);
    FeedPaging paging =
        FeedPaging.of(pageSize, page, format, options.limit, spec.commandLine());
    Selection selection = Selection.of(document, questionId, answerId, spec.commandLine());
    Rendering rendering = new Rendering(selection, options,
        out == null ? null : fileName(out), List.of(), Progress.of(streams),
        spec.commandLine(), paging);
    AtomicFile.writeOutput(out, streams, stream -> format.render(rendering, stream));
    return Roundtable.OK;
  }

  /** The last name in {@code --out}, for a feed's self link; the path itself when it has none. */
  private static String fileName(String out) {
    try {
      Path name = DocumentInput.path(out).getFileName();
      return name == null ? out : name.toString();
    } catch (IOException notAFileName) {
      return out; // reported when the file is written
    }
  }
}
