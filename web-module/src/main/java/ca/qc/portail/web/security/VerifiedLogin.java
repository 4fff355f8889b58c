package ca.qc.portail.web.security;

import ca.qc.portail.authentication.SignedInUser;
import jakarta.security.enterprise.credential.Credential;

/**
 * A login the {@code LoginService} has already accepted. Only server code creates one, after the
 * password step; the mechanism turns it into the container's caller.
 */
public record VerifiedLogin(SignedInUser user) implements Credential {}
