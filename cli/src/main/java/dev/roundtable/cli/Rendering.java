package dev.roundtable.cli;

import dev.roundtable.html.HtmlExporter;
import dev.roundtable.html.HtmlOptions;
import dev.roundtable.json.JsonLd;
import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Question;
import dev.roundtable.model.Series;
import dev.roundtable.model.Url;
import dev.roundtable.rss.AtomFeedWriter;
import dev.roundtable.rss.Channel;
import dev.roundtable.rss.FeedWriter;
import dev.roundtable.rss.InvalidChannelException;
import dev.roundtable.rss.JsonFeedWriter;
import dev.roundtable.rss.RssFeedWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * One export: a {@link Selection} of a document rendered with the {@link RenderOptions}, by the
 * library's exporters, configured here once per run.
 */
final class Rendering {
  private final Selection selection;
  private final RenderOptions options;
  private final String fileName;
  private final List<PageWriter.Alternate> alternates;
  private final Progress progress;
  private final CommandLine command;
  private final FeedPaging paging;

  /**
   * @param fileName the output's file name, for a feed's self link, or {@code null}
   * @param alternates other renderings a page links to (feeds, JSON)
   * @param command the command whose options these are, for usage errors
   */
  Rendering(Selection selection, RenderOptions options, String fileName,
      List<PageWriter.Alternate> alternates, Progress progress, CommandLine command) {
    this(selection, options, fileName, alternates, progress, command, null);
  }

  /** The same, writing one page of a feed when {@code paging} is not {@code null}. */
  Rendering(Selection selection, RenderOptions options, String fileName,
      List<PageWriter.Alternate> alternates, Progress progress, CommandLine command,
      FeedPaging paging) {
    this.paging = paging;
    this.selection = selection;
    this.options = options;
    this.fileName = fileName;
    this.alternates = List.copyOf(alternates);
    this.progress = progress;
    this.command = command;
  }

  /** Canonical JSON: the document, the chosen question, or the chosen answer as a bare object. */
  void json(OutputStream out) throws IOException {
    RoundtableJson json = RoundtableJson.builder().pretty(options.pretty).build();
    if (selection.answer() != null) {
      json.write(selection.answer(), out);
    } else if (selection.questionChosen()) {
      json.write(selection.questions().get(0), out);
    } else {
      json.write(selection.document(), out);
    }
    out.flush();
  }

  /** JSON-LD: the answer's page, a question's page, or an array of question pages. */
  void jsonLd(OutputStream out) throws IOException {
    JsonLd jsonLd = JsonLd.builder().pretty(options.pretty).build();
    Writer writer = writer(out);
    if (selection.answer() != null) {
      jsonLd.writeAnswerPage(selection.questions().get(0), selection.answer(), writer);
    } else if (selection.questions().size() == 1) {
      jsonLd.writeQuestionPage(selection.questions().get(0), writer);
    } else {
      writer.write('[');
      String separator = options.pretty ? ",\n" : ",";
      for (int i = 0; i < selection.questions().size(); i++) {
        writer.write(i == 0 ? "" : separator);
        jsonLd.writeQuestionPage(selection.questions().get(i), writer);
      }
      writer.write(']');
    }
    writer.flush();
  }

  /** HTML fragments: each question's index, then each answer's intro and article. */
  void html(OutputStream out) throws IOException {
    Writer writer = writer(out);
    writeFragments(writer, false);
    writer.flush();
  }

  /** A complete HTML5 page around the fragments. */
  void page(OutputStream out) throws IOException {
    Writer writer = writer(out);
    new PageWriter(this).write(writer);
    writer.flush();
  }

  /** RSS 2.0 of the chosen answers, newest first. */
  void rss(OutputStream out) throws IOException {
    writeFeed(RssFeedWriter.of(channel(Format.RSS)), Format.RSS, out);
  }

  /** Atom 1.0 of the chosen answers, newest first. */
  void atom(OutputStream out) throws IOException {
    writeFeed(AtomFeedWriter.of(channel(Format.ATOM)), Format.ATOM, out);
  }

  /** JSON Feed 1.1 of the chosen answers, newest first. */
  void jsonFeed(OutputStream out) throws IOException {
    writeFeed(JsonFeedWriter.of(channel(Format.JSONFEED)), Format.JSONFEED, out);
  }

  /**
   * Writes the fragments {@link #html} writes.
   *
   * @param page for the page format: the page has one {@code <h1>} (the question above a
   *     panel's answers, or the answer's headline on the page of one answer), each fragment
   *     carries its schema.org JSON-LD, and the intro line stands only above a single answer
   *     (a panel's page introduces its answers with the question's index, and every article
   *     keeps its own byline)
   */
  void writeFragments(Appendable out, boolean page) throws IOException {
    HtmlOptions.Builder options = htmlOptions();
    if (page) {
      options.metadata(HtmlOptions.Metadata.JSON_LD);
    }
    boolean single = selection.answer() != null;
    HtmlExporter html = HtmlExporter.of(options.build());
    HtmlExporter top = page ? HtmlExporter.of(options.headingLevel(1).build()) : html;
    Iterator<Answer> answers = progress.writing("HTML", selection.answers().iterator(),
        selection.answers().size());
    for (Question question : selection.questions()) {
      if (!single) {
        top.index(question).writeTo(out);
        out.append('\n');
      }
      int count = single ? 1 : question.answers().size();
      for (int i = 0; i < count; i++) {
        Answer answer = answers.next();
        if (single || !page) {
          html.intro(question, answer).writeTo(out);
          out.append('\n');
        }
        (single ? top : html).answer(question, answer).writeTo(out);
        out.append('\n');
      }
    }
    progress.done();
  }

