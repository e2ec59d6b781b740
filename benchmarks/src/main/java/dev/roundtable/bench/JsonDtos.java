package dev.roundtable.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Block;
import dev.roundtable.model.Code;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Document;
import dev.roundtable.model.Emphasis;
import dev.roundtable.model.Heading;
import dev.roundtable.model.Inline;
import dev.roundtable.model.LineBreak;
import dev.roundtable.model.Link;
import dev.roundtable.model.ListBlock;
import dev.roundtable.model.Paragraph;
import dev.roundtable.model.Question;
import dev.roundtable.model.Quote;
import dev.roundtable.model.RelatedLink;
import dev.roundtable.model.Strong;
import dev.roundtable.model.Text;
import dev.roundtable.model.Url;
import java.time.Instant;
import java.util.List;

/**
 * The Roundtable format as plain Java records for Jackson databind: how a user would store the
 * same data without this library (polymorphic blocks and inlines by a {@code type} property,
 * nulls left out, {@link Instant}s through the JavaTimeModule). Converted from the model once,
 * in a benchmark's setup.
 */
final class JsonDtos {
  private JsonDtos() {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record DocumentDto(String format, List<QuestionDto> questions) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record QuestionDto(String id, String text, String url, SeriesDto series, List<String> topics,
      Instant askedAt, List<AnswerDto> answers) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record SeriesDto(String name, String description, String url) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record AnswerDto(String id, String headline, String url, Instant publishedAt,
      Instant updatedAt, ContributorDto contributor, String summary, ImageDto image,
      List<String> topics, List<BlockDto> body, List<RelatedLinkDto> relatedLinks) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record ContributorDto(String name, String role, String organization, String affiliation,
      String url, String imageUrl) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ImageDto(String url, String alt, String credit, Integer width, Integer height) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record RelatedLinkDto(String title, String url, ContributorDto contributor) {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = ParagraphDto.class, name = "paragraph"),
      @JsonSubTypes.Type(value = HeadingDto.class, name = "heading"),
      @JsonSubTypes.Type(value = QuoteDto.class, name = "quote"),
      @JsonSubTypes.Type(value = ListDto.class, name = "list")})
  sealed interface BlockDto permits ParagraphDto, HeadingDto, QuoteDto, ListDto {}

  record ParagraphDto(List<InlineDto> content) implements BlockDto {}

  record HeadingDto(int level, List<InlineDto> content) implements BlockDto {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record QuoteDto(List<InlineDto> content, String cite) implements BlockDto {}

  record ListDto(boolean ordered, List<List<InlineDto>> items) implements BlockDto {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = TextDto.class, name = "text"),
      @JsonSubTypes.Type(value = EmphasisDto.class, name = "emphasis"),
      @JsonSubTypes.Type(value = StrongDto.class, name = "strong"),
      @JsonSubTypes.Type(value = CodeDto.class, name = "code"),
      @JsonSubTypes.Type(value = LinkDto.class, name = "link"),
      @JsonSubTypes.Type(value = BreakDto.class, name = "break")})
  sealed interface InlineDto
      permits TextDto, EmphasisDto, StrongDto, CodeDto, LinkDto, BreakDto {}

  record TextDto(String text) implements InlineDto {}

  record EmphasisDto(List<InlineDto> content) implements InlineDto {}

  record StrongDto(List<InlineDto> content) implements InlineDto {}

  record CodeDto(String text) implements InlineDto {}

  record LinkDto(String href, List<InlineDto> content) implements InlineDto {}

  record BreakDto() implements InlineDto {}

  static DocumentDto of(Document d) {
    return new DocumentDto("roundtable/1", d.questions().stream().map(JsonDtos::of).toList());
  }

  private static QuestionDto of(Question q) {
    return new QuestionDto(q.id(), q.text(), url(q.url().orElse(null)),
        q.series().map(s -> new SeriesDto(s.name(), s.description().orElse(null),
            url(s.url().orElse(null)))).orElse(null),
        q.topics(), q.askedAt().orElse(null), q.answers().stream().map(JsonDtos::of).toList());
  }

  private static AnswerDto of(Answer a) {
    return new AnswerDto(a.id(), a.headline(), url(a.url().orElse(null)), a.publishedAt(),
        a.updatedAt().orElse(null), of(a.contributor()), a.summary().orElse(null),
        a.image().map(i -> new ImageDto(i.url().toString(), i.alt(), i.credit().orElse(null),
            i.width().isPresent() ? i.width().getAsInt() : null,
            i.height().isPresent() ? i.height().getAsInt() : null)).orElse(null),
        a.topics(), a.body().blocks().stream().map(JsonDtos::of).toList(),
        a.relatedLinks().stream().map(JsonDtos::of).toList());
  }

  private static ContributorDto of(Contributor c) {
    return new ContributorDto(c.name(), c.role().orElse(null), c.organization().orElse(null),
        c.affiliation().orElse(null), url(c.url().orElse(null)), url(c.imageUrl().orElse(null)));
  }

  private static RelatedLinkDto of(RelatedLink link) {
    return new RelatedLinkDto(link.title(), link.url().toString(),
        link.contributor().map(JsonDtos::of).orElse(null));
  }

  private static BlockDto of(Block block) {
    if (block instanceof Paragraph p) {
      return new ParagraphDto(inlines(p.content()));
    } else if (block instanceof Heading h) {
      return new HeadingDto(h.level(), inlines(h.content()));
    } else if (block instanceof Quote q) {
      return new QuoteDto(inlines(q.content()), q.cite().orElse(null));
    }
    ListBlock list = (ListBlock) block;
    return new ListDto(list.ordered(), list.items().stream().map(JsonDtos::inlines).toList());
  }

  private static List<InlineDto> inlines(List<Inline> content) {
    return content.stream().map(JsonDtos::of).toList();
  }

  private static InlineDto of(Inline inline) {
    if (inline instanceof Text t) {
      return new TextDto(t.text());
    } else if (inline instanceof Emphasis e) {
      return new EmphasisDto(inlines(e.content()));
    } else if (inline instanceof Strong s) {
      return new StrongDto(inlines(s.content()));
    } else if (inline instanceof Code c) {
      return new CodeDto(c.text());
    } else if (inline instanceof Link l) {
      return new LinkDto(l.href().toString(), inlines(l.content()));
    } else if (inline instanceof LineBreak) {
      return new BreakDto();
    }
    throw new IllegalArgumentException("unknown inline " + inline);
  }

  private static String url(Url url) {
    return url == null ? null : url.toString();
  }
}
