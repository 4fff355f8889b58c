package ca.qc.portail.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.http.Cookie;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Finding #10 of issue 12: what every response carries, over HTTP and HTTPS. */
class SecurityHeadersTest {

  @Test
  @DisplayName("#10: HSTS for a year with subdomains when APP_BASE_URL is https, none over http")
  void hstsUnderHttps() {
    assertThat(SecurityHeaders.https("https://partenaires.example")).isTrue();
    assertThat(SecurityHeaders.https("HTTPS://partenaires.example")).isTrue();
    assertThat(SecurityHeaders.https("http://localhost:8080")).isFalse();

    assertThat(SecurityHeaders.headers(true, false))
        .containsEntry("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    assertThat(SecurityHeaders.headers(false, false))
        .doesNotContainKey("Strict-Transport-Security");
  }

  @Test
  @DisplayName("#10: CSP with script-src, base-uri 'none', no framing; no-store but on resources")
  void headers() {
    Map<String, String> page = SecurityHeaders.headers(false, false);
    assertThat(page)
        .containsEntry("X-Frame-Options", "DENY")
        .containsEntry("X-Content-Type-Options", "nosniff")
        .containsEntry("Referrer-Policy", "same-origin")
        .containsEntry("Cache-Control", "no-store");
    assertThat(page.get("Content-Security-Policy"))
        .contains(
            "default-src 'self'",
            "script-src 'self'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
            "object-src 'none'",
            "img-src 'self' data:")
        .doesNotContain("unsafe-eval");
    assertThat(SecurityHeaders.headers(false, true)).doesNotContainKey("Cache-Control");
    assertThat(new ContentSecurityPolicy().forPrimeFaces())
        .as("PrimeFaces appends the nonce to the last directive")
        .endsWith("script-src 'self'");
  }

  @Test
  @DisplayName(
      "#10: cookies get SameSite=Lax once, and Secure under https (the Faces flash cookie)")
  void cookies() {
    Cookie flash = SecurityHeaders.harden(new Cookie("csfcfc", "x"), true);
    assertThat(flash.getSecure()).isTrue();
    assertThat(flash.getAttribute("SameSite")).isEqualTo("Lax");
    Cookie strict = new Cookie("c", "x");
    strict.setAttribute("SameSite", "Strict");
    assertThat(SecurityHeaders.harden(strict, false).getAttribute("SameSite")).isEqualTo("Strict");
    assertThat(SecurityHeaders.harden(new Cookie("c", "x"), false).getSecure()).isFalse();
  }

  @Test
  @DisplayName("#14: an expired view state is found however deep Faces wrapped it")
  void viewExpiredFound() {
    assertThat(
            FacesErrors.viewExpired(
                new FacesException(new ViewExpiredException("gone", "/app/accueil.xhtml"))))
        .isTrue();
    assertThat(FacesErrors.viewExpired(new FacesException(new IllegalStateException()))).isFalse();
  }

  @Test
  @DisplayName("#14: a body over the limit is refused, the tus endpoint's excepted")
  void sizeLimit() {
    long limit = 2 * 1024 * 1024;
    assertThat(RequestBodies.tooLarge(5 * 1024 * 1024, "/connexion.xhtml", limit)).isTrue();
    assertThat(RequestBodies.tooLarge(limit, "/connexion.xhtml", limit)).isFalse();
    assertThat(RequestBodies.tooLarge(-1, "/connexion.xhtml", limit)).isFalse();
    assertThat(RequestBodies.tooLarge(5L << 30, "/app/echange/televersements", limit)).isFalse();
    assertThat(RequestBodies.tooLarge(5L << 30, "/app/echange/televersements/abc", limit))
        .isFalse();
    assertThat(RequestBodies.tooLarge(5 * 1024 * 1024, "/app/echange/televersementsX", limit))
        .isTrue();
  }

  @Test
  @DisplayName("A chunked body sent with a request asking for a protocol upgrade (h2c) is refused")
  void upgradeWithEncodedBody() {
    assertThat(RequestBodies.upgradeWithEncodedBody("h2c", "chunked")).isTrue();
    assertThat(RequestBodies.upgradeWithEncodedBody("h2c", null)).isFalse();
    assertThat(RequestBodies.upgradeWithEncodedBody(null, "chunked")).isFalse();
    assertThat(RequestBodies.upgradeWithEncodedBody(" ", "chunked")).isFalse();
  }
}
