package dev.roundtable.cli;

import static dev.roundtable.cli.CommandRun.example;
import static dev.roundtable.cli.CommandRun.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.model.MentoringExample;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code export --hub URL}: the feed formats link each WebSub hub; a bad hub is a usage error. */
class HubOptionTest {
  private static final String HUB = "https://pubsubhubbub.appspot.com/";
  private static final String OTHER_HUB = "https://hub.example.net/websub?feed=1";
  private static final String REFUSED =
      "roundtable export: Invalid value for option '--hub' (URL): ";

  private static CommandRun export(String format, String... hubs) {
    List<String> args = new ArrayList<>(List.of("export", "--format", format, "--base-url",
        MentoringExample.BASE));
    for (String hub : hubs) {
      args.add("--hub");
      args.add(hub);
    }
    args.add("-");
    return runWithInput(example(), args.toArray(String[]::new));
  }

  /** The rel and href of every Atom link element, in document order. */
  private static List<String> atomLinks(byte[] feed) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    NodeList links = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed))
        .getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < links.getLength(); i++) {
      Element link = (Element) links.item(i);
      if (!link.getAttribute("rel").equals("alternate")) {
        out.add(link.getAttribute("rel") + " " + link.getAttribute("href"));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rss", "atom"})
  void each_hub_is_linked_after_the_feeds_self_link(String format) throws Exception {
    CommandRun run = export(format, HUB, OTHER_HUB);

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(atomLinks(run.out())).containsExactly(
        "self " + MentoringExample.BASE + format + ".xml", "hub " + HUB, "hub " + OTHER_HUB);
  }

  @Test
  void json_feed_lists_the_hubs_as_websub_endpoints() {
    CommandRun run = export("jsonfeed", HUB, OTHER_HUB);

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(run.outText()).contains("\"hubs\":[{\"type\":\"WebSub\",\"url\":\"" + HUB
        + "\"},{\"type\":\"WebSub\",\"url\":\"" + OTHER_HUB + "\"}]");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rss", "atom", "jsonfeed"})
  void without_hub_a_feed_has_no_hub(String format) {
    CommandRun run = export(format);

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(run.outText()).doesNotContain("rel=\"hub\"").doesNotContain("\"hubs\"");
  }

  @ParameterizedTest(name = "--hub {0}")
  @ValueSource(strings = {"ftp://hub.example.com/", "javascript:alert(1)", "/relative/hub",
      "not a url"})
  void a_hub_that_is_not_an_http_url_is_a_usage_error_naming_hub(String hub) {
    CommandRun run = export("rss", hub);

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(Roundtable.USAGE);
    assertThat(run.err().lines().findFirst()).as(run.err()).hasValueSatisfying(line ->
        assertThat(line).startsWith(REFUSED));
    assertThat(run.out()).isEmpty();
  }

  @Test
  void a_hub_given_twice_is_a_usage_error_naming_hub() {
    CommandRun run = export("atom", HUB, "HTTPS://pubsubhubbub.appspot.com:443/");

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(Roundtable.USAGE);
    assertThat(run.err().lines().findFirst()).as(run.err()).hasValueSatisfying(line ->
        assertThat(line).startsWith(REFUSED)
            .contains("more than once"));
  }

  @Test
  void the_export_help_lists_hub() {
    CommandRun run = CommandRun.run("export", "--help");

    assertThat(run.outText()).contains("--hub=URL").contains("WebSub hub");
  }
}
