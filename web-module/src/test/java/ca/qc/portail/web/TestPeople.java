package ca.qc.portail.web;

import ca.qc.portail.account.InternalRole;
import ca.qc.portail.account.Profile;
import ca.qc.portail.account.ProfileMask;
import ca.qc.portail.account.SearchKey;
import ca.qc.portail.partner.MeasureFamily;
import ca.qc.portail.password.PasswordHasher;
import ca.qc.portail.registration.RegistrationCodes;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The partners, people and registration codes a browser test needs, written straight into the
 * module's test database (JDBC, coordinates from the system properties {@code it.db.url}, {@code
 * it.db.user}, {@code it.db.password}) once the application is deployed, so every test makes its
 * own and depends on no demo data and on no other test.
 *
 * <p>Every partner, user code and e-mail address is new (a suffix unique to the run), so tests
 * never meet each other's people; names are those given, as the pages and e-mails show them.
 * Identifiers are taken from the application's sequences: EclipseLink uses a value as the top of a
 * block of 50 and never gets the value taken here, so the two never collide. Passwords are hashed
 * with the product's {@link PasswordHasher}.
 */
public final class TestPeople {

  /** The password of every person made here, unless another is given. */
  public static final String PASSWORD = "Essai-Portail-2026";

  /** The ministry's time zone, in which the application reckons its dates. */
  public static final ZoneId APP_ZONE = ZoneId.of("America/Toronto");

