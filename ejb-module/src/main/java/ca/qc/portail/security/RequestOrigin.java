package ca.qc.portail.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * The client address of the request being served, set by the web tier as each request begins (see
 * its {@code RequestOriginFilter}). Outside any request (jobs, timers) there is none.
 */
@RequestScoped
public class RequestOrigin {

  private String address;

  public String address() {
    return address;
  }

  /** Called once per request by the web tier, with the address the audit should record. */
  public void address(String address) {
    this.address = address;
  }
}
