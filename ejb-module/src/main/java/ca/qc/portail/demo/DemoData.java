package ca.qc.portail.demo;

import ca.qc.portail.account.AccountLifecycle;
import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Accounts;
import ca.qc.portail.account.InternalRole;
import ca.qc.portail.account.Profile;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.administration.SecurityFile;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditEvent;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import ca.qc.portail.authentication.AuthenticatorCodes;
import ca.qc.portail.authentication.FailedLogins;
import ca.qc.portail.partner.Agreement;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.partner.Partner;
import ca.qc.portail.partner.PartnerDirectory;
import ca.qc.portail.password.PasswordHasher;
import ca.qc.portail.registration.Onboarding;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo partners and accounts, loaded once into an empty database when {@code DEMO_DATA} is true
 * (run.sh sets it on the embedded default only). Every demo account has the password {@link
 * #PASSWORD}, except Nathalie Pelletier, who is waiting to register with the code e-mailed to her,
 * and Émilie Beaulieu, who has the temporary password {@link #TEMPORARY_PASSWORD}.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "BootstrapAdministrator"})
public class DemoData {

  /** The demo agents' authenticator-app secret (Base32), as the README prints it. */
  public static final String DEMO_AUTHENTICATOR_SECRET = "DEMOPORTAILPARTENAIRESAGENTSDEMO";

  public static final String PASSWORD = "Demo-Portail-2026";

  /** The NEQ of the CÉGEP DE SHERBROOKE, the demo partner with most of the demo people. */
  public static final String CEGEP_NEQ = "1143214567";

  /** The temporary password of the demo account {@code ebeaulieu} (R-P4). */
  public static final String TEMPORARY_PASSWORD = "Temporaire-2026!";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject
  @ConfigProperty(name = "DEMO_DATA", defaultValue = "false")
  boolean enabled;

  @PersistenceContext private EntityManager em;
  @Inject private PartnerDirectory partners;
  @Inject private Accounts accounts;
  @Inject private AuditLog audit;
  @Inject private PasswordHasher hasher;
  @Inject private Onboarding onboarding;
  @Inject private AuthenticatorCodes authenticator;
  @Inject private DemoAccessRequests demoRequests;
  @Inject private Clock clock;

  private String passwordHash;

  /** Whether this start loaded the demo data (the database was empty). */
  private boolean loaded;

  /** The accounts made, for {@link #checkAgainstTheList}. */
  private final Map<DemoAccount, UserAccount> made = new EnumMap<>(DemoAccount.class);

  @PostConstruct
  void loadIfEmpty() {
    if (!enabled || partners.count() > 0) {
      return;
    }
    passwordHash = hasher.hash(PASSWORD);
    LocalDate today = LocalDate.now(clock);
    Instant now = clock.instant();

    Partner cegep = new Partner("CÉGEP DE SHERBROOKE", CEGEP_NEQ, true, now);
    cegep.setContact("475, rue du Cégep, Sherbrooke (Québec)", "J1E 4K1", "819 564-6350");
    cegep.setEducationNumber("741000");
    cegep.addAgreement(
        new Agreement(
            "MFOR-2026-0142",
            MeasureFamily.FORMATION,
            "MFOR",
            today.minusMonths(8),
            today.plusMonths(16)));
    cegep.addAgreement(
        new Agreement(
            "SAE-2026-0077",
            MeasureFamily.EMPLOYABILITE,
            "SAE",
            today.minusMonths(3),
            today.plusMonths(9)));
    em.persist(cegep);

    Partner entreprise = new Partner("9301-9461 Québec inc.", "1170451234", false, now);
    entreprise.setContact("425, rue Jacques-Parizeau, Québec (Québec)", "G1R 4Z1", "418 555-0142");
    entreprise.addAgreement(
        new Agreement(
            "SS-2026-3310",
            MeasureFamily.FACTURATION,
            "SS",
            today.minusMonths(2),
            today.plusMonths(10)));
    em.persist(entreprise);

    UserAccount principal = partnerUser(cegep, DemoAccount.JLABONTE, "123456", today.plusDays(245));
    principal.grant(Profile.RESPONSABLE_PRINCIPAL);
    principal.grant(Profile.UTILISATEUR_INDIVIDUS);
    principal.recordAccess(now.minus(Duration.ofDays(3)));

    UserAccount auxiliary = partnerUser(cegep, DemoAccount.RDESPRES, "234567", today.plusDays(180));
    auxiliary.grant(Profile.RESPONSABLE_AUXILIAIRE);

    UserAccount individus =
        partnerUser(cegep, DemoAccount.MTREMBLAY, "345678", today.plusDays(120));
    individus.grant(Profile.UTILISATEUR_INDIVIDUS);
    individus.grant(Profile.EXTRACTION_INDIVIDUS);
    individus.recordAccess(now.minus(Duration.ofDays(12)));

    UserAccount changing = partnerUser(cegep, DemoAccount.GCARON, "135790", today.plusDays(150));
    changing.grant(Profile.UTILISATEUR_INDIVIDUS);

    UserAccount leaving = partnerUser(cegep, DemoAccount.FDUBOIS, "246801", today.plusDays(150));
    leaving.grant(Profile.UTILISATEUR_INDIVIDUS);

    UserAccount locked = partnerUser(cegep, DemoAccount.SGAGNON, "456789", today.plusDays(90));
    locked.grant(Profile.UTILISATEUR_INDIVIDUS);
    // The reason as FailedLogins stores it: a code, shown in the reader's language.
    locked.lockUntil(
        now.plus(Duration.ofMinutes(15)), String.format(FailedLogins.LOCK_REASON, 5), now);

    UserAccount expired = partnerUser(cegep, DemoAccount.PBOUCHARD, "567890", today.minusDays(10));
    expired.grant(Profile.UTILISATEUR_INDIVIDUS);
    expired.changeState(
        AccountState.EXPIRE, AccountLifecycle.EXPIRY_REASON, AuditEvent.SYSTEM, now);

    UserAccount inactive = partnerUser(cegep, DemoAccount.LCOTE, "678901", today.plusDays(60));
    inactive.grant(Profile.UTILISATEUR_INDIVIDUS);
    inactive.changeState(AccountState.INACTIF, "DEPART_VOLONTAIRE", "Rose Des Prés", now);

    // Issued a temporary password by central (R-C4): signing in leads to the change page (R-P4).
    UserAccount temporary =
        partnerUser(cegep, DemoAccount.EBEAULIEU, "314159", today.plusDays(200));
    temporary.grant(Profile.UTILISATEUR_INDIVIDUS);
    temporary.setPassword(
        hasher.hash(TEMPORARY_PASSWORD), now.minus(Duration.ofDays(1)), /* temporary= */ true);

    // To try *Mot de passe oublié ?* (R-L8) without changing anyone else's password.
    UserAccount forgetful =
        partnerUser(cegep, DemoAccount.SLAPOINTE, "161803", today.plusDays(200));
    forgetful.grant(Profile.UTILISATEUR_INDIVIDUS);

    // To try the lock after 5 failed logins (R-L3) without locking anyone else.
    UserAccount lockable = partnerUser(cegep, DemoAccount.HLEBLANC, "271828", today.plusDays(200));
    lockable.grant(Profile.UTILISATEUR_INDIVIDUS);

    securityFileExamples(cegep, today, now);

    UserAccount billing =
        partnerUser(entreprise, DemoAccount.AGIRARD, "789012", today.plusDays(300));
    billing.grant(Profile.RESPONSABLE_PRINCIPAL);
    billing.grant(Profile.UTILISATEUR_ENTREPRISE);

    // Approved by central but not registered yet: her registration code (R-A5), or her activation
    // link when registration.mode is ACTIVATION_LINK (R-A8), is in the captured mailbox.
    DemoAccount nathalie = DemoAccount.NPELLETIER;
    UserAccount pending =
        new UserAccount(
            cegep,
            emailOf(nathalie.firstName(), nathalie.lastName(), cegep),
            nathalie.firstName(),
            nathalie.lastName(),
            "999222",
            today.plusYears(1),
            now);
    pending.grant(Profile.UTILISATEUR_INDIVIDUS);
    accounts.add(pending);
    made.put(nathalie, pending);
    em.flush();
    onboarding.welcome(pending.getId());

    uncoveredPartner(today, now);

    UserAccount agent = internalUser(DemoAccount.AGENTCENTRAL, InternalRole.AGENT_CENTRAL);
    UserAccount operator = internalUser(DemoAccount.OPERATEUR, InternalRole.OPERATEUR);
    internalUser(DemoAccount.PERSONNEL, InternalRole.PERSONNEL);
    em.flush();
    // mfa.totpRequiredForRoles (AGENT_CENTRAL, OPERATEUR by default): the two demo agents are
    // enrolled with the secret the README gives, to add to an authenticator app.
    authenticator.enrol(agent, DEMO_AUTHENTICATOR_SECRET, 0);
    authenticator.enrol(operator, DEMO_AUTHENTICATOR_SECRET, 0);
    checkAgainstTheList();
    demoRequests.load(principal, agent, entreprise.getNeq());

    audit.write(
        AuditRecord.of(AuditAction.ACCOUNT_CREATED, AuditOutcome.SUCCESS)
            .detail("DEMO_DATA_LOADED"));
    LOG.info("Demo data loaded (DEMO_DATA=true).");
    loaded = true;
  }

  /** Whether this start loaded the demo data, so what depends on it may be added once. */
  public boolean loadedAtThisStart() {
    return loaded;
  }

  /**
   * R-D3 on central's dashboard (R-C1): a partner whose only security officer is Inactif, so it has
   * no active officer left.
   */
  private void uncoveredPartner(LocalDate today, Instant now) {
    Partner cje = new Partner("Carrefour jeunesse-emploi de l'Estrie", "1148765432", true, now);
    cje.setContact("1255, rue Daniel, Sherbrooke (Québec)", "J1H 5X3", "819 565-1454");
    cje.addAgreement(
        new Agreement(
            "SAE-2026-0311",
            MeasureFamily.EMPLOYABILITE,
            "SAE",
            today.minusMonths(5),
            today.plusMonths(7)));
    em.persist(cje);
    UserAccount officer = partnerUser(cje, DemoAccount.MLEBLANC, "890123", today.plusDays(200));
    officer.grant(Profile.RESPONSABLE_PRINCIPAL);
    officer.grant(Profile.UTILISATEUR_INDIVIDUS);
    officer.changeState(AccountState.INACTIF, "DEPART_VOLONTAIRE", "Martin Leblanc", now);
  }

  /**
   * Accounts the officers' security file (R-S3–R-S7) acts on: one deactivated by the system after
   * failed logins two days ago (reactivatable, R-S5), two Actif users to deactivate (R-S6) and to
   * extend (R-S7), and one deactivated by central (R-C4, R-C6). Luc Côté, deactivated by reason,
   * shows R-S4.
   */
  private void securityFileExamples(Partner cegep, LocalDate today, Instant now) {
    UserAccount failed = partnerUser(cegep, DemoAccount.EBERGERON, "321654", today.plusDays(200));
    failed.grant(Profile.UTILISATEUR_INDIVIDUS);
    failed.changeState(
        AccountState.INACTIF,
        FailedLogins.DEACTIVATION_REASON,
        null,
        now.minus(Duration.ofDays(2)));

    UserAccount toDeactivate =
        partnerUser(cegep, DemoAccount.CGAGNE, "432165", today.plusDays(100));
    toDeactivate.grant(Profile.UTILISATEUR_INDIVIDUS);

    UserAccount toExtend = partnerUser(cegep, DemoAccount.MLAVOIE, "543216", today.plusDays(20));
    toExtend.grant(Profile.UTILISATEUR_INDIVIDUS);
    toExtend.grant(Profile.UTILISATEUR_ENTREPRISE);

    // Deactivated by central (R-C6): only central may bring it back, with a temporary password
    // (R-C4).
    UserAccount byCentral = partnerUser(cegep, DemoAccount.HMARTEL, "654321", today.plusDays(40));
    byCentral.grant(Profile.UTILISATEUR_INDIVIDUS);
    byCentral.changeState(
        AccountState.INACTIF,
        "ABSENCE_PROLONGEE",
        SecurityFile.CENTRAL_AUTHOR,
        now.minus(Duration.ofDays(30)));
  }

  private UserAccount partnerUser(
      Partner partner, DemoAccount person, String sin, LocalDate expiry) {
    UserAccount account =
        new UserAccount(
            partner,
            emailOf(person.firstName(), person.lastName(), partner),
            person.firstName(),
            person.lastName(),
            sin,
            expiry,
            clock.instant());
    return register(account, person);
  }

  private UserAccount internalUser(DemoAccount person, InternalRole role) {
    UserAccount account =
        new UserAccount(
            null,
            emailOf(person.firstName(), person.lastName(), null),
            person.firstName(),
            person.lastName(),
            null,
            LocalDate.now(clock).plusYears(1),
            clock.instant());
    account.grant(role);
    return register(account, person);
  }

  private UserAccount register(UserAccount account, DemoAccount person) {
    account.assignUserCode(person.userCode());
    // Set a month ago: the demo accounts may change their password today (R-P3).
    account.setPassword(passwordHash, clock.instant().minus(Duration.ofDays(30)), false);
    accounts.add(account);
    made.put(person, account);
    return account;
  }

  /**
   * The README and run.sh list {@link DemoAccount}: the demo stops here, before anything is
   * committed, when it made another set of people or left one in another state than listed.
   */
  private void checkAgainstTheList() {
    List<String> differences = new ArrayList<>();
    for (DemoAccount person : DemoAccount.values()) {
      UserAccount account = made.get(person);
      if (account == null) {
        differences.add(person + " not created");
      } else if (account.getState() != person.state()
          || !person.fullName().equals(account.fullName())
          || !Objects.equals(person.userCode(), account.getUserCode())) {
        differences.add(
            person
                + " is "
                + account.getUserCode()
                + " "
                + account.fullName()
                + " "
                + account.getState());
      }
    }
    if (!differences.isEmpty()) {
      throw new IllegalStateException("Demo accounts differ from DemoAccount: " + differences);
    }
  }

  private static String emailOf(String first, String last, Partner partner) {
    String domain =
        partner == null ? "ministere.example" : "partenaire" + partner.getNeq() + ".example";
    return (ascii(first) + "." + ascii(last)).replace(" ", "") + "@" + domain;
  }

  private static String ascii(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(java.util.Locale.ROOT);
  }
}
