package dev.roundtable.html;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the engine of validator.w3.org/nu), run in-process and offline: its
 * schemas come from its own jar. Checks a fragment inside a minimal HTML5 document and returns
 * every error and warning. One instance per thread.
 */
final class NuHtmlChecker {
  private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";
  private static final String PAGE_START = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
      + "<meta charset=\"utf-8\">\n<title>Fixture</title>\n</head>\n<body>\n";
  private static final String PAGE_END = "</body>\n</html>\n";

  private final List<String> problems = new ArrayList<>();
  private final SimpleDocumentValidator validator;

  NuHtmlChecker() {
    ErrorHandler handler = new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
        problems.add("warning " + location(e));
      }

      @Override
      public void error(SAXParseException e) {
        problems.add("error " + location(e));
      }

      @Override
      public void fatalError(SAXParseException e) {
        problems.add("fatal " + location(e));
      }
    };
    try {
      validator = new SimpleDocumentValidator(false, false, false);
      validator.setUpMainSchema(SCHEMA, handler);
      validator.setUpValidatorAndParsers(handler, true, false);
    } catch (Exception e) {
      throw new IllegalStateException("the Nu Html Checker could not start: " + e, e);
    }
  }

  /** The errors and warnings for a fragment placed in the body of a minimal document. */
  List<String> checkFragment(String fragment) {
    return checkDocument(PAGE_START + fragment + PAGE_END);
  }

  /** The errors and warnings for a whole document. */
  List<String> checkDocument(String document) {
    problems.clear();
    InputSource source = new InputSource(
        new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
    source.setEncoding("UTF-8");
    try {
      validator.checkHtmlInputSource(source);
    } catch (Exception e) {
      problems.add("exception " + e);
    }
    return List.copyOf(problems);
  }

  private static String location(SAXParseException e) {
    return e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage();
  }
}
