package ca.qc.portail.demo;

import ca.qc.portail.accessrequest.AccessRequestForm;
import ca.qc.portail.accessrequest.AccessRequestIntake;
import ca.qc.portail.accessrequest.ApproverRole;
import ca.qc.portail.accessrequest.Civility;
import ca.qc.portail.accessrequest.PartnerIdentity;
import ca.qc.portail.accessrequest.RequestType;
import ca.qc.portail.accessrequest.Submission;
import ca.qc.portail.account.Profile;
import ca.qc.portail.account.UserAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * Demo access requests (R-S8, R-C2) for central's queue: one submitted online by Joseph Labonté for
 * a new Individus user of the CÉGEP, one received by post for 9301-9461 Québec inc., entered by
 * central. Loaded by the system at start-up, so not through the services a person calls (they
 * require a signed-in officer or agent) but through the seeding path of the same rules ({@link
 * AccessRequestIntake}): both are valid requests.
 */
@Stateless
@PermitAll
public class DemoAccessRequests {

  @Inject private AccessRequestIntake intake;
  @Inject private Clock clock;

  public void load(UserAccount officer, UserAccount agent, String entrepriseNeq) {
    LocalDate today = LocalDate.now(clock);
    Submission online =
        intake.seedOnline(
            officer,
            new AccessRequestForm(
                new AccessRequestForm.Requested(
                    RequestType.NOUVEL_ACCES, null, Set.of(Profile.UTILISATEUR_INDIVIDUS)),
                null,
                new AccessRequestForm.Requester(
                    Civility.MONSIEUR,
                    "Lévesque",
                    "Paul",
                    "321654",
                    "819 564-6350",
                    "4412",
                    null,
                    "paul.levesque@partenaire1143214567.example",
                    true,
                    today),
                new AccessRequestForm.Approval(
                    officer.getLastName(),
                    officer.getFirstName(),
                    officer.getEmail(),
                    "819 564-6350",
                    "4400",
                    ApproverRole.RESPONSABLE_SECURITE,
                    today.plusMonths(10),
                    "Nouvel agent d'aide à l'emploi",
                    false)));
    Submission paper =
        intake.seedByPost(
            agent,
            new AccessRequestForm(
                new AccessRequestForm.Requested(
                    RequestType.NOUVEL_ACCES, null, Set.of(Profile.UTILISATEUR_ENTREPRISE)),
                new PartnerIdentity(
                    "9301-9461 Québec inc.",
                    "425, rue Jacques-Parizeau, Québec (Québec)",
                    "G1R 4Z1",
                    "418 555-0142",
                    null,
                    entrepriseNeq),
                new AccessRequestForm.Requester(
                    Civility.MADAME,
                    "Bélanger",
                    "Chantal",
                    "456123",
                    "418 555-0150",
                    null,
                    "418 555-0199",
                    "chantal.belanger@partenaire1170451234.example",
                    true,
                    today.minusDays(2)),
                new AccessRequestForm.Approval(
                    "Girard",
                    "Louise",
                    "louise.girard@partenaire1170451234.example",
                    "418 555-0100",
                    null,
                    ApproverRole.GESTIONNAIRE,
                    today.plusYears(1),
                    null,
                    false)));
    if (!online.succeeded() || !paper.succeeded()) {
      throw new IllegalStateException(
          "Demo access requests refused: " + online.violations() + " " + paper.violations());
    }
  }
}
