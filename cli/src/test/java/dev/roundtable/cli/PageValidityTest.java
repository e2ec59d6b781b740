package dev.roundtable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.RandomModels;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The page format passes the Nu Html Checker (validator.w3.org/nu), run offline. */
class PageValidityTest {
  private static final List<String> problems = new ArrayList<>();
  private static SimpleDocumentValidator validator;

  @BeforeAll
  static void startChecker() throws Exception {
    ErrorHandler handler = new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
        problems.add("warning " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
      }

      @Override
      public void error(SAXParseException e) {
        problems.add("error " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        error(e);
      }
    };
    validator = new SimpleDocumentValidator(false, false, false);
    validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
    validator.setUpValidatorAndParsers(handler, true, false);
  }

  private static List<String> check(byte[] page) throws Exception {
    problems.clear();
    InputSource source = new InputSource(new ByteArrayInputStream(page));
    source.setEncoding("UTF-8");
    validator.checkHtmlInputSource(source);
    return List.copyOf(problems);
  }

  @Test
  void demoPageHasNoErrorsOrWarnings() throws Exception {
    CommandRun run = CommandRun.runWithInput(CommandRun.example(), "export", "--format", "page");

    assertThat(check(run.out())).as(run.outText()).isEmpty();
  }

  @Test
  void pageOfOneAnswerHasNoErrorsOrWarnings() throws Exception {
    CommandRun run = CommandRun.runWithInput(CommandRun.example(), "export", "--format", "page",
        "--answer", "jenni-luke", "--locale", "en-GB", "--zone", "Europe/London");

    assertThat(check(run.out())).as(run.outText()).isEmpty();
  }

  static java.util.stream.Stream<Long> seeds() {
    return RandomModels.seeds(10);
  }

  /** Any content, hostile text included, in the fragments, the title and the JSON-LD. */
  @ParameterizedTest
  @MethodSource("seeds")
  void pageOfAGeneratedDocumentHasNoErrors(long seed) throws Exception {
    byte[] json = RoundtableJson.defaults().toBytes(new RandomModels(seed).document());

    CommandRun run = CommandRun.runWithInput(json, "export", "--format", "page",
        "--title", "Seed " + seed + " <&> \"quoted\" \u0007");

    assertThat(run.exitCode()).as("seed %d: %s", seed, run.describe()).isZero();
    assertThat(check(run.out())).as("seed %d:%n%s", seed, run.outText())
        .filteredOn(p -> p.startsWith("error"))
        .isEmpty();
  }
}
