package ca.qc.portail.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Finding #9 of issue 12: which requests come from this site's own pages. */
class SameOriginFilterTest {

  private static final String HERE = "http://localhost:8080";
  private static final String PUBLIC = "https://partenaires.example";

  @Test
  @DisplayName("#9: Origin, else Referer, must be this site (as requested or its public address)")
  void sameOrigin() {
    assertThat(SameOriginFilter.sameOrigin("http://localhost:8080", null, HERE, PUBLIC)).isTrue();
    assertThat(SameOriginFilter.sameOrigin("https://partenaires.example", null, HERE, PUBLIC))
        .as("behind a proxy that ends TLS")
        .isTrue();
    assertThat(SameOriginFilter.sameOrigin("https://partenaires.example:443", null, HERE, PUBLIC))
        .isTrue();
    assertThat(
            SameOriginFilter.sameOrigin(
                null, "http://localhost:8080/connexion.xhtml", HERE, PUBLIC))
        .isTrue();

    assertThat(SameOriginFilter.sameOrigin("https://evil.example", null, HERE, PUBLIC)).isFalse();
    assertThat(SameOriginFilter.sameOrigin("null", null, HERE, PUBLIC)).isFalse();
    assertThat(SameOriginFilter.sameOrigin("http://localhost:8081", null, HERE, PUBLIC)).isFalse();
    assertThat(
            SameOriginFilter.sameOrigin(
                "https://evil.example", "http://localhost:8080/connexion.xhtml", HERE, PUBLIC))
        .as("Origin wins over Referer")
        .isFalse();
    assertThat(
            SameOriginFilter.sameOrigin(
                null, "https://partenaires.example.evil.example/", HERE, PUBLIC))
        .isFalse();
    assertThat(SameOriginFilter.sameOrigin(null, null, HERE, PUBLIC))
        .as("no browser sends a POST without either header")
        .isTrue();
  }
}
