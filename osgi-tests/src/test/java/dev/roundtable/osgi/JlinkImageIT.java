package dev.roundtable.osgi;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import dev.roundtable.html.HtmlExporter;
import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.Answer;
import dev.roundtable.rss.RssFeedWriter;
import dev.roundtable.text.Context;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * jlink links an application that requires {@code dev.roundtable.rss} and
 * {@code dev.roundtable.json} into a runtime image, which it does only when every module on the
 * way is a named module with a module-info (it refuses automatic modules); the image's
 * {@code bin/java} then prints what the same application prints on the class path.
 */
class JlinkImageIT {
  private static final Path EXAMPLE = Path.of(System.getProperty("roundtable.example"));
  private static final String MODULE = "dev.roundtable.example.feeds";
  private static final String MAIN = MODULE + ".FeedsApp";

  @Test
  void an_image_linked_from_the_library_modules_prints_what_the_class_path_prints()
      throws Exception {
    Path work = WorkDirectory.fresh("jlink");
    List<Path> modules = List.of(LibraryJars.of(RssFeedWriter.class),
        LibraryJars.of(RoundtableJson.class), LibraryJars.of(HtmlExporter.class),
        LibraryJars.of(Answer.class), LibraryJars.of(Context.class),
        LibraryJars.of(JsonFactory.class));
    String modulePath = modules.stream().map(Path::toString)
        .collect(Collectors.joining(File.pathSeparator));
    Path classes = work.resolve("classes");
    Path sources = Path.of("src/test/jlink-app");
    List<String> javac = new ArrayList<>(List.of("--release", "17", "-d", classes.toString(),
        "--module-path", modulePath));
    try (Stream<Path> files = Files.walk(sources)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> javac.add(f.toString()));
    }
    run("javac", javac);

    Path image = work.resolve("image");
    String jmods = Path.of(System.getProperty("java.home"), "jmods").toString();
    run("jlink", List.of("--module-path", String.join(File.pathSeparator, jmods,
        classes.toString(), modulePath), "--add-modules", MODULE, "--output", image.toString(),
        "--no-header-files", "--no-man-pages"));

    Path imageJava = image.resolve("bin/java");
    String listed =
        new String(Processes.output(List.of(imageJava.toString(), "--list-modules"), work), UTF_8);
    assertThat(listed).contains("dev.roundtable.rss@", "dev.roundtable.json@",
        "dev.roundtable.html@", "dev.roundtable.model@", "dev.roundtable.text@",
        "com.fasterxml.jackson.core@", MODULE).doesNotContain("databind");

    byte[] linked = Processes.output(List.of(imageJava.toString(), "-m", MODULE + "/" + MAIN,
        EXAMPLE.toString()), work);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    byte[] plain = Processes.output(List.of(java.toString(), "-cp",
        classes + File.pathSeparator + modulePath, MAIN, EXAMPLE.toString()), work);
    assertThat(new String(plain, UTF_8)).contains("\"id\": \"jenni-luke\"", "<rss",
        "<feed", "https://jsonfeed.org/version/1.1");
    assertThat(new String(linked, UTF_8)).isEqualTo(new String(plain, UTF_8));
    assertThat(linked).isEqualTo(plain);
  }

  /** Runs a JDK tool in this JVM; fails with its output unless it exits 0. */
  private static void run(String tool, List<String> args) {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(output, true, UTF_8);
    int code = ToolProvider.findFirst(tool).orElseThrow()
        .run(print, print, args.toArray(String[]::new));
    assertThat(code).as("%s %s:%n%s", tool, args, output.toString(UTF_8)).isZero();
  }
}
