package dev.roundtable.json;

/** The schema.org type of an answer page in {@link JsonLd}. */
public enum ArticleType {
  /** {@code NewsArticle}: for answers published as journalism, as in a newspaper's column. */
  NEWS_ARTICLE("NewsArticle"),
  /** {@code Article}: for any other editorial page. */
  ARTICLE("Article");

  private final String schemaOrgName;

  ArticleType(String schemaOrgName) {
    this.schemaOrgName = schemaOrgName;
  }

  /**
   * The type's name in schema.org.
   *
   * @return {@code "NewsArticle"} or {@code "Article"}
   */
  public String schemaOrgName() {
    return schemaOrgName;
  }
}
