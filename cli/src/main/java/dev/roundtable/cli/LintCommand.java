package dev.roundtable.cli;

import dev.roundtable.json.Finding;
import dev.roundtable.json.RichResults;
import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.Document;
import dev.roundtable.model.Question;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code roundtable lint INPUT...}: the rich-results rules, each finding with its place. */
@Command(name = "lint", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Check documents against the rules of rich results and link previews.",
    description = {
        "Checks the pages made from Roundtable JSON documents against what search engines and"
            + " social networks document: Google's Article, BreadcrumbList, ProfilePage and QAPage"
            + " structured data, Open Graph and Twitter cards.",
        "Prints each finding on standard output as INPUT:LINE:COLUMN: POINTER: severity:"
            + " message [rule], then a count per input. An invalid document's problems go to"
            + " standard error, as with validate.",
        "Exits 1 when a finding is an error or a document is invalid, 3 when one cannot be"
            + " read."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  roundtable lint examples/mentoring.json",
        "  roundtable lint --answer jenni-luke examples/mentoring.json"})
final class LintCommand implements Callable<Integer> {
  @ParentCommand Roundtable root;
  @Spec CommandSpec spec;

  @Option(names = "--question", paramLabel = "ID",
      description = "Check only the pages of the question with this id.")
  String questionId;

  @Option(names = "--answer", paramLabel = "ID",
      description = "Check only the page of the answer with this id (and what it shares with its"
          + " question's page: the series, the publisher, the breadcrumb).")
  String answerId;

  @Parameters(arity = "0..*", paramLabel = "INPUT",
      description = "Documents to check; '-' or none reads standard input.")
  List<String> inputs;

  @Override
  public Integer call() {
    Streams streams = root.streams();
    PrintWriter out = streams.outText();
    return DocumentInput.each(inputs, streams, input -> {
      List<Finding> findings = DocumentInput.read(input, streams, in -> {
        byte[] json = in.readNBytes((int) RoundtableJson.DEFAULT_MAX_DOCUMENT_LENGTH + 1);
        Document document = RoundtableJson.defaults().read(json);
        return RichResults.defaults().lint(document, json).stream().filter(chosen(document))
            .toList();
      });
      String name = DocumentInput.name(input);
      long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
      findings.forEach(f -> out.println(name + (f.line() > 0 ? ":" : ": ") + f));
      out.println(name + ": " + DocumentInput.count(errors, "error") + ", "
          + DocumentInput.count(findings.size() - errors, "warning"));
      out.flush();
      return errors > 0 ? Roundtable.INVALID_INPUT : Roundtable.OK;
    });
  }

  /** The findings of the pages {@code --question} and {@code --answer} choose, by pointer. */
  private Predicate<Finding> chosen(Document document) {
    if (questionId == null && answerId == null) {
      return f -> true;
    }
    Selection selection = Selection.of(document, questionId, answerId, spec.commandLine());
    Question question = selection.questions().get(0);
    String prefix = "/questions/" + document.questions().indexOf(question);
    String answers = prefix + "/answers/";
    String answer = selection.answer() == null ? null
        : answers + question.answers().indexOf(selection.answer());
    return f -> {
      String p = f.pointer();
      boolean inQuestion = p.equals(prefix) || p.startsWith(prefix + "/");
      boolean inAnswer = answer == null || !p.startsWith(answers) || p.equals(answer)
          || p.startsWith(answer + "/");
      return inQuestion && inAnswer;
    };
  }
}
