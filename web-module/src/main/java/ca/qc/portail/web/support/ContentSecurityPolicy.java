package ca.qc.portail.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The portal's Content Security Policy (finding #10 of issue 12). Scripts only from the site itself
 * ({@code resources/js}, PrimeFaces', Faces' and the vendored tus-js-client) and, on Faces pages,
 * the inline scripts PrimeFaces writes with the page's nonce — never {@code 'unsafe-eval'} nor
 * inline event handlers (PrimeFaces moves them into nonce scripts). Styles allow inline {@code
 * style} attributes, which PrimeFaces components write. Images may be {@code data:} URLs (an
 * authenticator's QR code). No plug-ins, no {@code <base>}, forms only to the site, no framing.
 */
@Named
@ApplicationScoped
public class ContentSecurityPolicy {

  /**
   * Every directive but the script nonce; {@code script-src} comes last so PrimeFaces can append
   * {@code 'nonce-…'} to it.
   */
  static final String DIRECTIVES =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
          + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
          + "form-action 'self'; frame-ancestors 'none'; script-src 'self'";

  /** The policy of responses that carry no inline script. */
  public static final String WITHOUT_NONCE = DIRECTIVES + ";";

  /**
   * The policy PrimeFaces completes with the page's nonce (web.xml, {@code primefaces.CSP_POLICY}).
   */
  public String forPrimeFaces() {
    return DIRECTIVES;
  }
}