  /** The options of the HTML the page and the fragments share: the zone and the locale. */
  HtmlOptions.Builder htmlOptions() {
    return HtmlOptions.builder().zone(options.zoneOrDefault()).locale(options.localeOrDefault());
  }

  /** The title: {@code --title}, else the only question, else the series, else "Roundtable". */
  String title() {
    if (options.title != null && !options.title.isBlank()) {
      return options.title.strip();
    }
    if (selection.singleQuestion().isPresent()) {
      return selection.singleQuestion().get().text();
    }
    return series() != null ? series().name() : "Roundtable";
  }

  /** The series of the first chosen question that has one, or {@code null}. */
  Series series() {
    for (Question question : selection.questions()) {
      if (question.series().isPresent()) {
        return question.series().get();
      }
    }
    return null;
  }

  Selection selection() {
    return selection;
  }

  List<PageWriter.Alternate> alternates() {
    return alternates;
  }

  RenderOptions options() {
    return options;
  }

  /** Streams the chosen answers, newest first; the channel's limit stops the writer. */
  private void writeFeed(FeedWriter writer, Format format, OutputStream out)
      throws IOException {
    List<Answer> items = new ArrayList<>(selection.answers());
    items.sort(FeedWriter.NEWEST_FIRST);
    int total = options.limit > 0 ? Math.min(options.limit, items.size()) : items.size();
    Iterator<Answer> answers = progress.writing("feed", items.iterator(), total);
    try {
      if (paging != null) {
        paging.write(writer, items.size(), answers, this::published, name(format), out, command);
      } else {
        writer.write(answers, out);
      }
    } catch (InvalidChannelException e) {
      // an Atom feed without answers and without a question's askedAt has no date to carry
      throw Failure.invalidInput(List.of("roundtable: cannot write this feed: it has no answers"
          + " and no question's askedAt to date it (Atom requires a date): " + e.rule()), e);
    }
    progress.done();
  }

  /**
   * The feed's channel: title, links and language from the options and the selection.
   *
   * @throws ParameterException when the options cannot make a valid channel, for instance
   *     without {@code --base-url} for the feed's own address
   */
  private Channel channel(Format format) {
    if (options.baseUrl == null) {
      throw new ParameterException(command, format.cliName() + " needs --base-url URL: the"
          + " address the feed is published under, for its self link and item links");
    }
    try {
      Channel.Builder channel = Channel.builder()
          .title(title())
          .link(link())
          .description(description())
          .baseUrl(options.baseUrl)
          .selfUrl(published(name(format)))
          .language(options.localeOrDefault().toLanguageTag())
          .generator("Roundtable");
      if (options.limit > 0) {
        channel.limit(options.limit);
      }
      options.hubs.forEach(hub -> channel.hub(hub.toString()));
      // The feed's date when it has no answers to take one from: when its newest question was
      // asked (never the clock, so that the same input gives the same bytes).
      selection.questions().stream().map(Question::askedAt).flatMap(java.util.Optional::stream)
          .max(java.util.Comparator.naturalOrder()).ifPresent(channel::updated);
      return channel.build();
    } catch (InvalidChannelException e) {
      if (e.field().equals("hubs")) {
        // worded as picocli words a value its converter refuses
        throw new ParameterException(command,
            "Invalid value for option '--hub' (URL): " + e.rule());
      }
      throw new ParameterException(command, "Cannot make a " + format.cliName()
          + " channel: " + e.getMessage());
    }
  }

  /** The name the feed (page 1 of a paged feed) is published under. */
  private String name(Format format) {
    String name = fileName != null ? fileName : format.fileName();
    return paging == null ? name : paging.firstName(name, fileName != null, command);
  }

  /**
   * The address a file is published at (a feed's self link): the base URL (which ends with
   * {@code /} and has no query or fragment) and the file's name as one path segment, percent-encoded as UTF-8 by the JDK's
   * {@link URLEncoder} with the space as {@code %20} (letters, digits and {@code -._*} stay as
   * they are), so that {@code a b.xml}, {@code feed#x} or {@code f?x=1} stay a file name and
   * never become a query or fragment.
   */
  private Url published(String name) {
    return Url.of(options.baseUrl
        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
  }

  /** Where the feed's readers go: the question's page, else the series', else the base URL. */
  private Url link() {
    if (selection.singleQuestion().flatMap(Question::url).isPresent()) {
      return selection.singleQuestion().get().url().get();
    }
    if (series() != null && series().url().isPresent()) {
      return series().url().get();
    }
    return options.baseUrl;
  }

  private String description() {
    if (selection.singleQuestion().isPresent()) {
      return "Answers from the panel to: " + selection.singleQuestion().get().text();
    }
    Series series = series();
    return series != null && series.description().isPresent()
        ? series.description().get() : "Answers from the panel";
  }

  private static Writer writer(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 14);
  }
}
