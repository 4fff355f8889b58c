package ca.qc.portail.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.account.InternalRole;
import ca.qc.portail.account.Profile;
import ca.qc.portail.menu.MenuRules;
import ca.qc.portail.menu.MenuSection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The exchange's rules without a container, on a fixed clock (seed 000's dates). */
class ExchangeRulesTest {

  private static final ZoneId QUEBEC = ZoneId.of("America/Toronto");

  /** Mardi 21 novembre 2023 14:20, as the guide's first document. */
  private static final Clock CLOCK =
      Clock.fixed(LocalDateTime.of(2023, 11, 21, 14, 20).atZone(QUEBEC).toInstant(), QUEBEC);

  private static final long MAX = 2L * 1024 * 1024 * 1024;

  private static DepositRequest deposit(String name, long size, List<Long> to, String note) {
    return new DepositRequest(name, size, to, note, null);
  }

  @Test
  @DisplayName("R-E1: a project reads \"PROJET001 - Projet 001\"; its code is kept upper-case")
  void projectEntry() {
    ProjectData data =
        ExchangeRules.normalise(
            new ProjectData(" projet001 ", " Projet 001 ", "  ", false, 10, 10, 45, false));

    assertThat(ExchangeRules.projectLabel(data.code(), data.name()))
        .isEqualTo("PROJET001 - Projet 001");
    assertThat(data.consentText()).isNull();
    assertThat(ExchangeRules.check(data)).isEmpty();
    assertThat(ExchangeRules.check(new ProjectData("P 1", "", null, false, 0, 10, 0, false)))
        .containsExactly(
            ProjectViolation.CODE_FORMAT,
            ProjectViolation.NAME_REQUIRED,
            ProjectViolation.QUOTA_INVALID,
            ProjectViolation.EXPIRY_INVALID);
  }

  @Test
  @DisplayName("R-E3: the note holds at most 500 characters; the 501st is refused")
  void noteLength() {
    Set<Long> allowed = Set.of(1L);
    assertThat(
            ExchangeRules.check(
                deposit("a.txt", 1, List.of(1L), "é".repeat(500)), MAX, allowed, null))
        .isEmpty();
    assertThat(
            ExchangeRules.check(
                deposit("a.txt", 1, List.of(1L), "é".repeat(501)), MAX, allowed, null))
        .containsExactly(DepositViolation.NOTE_TOO_LONG);
  }

