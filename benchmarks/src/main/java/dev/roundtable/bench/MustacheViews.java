package dev.roundtable.bench;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Block;
import dev.roundtable.model.Byline;
import dev.roundtable.model.Code;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Emphasis;
import dev.roundtable.model.Heading;
import dev.roundtable.model.Image;
import dev.roundtable.model.Inline;
import dev.roundtable.model.LineBreak;
import dev.roundtable.model.Link;
import dev.roundtable.model.ListBlock;
import dev.roundtable.model.Paragraph;
import dev.roundtable.model.Question;
import dev.roundtable.model.Quote;
import dev.roundtable.model.RelatedLink;
import dev.roundtable.model.Series;
import dev.roundtable.model.Strong;
import dev.roundtable.model.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The view objects a logic-less Mustache template needs, built from the model for each
 * rendering, as a CMS using Mustache would. Every decision Roundtable makes while writing
 * (standfirst, byline, heading levels, nested links) is made here.
 */
final class MustacheViews {
  private MustacheViews() {}

  record ByLine(String name, String url, String credentials) {}

  record Dateline(String iso, String human, String updatedIso, String updatedHuman) {}

  record Picture(String src, String alt, Integer width, Integer height, String credit) {}

  record Group(List<Piece> inlines) {}

  record Anchor(String href, String rel, List<Piece> inlines) {}

  /** One inline; exactly one field is set. */
  record Piece(String text, Group em, Group strong, String code, Anchor link, Group plain,
      boolean br) {}

  record Item(List<Piece> inlines) {}

  record Section(boolean paragraph, String heading, boolean quote, String cite, String list,
      List<Item> items, List<Piece> inlines) {}

  record Related(String id, String series, String seriesUrl, String question,
      String questionUrl, List<RelatedItem> links) {}

  record RelatedItem(String title, String url, ByLine byline) {}

  record Article(String id, String headline, String standfirst, ByLine byline, Dateline dateline,
      Picture image, List<Section> blocks, List<String> topics, boolean hasTopics,
      Related related) {}

  record IndexItem(String headline, String url, ByLine byline, Dateline dateline,
      String excerpt) {}

  record Index(String question, String questionUrl, String series, String seriesUrl,
      String seriesDescription, boolean hasSeries, List<IndexItem> answers, boolean hasAnswers) {}

  static Article article(Question question, Answer answer) {
    List<RelatedLink> links = question.relatedLinksFor(answer);
    Related related = null;
    if (!links.isEmpty()) {
      List<RelatedItem> items = new ArrayList<>(links.size());
      for (RelatedLink link : links) {
        items.add(new RelatedItem(link.title(), link.url().toString(),
            link.contributor().map(MustacheViews::byline).orElse(null)));
      }
      Series series = question.series().orElse(null);
      related = new Related(answer.id(), series == null ? null : series.name(),
          series == null ? null : series.url().map(Object::toString).orElse(null),
          question.text(), question.url().map(Object::toString).orElse(null), items);
    }
    Image image = answer.image().orElse(null);
    Picture picture = image == null ? null : new Picture(image.url().toString(), image.alt(),
        image.width().isPresent() ? image.width().getAsInt() : null,
        image.height().isPresent() ? image.height().getAsInt() : null,
        image.credit().orElse(null));
    return new Article(answer.id(), answer.headline(), emptyToNull(answer.standfirst(300)),
        byline(answer.contributor()), dateline(answer), picture, blocks(answer.body().blocks()),
        answer.topics(), !answer.topics().isEmpty(), related);
  }

  static Index index(Question question) {
    List<IndexItem> items = new ArrayList<>(question.answers().size());
    for (Answer answer : question.answers()) {
      items.add(new IndexItem(answer.headline(), answer.url().map(Object::toString).orElse(null),
          byline(answer.contributor()), dateline(answer), emptyToNull(answer.standfirst(300))));
    }
    Series series = question.series().orElse(null);
    return new Index(question.text(), question.url().map(Object::toString).orElse(null),
        series == null ? null : series.name(),
        series == null ? null : series.url().map(Object::toString).orElse(null),
        series == null ? null : series.description().orElse(null), series != null, items,
        !items.isEmpty());
  }

  private static ByLine byline(Contributor contributor) {
    Byline byline = contributor.byline();
    return new ByLine(byline.name(), contributor.url().map(Object::toString).orElse(null),
        byline.credentials().orElse(null));
  }

  private static Dateline dateline(Answer answer) {
    Instant updated = answer.updatedAt().filter(u -> !u.equals(answer.publishedAt()))
        .orElse(null);
    return new Dateline(HtmlFixtures.iso(answer.publishedAt()),
        HtmlFixtures.human(answer.publishedAt()),
        updated == null ? null : HtmlFixtures.iso(updated),
        updated == null ? null : HtmlFixtures.human(updated));
  }

  private static List<Section> blocks(List<Block> blocks) {
    List<Section> sections = new ArrayList<>(blocks.size());
    int previous = 2;
    for (Block block : blocks) {
      if (block instanceof Paragraph) {
        sections.add(new Section(true, null, false, null, null, null,
            pieces(((Paragraph) block).content(), false)));
      } else if (block instanceof Heading) {
        int level = Math.min(Math.min(6, ((Heading) block).level() + 1), previous + 1);
        previous = level;
        sections.add(new Section(false, "h" + level, false, null, null, null,
            pieces(((Heading) block).content(), false)));
      } else if (block instanceof Quote) {
        Quote quote = (Quote) block;
        sections.add(new Section(false, null, true, quote.cite().orElse(null), null, null,
            pieces(quote.content(), false)));
      } else {
        ListBlock list = (ListBlock) block;
        List<Item> items = new ArrayList<>(list.items().size());
        for (List<Inline> item : list.items()) {
          items.add(new Item(pieces(item, false)));
        }
        sections.add(new Section(false, null, false, null, list.ordered() ? "ol" : "ul", items,
            null));
      }
    }
    return sections;
  }

  private static List<Piece> pieces(List<Inline> content, boolean inLink) {
    List<Piece> pieces = new ArrayList<>(content.size());
    for (Inline inline : content) {
      if (inline instanceof Text) {
        pieces.add(new Piece(((Text) inline).text(), null, null, null, null, null, false));
      } else if (inline instanceof Emphasis) {
        pieces.add(new Piece(null, new Group(pieces(((Emphasis) inline).content(), inLink)),
            null, null, null, null, false));
      } else if (inline instanceof Strong) {
        pieces.add(new Piece(null, null, new Group(pieces(((Strong) inline).content(), inLink)),
            null, null, null, false));
      } else if (inline instanceof Code) {
        pieces.add(new Piece(null, null, null, ((Code) inline).text(), null, null, false));
      } else if (inline instanceof Link) {
        Link link = (Link) inline;
        List<Piece> inner = pieces(link.content(), true);
        pieces.add(inLink
            ? new Piece(null, null, null, null, null, new Group(inner), false)
            : new Piece(null, null, null, null, new Anchor(link.href().toString(),
                link.href().isWeb() ? "noopener" : null, inner), null, false));
      } else if (inline instanceof LineBreak) {
        pieces.add(new Piece(null, null, null, null, null, null, true));
      }
    }
    return pieces;
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
