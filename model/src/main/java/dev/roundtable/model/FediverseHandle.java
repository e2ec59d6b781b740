package dev.roundtable.model;

/**
 * A person's address on the fediverse (Mastodon and the servers that speak ActivityPub with
 * it), {@code @name@host}: what a page's {@code fediverse:creator} tag names, so that a shared
 * link credits its author.
 *
 * @param user the account's name on its server: letters, digits and {@code _}, with {@code .}
 *     and {@code -} inside; at most 64 characters
 * @param host the server's host name in ASCII (an international name in its {@code xn--}
 *     form), with at least one dot; kept in lower case
 */
public record FediverseHandle(String user, String host) {
  /**
   * Checks both parts.
   *
   * @param user the account's name on its server
   * @param host the server's host name in ASCII, with at least one dot; kept in lower case
   * @throws InvalidModelException when a part breaks a rule
   */
  public FediverseHandle {
    Violations v = new Violations();
    String u = user;
    String h = host;
    v.check(() -> Rules.accountName(u, "user"));
    host = v.check(() -> Rules.hostName(h, "host"));
    v.throwIfAny();
  }

  /**
   * Parses {@code @name@host} (the leading {@code @} may be left out).
   *
   * @param handle the handle
   * @param field the field it is in, named in errors
   * @return the handle
   * @throws InvalidModelException (at {@code field}) when it is not a handle
   */
  static FediverseHandle parse(String handle, String field) {
    Rules.required(handle, field);
    String rest = handle.startsWith("@") ? handle.substring(1) : handle;
    int at = rest.indexOf('@');
    if (at < 0) {
      throw InvalidModelException.of(field, "must be a fediverse handle, @name@host, was "
          + Quoting.quote(handle));
    }
    try {
      return new FediverseHandle(rest.substring(0, at), rest.substring(at + 1));
    } catch (InvalidModelException e) {
      throw InvalidModelException.of(field, "must be a fediverse handle, @name@host: the "
          + e.field() + " " + e.rule());
    }
  }

  /**
   * Parses {@code @name@host} (the leading {@code @} may be left out).
   *
   * @param handle the handle
   * @return the handle
   * @throws InvalidModelException when it is not a handle
   */
  public static FediverseHandle of(String handle) {
    return parse(handle, "fediverse");
  }

  /** {@return the handle as people write it: {@code @name@host}} */
  @Override
  public String toString() {
    return "@" + user + "@" + host;
  }
}
