package ca.qc.portail.web.exchange.deposit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * tus's {@code Upload-Metadata}: comma-separated pairs {@code key base64(value)}, a key alone for
 * an empty value; values are UTF-8.
 */
record TusMetadata(Map<String, String> values) {

  static TusMetadata parse(String header) {
    Map<String, String> values = new HashMap<>();
    if (header == null || header.isBlank()) {
      return new TusMetadata(values);
    }
    for (String pair : header.split(",")) {
      String[] parts = pair.strip().split(" ", -1);
      if (parts.length > 2 || parts[0].isEmpty() || values.containsKey(parts[0])) {
        throw new IllegalArgumentException("Malformed Upload-Metadata");
      }
      values.put(
          parts[0],
          parts.length == 1
              ? ""
              : new String(Base64.getDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }
    return new TusMetadata(values);
  }

  String get(String key) {
    return values.get(key);
  }

  /** A comma-separated list of identifiers; none when absent or empty. */
  List<Long> ids(String key) {
    String value = values.get(key);
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::strip).map(Long::valueOf).toList();
  }
}
