package dev.roundtable.json;

import dev.roundtable.json.Finding.Severity;
import dev.roundtable.model.Answer;
import dev.roundtable.model.AspectRatio;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Crop;
import dev.roundtable.model.Image;
import dev.roundtable.model.Publisher;
import dev.roundtable.model.Question;
import dev.roundtable.model.Series;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of {@link RichResults}, each once, each with the page that states it. They look at
 * the model, field by field, for what the page head (Open Graph, Twitter) and the schema.org
 * graph written from it will lack; each finding points at the field to change.
 */
final class RichResultRules {
  /** Google: "at least 50K pixels when multiplying width and height". */
  static final int MIN_PIXELS = 50_000;
  /** Google's AMP article requirement, still the length its cards show in full. */
  static final int MAX_HEADLINE = 110;
  /** Google, Organization: a logo "must be 112x112px, at minimum". */
  static final int MIN_LOGO_SIDE = 112;
  /** Twitter's limit on an image's text alternative. */
  static final int MAX_ALT = 420;

  private final List<Finding> found = new ArrayList<>();
  private final Set<Contributor> profiled = new java.util.HashSet<>();
  private final boolean qaPages;

  RichResultRules(boolean qaPages) {
    this.qaPages = qaPages;
  }

  List<Finding> found() {
    return found;
  }

  private void error(String pointer, String rule, String message) {
    found.add(new Finding(pointer, 0, 0, Severity.ERROR, rule, message));
  }

  private void warning(String pointer, String rule, String message) {
    found.add(new Finding(pointer, 0, 0, Severity.WARNING, rule, message));
  }

  void question(Question q, String at) {
    // Google, BreadcrumbList: "item" is required on every ListItem but the last one
    // (developers.google.com/search/docs/appearance/structured-data/breadcrumb).
    if (q.series().isPresent() && q.series().get().url().isEmpty()) {
      error(at + "/series/url", "breadcrumb-url", "the series has no url, so the breadcrumb"
          + " series > question > answer has an item without a link");
    }
    if (q.url().isEmpty()) {
      error(at + "/url", "breadcrumb-url", "the question has no url, so its page has no"
          + " canonical link and the answers' breadcrumbs have an item without a link");
    }
    // ogp.me: og:image is required; the question's page shows its newest answer's picture.
    if (!q.answers().isEmpty() && q.answers().stream().allMatch(a -> a.image().isEmpty())) {
      error(at + "/answers", "question-image", "no answer has an image, so the question's page"
          + " has no og:image, which Open Graph requires");
    }
    publisher(q.series().flatMap(Series::publisher).orElse(null), q.series().isPresent(), at);
    if (qaPages) {
      // Google, QAPage: "Only use the QAPage markup if your page has information in a
      // question and answer format" where users can submit answers; a Question needs
      // acceptedAnswer or suggestedAnswer
      // (developers.google.com/search/docs/appearance/structured-data/qapage).
      warning(at, "qapage-editorial", "the question page is marked up as a QAPage, which"
          + " Google allows only where readers can submit answers; a panel of invited"
          + " contributors is editorial: keep the default CollectionPage unless readers can"
          + " answer on this page");
      if (q.answers().isEmpty()) {
        error(at + "/answers", "qapage-answers", "a QAPage's question needs at least one"
            + " answer (acceptedAnswer or suggestedAnswer)");
      }
    }
  }

  private void publisher(Publisher p, boolean hasSeries, String at) {
    // Google, Article: publisher (name, url) recommended; the AMP article requirements made
    // publisher.logo required (developers.google.com/search/docs/appearance/structured-data/article).
    String where = hasSeries ? at + "/series/publisher" : at + "/series";
    if (p == null) {
      warning(where, "publisher", "no publisher: search engines show no organization"
          + " with the articles, and og:site_name falls back to the series' name");
      return;
    }
    if (p.logo().isEmpty()) {
      error(where + "/logo", "publisher-logo", "the publisher has no logo, which article"
          + " rich results require");
    } else {
      Image logo = p.logo().get();
      if (unsized(logo, where + "/logo", "logo")) {
        return;
      }
      // Google, Organization: logo (developers.google.com/search/docs/appearance/
      // structured-data/organization).
      int width = logo.width().getAsInt();
      int height = logo.height().getAsInt();
      if (width < MIN_LOGO_SIDE || height < MIN_LOGO_SIDE) {
        error(where + "/logo/" + (width < MIN_LOGO_SIDE ? "width" : "height"), "logo-size",
            "the logo is " + width + " x " + height + "; Google wants at least "
                + MIN_LOGO_SIDE + " x " + MIN_LOGO_SIDE);
      }
    }
  }

