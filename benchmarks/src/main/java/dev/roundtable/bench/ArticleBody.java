package dev.roundtable.bench;

import dev.roundtable.model.Block;
import dev.roundtable.model.Body;
import dev.roundtable.model.Heading;
import dev.roundtable.model.Inline;
import dev.roundtable.model.ListBlock;
import dev.roundtable.model.Paragraph;
import dev.roundtable.model.Quote;
import dev.roundtable.model.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of an article of 32 to 64 sentences and its lists (some 400 to 900 words): a lead paragraph, then
 * paragraphs of three to seven sentences with emphasis, strong words, links and now and then
 * inline code; in half of the articles headings (mostly level 2, a level 3 under them); a
 * bulleted or numbered list in most, two in some; a quotation in some.
 */
final class ArticleBody {
  private ArticleBody() {}

  /**
   * A new body.
   *
   * @param prose the language and the random source
   * @return the body
   */
  static Body of(Prose prose) {
    int sentences = prose.between(32, 64);
    boolean headings = prose.chance(0.5);
    double styled = prose.chance(0.25) ? 0.45 : 0.32;
    List<Block> blocks = new ArrayList<>();
    int lead = prose.between(2, 4);
    blocks.add(new Paragraph(prose.run(lead, styled)));
    int written = lead;
    int level = 2;
    while (written < sentences) {
      if (headings && prose.chance(0.3)) {
        level = level == 2 && prose.chance(0.3) ? 3 : 2;
        blocks.add(new Heading(level, List.of(new Text(prose.phrase(2, 7)))));
      }
      int n = prose.between(3, 7);
      blocks.add(new Paragraph(prose.run(n, styled)));
      written += n;
    }
    int lists = prose.chance(0.85) ? (prose.chance(0.3) ? 2 : 1) : 0;
    for (int i = 0; i < lists; i++) {
      blocks.add(prose.between(1, blocks.size() - 1), list(prose, styled));
    }
    if (prose.chance(0.3)) {
      String cite = prose.chance(0.5) ? prose.name() : null;
      blocks.add(prose.between(1, blocks.size() - 1),
          new Quote(prose.run(prose.between(1, 3), 0.1), cite));
    }
    return new Body(blocks);
  }

  private static ListBlock list(Prose prose, double styled) {
    int n = prose.between(3, 6);
    List<List<Inline>> items = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      items.add(prose.run(1, styled));
    }
    return new ListBlock(prose.chance(0.3), items);
  }
}
