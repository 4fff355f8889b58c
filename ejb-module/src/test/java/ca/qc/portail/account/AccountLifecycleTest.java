package ca.qc.portail.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccountLifecycleTest {

  private static final LocalDate RUN = LocalDate.of(2027, 4, 5);

  private static UserAccount account(LocalDate expiry, AccountState state) {
    UserAccount account =
        new UserAccount(null, "a@b.example", "A", "B", "123456", expiry, Instant.EPOCH);
    if (state != AccountState.ACTIF) {
      account.changeState(state, "raison", "auteur", Instant.EPOCH);
    }
    return account;
  }

  @Test
  @DisplayName("R-J1: due on its expiry date and after it, not the day before")
  void expiryBoundary() {
    assertThat(AccountLifecycle.isDueForExpiry(account(RUN, AccountState.ACTIF), RUN)).isTrue();
    assertThat(AccountLifecycle.isDueForExpiry(account(RUN.minusDays(30), AccountState.ACTIF), RUN))
        .isTrue();
    assertThat(AccountLifecycle.isDueForExpiry(account(RUN.plusDays(1), AccountState.ACTIF), RUN))
        .isFalse();
    assertThat(AccountLifecycle.isDueForExpiry(account(null, AccountState.ACTIF), RUN)).isFalse();
  }

  @Test
  @DisplayName(
      "R-J1: only Actif and Verrouillé accounts expire; Expiré and Inactif stay as they are")
  void onlyActiveOrLockedExpire() {
    LocalDate past = RUN.minusDays(1);
    assertThat(AccountLifecycle.isDueForExpiry(account(past, AccountState.VERROUILLE), RUN))
        .isTrue();
    assertThat(AccountLifecycle.isDueForExpiry(account(past, AccountState.EXPIRE), RUN)).isFalse();
    assertThat(AccountLifecycle.isDueForExpiry(account(past, AccountState.INACTIF), RUN)).isFalse();
  }

  @Test
  @DisplayName("User codes and e-mails are keyed case-insensitively (R-A7, R-L1)")
  void keysFoldCase() {
    assertThat(UserAccount.keyOf("  JLabonte ")).isEqualTo("jlabonte");
    UserAccount account = account(RUN, AccountState.ACTIF);
    account.assignUserCode("ABCdef1");
    assertThat(account.loginName()).isEqualTo("ABCdef1");
  }
}
