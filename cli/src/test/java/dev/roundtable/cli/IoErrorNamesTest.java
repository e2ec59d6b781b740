package dev.roundtable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** An I/O error names the user's file, never the temporary file written beside it. */
class IoErrorNamesTest {
  @Test
  void an_error_about_the_temporary_file_names_only_the_users_file() {
    Failure failure = Failure.io("write", "out/feed.xml",
        new AccessDeniedException("out/.feed.xml.8841223.tmp"));

    assertThat(failure.lines()).containsExactly(
        "roundtable: cannot write out/feed.xml: permission denied");
  }

  @Test
  void an_error_about_another_file_still_names_that_file_escaped() {
    Failure failure = Failure.io("read", "doc.json",
        new NoSuchFileException("other\u001B[2J.json"));

    assertThat(failure.lines()).singleElement().asString()
        .contains("(other\\u001B[2J.json)").doesNotContain("\u001B");
  }

  @Test
  void a_file_system_error_without_a_file_is_the_reason_alone() {
    Failure failure = Failure.io("write", "a.xml", new FileSystemException(null, null, "Busy"));

    assertThat(failure.lines()).singleElement().asString().startsWith("roundtable: cannot write a.xml: ");
  }
}
