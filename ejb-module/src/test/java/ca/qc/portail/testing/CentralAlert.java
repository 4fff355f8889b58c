package ca.qc.portail.testing;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.audit.AuditAction;

/** R-D3's check, shared by the tests of every way the last officer of a partner goes. */
public final class CentralAlert {

  /** The start of seed 001's alert to central. */
  public static final String TEXT =
      "Nous vous avisons qu'il n'y a plus de responsable de la sécurité actif dans l'organisme";

  private CentralAlert() {}

  /**
   * Central's agent was e-mailed R-D3's alert, and it was audited once on the officer's account.
   */
  public static void assertSent(Fixtures fixtures, Fixtures.LoneOfficer lone) {
    assertThat(fixtures.textsTo(lone.agentCode())).anySatisfy(b -> assertThat(b).contains(TEXT));
    assertThat(fixtures.auditOf(lone.id(), AuditAction.CENTRAL_ALERTED)).hasSize(1);
  }
}
