package ca.qc.portail.web.session;

import ca.qc.portail.authentication.SignedInUser;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;

/** The signed-in person of this session: the only session state besides the language. */
@Named
@SessionScoped
public class CurrentUser implements Serializable {
  private static final long serialVersionUID = 1L;

  private SignedInUser user;

  public void signIn(SignedInUser user) {
    this.user = user;
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

  /** The password was changed: the other pages open again. */
  public void passwordChanged() {
    if (user != null) {
      user = user.withPasswordChanged();
    }
  }

  /** The language recorded for this person's e-mails. */
  void languageRecorded(String tag) {
    if (user != null) {
      user = user.withLanguage(tag);
    }
  }

  public boolean isSignedIn() {
    return user != null;
  }
}
