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

  public boolean isSignedIn() {
    return user != null;
  }
}
