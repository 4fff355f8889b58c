package ca.qc.portail.registration;

import ca.qc.portail.account.AccountState;
import ca.qc.portail.account.Accounts;
import ca.qc.portail.account.UserAccount;
import ca.qc.portail.audit.AuditAction;
import ca.qc.portail.audit.AuditLog;
import ca.qc.portail.audit.AuditOutcome;
import ca.qc.portail.audit.AuditRecord;
import ca.qc.portail.audit.Phrase;
import ca.qc.portail.calendar.BusinessCalendar;
import ca.qc.portail.notification.MailTemplates;
import ca.qc.portail.notification.Outbox;
import ca.qc.portail.password.PasswordHasher;
import ca.qc.portail.password.PasswordPolicy;
import ca.qc.portail.password.PasswordRules;
import ca.qc.portail.password.PasswordViolation;
import ca.qc.portail.password.PersonContext;
import ca.qc.portail.password.UserCodeRules;
import ca.qc.portail.password.UserCodeViolation;
import ca.qc.portail.security.Callers;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Registration with a code (R-A5 to R-A7): central's approval leaves a person with an account
 * without user code nor password; {@link #issue} e-mails them a code valid 4 business days, {@link
 * #verify} checks it with the partial SIN on *Inscription*, and {@link #register} lets them choose
 * their user code and password on *Votre fiche d'identification*.
 *
 * <p>A code is valid through its {@code valid_until} day inclusive (in the clock's zone): issued on
 * a Thursday before Easter, it may be used until the end of the 4th business day after that day. A
 * wrong code, an expired, suspended or used one and a wrong partial SIN all get the same refusal;
 * each mismatch on an existing code counts, and the {@value #MAX_MISMATCHES}th suspends it.
 *
 * <p>The person has no session yet: {@link #verify} and {@link #register} are open to anonymous
 * callers, and their records carry the caller's client address ({@link Callers}).
 */
@Stateless
@PermitAll
public class Registration {

  /** R-A5: business days a code is valid, the issue day not counted. */
  public static final int VALID_BUSINESS_DAYS = 4;

  /** R-A6: the mismatch that suspends the code. */
  public static final int MAX_MISMATCHES = 5;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  @PersistenceContext private EntityManager em;
  @Inject private Accounts accounts;
  @Inject private Outbox outbox;
  @Inject private AuditLog audit;
  @Inject private Callers callers;
  @Inject private BusinessCalendar calendar;
  @Inject private PasswordRules rules;
  @Inject private PasswordHasher hasher;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "APP_BASE_URL", defaultValue = "http://localhost:8080")
  String baseUrl;

  private final SecureRandom random = new SecureRandom();

  /**
   * Issues a registration code to a pending person (an Actif account without user code) and e-mails
   * it to them (seed 001). Codes issued before to the same person can no longer be used. The code
   * is returned to the caller only, and written nowhere but in that e-mail.
   *
   * @throws IllegalStateException when the account already has a user code or is not Actif
   */
  public String issue(long accountId) {
    UserAccount account =
        accounts.find(accountId).orElseThrow(() -> new IllegalArgumentException("no account"));
    if (account.getUserCode() != null || account.getState() != AccountState.ACTIF) {
      throw new IllegalStateException("The account is not waiting for its registration");
    }
    Instant now = clock.instant();
    LocalDate validUntil = calendar.plusBusinessDays(LocalDate.now(clock), VALID_BUSINESS_DAYS);
    em.createQuery(
            "UPDATE RegistrationCode c SET c.state = :expired, c.stateChangedAt = :now,"
                + " c.version = c.version + 1 WHERE c.accountId = :account AND c.state = :active")
        .setParameter("expired", RegistrationCodeState.EXPIRE)
        .setParameter("now", now)
        .setParameter("account", accountId)
        .setParameter("active", RegistrationCodeState.ACTIF)
        .executeUpdate();
    String code = RegistrationCodes.generate(random);
    em.persist(new RegistrationCode(accountId, RegistrationCodes.hash(code), now, validUntil));
    outbox.enqueue(
        MailTemplates.email(
            account.getEmail(),
            account.getPreferredLanguage(),
            "registrationCode",
            code,
            DAY.format(validUntil),
            baseUrl + "/inscription.xhtml"));
    audit.write(
        AuditRecord.of(AuditAction.REGISTRATION_CODE_ISSUED, AuditOutcome.SUCCESS)
            .on(account.getId(), account.partnerId())
            .detail("CODE_ISSUED", DAY.format(validUntil)));
    return code;
  }

  /**
   * *Inscription* (R-A6): the person's identification sheet when the code is usable and the partial
   * SIN is the person's; otherwise empty, whatever was wrong. A mismatch on an existing code is
   * counted, and the {@value #MAX_MISMATCHES}th suspends the code.
   */
  public Optional<IdentificationSheet> verify(String code, String partialSin) {
    return attempt(code, partialSin).sheet();
  }

  /**
   * What *Inscription* shows after one attempt (R-A6, issue 13 point 6).
   *
   * @param sheet the person's identification sheet when the code and partial SIN pass
   * @param codeRight on a refusal, whether the code typed is a usable one and only the partial SIN
   *     was wrong (so the page keeps the code and clears the SIN); false when the code is unknown,
   *     expired, used or suspended (by this very mismatch included)
   */
  public record Verification(Optional<IdentificationSheet> sheet, boolean codeRight) {}

  /**
   * {@link #verify}, also saying on a refusal whether the code was right. The message stays the one
   * generic refusal; only the fields the page keeps differ. Telling that a code is right gives
   * nothing away: codes are random (about 59 bits, see {@link RegistrationCodes}), so only their
   * holder types one, and the partial SIN still gets {@value #MAX_MISMATCHES} tries before the code
   * is suspended.
   */
  public Verification attempt(String code, String partialSin) {
    String address = callers.current().address();
    Attempt attempt = check(code, partialSin, address, AuditAction.REGISTRATION_CODE_VERIFIED);
    return new Verification(
        attempt
            .checked()
            .map(
                found -> {
                  UserAccount account = found.account();
                  audit.write(
                      AuditRecord.of(AuditAction.REGISTRATION_CODE_VERIFIED, AuditOutcome.SUCCESS)
                          .from(address)
                          .on(account.getId(), account.partnerId())
                          .detail("CODE_AND_SIN_VERIFIED"));
                  return sheetOf(account);
                }),
        attempt.codeRight());
  }

  /**
   * *Votre fiche d'identification* (R-A7): the code and partial SIN are checked again; every unmet
   * criterion of the user code (form, names, uniqueness) and of the password (R-P1) is returned and
   * nothing is stored; otherwise the account gets its user code and password and the code is used
   * up.
   *
   * @throws InvalidRegistration when the code or partial SIN no longer pass {@link #verify}
   */
  public RegistrationViolations register(
      String code, String partialSin, String userCode, String password, String confirmation) {
    String address = callers.current().address();
    Checked found =
        check(code, partialSin, address, AuditAction.ACCOUNT_REGISTERED)
            .checked()
            .orElseThrow(InvalidRegistration::new);
    UserAccount account =
        em.find(UserAccount.class, found.account().getId(), LockModeType.PESSIMISTIC_WRITE);
    String chosen = userCode == null ? "" : userCode.strip();
    List<UserCodeViolation> codeViolations =
        new ArrayList<>(UserCodeRules.check(chosen, account.getFirstName(), account.getLastName()));
    if (codeViolations.isEmpty()
        && accounts
            .findByLogin(chosen)
            .filter(a -> !a.getId().equals(account.getId()))
            .isPresent()) {
      codeViolations.add(UserCodeViolation.TAKEN);
    }
    List<PasswordViolation> passwordViolations =
        rules.check(
            password,
            confirmation,
            new PersonContext(
                chosen.isEmpty() ? null : chosen,
                account.getEmail(),
                account.getFirstName(),
                account.getLastName()),
            accounts.passwordHistory(account),
            hasher);
    RegistrationViolations violations =
        new RegistrationViolations(codeViolations, passwordViolations);
    if (!violations.isEmpty()) {
      audit.write(
          AuditRecord.of(AuditAction.ACCOUNT_REGISTERED, AuditOutcome.REFUSED)
              .from(address)
              .on(account.getId(), account.partnerId())
              .detail(
                  "REGISTRATION_REFUSED",
                  Phrase.keys(
                      java.util.stream.Stream.concat(
                              codeViolations.stream().map(v -> v.messageKey()),
                              passwordViolations.stream().map(v -> v.messageKey()))
                          .toList())));
      return violations;
    }
    Instant now = clock.instant();
    account.assignUserCode(chosen);
    accounts.changePassword(account, hasher.hash(password), now, false);
    found.code().markUsed(now);
    em.flush();
    audit.write(
        AuditRecord.of(AuditAction.ACCOUNT_REGISTERED, AuditOutcome.SUCCESS)
            .by(account.loginName(), account.getId())
            .from(address)
            .on(account.getId(), account.partnerId())
            .detail("REGISTERED"));
    return RegistrationViolations.none();
  }

  /** The deployment's password policy (R-P1), for the criteria the page lists. */
  public PasswordPolicy passwordPolicy() {
    return rules.policy();
  }

  private record Checked(RegistrationCode code, UserAccount account) {}

  /** A check's result: the code and account when both pass, else whether the code was right. */
  private record Attempt(Optional<Checked> checked, boolean codeRight) {
    static Attempt refused(boolean codeRight) {
      return new Attempt(Optional.empty(), codeRight);
    }
  }

  /** The one place a code and partial SIN are checked and mismatches counted (R-A6). */
  private Attempt check(String typedCode, String typedSin, String address, AuditAction action) {
    AuditRecord refused = AuditRecord.of(action, AuditOutcome.REFUSED).from(address);
    String normalized = RegistrationCodes.normalize(typedCode);
    Optional<RegistrationCode> found =
        normalized == null
            ? Optional.empty()
            : em.createQuery(
                    "SELECT c FROM RegistrationCode c WHERE c.codeHash = :hash",
                    RegistrationCode.class)
                .setParameter("hash", RegistrationCodes.hash(normalized))
                .getResultStream()
                .findFirst();
    if (found.isEmpty()) {
      audit.write(refused.detail("CODE_UNKNOWN"));
      return Attempt.refused(false);
    }
    RegistrationCode code = found.get();
    UserAccount account = em.find(UserAccount.class, code.getAccountId());
    refused.on(account.getId(), account.partnerId());
    if (!code.usableOn(LocalDate.now(clock))) {
      audit.write(
          refused.detail(
              "CODE_UNUSABLE",
              "@codes.state."
                  + (code.getState() == RegistrationCodeState.ACTIF
                      ? RegistrationCodeState.EXPIRE
                      : code.getState())));
      return Attempt.refused(false);
    }
    if (account.getUserCode() != null || account.getState() != AccountState.ACTIF) {
      audit.write(refused.detail("ACCOUNT_NOT_REGISTRABLE", "@state." + account.getState()));
      return Attempt.refused(false);
    }
    String sin = RegistrationCodes.partialSin(typedSin);
    if (sin == null || !sin.equals(account.getPartialSin())) {
      boolean suspended = countMismatch(code, account, address, refused);
      return Attempt.refused(!suspended);
    }
    return new Attempt(Optional.of(new Checked(code, account)), true);
  }

  /**
   * Counts one mismatch with one UPDATE, which holds the row until the transaction ends: concurrent
   * attempts are counted one after the other, and exactly one of them reaches the threshold.
   * Returns whether the code is now suspended.
   */
  private boolean countMismatch(
      RegistrationCode code, UserAccount account, String address, AuditRecord refused) {
    em.createQuery(
            "UPDATE RegistrationCode c SET c.mismatchCount = c.mismatchCount + 1,"
                + " c.version = c.version + 1 WHERE c.id = :id")
        .setParameter("id", code.getId())
        .executeUpdate();
    int count =
        em.createQuery(
                "SELECT c.mismatchCount FROM RegistrationCode c WHERE c.id = :id", Integer.class)
            .setParameter("id", code.getId())
            .getSingleResult();
    audit.write(refused.detail("SIN_MISMATCH", count, MAX_MISMATCHES));
    if (count == MAX_MISMATCHES) {
      em.createQuery(
              "UPDATE RegistrationCode c SET c.state = :suspended, c.stateChangedAt = :now,"
                  + " c.version = c.version + 1 WHERE c.id = :id AND c.state = :active")
          .setParameter("suspended", RegistrationCodeState.SUSPENDU)
          .setParameter("now", clock.instant())
          .setParameter("id", code.getId())
          .setParameter("active", RegistrationCodeState.ACTIF)
          .executeUpdate();
      audit.write(
          AuditRecord.of(AuditAction.REGISTRATION_CODE_SUSPENDED, AuditOutcome.SUCCESS)
              .from(address)
              .on(account.getId(), account.partnerId())
              .detail("CODE_SUSPENDED", MAX_MISMATCHES));
    }
    return count >= MAX_MISMATCHES;
  }

  private static IdentificationSheet sheetOf(UserAccount account) {
    return new IdentificationSheet(
        account.getFirstName(),
        account.getLastName(),
        RegistrationCodes.display(account.getPartialSin()),
        account.getEmail(),
        account.getPartner() == null ? null : account.getPartner().getName());
  }

  /**
   * The code or partial SIN no longer pass (used, expired, suspended meanwhile). Nothing is rolled
   * back: the mismatch just counted must stay counted.
   */
  @ApplicationException(rollback = false)
  public static class InvalidRegistration extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
