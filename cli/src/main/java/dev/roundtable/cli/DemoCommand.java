package dev.roundtable.cli;

import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Document;
import dev.roundtable.model.InvalidModelException;
import dev.roundtable.model.Question;
import dev.roundtable.model.Series;
import dev.roundtable.model.Url;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code roundtable demo [DIR]}: renders the bundled example in every format into DIR, with an
 * {@code index.html} preview page linking the others, and prints what it wrote.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    header = "Render the bundled example in every format, with a preview page.",
    description = {
        "Renders the bundled example (the mentoring question, examples/mentoring.json) in every"
            + " format into DIR and prints the files it wrote, index.html first.",
        "Open index.html in a browser: a preview page linking the feeds and the JSON."})
final class DemoCommand implements Callable<Integer> {
  /** The bundled example, copied into the jar at build time. */
  static final String EXAMPLE = "mentoring.json";

  @ParentCommand Roundtable root;
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = "roundtable-demo",
      description = "Where to write (created when missing; default: ${DEFAULT-VALUE}).")
  String directory;

  @Override
  public Integer call() {
    Streams streams = root.streams();
    Document example = example();
    Selection selection = new Selection(example, example.questions(), null, false);
    Document preview = withoutPictures(example);
    Selection previewSelection = new Selection(preview, preview.questions(), null, false);
    RenderOptions options = new RenderOptions();
    options.pretty = true;
    options.baseUrl = baseUrl(selection);
    List<PageWriter.Alternate> alternates = new ArrayList<>();
    for (Format format : Format.values()) {
      alternates.add(new PageWriter.Alternate(format, format.fileName()));
    }
    Path directory;
    try {
      directory = Files.createDirectories(DocumentInput.path(this.directory));
    } catch (IOException e) {
      throw Failure.io("create directory", this.directory, e);
    }
    PrintWriter out = streams.outText();
    for (Format format : pageFirst()) {
      Path file = directory.resolve(format.fileName());
      Rendering rendering = new Rendering(format == Format.PAGE ? previewSelection : selection,
          options, format.fileName(), alternates,
          Progress.of(streams), spec.commandLine());
      try {
        AtomicFile.write(file, stream -> format.render(rendering, stream));
      } catch (IOException e) {
        throw Failure.io("write", file.toString(), e);
      }
      out.println(Echo.escape(file.toString()));
      out.flush();
    }
    if (streams.interactive()) {
      streams.err().println(Echo.escape("Open " + directory.resolve(Format.PAGE.fileName())
          .toAbsolutePath().toUri() + " in a browser."));
    }
    return Roundtable.OK;
  }

  /**
   * The example for the preview page, without its pictures: their URLs are the example's own
   * (example.com), which a browser showing the page from disk cannot load, and a broken image
   * is worse than none. The feeds and the JSON keep them.
   */
  static Document withoutPictures(Document document) {
    List<Question> questions = new ArrayList<>();
    for (Question question : document.questions()) {
      List<Answer> answers = new ArrayList<>();
      for (Answer answer : question.answers()) {
        answers.add(answer.image().isPresent() ? answer.toBuilder().image(null).build() : answer);
      }
      questions.add(question.toBuilder().answers(answers).build());
    }
    return new Document(questions);
  }

  /** Every format, the page first. */
  private static List<Format> pageFirst() {
    List<Format> formats = new ArrayList<>(List.of(Format.values()));
    formats.remove(Format.PAGE);
    formats.add(0, Format.PAGE);
    return formats;
  }

  /** The feeds' base: the series' page of the example. */
  private static Url baseUrl(Selection selection) {
    return selection.questions().get(0).series().flatMap(Series::url)
        .orElseGet(() -> Url.of("https://example.com/"));
  }

  /** Reads the bundled example; it is part of the build, so any problem is a bug. */
  static Document example() {
    try (InputStream in = DemoCommand.class.getResourceAsStream(EXAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled example " + EXAMPLE + " is missing");
      }
      return RoundtableJson.defaults().read(in);
    } catch (IOException | InvalidModelException e) {
      throw new IllegalStateException("cannot read the bundled example: " + e.getMessage(), e);
    }
  }
}