  @Test
  @DisplayName(
      "R-E3/R-E9/R-E10: one file of at most 2 Go, one or several allowed recipients, a ZIP"
          + " password of 8 characters or more")
  void depositChecks() {
    Set<Long> allowed = Set.of(1L, 2L);
    assertThat(
            ExchangeRules.check(
                deposit("C:\\Users\\moi\\liste.zip", MAX, List.of(1L, 2L), null),
                MAX,
                allowed,
                null))
        .isEmpty();
    assertThat(ExchangeRules.fileName("C:\\Users\\moi\\liste.zip")).isEqualTo("liste.zip");
    assertThat(ExchangeRules.fileName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(ExchangeRules.check(deposit("", MAX + 1, List.of(), null), MAX, allowed, null))
        .containsExactly(
            DepositViolation.FILE_REQUIRED,
            DepositViolation.FILE_TOO_LARGE,
            DepositViolation.RECIPIENT_REQUIRED);
    assertThat(ExchangeRules.check(deposit("a", 1, List.of(3L), null), MAX, allowed, null))
        .containsExactly(DepositViolation.RECIPIENT_NOT_ALLOWED);
    assertThat(ExchangeRules.check(deposit("a", 1, List.of(1L, 1L), null), MAX, allowed, null))
        .containsExactly(DepositViolation.RECIPIENT_NOT_ALLOWED);
    assertThat(
            ExchangeRules.check(
                new DepositRequest("a", 1, List.of(1L), null, "court"), MAX, allowed, null))
        .containsExactly(DepositViolation.ZIP_PASSWORD_TOO_SHORT);
  }

  @Test
  @DisplayName("R-E6: quotas read \"1 / 10\"; the tenth upload is the last one allowed")
  void quotas() {
    assertThat(new Quota(1, 10).display()).isEqualTo("1 / 10");
    assertThat(
            ExchangeRules.check(
                deposit("a", 1, List.of(1L), null), MAX, Set.of(1L), new Quota(9, 10)))
        .isEmpty();
    assertThat(
            ExchangeRules.check(
                deposit("a", 1, List.of(1L), null), MAX, Set.of(1L), new Quota(10, 10)))
        .containsExactly(DepositViolation.UPLOAD_QUOTA_REACHED);
  }

  @Test
  @DisplayName(
      "R-E5: a document expires 45 days after its deposit: \"Expire dans 45 jours\", then 1, then 0")
  void expiry() {
    Instant deposited = CLOCK.instant();
    Instant expires = ExchangeRules.expiresAt(deposited, 45);

    assertThat(expires).isEqualTo(deposited.plus(Duration.ofDays(45)));
    assertThat(ExchangeRules.daysLeft(expires, deposited, QUEBEC)).isEqualTo(45);
    assertThat(ExchangeRules.daysLeft(expires, deposited.plus(Duration.ofDays(44)), QUEBEC))
        .isEqualTo(1);
    assertThat(ExchangeRules.daysLeft(expires, expires.plusSeconds(60), QUEBEC)).isZero();
  }

  @Test
  @DisplayName("R-E7: consent asked when there is a text and this version was never confirmed")
  void consentVersions() {
    assertThat(ExchangeRules.consentNeeded(null, 0, null)).isFalse();
    assertThat(ExchangeRules.consentNeeded("Texte", 1, null)).isTrue();
    assertThat(ExchangeRules.consentNeeded("Texte", 1, 1)).isFalse();
    assertThat(ExchangeRules.consentNeeded("Texte révisé", 2, 1)).isTrue();
  }

  @Test
  @DisplayName("R-E7: each change of the consent text is a new version; the same text is not")
  void consentTextVersions() {
    ProjectData first = new ProjectData("P1", "Projet", "Texte", false, 10, 10, 45, false);
    Project project = new Project(null, first, CLOCK.instant());
    assertThat(project.getConsentVersion()).isEqualTo(1);

    project.apply(first);
    assertThat(project.getConsentVersion()).isEqualTo(1);
    project.apply(new ProjectData("P1", "Projet", "Texte révisé", false, 10, 10, 45, false));
    assertThat(project.getConsentVersion()).isEqualTo(2);
    project.apply(new ProjectData("P1", "Projet", null, false, 10, 10, 45, false));
    assertThat(project.getConsentText()).isNull();
    project.apply(new ProjectData("P1", "Projet", "Texte révisé", false, 10, 10, 45, false));
    assertThat(project.getConsentVersion()).isEqualTo(3);
  }

  @Test
  @DisplayName("R-E2: sizes in French (\"2,97 Ko\") and deposit times as the guide shows them")
  void formats() {
    assertThat(ExchangeRules.sizeLabel(3041)).isEqualTo("2,97 Ko");
    assertThat(ExchangeRules.sizeLabel(500)).isEqualTo("500 octets");
    assertThat(ExchangeRules.sizeLabel(MAX)).isEqualTo("2 Go");
    assertThat(ExchangeRules.depositLabel(CLOCK.instant(), QUEBEC))
        .isEqualTo("Mardi 21 novembre 2023 14:20");
  }

  @Test
  @DisplayName(
      "R-M1: *Échange sécurisé* for whoever takes part in a project, and for staff, whose"
          + " project administration is there even before they take part in one")
  void menuSection() {
    assertThat(MenuRules.sections(Set.of(Profile.UTILISATEUR_INDIVIDUS), Set.of(), Set.of(), true))
        .contains(MenuSection.ECHANGE_SECURISE);
    assertThat(MenuRules.sections(Set.of(Profile.UTILISATEUR_INDIVIDUS), Set.of(), Set.of(), false))
        .doesNotContain(MenuSection.ECHANGE_SECURISE);
    assertThat(MenuRules.sections(Set.of(), Set.of(InternalRole.PERSONNEL), Set.of(), true))
        .contains(MenuSection.ECHANGE_SECURISE);
    assertThat(MenuRules.sections(Set.of(), Set.of(InternalRole.PERSONNEL), Set.of(), false))
        .contains(MenuSection.ECHANGE_SECURISE);
  }
}
