package ca.qc.portail.security;

import java.util.Optional;

/**
 * Where {@link Callers} learns who is calling: the signed-in account's identifier and the client
 * address. In the application, {@link ContainerIdentity} reads the container's principal and the
 * request; container tests replace it with an alternative that chooses the caller.
 */
public interface CallerIdentity {

  /** The signed-in account's identifier; empty for an anonymous caller or the system. */
  Optional<Long> accountId();

  /** The client address of the request being served; null outside any request (the system). */
  String address();
}
