package org.stockade.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An error answered as {@code application/problem+json} (RFC 9457): {@code type}, {@code title},
 * {@code status}, {@code detail} (for bad input, the CLI's exit-2 message word for word),
 * {@code instance}, and {@code field} when the message names one.
 */
final class ApiError extends RuntimeException {
  static final String TYPE = "urn:stockade:problem:";
  /** "options.delta: ...", "kind: ...", "gm.yaml: plants[2].capacity ...", "--delta ...". */
  private static final Pattern FIELD = Pattern.compile(
      "^(?:[\\w.-]+\\.(?:yaml|yml|json|xlsx|csv): )?((?:--)?[A-Za-z_][\\w-]*(?:\\[\\d+\\])?"
          + "(?:\\.[A-Za-z_][\\w-]*(?:\\[\\d+\\])?)*)[: ]");
  final int status;
  final String slug;
  final String title;
  final String retryAfter;

  ApiError(int status, String slug, String title, String detail) {
    this(status, slug, title, detail, null);
  }

  ApiError(int status, String slug, String title, String detail, String retryAfter) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.retryAfter = retryAfter;
  }

  static ApiError badInput(String detail) {
    return new ApiError(400, "bad-input", "Bad input", detail);
  }

  static ApiError notFound(String what) {
    return new ApiError(404, "not-found", "Not found", what);
  }

  /** The problem document for this error at {@code instance} (the request path). */
  Map<String, Object> body(String instance) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", TYPE + slug);
    m.put("title", title);
    m.put("status", status);
    m.put("detail", getMessage());
    m.put("instance", instance);
    String field = field(getMessage());
    if (field != null && status == 400) {
      m.put("field", field);
    }
    return m;
  }

  /** The field a message starts with, e.g. {@code plants[2].capacity} or {@code --delta}. */
  static String field(String message) {
    if (message == null) {
      return null;
    }
    Matcher m = FIELD.matcher(message);
    if (!m.find()) {
      return null;
    }
    String f = m.group(1);
    return f.startsWith("--") ? "options." + f.substring(2) : f;
  }
}
