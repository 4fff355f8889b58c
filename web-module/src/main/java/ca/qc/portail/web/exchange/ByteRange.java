package ca.qc.portail.web.exchange;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The single byte range a download's request asks for (RFC 9110 §14): {@code bytes=a-b}, {@code
 * bytes=a-} or {@code bytes=-n}, clipped to the document; anything else (several ranges, another
 * unit, a malformed header) is ignored and the whole document sent, as the RFC allows.
 */
record ByteRange(long first, long last) {

  private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

  /** What the request's {@code Range} asks of a document of {@code size} bytes. */
  sealed interface Asked permits Whole, Part, Unsatisfiable {}

  /** No usable range: the whole document, 200. */
  record Whole() implements Asked {}

  /** One satisfiable range: 206. */
  record Part(ByteRange range) implements Asked {}

  /** A range outside the document: 416. */
  record Unsatisfiable() implements Asked {}

  static Asked parse(String header, long size) {
    if (header == null) {
      return new Whole();
    }
    Matcher m = SINGLE.matcher(header.strip());
    if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
      return new Whole();
    }
    Optional<Long> a = number(m.group(1));
    Optional<Long> b = number(m.group(2));
    if ((!m.group(1).isEmpty() && a.isEmpty()) || (!m.group(2).isEmpty() && b.isEmpty())) {
      return new Whole();
    }
    if (a.isEmpty()) {
      long suffix = b.get();
      if (suffix == 0 || size == 0) {
        return new Unsatisfiable();
      }
      return new Part(new ByteRange(Math.max(0, size - suffix), size - 1));
    }
    long first = a.get();
    if (b.isPresent() && b.get() < first) {
      return new Whole();
    }
    if (first >= size) {
      return new Unsatisfiable();
    }
    return new Part(new ByteRange(first, b.map(last -> Math.min(last, size - 1)).orElse(size - 1)));
  }

  private static Optional<Long> number(String digits) {
    if (digits.isEmpty() || digits.length() > 18) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(digits));
  }

  long length() {
    return last - first + 1;
  }

  String contentRange(long size) {
    return "bytes " + first + "-" + last + "/" + size;
  }
}
