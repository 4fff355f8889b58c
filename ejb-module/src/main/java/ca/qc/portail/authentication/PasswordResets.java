package ca.qc.portail.authentication;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Accounts;
import ca.qc.portail.account.NewPasswords;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import ca.qc.portail.audit.Phrase;
import ca.qc.portail.notification.MailTemplates;
import ca.qc.portail.notification.Outbox;
import ca.qc.portail.password.PasswordPolicy;
import ca.qc.portail.password.PasswordRules;
import ca.qc.portail.password.PasswordViolation;
import ca.qc.portail.platform.Digests;
import ca.qc.portail.security.Callers;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * *Mot de passe oublié ?* (R-L8): whatever is typed, the person sees the same answer; an existing,
 * usable account (Actif, or Verrouillé by failed logins) gets a single-use link valid 60 minutes.
 * Requests are limited per account and per client address (the caller's, see {@link Callers}),
 * counted in the database so the limits hold across cluster members.
 */
@Stateless
@PermitAll
public class PasswordResets {

  static final Duration VALIDITY = Duration.ofMinutes(60);
  private static final Duration WINDOW = Duration.ofHours(1);

  @PersistenceContext private EntityManager em;
  @Inject private Accounts accounts;
  @Inject private Outbox outbox;
  @Inject private NewPasswords newPasswords;
  @Inject private AuditLog audit;
  @Inject private Callers callers;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "reset.maxPerAccountPerHour", defaultValue = "3")
  int maxPerAccount;

  @Inject
  @ConfigProperty(name = "reset.maxPerAddressPerHour", defaultValue = "10")
  int maxPerAddress;

  @Inject
  @ConfigProperty(name = "APP_BASE_URL", defaultValue = "http://localhost:8080")
  String baseUrl;

  @Inject private PasswordRules rules;

  private final SecureRandom random = new SecureRandom();

  /** Records a request and, when the rules allow, e-mails a reset link. Says nothing back. */
  public void request(String login) {
    Instant now = clock.instant();
    String address = callers.current().address();
    AuditRecord record =
        AuditRecord.of(AuditAction.PASSWORD_RESET_REQUESTED, AuditOutcome.REFUSED).from(address);
    if (login == null || !LoginRules.acceptableInput(login, "-")) {
      audit.write(record.detail("INPUT_REFUSED"));
      return;
    }
    if (address != null && requestsFromAddress(address, now) >= maxPerAddress) {
      audit.write(record.detail("RESET_LIMIT_ADDRESS"));
      return;
    }
    Optional<UserAccount> found = accounts.findByLogin(login);
    if (found.isEmpty()) {
      em.persist(new PasswordReset(now, address, null));
      audit.write(record.detail("UNKNOWN_LOGIN"));
      return;
    }
    UserAccount account = found.get();
    record.by(account.loginName(), account.getId()).on(account.getId(), account.partnerId());
    PasswordReset reset = new PasswordReset(now, address, account.getId());
    if (account.getState() == AccountState.INACTIF || account.getState() == AccountState.EXPIRE) {
      em.persist(reset);
      audit.write(record.detail("RESET_NO_LINK", "@state." + account.getState()));
      return;
    }
    if (requestsForAccount(account.getId(), now) >= maxPerAccount) {
      em.persist(reset);
      audit.write(record.detail("RESET_LIMIT_ACCOUNT"));
      return;
    }
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    reset.issue(Digests.sha256Hex(token), now.plus(VALIDITY));
    em.persist(reset);
    outbox.enqueue(
        MailTemplates.email(
            account.getEmail(),
            account.getPreferredLanguage(),
            "passwordReset",
            account.getEmail(),
            baseUrl + "/nouveau-mot-de-passe.xhtml?jeton=" + token,
            VALIDITY.toMinutes()));
    audit.write(
        AuditRecord.of(AuditAction.PASSWORD_RESET_REQUESTED, AuditOutcome.SUCCESS)
            .by(account.loginName(), account.getId())
            .from(address)
            .on(account.getId(), account.partnerId())
            .detail("RESET_LINK_SENT", VALIDITY.toMinutes()));
  }

  /**
   * R-A8 (`registration.mode: ACTIVATION_LINK`): a link of the forgot-password flow for a person
   * central just approved, who has no password yet, valid until {@code expiresAt}. It is an
   * ordinary reset link: the same page sets the password (R-P1), and a person whose link expired
   * asks for a new one on *Mot de passe oublié ?*. Returns the address to e-mail; the token itself
   * is stored only hashed.
   */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.MANDATORY)
  public String activationLink(UserAccount account, Instant expiresAt) {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    PasswordReset reset = new PasswordReset(clock.instant(), null, account.getId());
    reset.issue(Digests.sha256Hex(token), expiresAt);
    em.persist(reset);
    return baseUrl + "/nouveau-mot-de-passe.xhtml?jeton=" + token;
  }

  /**
   * Sets the new password of a valid link (R-L8, R-P1): every unmet criterion is returned and
   * nothing is changed; otherwise the password is stored, the link and the account's other links
   * are used up, a lock ends, and the owner is e-mailed (R-P5).
   *
   * @throws InvalidResetLink when the link is unknown, used or expired
   */
  public List<PasswordViolation> complete(String token, String password, String confirmation) {
    PasswordReset reset = usable(token).orElseThrow(InvalidResetLink::new);
    String address = callers.current().address();
    UserAccount account =
        em.find(UserAccount.class, reset.getAccountId(), LockModeType.PESSIMISTIC_WRITE);
    List<PasswordViolation> violations = newPasswords.check(account, password, confirmation);
    if (!violations.isEmpty()) {
      audit.write(
          AuditRecord.of(AuditAction.PASSWORD_CHANGED, AuditOutcome.REFUSED)
              .by(account.loginName(), account.getId())
              .from(address)
              .on(account.getId(), account.partnerId())
              .detail(
                  "PASSWORD_RESET_REFUSED",
                  Phrase.keys(violations, PasswordViolation::messageKey)));
      return violations;
    }
    Instant now = clock.instant();
    newPasswords.set(account, password, now);
    if (account.getState() == AccountState.VERROUILLE) {
      account.changeState(AccountState.ACTIF, "PASSWORD_RESET", account.loginName(), now);
    }
    account.resetFailedLogins();
    em.createQuery(
            "UPDATE PasswordReset r SET r.usedAt = :now WHERE r.accountId = :account AND r.usedAt IS NULL")
        .setParameter("now", now)
        .setParameter("account", account.getId())
        .executeUpdate();
    audit.write(
        AuditRecord.of(AuditAction.PASSWORD_CHANGED, AuditOutcome.SUCCESS)
            .by(account.loginName(), account.getId())
            .from(address)
            .on(account.getId(), account.partnerId())
            .detail("PASSWORD_RESET_BY_LINK"));
    return List.of();
  }

  /** The deployment's password policy (R-P1), for the criteria the page lists. */
  public PasswordPolicy passwordPolicy() {
    return rules.policy();
  }

  /** The account a link is for, while the link is unused and unexpired. */
  public Optional<Long> accountOf(String token) {
    return usable(token).map(PasswordReset::getAccountId);
  }

  Optional<PasswordReset> usable(String token) {
    if (token == null || token.length() > 100) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return em.createQuery(
            "SELECT r FROM PasswordReset r WHERE r.tokenHash = :hash", PasswordReset.class)
        .setParameter("hash", Digests.sha256Hex(token))
        .getResultStream()
        .findFirst()
        .filter(r -> r.usableAt(now));
  }

  private long requestsFromAddress(String address, Instant now) {
    return recentRequests("r.address", address, now);
  }

  private long requestsForAccount(long accountId, Instant now) {
    return recentRequests("r.accountId", accountId, now);
  }

  /** Reset requests within the last {@code WINDOW} whose {@code field} is {@code value} (R-L8). */
  private long recentRequests(String field, Object value, Instant now) {
    return em.createQuery(
            "SELECT COUNT(r) FROM PasswordReset r WHERE "
                + field
                + " = :value"
                + " AND r.requestedAt > :since",
            Long.class)
        .setParameter("value", value)
        .setParameter("since", now.minus(WINDOW))
        .getSingleResult();
  }

  /** The link is unknown, already used or expired. */
  @jakarta.ejb.ApplicationException(rollback = true)
  public static class InvalidResetLink extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
