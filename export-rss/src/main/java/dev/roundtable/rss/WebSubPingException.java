package dev.roundtable.rss;

import java.io.IOException;
import java.util.OptionalInt;

/**
 * A WebSub hub did not accept a publish ping: it answered with a status other than 2xx, or it
 * could not be reached (refused, timed out, interrupted). The message names the hub, the topic
 * and the status or the cause.
 */
public final class WebSubPingException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The hub's URL, as pinged. */
  private final String hub;
  /** The HTTP status, or -1 when the hub gave no answer. */
  private final int status;

  WebSubPingException(String hub, int status, String message, Throwable cause) {
    super(message, cause);
    this.hub = hub;
    this.status = status;
  }

  /** {@return the hub's URL, as pinged} */
  public String hub() {
    return hub;
  }

  /** {@return the HTTP status the hub answered with; empty when it gave no answer} */
  public OptionalInt status() {
    return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
  }
}
