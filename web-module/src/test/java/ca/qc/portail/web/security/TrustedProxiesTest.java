package ca.qc.portail.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Deliver 4 of issue 12: {@code TRUSTED_PROXIES}, whose forwarded headers only are believed. */
class TrustedProxiesTest {

  private static final TrustedProxies BALANCER = TrustedProxies.parse("127.0.0.1, 10.0.1.0/24");

  @Test
  @DisplayName("Deliver 4: with no trusted proxy (the default) X-Forwarded-For is ignored")
  void noneByDefault() {
    TrustedProxies none = TrustedProxies.parse(null);

    assertThat(none.clientAddress("127.0.0.1", List.of("203.0.113.9"))).isEqualTo("127.0.0.1");
    assertThat(TrustedProxies.parse(" ").trusts("127.0.0.1")).isFalse();
    assertThat(none.scheme("127.0.0.1", "https", "http")).isEqualTo("http");
  }

  @Test
  @DisplayName("Deliver 4: from an untrusted peer the forwarded headers are ignored (no forging)")
  void untrustedPeerCannotForge() {
    assertThat(BALANCER.clientAddress("198.51.100.4", List.of("203.0.113.9")))
        .isEqualTo("198.51.100.4");
    assertThat(BALANCER.scheme("198.51.100.4", "https", "http")).isEqualTo("http");
  }

  @Test
  @DisplayName("Deliver 4: from a trusted proxy, the rightmost untrusted X-Forwarded-For address")
  void rightmostUntrusted() {
    assertThat(BALANCER.clientAddress("127.0.0.1", List.of("203.0.113.9")))
        .isEqualTo("203.0.113.9");
    // The client wrote the first entry itself; the balancer appended what it saw.
    assertThat(BALANCER.clientAddress("127.0.0.1", List.of("6.6.6.6, 203.0.113.9")))
        .isEqualTo("203.0.113.9");
    // Two trusted hops: the inner balancer's entry is skipped.
    assertThat(BALANCER.clientAddress("127.0.0.1", List.of("6.6.6.6", "203.0.113.9, 10.0.1.7")))
        .isEqualTo("203.0.113.9");
    assertThat(BALANCER.clientAddress("10.0.1.200", List.of("2001:db8::1")))
        .isEqualTo("2001:db8:0:0:0:0:0:1");
    assertThat(BALANCER.clientAddress("127.0.0.1", List.of("[2001:db8::2]:4711")))
        .isEqualTo("2001:db8:0:0:0:0:0:2");
    assertThat(BALANCER.clientAddress("127.0.0.1", List.of("203.0.113.9:5050")))
        .isEqualTo("203.0.113.9");
  }

  @Test
  @DisplayName("Deliver 4: no header, or garbage in it, leaves the last address that can be placed")
  void garbage() {
    assertThat(BALANCER.clientAddress("127.0.0.1", List.of())).isEqualTo("127.0.0.1");
    assertThat(BALANCER.clientAddress("127.0.0.1", List.of("unknown"))).isEqualTo("127.0.0.1");
    assertThat(BALANCER.clientAddress("127.0.0.1", List.of("evil.example, 203.0.113.9")))
        .isEqualTo("203.0.113.9");
    assertThat(BALANCER.clientAddress("127.0.0.1", List.of("203.0.113.9, 999.1.1.1")))
        .isEqualTo("127.0.0.1");
  }

  @Test
  @DisplayName("Deliver 4: X-Forwarded-Proto believed from a trusted proxy only, http or https")
  void forwardedProto() {
    assertThat(BALANCER.scheme("127.0.0.1", "https", "http")).isEqualTo("https");
    assertThat(BALANCER.scheme("127.0.0.1", "HTTPS, http", "http")).isEqualTo("https");
    assertThat(BALANCER.scheme("127.0.0.1", "javascript", "http")).isEqualTo("http");
    assertThat(BALANCER.scheme("127.0.0.1", null, "http")).isEqualTo("http");
  }

  @Test
  @DisplayName("Deliver 4: ranges are matched as addresses; a name or a bad range is refused")
  void ranges() {
    TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8,fd00::/8,192.0.2.1");

    assertThat(proxies.trusts("10.255.3.4")).isTrue();
    assertThat(proxies.trusts("11.0.0.1")).isFalse();
    assertThat(proxies.trusts("fd12::1")).isTrue();
    assertThat(proxies.trusts("fe80::1")).isFalse();
    assertThat(proxies.trusts("192.0.2.1")).isTrue();
    assertThat(proxies.trusts("192.0.2.2")).isFalse();
    assertThat(proxies.trusts("localhost")).isFalse();
    assertThatThrownBy(() -> TrustedProxies.parse("proxy.example"))
        .hasMessageContaining("proxy.example");
    assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).hasMessageContaining("/33");
  }
}