  private static final String RUN =
      Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36, 36L * 36 * 36 * 36), 36);
  private static final AtomicInteger SERIAL = new AtomicInteger();
  private static final PasswordHasher HASHER = new PasswordHasher(7168, 5, 1);
  private static final Map<String, String> HASHES = new ConcurrentHashMap<>();

  private TestPeople() {}

  /** A partner made here, with its agreements' numbers by family. */
  public record Partner(long id, String name, String neq, Map<MeasureFamily, String> agreements) {}

  /**
   * A person made here. {@code code} is null for a person who has not registered yet; {@code
   * registrationCode} is the code e-mailed to such a person, in clear.
   */
  public record Person(
      long id,
      String code,
      String email,
      String firstName,
      String lastName,
      String password,
      String partialSin,
      String registrationCode) {

    public String fullName() {
      return firstName + " " + lastName;
    }

    /** This person once registered with {@code chosenCode} and {@code chosenPassword} (R-A7). */
    Person registered(String chosenCode, String chosenPassword) {
      return new Person(
          id, chosenCode, email, firstName, lastName, chosenPassword, partialSin, null);
    }

    /** The first three characters of the user code, as the officers' e-mails show them. */
    String shortCode() {
      return code.substring(0, 3);
    }
  }

  /** Today in the application's time zone. */
  public static LocalDate today() {
    return LocalDate.now(APP_ZONE);
  }

  /** A suffix no other name of this run has: a user code, e-mail or partner of its own. */
  public static String unique() {
    return RUN + SERIAL.incrementAndGet();
  }

  /**
   * A partner named {@code name} followed by a number of its own, with a new NEQ and one agreement
   * in force (begun 8 months ago, ending in 16) for each family.
   */
  public static Partner partner(String name, MeasureFamily... families) {
    String neq =
        String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
    String fullName = name + " " + unique();
    try (Connection db = connect()) {
      long id = nextId(db, "partner_seq");
      update(
          db,
          "INSERT INTO partner (id, name, address, postal_code, phone, neq, education_number,"
              + " non_profit, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?)",
          id,
          fullName,
          "475, rue du Cégep, Sherbrooke (Québec)",
          "J1E 4K1",
          "819 564-6350",
          neq,
          "741000",
          Timestamp.from(Instant.now()));
      Map<MeasureFamily, String> agreements = new java.util.EnumMap<>(MeasureFamily.class);
      for (MeasureFamily family : families) {
        String measure =
            switch (family) {
              case FORMATION -> "MFOR";
              case EMPLOYABILITE -> "SAE";
              case FACTURATION -> "SS";
            };
        String number = measure + "-" + neq;
        update(
            db,
            "INSERT INTO agreement (id, partner_id, number, family, measure, start_date, end_date)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)",
            nextId(db, "agreement_seq"),
            id,
            number,
            family.name(),
            measure,
            Date.valueOf(today().minusMonths(8)),
            Date.valueOf(today().plusMonths(16)));
        agreements.put(family, number);
      }
      return new Partner(id, fullName, neq, agreements);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An Actif user of {@code partner} with these profiles and {@link #PASSWORD}. */
  public static Person user(
      Partner partner, String firstName, String lastName, Profile... profiles) {
    return create(new Spec(partner, firstName, lastName).profiles(profiles));
  }

  /** The partner's Actif principal security officer (who also uses the Individus services). */
  public static Person principalOfficer(Partner partner, String firstName, String lastName) {
    return user(
        partner, firstName, lastName, Profile.RESPONSABLE_PRINCIPAL, Profile.UTILISATEUR_INDIVIDUS);
  }

  /** An Actif ministry agent with {@code role} and {@link #PASSWORD}. */
  public static Person agent(String firstName, String lastName, InternalRole role) {
    return create(new Spec(null, firstName, lastName).role(role));
  }

  /** A person to make: what {@link #user} makes, and whatever is changed from it. */
  public static Spec person(Partner partner, String firstName, String lastName) {
    return new Spec(partner, firstName, lastName);
  }

  /** What a person is made with; {@link #create} makes it. */
  public static final class Spec {
    private final Partner partner;
    private final String firstName;
    private final String lastName;
    private final Set<Profile> profiles = EnumSet.noneOf(Profile.class);
    private final Set<InternalRole> roles = EnumSet.noneOf(InternalRole.class);
    private String state = "ACTIF";
    private String stateReason;
    private String stateChangedBy;
    private Instant stateChangedAt;
    private LocalDate expiry = today().plusDays(200);
    private String password = PASSWORD;
    private boolean temporary;
    private Instant lastAccess;
    private LocalDate codeValidUntil;

    private Spec(Partner partner, String firstName, String lastName) {
      this.partner = partner;
      this.firstName = firstName;
      this.lastName = lastName;
    }

    Spec profiles(Profile... granted) {
      profiles.addAll(List.of(granted));
      return this;
    }

    Spec role(InternalRole role) {
      roles.add(role);
      return this;
    }

    Spec expiry(LocalDate date) {
      expiry = date;
      return this;
    }

    /** In {@code state} (ACTIF, EXPIRE, INACTIF…) since {@code ago}, for {@code reason}. */
    Spec state(String state, String reason, String changedBy, Duration ago) {
      this.state = state;
      this.stateReason = reason;
      this.stateChangedBy = changedBy;
      this.stateChangedAt = Instant.now().minus(ago);
      return this;
    }

    /** A temporary password, given a day ago (R-P4). */
    Spec temporaryPassword(String temporaryPassword) {
      password = temporaryPassword;
      temporary = true;
      return this;
    }

    Spec lastAccess(Duration ago) {
      lastAccess = Instant.now().minus(ago);
      return this;
    }

    /**
     * Approved but not registered yet (R-A5): no user code nor password, and an Actif registration
     * code valid four more days, known to the test.
     */
    Spec pending() {
      return pending(today().plusDays(4));
    }

    /** {@link #pending()}, with a registration code whose last valid day is {@code lastDay}. */
    Spec pending(LocalDate lastDay) {
      codeValidUntil = lastDay;
      return this;
    }

    Person create() {
      return TestPeople.create(this);
    }
  }

  private static Person create(Spec spec) {
    boolean pending = spec.codeValidUntil != null;
    String suffix = unique();
    String code = pending ? null : ascii(spec.firstName.substring(0, 1) + spec.lastName) + suffix;
    String domain =
        spec.partner == null ? "ministere.example" : "partenaire" + spec.partner.neq() + ".example";
    String email = ascii(spec.firstName) + "." + ascii(spec.lastName) + "." + suffix + "@" + domain;
    String partialSin =
        spec.partner == null
            ? null
            : String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
    Instant now = Instant.now();
    try (Connection db = connect()) {
      db.setAutoCommit(false);
      long id = nextId(db, "user_account_seq");
      update(
          db,
          "INSERT INTO user_account (id, partner_id, user_code, user_code_key, email, email_key,"
              + " first_name, last_name, partial_sin, state, expiry_date, created_at,"
              + " last_access_at, password_hash, password_changed_at, password_temporary,"
              + " state_reason, state_changed_at, state_changed_by, profile_mask, first_name_key,"
              + " last_name_key)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          id,
          spec.partner == null ? null : spec.partner.id(),
          code,
          code == null ? null : code.toLowerCase(Locale.ROOT),
          email,
          email.toLowerCase(Locale.ROOT),
          spec.firstName,
          spec.lastName,
          partialSin,
          spec.state,
          pending ? today().plusYears(1) : spec.expiry,
          Timestamp.from(now.minus(Duration.ofDays(60))),
          spec.lastAccess == null ? null : Timestamp.from(spec.lastAccess),
          pending ? null : hash(spec.password),
          pending
              ? null
              // A month ago (a day ago for a temporary one): the password may be changed today.
              : Timestamp.from(now.minus(Duration.ofDays(spec.temporary ? 1 : 30))),
          spec.temporary,
          spec.stateReason,
          spec.stateChangedAt == null ? null : Timestamp.from(spec.stateChangedAt),
          spec.stateChangedBy,
          ProfileMask.of(spec.profiles),
          // The names as the lists search them (issue 13, point 7), as UserAccount keeps them.
          SearchKey.of(spec.firstName),
          SearchKey.of(spec.lastName));
      for (Profile profile : spec.profiles) {
        update(
            db,
            "INSERT INTO account_profile (account_id, profile) VALUES (?, ?)",
            id,
            profile.name());
      }
      for (InternalRole role : spec.roles) {
        update(db, "INSERT INTO account_role (account_id, role) VALUES (?, ?)", id, role.name());
      }
      String registrationCode = null;
      if (pending) {
        registrationCode = RegistrationCodes.generate(new SecureRandom());
        update(
            db,
            "INSERT INTO registration_code (id, account_id, code_hash, issued_at, valid_until,"
                + " state) VALUES (?, ?, ?, ?, ?, 'ACTIF')",
            nextId(db, "registration_code_seq"),
            id,
            RegistrationCodes.hash(RegistrationCodes.normalize(registrationCode)),
            Timestamp.from(now),
            Date.valueOf(spec.codeValidUntil));
      }
      db.commit();
      return new Person(
          id,
          code,
          email,
          spec.firstName,
          spec.lastName,
          pending ? null : spec.password,
          partialSin,
          registrationCode);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Puts an e-mail in the outbox as the dispatcher leaves it after its last failed attempt (R-J6);
   * returns its identifier.
   */
  public static long failedEmail(String recipient, String subject) {
    try (Connection db = connect()) {
      long id = nextId(db, "outbox_email_seq");
      update(
          db,
          "INSERT INTO outbox_email (id, created_at, recipients, subject, body_text, state,"
              + " attempts, next_attempt_at, last_error) VALUES (?, ?, ?, ?, 'Bonjour.', 'ECHEC',"
              + " 10, ?, ?)",
          id,
          Timestamp.from(Instant.now().minus(Duration.ofDays(1))),
          recipient,
          subject,
          Timestamp.from(Instant.now()),
          "Connexion refusée par le serveur SMTP (essai 10 de 10)");
      return id;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hash(String password) {
    return HASHES.computeIfAbsent(password, HASHER::hash);
  }

  /** Lower-case letters of {@code s} without their accents: « Des Prés » → « despres ». */
  private static String ascii(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD)
        .replaceAll("[^A-Za-z]", "")
        .toLowerCase(Locale.ROOT);
  }

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        property("it.db.url"), property("it.db.user"), property("it.db.password"));
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(
          name + " is not set: the browser tests run under failsafe (mvn verify)");
    }
    return value;
  }

  public static long nextId(Connection db, String sequence) throws SQLException {
    try (PreparedStatement next = db.prepareStatement("SELECT nextval('" + sequence + "')");
        ResultSet value = next.executeQuery()) {
      value.next();
      return value.getLong(1);
    }
  }

  public static void update(Connection db, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    }
  }
}