  void answer(Answer a, String at) {
    int length = a.headline().codePointCount(0, a.headline().length());
    if (length > MAX_HEADLINE) {
      error(at + "/headline", "headline-length", "the headline is " + length
          + " characters long; article rich results cut it at " + MAX_HEADLINE);
    }
    // ogp.me: og:title, og:type, og:image and og:url are the four required properties.
    if (a.url().isEmpty()) {
      error(at + "/url", "page-url", "the answer has no url: its page has no og:url, no"
          + " canonical link and no @id");
    }
    // Google, Article: author.url "to help Google disambiguate the author".
    if (a.contributor().url().isEmpty()) {
      warning(at + "/contributor/url", "author-url", "the author has no url (a profile"
          + " page), which search engines use to tell people of the same name apart");
    }
    profile(a.contributor(), at + "/contributor");
    if (a.image().isEmpty()) {
      error(at + "/image", "image", "the answer has no image: its page has no og:image,"
          + " which Open Graph requires, and its article no image for rich results");
      return;
    }
    Image image = a.image().get();
    // ogp.me og:image:alt; Twitter cards: twitter:image:alt, at most 420 characters.
    if (image.alt().isEmpty()) {
      warning(at + "/image/alt", "image-alt", "the image has no text alternative, so"
          + " og:image:alt and twitter:image:alt are missing");
    } else if (image.alt().length() > MAX_ALT) {
      error(at + "/image/alt", "image-alt", "the text alternative is " + image.alt().length()
          + " characters long; twitter:image:alt takes at most " + MAX_ALT);
    }
    if (!unsized(image, at + "/image", "image")) {
      pixels(image.width().getAsInt(), image.height().getAsInt(), at + "/image", "image");
    }
    for (int k = 0; k < image.crops().size(); k++) {
      Crop crop = image.crops().get(k);
      pixels(crop.width(), crop.height(), at + "/image/crops/" + k,
          "crop " + crop.ratio().json());
    }
    ratios(image, at + "/image");
  }

  /** Whether an image lacks its size, which is then a warning. */
  private boolean unsized(Image image, String at, String what) {
    if (image.width().isPresent() && image.height().isPresent()) {
      return false;
    }
    warning(at + (image.width().isEmpty() ? "/width" : "/height"), what + "-size", "the "
        + what + " has no width and height: pages cannot say its size (og:image:width,"
        + " ImageObject width) and it cannot be checked against the minimum");
    return true;
  }

  /** Google, Article: every image at least 50,000 pixels (width times height). */
  private void pixels(int width, int height, String at, String what) {
    long pixels = (long) width * height;
    if (pixels < MIN_PIXELS) {
      error(at + "/width", "image-pixels", "the " + what + " is " + width + " x " + height
          + " = " + pixels + " pixels; Google wants at least " + MIN_PIXELS);
    }
  }

  /** Google, Article: "provide multiple high-resolution images ... 16x9, 4x3, and 1x1". */
  private void ratios(Image image, String at) {
    Set<AspectRatio> missing = EnumSet.allOf(AspectRatio.class);
    image.crops().forEach(c -> missing.remove(c.ratio()));
    if (image.width().isPresent() && image.height().isPresent()) {
      missing.removeIf(r -> r.fits(image.width().getAsInt(), image.height().getAsInt()));
    }
    if (!missing.isEmpty()) {
      warning(at + "/crops", "image-ratios", "no crop in " + missing.stream()
          .map(AspectRatio::json).collect(Collectors.joining(", ")) + ": Google asks for each"
          + " image in 16x9, 4x3 and 1x1");
    }
  }

  /** Google, ProfilePage: image and sameAs recommended for the Person; once per person. */
  private void profile(Contributor c, String at) {
    if (!profiled.add(c)) {
      return;
    }
    if (c.sameAs().isEmpty()) {
      warning(at + "/sameAs", "profile-same-as", "the contributor has no sameAs links, which"
          + " profile pages use to tie the person to their other profiles");
    }
  }
}
