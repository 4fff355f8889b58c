package ca.qc.portail.web.session;

import ca.qc.portail.authentication.SignedInUser;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/** The signed-in person of this session: the only session state. */
@Named
@SessionScoped
public class CurrentUser implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The cookie that carries {@link #sessionKey} beside the container's session cookie. */
  public static final String KEY_COOKIE = "PORTAIL_CLE";

  private static final SecureRandom RANDOM = new SecureRandom();

  private SignedInUser user;
  private Instant signedInAt;

  /**
   * 128 random bits given to the browser at sign-in in {@link #KEY_COOKIE} and required with every
   * signed-in request (finding #8 of issue 12): the container's session id has fewer random bits,
   * so a signed-in session is the pair, and guessing it means guessing these 128 bits.
   */
  private String sessionKey;

  /** Signs {@code user} in at {@code now}; returns the session key the browser must keep. */
  public String signIn(SignedInUser user, Instant now) {
    byte[] key = new byte[16];
    RANDOM.nextBytes(key);
    this.user = user;
    this.signedInAt = now;
    this.sessionKey = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    return sessionKey;
  }

  /** Whether {@code presented} is this session's key (compared in constant time). */
  public boolean holdsKey(String presented) {
    return sessionKey != null
        && presented != null
        && MessageDigest.isEqual(sessionKey.getBytes(), presented.getBytes());
  }

  /** Whether the session was signed in longer ago than {@code lifetime} (absolute lifetime). */
  public boolean outlived(Duration lifetime, Instant now) {
    return signedInAt == null || !now.isBefore(signedInAt.plus(lifetime));
  }

  public Optional<SignedInUser> get() {
    return Optional.ofNullable(user);
  }

  /** The signed-in person; pages under /app are reached only signed in (SignedInFilter). */
  public SignedInUser getUser() {
    return user;
  }

  /** Whether the password must be changed before anything else (R-P2, R-P4). */
  public boolean isPasswordChangeRequired() {
    return user != null && user.passwordStatus().mustChange();
  }

  /**
   * This session changed the password: the other pages open again, and this session goes on under
   * the account's new session generation while the account's other sessions end.
   */
  public void passwordChanged(long sessionGeneration) {
    if (user != null) {
      user = user.withPasswordChanged(sessionGeneration);
    }
  }

  /** Whether an authenticator app must be enrolled before anything else (issue 12). */
  public boolean isAuthenticatorEnrolmentRequired() {
    return user != null && user.mustEnrolAuthenticator();
  }

  /** This session enrolled an authenticator app: the other pages open again. */
  public void authenticatorEnrolled() {
    if (user != null) {
      user = user.withAuthenticatorEnrolled();
    }
  }

  /** A partner user (with profiles): *Désactiver votre code d'utilisateur* is theirs only. */
  public boolean isPartnerUser() {
    return user != null && !user.profiles().isEmpty();
  }

  /** The language recorded for this person's e-mails. */
  public void languageRecorded(String tag) {
    if (user != null) {
      user = user.withLanguage(tag);
    }
  }

  public boolean isSignedIn() {
    return user != null;
  }
}
