package ca.qc.portail.account;

import ca.qc.portail.partner.Partner;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A person's account: a partner user (with a partner and profiles) or a ministry agent (internal
 * roles, no partner). Its state changes only through the account services, each of which writes the
 * audit record in the same transaction.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

  @Id
  @SequenceGenerator(
      name = "user_account_seq",
      sequenceName = "user_account_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "partner_id")
  private Partner partner;

  @Column(name = "user_code", length = 64)
  private String userCode;

  /** The user code folded to lower case: user codes are unique case-insensitively. */
  @Column(name = "user_code_key", length = 64)
  private String userCodeKey;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(name = "email_key", nullable = false, length = 254)
  private String emailKey;

  @Column(name = "first_name", nullable = false, length = 100)
  private String firstName;

  @Column(name = "last_name", nullable = false, length = 100)
  private String lastName;

  // Issue 13, point 7: the names as searched, without accents nor case (SearchKey).
  @Column(name = "first_name_key", length = 200)
  private String firstNameKey;

  @Column(name = "last_name_key", length = 200)
  private String lastNameKey;

  @Column(name = "partial_sin", length = 6)
  private String partialSin;

  @Column(length = 20)
  private String phone;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private AccountState state;

  @Column(name = "expiry_date")
  private LocalDate expiryDate;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_access_at")
  private Instant lastAccessAt;

  /** PHC-formatted hash: algorithm, its parameters, salt and hash (R-P6). */
  @Column(name = "password_hash", length = 255)
  private String passwordHash;

  @Column(name = "password_changed_at")
  private Instant passwordChangedAt;

  @Column(name = "password_temporary", nullable = false)
  private boolean passwordTemporary;

  @Column(name = "failed_login_count", nullable = false)
  private int failedLoginCount;

  /** Wrong e-mailed codes since the last accepted one, across logins (finding #4 of issue 12). */
  @Column(name = "wrong_code_count", nullable = false)
  private int wrongCodeCount;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "state_reason", length = 300)
  private String stateReason;

  @Column(name = "state_changed_at")
  private Instant stateChangedAt;

  @Column(name = "state_changed_by", length = 200)
  private String stateChangedBy;

  @Column(name = "preferred_language", nullable = false, length = 2)
  private String preferredLanguage = "fr";

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_profile", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "profile", length = 40)
  private Set<Profile> profiles = EnumSet.noneOf(Profile.class);

  /** The same profiles as {@link ProfileMask} bits, for the list's filter and sort (R-S2). */
  @Column(name = "profile_mask", nullable = false)
  private int profileMask;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 30)
  private Set<InternalRole> internalRoles = EnumSet.noneOf(InternalRole.class);

  /**
   * Raised by every change of state and of password: a session started under an older generation is
   * over (finding #3 of issue 12), on whichever cluster member it is served.
   */
  @Column(name = "session_generation", nullable = false)
  private long sessionGeneration;

  /** The authenticator-app secret, encrypted (issue 12, deliver 2); null when not enrolled. */
  @Column(name = "totp_secret", length = 200)
  private String totpSecret;

  @Column(name = "totp_enrolled_at")
  private Instant totpEnrolledAt;

  /** The last time step whose code was accepted: a code is never accepted twice. */
  @Column(name = "totp_last_step", nullable = false)
  private long totpLastStep;

  @Version private long version;

  protected UserAccount() {}

  public UserAccount(
      Partner partner,
      String email,
      String firstName,
      String lastName,
      String partialSin,
      LocalDate expiryDate,
      Instant createdAt) {
    this.partner = partner;
    changeEmail(email);
    name(firstName, lastName);
    this.partialSin = partialSin;
    this.expiryDate = expiryDate;
    this.createdAt = Objects.requireNonNull(createdAt);
    this.state = AccountState.ACTIF;
  }

  /** The only place names are set, so their search keys never lag behind them. */
  private void name(String firstName, String lastName) {
    this.firstName = Objects.requireNonNull(firstName);
    this.lastName = Objects.requireNonNull(lastName);
    this.firstNameKey = SearchKey.of(firstName);
    this.lastNameKey = SearchKey.of(lastName);
  }

  /** Folds a user code or e-mail to the form used for unique keys and login lookups. */
  public static String keyOf(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }

  public void assignUserCode(String userCode) {
    this.userCode = userCode;
    this.userCodeKey = userCode == null ? null : keyOf(userCode);
  }

  public void changeEmail(String email) {
    this.email = Objects.requireNonNull(email).strip();
    this.emailKey = keyOf(email);
  }

  /** R-S7, R-C4: a new expiry date, set by an officer or central. */
  public void changeExpiryDate(LocalDate expiryDate) {
    this.expiryDate = expiryDate;
  }

  /** R-C5: central corrects the person's identity (the e-mail through {@link #changeEmail}). */
  public void correctIdentity(String lastName, String firstName, String phone, String partialSin) {
    name(firstName, lastName);
    this.phone = phone;
    this.partialSin = partialSin;
  }

  public void grant(Profile profile) {
    profiles.add(profile);
    profileMask = ProfileMask.of(profiles);
  }

  /** The profiles of an approved *Modification au profil autorisé* (R-A4): exactly these. */
  public void replaceProfiles(Set<Profile> newProfiles) {
    profiles.clear();
    profiles.addAll(newProfiles);
    profileMask = ProfileMask.of(profiles);
  }

  public void grant(InternalRole role) {
    internalRoles.add(role);
  }

  public void setPassword(String passwordHash, Instant changedAt, boolean temporary) {
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.passwordChangedAt = changedAt;
    this.passwordTemporary = temporary;
    this.sessionGeneration++;
  }

  /** Replaces the stored hash of the same password, when hashing parameters changed (R-P6). */
  public void upgradePasswordHash(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash);
  }

  /** Enrols an authenticator app: its secret (encrypted) and the step of the code confirming it. */
  public void enrolTotp(String encryptedSecret, Instant at, long confirmedStep) {
    this.totpSecret = Objects.requireNonNull(encryptedSecret);
    this.totpEnrolledAt = at;
    this.totpLastStep = Math.max(totpLastStep, confirmedStep);
  }

  /** A code of {@code step} was accepted: it and earlier ones can no longer be. */
  public void acceptTotpStep(long step) {
    this.totpLastStep = Math.max(totpLastStep, step);
  }

  /**
   * R-C8: central replaces an agent's internal roles with exactly these; sessions begun with the
   * former roles end.
   */
  public void replaceRoles(Set<InternalRole> roles) {
    internalRoles.clear();
    internalRoles.addAll(roles);
    this.sessionGeneration++;
  }

  public void recordAccess(Instant at) {
    this.lastAccessAt = at;
  }

  public void resetFailedLogins() {
    this.failedLoginCount = 0;
  }

  /** A security code was accepted: the count of wrong codes starts again (finding #4). */
  public void resetWrongCodes() {
    this.wrongCodeCount = 0;
  }

  /** Records a change of state with its reason, date and author (shown in the security file). */
  public void changeState(AccountState newState, String reason, String author, Instant at) {
    this.state = Objects.requireNonNull(newState);
    this.stateReason = reason;
    this.stateChangedBy = author;
    this.stateChangedAt = at;
    this.sessionGeneration++;
    if (newState != AccountState.VERROUILLE) {
      this.lockedUntil = null;
    }
  }

  public void lockUntil(Instant until, String reason, Instant at) {
    changeState(AccountState.VERROUILLE, reason, null, at);
    this.lockedUntil = until;
  }

  public void setPreferredLanguage(String language) {
    this.preferredLanguage = language;
  }

  /** The expiry date is reached: the account is no longer valid on that day (seed 002). */
  public boolean isPastExpiry(LocalDate today) {
    return isPastExpiry(expiryDate, today);
  }

  /** {@link #isPastExpiry(LocalDate)} for an expiry date read without its account. */
  public static boolean isPastExpiry(LocalDate expiryDate, LocalDate today) {
    return expiryDate != null && !expiryDate.isAfter(today);
  }

  public Long getId() {
    return id;
  }

  public Partner getPartner() {
    return partner;
  }

  public String getUserCode() {
    return userCode;
  }

  public String getEmail() {
    return email;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String getPartialSin() {
    return partialSin;
  }

  public String getPhone() {
    return phone;
  }

  public AccountState getState() {
    return state;
  }

  public LocalDate getExpiryDate() {
    return expiryDate;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastAccessAt() {
    return lastAccessAt;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Instant getPasswordChangedAt() {
    return passwordChangedAt;
  }

  public boolean isPasswordTemporary() {
    return passwordTemporary;
  }

  /** The generation a session of this account must carry to go on (see the column). */
  public long getSessionGeneration() {
    return sessionGeneration;
  }

  public boolean isTotpEnrolled() {
    return totpSecret != null;
  }

  public String getTotpSecret() {
    return totpSecret;
  }

  public Instant getTotpEnrolledAt() {
    return totpEnrolledAt;
  }

  public long getTotpLastStep() {
    return totpLastStep;
  }

  public int getFailedLoginCount() {
    return failedLoginCount;
  }

  public int getWrongCodeCount() {
    return wrongCodeCount;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public String getStateReason() {
    return stateReason;
  }

  public Instant getStateChangedAt() {
    return stateChangedAt;
  }

  public String getStateChangedBy() {
    return stateChangedBy;
  }

  public String getPreferredLanguage() {
    return preferredLanguage;
  }

  public Set<Profile> getProfiles() {
    return profiles.isEmpty() ? EnumSet.noneOf(Profile.class) : EnumSet.copyOf(profiles);
  }

  /** An Actif holder of {@code role}: who may use the central or operations functions. */
  public boolean isActiveWith(InternalRole role) {
    return state == AccountState.ACTIF && internalRoles.contains(role);
  }

  public Set<InternalRole> getInternalRoles() {
    return internalRoles.isEmpty()
        ? EnumSet.noneOf(InternalRole.class)
        : EnumSet.copyOf(internalRoles);
  }

  /** The user code when chosen, else the e-mail address (internal agents, R-A8 accounts). */
  public String loginName() {
    return userCode != null ? userCode : email;
  }

  /** The profiles as {@link ProfileMask} bits, as the list's view reads them. */
  int profileMask() {
    return profileMask;
  }

  public Long partnerId() {
    return partner == null ? null : partner.getId();
  }

  public String fullName() {
    return firstName + " " + lastName;
  }
}
