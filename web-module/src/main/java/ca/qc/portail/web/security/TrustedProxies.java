package ca.qc.portail.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code TRUSTED_PROXIES} (Deliver 4 of issue 12): the load balancers in front of the portal, as
 * comma-separated addresses or CIDR ranges ({@code 127.0.0.1}, {@code 10.0.1.0/24}, {@code
 * fd00::/8}); none by default. Only when the direct peer of a request is one of them are its {@code
 * X-Forwarded-For} and {@code X-Forwarded-Proto} believed: the client is then the rightmost address
 * of {@code X-Forwarded-For} that is not itself a trusted proxy (what the outermost trusted proxy
 * saw; anything left of it may be forged by the client). From any other peer both headers are
 * ignored, so nobody can choose the address the audit records and the per-address limits count.
 * Addresses are compared as parsed IP literals; no name is ever looked up.
 */
public final class TrustedProxies {

  /** The setting's name, as the environment gives it. */
  public static final String SETTING = "TRUSTED_PROXIES";

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private static volatile TrustedProxies configured;

  private final List<Range> ranges;

  private TrustedProxies(List<Range> ranges) {
    this.ranges = List.copyOf(ranges);
  }

  /**
   * The ranges of {@code setting}; blank means none.
   *
   * @throws IllegalArgumentException naming the entry that is neither an address nor a range
   */
  public static TrustedProxies parse(String setting) {
    List<Range> ranges = new ArrayList<>();
    if (setting != null) {
      for (String entry : setting.split(",")) {
        String trimmed = entry.strip();
        if (!trimmed.isEmpty()) {
          ranges.add(
              Range.parse(trimmed)
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              SETTING + ": not an IP address or CIDR range: " + trimmed)));
        }
      }
    }
    return new TrustedProxies(ranges);
  }

  /** The deployment's setting, read once. */
  public static TrustedProxies configured() {
    TrustedProxies proxies = configured;
    if (proxies == null) {
      proxies =
          parse(ConfigProvider.getConfig().getOptionalValue(SETTING, String.class).orElse(null));
      configured = proxies;
    }
    return proxies;
  }

  /** Whether {@code address} (an IP literal) is one of the trusted proxies. */
  public boolean trusts(String address) {
    Optional<InetAddress> parsed = literal(address);
    return parsed.isPresent() && ranges.stream().anyMatch(r -> r.contains(parsed.get()));
  }

  /** The client's address of {@code request} (see the class comment). */
  public String clientAddress(HttpServletRequest request) {
    return clientAddress(
        request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
  }

  /**
   * The client's address, given the direct peer and the {@code X-Forwarded-For} headers in the
   * order received.
   */
  public String clientAddress(String peer, List<String> forwardedFor) {
    if (!trusts(peer) || forwardedFor == null) {
      return peer;
    }
    List<String> hops = new ArrayList<>();
    for (String header : forwardedFor) {
      for (String hop : header.split(",")) {
        hops.add(hop.strip());
      }
    }
    String client = peer;
    for (int i = hops.size() - 1; i >= 0; i--) {
      Optional<String> hop = literal(hops.get(i)).map(InetAddress::getHostAddress);
      if (hop.isEmpty()) {
        // Not an address (garbage, "unknown"): what is left of it cannot be placed either.
        return client;
      }
      client = hop.get();
      if (!trusts(client)) {
        return client;
      }
    }
    return client;
  }

  /**
   * The scheme the client used: {@code X-Forwarded-Proto} from a trusted peer, else the request's.
   */
  public String scheme(HttpServletRequest request) {
    return scheme(
        request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"), request.getScheme());
  }

  /** The scheme the client used, given the peer, the forwarded header and the request's scheme. */
  public String scheme(String peer, String forwardedProto, String requestScheme) {
    if (forwardedProto == null || !trusts(peer)) {
      return requestScheme;
    }
    // A chain of proxies may list several: the first is the client's.
    String first = forwardedProto.split(",")[0].strip().toLowerCase(Locale.ROOT);
    return first.equals("https") || first.equals("http") ? first : requestScheme;
  }

  /**
   * An IP literal (IPv4, IPv6 with or without brackets, IPv4 with a port) as an address, never by
   * looking a name up.
   */
  static Optional<InetAddress> literal(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip();
    if (s.startsWith("[")) {
      int end = s.indexOf(']');
      if (end < 0) {
        return Optional.empty();
      }
      s = s.substring(1, end);
    } else if (s.indexOf(':') > 0 && s.indexOf(':') == s.lastIndexOf(':') && s.contains(".")) {
      s = s.substring(0, s.indexOf(':'));
    }
    int zone = s.indexOf('%');
    if (zone >= 0) {
      s = s.substring(0, zone);
    }
    if (IPV4.matcher(s).matches()) {
      for (String part : s.split("\\.")) {
        if (Integer.parseInt(part) > 255) {
          return Optional.empty();
        }
      }
    } else if (!IPV6.matcher(s).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(s));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  /** One address or CIDR range. */
  private record Range(byte[] network, int prefix) {

    static Optional<Range> parse(String text) {
      int slash = text.indexOf('/');
      Optional<InetAddress> address = literal(slash < 0 ? text : text.substring(0, slash));
      if (address.isEmpty()) {
        return Optional.empty();
      }
      byte[] bytes = address.get().getAddress();
      int bits = bytes.length * 8;
      int prefix;
      try {
        prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      if (prefix < 0 || prefix > bits) {
        return Optional.empty();
      }
      return Optional.of(new Range(bytes, prefix));
    }

    boolean contains(InetAddress address) {
      byte[] bytes = address.getAddress();
      if (bytes.length != network.length) {
        return false;
      }
      int shift = network.length * 8 - prefix;
      return new BigInteger(1, bytes)
          .shiftRight(shift)
          .equals(new BigInteger(1, network).shiftRight(shift));
    }
  }
}
