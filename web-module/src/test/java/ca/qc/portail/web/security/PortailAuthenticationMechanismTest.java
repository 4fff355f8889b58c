package ca.qc.portail.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.Profile;
import ca.qc.portail.authentication.SignedInUser;
import ca.qc.portail.password.PasswordStatus;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the caller and its groups live in an ordinary session attribute, so a session that
 * reaches another cluster member (serialized, as the data grid does) still authenticates with its
 * roles. Servlet and Jakarta Security objects are plain proxies over what the mechanism calls.
 */
class PortailAuthenticationMechanismTest {

  private final PortailAuthenticationMechanism mechanism = new PortailAuthenticationMechanism();

  /** The session's attributes; null until a session is created. */
  private Map<String, Object> attributes;

  /** The last notifyContainerAboutLogin: name and groups. */
  private String notifiedName;

  private Set<String> notifiedGroups;

  private static SignedInUser officer() {
    return new SignedInUser(
        42L,
        "gcaron",
        "Geneviève",
        "Caron",
        2L,
        "CÉGEP",
        null,
        null,
        Set.of(Profile.RESPONSABLE_PRINCIPAL),
        Set.of(),
        "fr",
        PasswordStatus.CURRENT,
        0L,
        false);
  }

  @Test
  @DisplayName("login: the caller and its groups are stored in the session of that same request")
  void loginStoresTheCaller() {
    AuthenticationStatus status =
        mechanism.validateRequest(request(), response(), context(new VerifiedLogin(officer())));

    assertThat(status).isEqualTo(AuthenticationStatus.SUCCESS);
    assertThat(notifiedName).isEqualTo("42");
    assertThat(notifiedGroups).containsExactlyInAnyOrder("UTILISATEUR", "RESPONSABLE_PRINCIPAL");
    assertThat(attributes).containsKey(PortailAuthenticationMechanism.CALLER);
  }

  @Test
  @DisplayName("#14: a session serialized to another member authenticates with the same roles")
  void laterRequestOnAnotherMember() throws Exception {
    mechanism.validateRequest(request(), response(), context(new VerifiedLogin(officer())));
    attributes = roundTrip(attributes);
    notifiedName = null;
    notifiedGroups = null;

    AuthenticationStatus status =
        new PortailAuthenticationMechanism().validateRequest(request(), response(), context(null));

    assertThat(status).isEqualTo(AuthenticationStatus.SUCCESS);
    assertThat(notifiedName).isEqualTo("42");
    assertThat(notifiedGroups).containsExactlyInAnyOrder("UTILISATEUR", "RESPONSABLE_PRINCIPAL");
  }

  @Test
  @DisplayName("no signed-in session, public page: nothing is registered, no session is created")
  void anonymousPublicPage() {
    AuthenticationStatus status = mechanism.validateRequest(request(), response(), context(null));

    assertThat(status).isEqualTo(AuthenticationStatus.NOT_DONE);
    assertThat(notifiedName).isNull();
    assertThat(attributes).isNull();
  }

  @Test
  @DisplayName("logout: the session no longer names a caller")
  void logoutForgetsTheCaller() {
    mechanism.validateRequest(request(), response(), context(new VerifiedLogin(officer())));
    mechanism.cleanSubject(request(), response(), context(null));
    notifiedName = null;

    AuthenticationStatus status = mechanism.validateRequest(request(), response(), context(null));

    assertThat(attributes).doesNotContainKey(PortailAuthenticationMechanism.CALLER);
    assertThat(status).isEqualTo(AuthenticationStatus.NOT_DONE);
    assertThat(notifiedName).isNull();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> roundTrip(Map<String, Object> map) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new HashMap<>(map));
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (Map<String, Object>) in.readObject();
    }
  }

  private HttpSession session() {
    return proxy(
        HttpSession.class,
        (name, args) ->
            switch (name) {
              case "getAttribute" -> attributes.get((String) args[0]);
              case "setAttribute" -> attributes.put((String) args[0], args[1]);
              case "removeAttribute" -> attributes.remove((String) args[0]);
              default -> throw new UnsupportedOperationException(name);
            });
  }

  private HttpServletRequest request() {
    return proxy(
        HttpServletRequest.class,
        (name, args) ->
            switch (name) {
              case "getSession" -> {
                boolean create = args == null || (Boolean) args[0];
                if (attributes == null && create) {
                  attributes = new HashMap<>();
                }
                yield attributes == null ? null : session();
              }
              // The session, when there is one, is named by the browser's cookie.
              case "isRequestedSessionIdFromCookie" -> attributes != null;
              default -> throw new UnsupportedOperationException(name);
            });
  }

  private static HttpServletResponse response() {
    return proxy(
        HttpServletResponse.class,
        (name, args) -> {
          throw new UnsupportedOperationException(name);
        });
  }

  @SuppressWarnings("unchecked")
  private HttpMessageContext context(VerifiedLogin login) {
    return proxy(
        HttpMessageContext.class,
        (name, args) ->
            switch (name) {
              case "isAuthenticationRequest" -> login != null;
              case "getAuthParameters" -> AuthenticationParameters.withParams().credential(login);
              case "isProtected" -> false;
              case "doNothing" -> AuthenticationStatus.NOT_DONE;
              case "notifyContainerAboutLogin" -> {
                notifiedName = (String) args[0];
                notifiedGroups = Set.copyOf((Set<String>) args[1]);
                yield AuthenticationStatus.SUCCESS;
              }
              case "cleanClientSubject" -> null;
              default -> throw new UnsupportedOperationException(name);
            });
  }

  private interface Handler {
    Object call(String name, Object[] args);
  }

  private static <T> T proxy(Class<T> type, Handler handler) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> handler.call(method.getName(), args)));
  }
}
