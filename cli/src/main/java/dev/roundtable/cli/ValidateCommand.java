package dev.roundtable.cli;

import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.Document;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code roundtable validate [--strict] INPUT...}: checks documents, listing every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Check documents, listing every problem with its line, column and JSON Pointer.",
    description = {
        "Checks Roundtable JSON documents. Prints 'INPUT: valid ...' for each good one on"
            + " standard output and every problem of a bad one on standard error as"
            + " INPUT:LINE:COLUMN: POINTER: message.",
        "Exits 1 when a document is invalid, 3 when one cannot be read."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  roundtable validate --strict examples/*.json",
        "  curl -s https://cms.example/export | roundtable validate -"})
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand Roundtable root;

  @Option(names = "--strict",
      description = "Also reject properties the format does not define (the default ignores them,"
          + " for forward compatibility).")
  boolean strict;

  @Parameters(arity = "0..*", paramLabel = "INPUT",
      description = "Documents to check; '-' or none reads standard input.")
  List<String> inputs;

  @Override
  public Integer call() {
    Streams streams = root.streams();
    RoundtableJson json = RoundtableJson.builder().strict(strict).build();
    PrintWriter out = streams.outText();
    return DocumentInput.each(inputs, streams, input -> {
      Document document = DocumentInput.read(input, json, streams);
      int answers = document.questions().stream().mapToInt(q -> q.answers().size()).sum();
      out.println(DocumentInput.name(input) + ": valid ("
          + DocumentInput.count(document.questions().size(), "question") + ", "
          + DocumentInput.count(answers, "answer") + ")");
      out.flush();
      return Roundtable.OK;
    });
  }
}
