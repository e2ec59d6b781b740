package dev.roundtable.html;

/**
 * Every kind of element the exporter writes outside a body, with its tag and the class it
 * carries (after the prefix). Headings take their level from the options: {@code 0} here means
 * the headline level, {@code 1} one below it. The start tags are built once per
 * {@link HtmlOptions}, so writing one is a single append.
 */
enum Kind {
  ANSWER("article", "answer"),
  HEADER("header", "header"),
  HEADLINE(0, "headline"),
  STANDFIRST("p", "standfirst"),
  BYLINE("p", "byline"),
  AUTHOR_LINK("a", "author"),
  AUTHOR("span", "author"),
  CREDENTIALS("span", "credentials"),
  DATELINE("p", "dateline"),
  PUBLISHED("time", "published"),
  UPDATED("span", "updated"),
  UPDATED_TIME("time", "updated-time"),
  FIGURE("figure", "figure"),
  IMAGE("img", "image"),
  CREDIT("figcaption", "credit"),
  BODY("div", "body"),
  TOPICS("ul", "topics"),
  TOPIC("li", "topic"),
  RELATED("nav", "related"),
  RELATED_HEADING(1, "related-heading"),
  RELATED_LIST("ul", "related-list"),
  RELATED_ITEM("li", "related-item"),
  RELATED_LINK("a", "related-link"),
  RELATED_BYLINE("span", "related-byline"),
  QUESTION_INDEX("section", "question-index"),
  QUESTION(0, "question"),
  SERIES("p", "series"),
  SERIES_DESCRIPTION("p", "series-description"),
  ANSWERS("ol", "answers"),
  ANSWER_ITEM("li", "answer-item"),
  ITEM_HEADLINE(1, "headline"),
  EXCERPT("p", "excerpt"),
  INTRO("p", "intro"),
  INTRO_QUESTION("span", "intro-question"),
  INTRO_BYLINE("span", "intro-byline");

  private final String tag;
  private final int headingOffset;
  final String className;

  Kind(String tag, String className) {
    this.tag = tag;
    this.headingOffset = -1;
    this.className = className;
  }

  Kind(int headingOffset, String className) {
    this.tag = null;
    this.headingOffset = headingOffset;
    this.className = className;
  }

  /** The tag name under the given headline level. */
  String tag(int headingLevel) {
    return tag != null ? tag : "h" + Math.min(6, headingLevel + headingOffset);
  }

  /** The start tags of every kind, unclosed ({@code <p class="rt-byline"}). */
  static String[] startTags(String classPrefix, int headingLevel) {
    String[] tags = new String[values().length];
    for (Kind kind : values()) {
      tags[kind.ordinal()] = "<" + kind.tag(headingLevel) + " class=\"" + classPrefix
          + kind.className + "\"";
    }
    return tags;
  }

  /** The end tags of every kind ({@code </p>}). */
  static String[] endTags(int headingLevel) {
    String[] tags = new String[values().length];
    for (Kind kind : values()) {
      tags[kind.ordinal()] = "</" + kind.tag(headingLevel) + ">";
    }
    return tags;
  }
}
