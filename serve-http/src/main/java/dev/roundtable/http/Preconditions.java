package dev.roundtable.http;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Evaluates a request's preconditions against the selected representation's entity tag and
 * last-modified date, in the order of RFC 9110 §13.2.2:
 *
 * <ol>
 *   <li>{@code If-Match} (strong comparison, or {@code *}): when false, 412;
 *   <li>otherwise {@code If-Unmodified-Since} (a valid date only): when false, 412;
 *   <li>{@code If-None-Match} (weak comparison, or {@code *}): when false, 304 for GET and HEAD,
 *       412 for any other method;
 *   <li>otherwise, for GET and HEAD only, {@code If-Modified-Since} (a valid date not in the
 *       future only): when false, 304;
 *   <li>otherwise the method is performed.
 * </ol>
 *
 * <p>{@code If-Range} (§13.1.5) is not evaluated: range requests are not served, so a full 200
 * is always a valid answer to one. Dates are compared to the second, as HTTP dates carry no
 * fraction. Immutable and thread-safe.
 */
public final class Preconditions {
  private final Clock clock;

  private Preconditions(Clock clock) {
    this.clock = clock;
  }

  /**
   * Preconditions judged by the system clock (for {@code If-Modified-Since} dates in the
   * future, which are ignored).
   *
   * @return the evaluator
   */
  public static Preconditions systemUtc() {
    return new Preconditions(Clock.systemUTC());
  }

  /**
   * Preconditions judged by a given clock.
   *
   * @param clock what "now" is
   * @return the evaluator
   */
  public static Preconditions at(Clock clock) {
    return new Preconditions(Objects.requireNonNull(clock, "clock"));
  }

  /** What to answer. */
  public enum Outcome {
    /** Perform the method: 200 with the representation for GET (HEAD: its headers). */
    PROCEED(200),
    /** 304 Not Modified: the headers a 200 would carry for caches, no body. */
    NOT_MODIFIED(304),
    /** 412 Precondition Failed. */
    PRECONDITION_FAILED(412);

    private final int status;

    Outcome(int status) {
      this.status = status;
    }

    /** {@return the HTTP status code: 200, 304 or 412} */
    public int status() {
      return status;
    }
  }

  /**
   * Evaluates the request's conditions against a representation that exists.
   *
   * @param request the request's method and conditional fields
   * @param tag the representation's current entity tag
   * @param lastModified when it last changed, or {@code null} when unknown
   * @return what to answer
   */
  public Outcome evaluate(ConditionalRequest request, EntityTag tag, Instant lastModified) {
    Objects.requireNonNull(tag, "tag");
    Instant modified = lastModified == null ? null : lastModified.truncatedTo(ChronoUnit.SECONDS);
    if (request.ifMatch() != null) {
      if (!matches(request.ifMatch(), tag, true)) {
        return Outcome.PRECONDITION_FAILED; // §13.2.2 step 1
      }
    } else if (request.ifUnmodifiedSince() != null) {
      Optional<Instant> date = HttpDate.parse(request.ifUnmodifiedSince(), clock.instant());
      // §13.1.4: true when the representation is no newer than the date; without a date of
      // its own, the condition cannot be shown true
      if (date.isPresent() && (modified == null || modified.isAfter(date.get()))) {
        return Outcome.PRECONDITION_FAILED; // §13.2.2 step 2
      }
    }
    if (request.ifNoneMatch() != null) {
      if (matches(request.ifNoneMatch(), tag, false)) {
        return request.safeRetrieval() ? Outcome.NOT_MODIFIED : Outcome.PRECONDITION_FAILED;
      }
    } else if (request.safeRetrieval() && request.ifModifiedSince() != null && modified != null) {
      Instant now = clock.instant();
      Optional<Instant> date = HttpDate.parse(request.ifModifiedSince(), now);
      // §13.1.3: a date later than the server's current time is invalid, and ignored
      if (date.isPresent() && !date.get().isAfter(now) && !modified.isAfter(date.get())) {
        return Outcome.NOT_MODIFIED; // §13.2.2 step 4
      }
    }
    return Outcome.PROCEED;
  }

  private static boolean matches(String fieldValue, EntityTag tag, boolean strong) {
    if (fieldValue.strip().equals("*")) {
      return true; // §13.1.1, §13.1.2: any current representation
    }
    for (EntityTag listed : EntityTag.parseList(fieldValue)) {
      if (strong ? listed.strongMatch(tag) : listed.weakMatch(tag)) {
        return true;
      }
    }
    return false;
  }
}
