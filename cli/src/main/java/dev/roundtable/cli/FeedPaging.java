package dev.roundtable.cli;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Url;
import dev.roundtable.rss.FeedPages;
import dev.roundtable.rss.FeedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * {@code --page-size N} and {@code --page K}: page K of the feed cut into pages of N answers,
 * newest first (an RFC 5005 paged feed, the library's {@link FeedPages}). Page 1 is published
 * under the output's name ({@code rss.xml}), page k under that name with {@code -k} before the
 * extension ({@code rss-2.xml}); {@code --out rss-2.xml --page 2} names page 1 {@code rss.xml}.
 *
 * @param pageSize the most answers a page holds
 * @param page the page to write, from 1
 */
record FeedPaging(int pageSize, int page) {

  /**
   * The paging the options ask for.
   *
   * @return {@code null} without {@code --page-size}
   * @throws ParameterException for {@code --page} without {@code --page-size}, paging a format
   *     that is not a feed, or paging with {@code --limit}
   */
  static FeedPaging of(Integer pageSize, Integer page, Format format, int limit,
      CommandLine command) {
    if (pageSize == null) {
      if (page != null) {
        throw new ParameterException(command, "--page needs --page-size N: the number of"
            + " answers a page holds");
      }
      return null;
    }
    if (format != Format.RSS && format != Format.ATOM && format != Format.JSONFEED) {
      throw new ParameterException(command, "--page-size is for the feed formats (rss, atom,"
          + " jsonfeed), not " + format.cliName());
    }
    if (limit > 0) {
      throw new ParameterException(command, "--page-size cannot be combined with --limit: a"
          + " page holds --page-size answers");
    }
    return new FeedPaging(pageSize, page == null ? 1 : page);
  }

  /**
   * The name page 1 is published under, given the output's name (page {@link #page}'s).
   *
   * @param chosen whether {@code --out} gave the name, which must then be page K's own
   *     ({@code NAME-K.EXT}), so that the page's self link is where it is published
   * @throws ParameterException when {@code --out} names page K otherwise
   */
  String firstName(String name, boolean chosen, CommandLine command) {
    String suffix = "-" + page;
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    if (page > 1 && stem.endsWith(suffix) && stem.length() > suffix.length()) {
      return stem.substring(0, stem.length() - suffix.length())
          + (dot > 0 ? name.substring(dot) : "");
    }
    if (page > 1 && chosen) {
      throw new ParameterException(command, "--out must name page " + page + " as NAME-"
          + page + (dot > 0 ? name.substring(dot) : "") + " (page 1 is NAME"
          + (dot > 0 ? name.substring(dot) : "") + "), so that its self link is where it is"
          + " published; was " + Echo.quote(name));
    }
    return name;
  }

  /** The name page k is published under, given page 1's. */
  static String name(String firstName, int k) {
    if (k == 1) {
      return firstName;
    }
    int dot = firstName.lastIndexOf('.');
    return dot > 0 ? firstName.substring(0, dot) + "-" + k + firstName.substring(dot)
        : firstName + "-" + k;
  }

  /**
   * Writes the page.
   *
   * @param writer the feed's writer, whose channel's self URL is page 1's
   * @param count how many answers the feed has
   * @param newestFirst the answers, newest first
   * @param published the URL a file name is published under
   * @throws ParameterException when {@code --page} is past the last page
   */
  void write(FeedWriter writer, int count, Iterator<Answer> newestFirst,
      Function<String, Url> published, String firstName, OutputStream out, CommandLine command)
      throws IOException {
    FeedPages pages = FeedPages.of(writer, pageSize, k -> published.apply(name(firstName, k)));
    int last = pages.lastPage(count);
    if (page > last) {
      throw new ParameterException(command, "--page must be from 1 to " + last + ": " + count
          + " answers make " + last + (last == 1 ? " page" : " pages") + " of " + pageSize
          + ", was " + page);
    }
    pages.write(page, count, newestFirst, out);
  }
}
