package ca.qc.portail.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher(7168, 5, 1);

  @Test
  @DisplayName("R-P6: Argon2id hash in PHC format with OWASP's minimum parameters, verified")
  void hashesWithArgon2idAndVerifies() {
    String stored = hasher.hash("Demo-Portail-2026");

    assertThat(stored).startsWith("$argon2id$v=19$m=7168,t=5,p=1$");
    assertThat(hasher.verify("Demo-Portail-2026", stored)).isTrue();
    assertThat(hasher.verify("demo-portail-2026", stored)).isFalse();
    assertThat(hasher.verify("", stored)).isFalse();
  }

  @Test
  @DisplayName("R-A5/R-L1: an account without a password (not registered yet) matches nothing")
  void noStoredHashMatchesNothing() {
    assertThat(hasher.verify("Demo-Portail-2026", null)).isFalse();
    assertThat(hasher.verify("", null)).isFalse();
    assertThat(hasher.verify(null, null)).isFalse();
  }

  @Test
  @DisplayName("R-P6: each hash has its own salt")
  void saltsEachHash() {
    assertThat(hasher.hash("même mot de passe")).isNotEqualTo(hasher.hash("même mot de passe"));
  }

  @Test
  @DisplayName("R-P6: a hash made with other parameters is flagged for upgrade")
  void flagsOlderParametersForRehash() {
    PasswordHasher stronger = new PasswordHasher(19456, 2, 1);
    String old = hasher.hash("Mot-de-passe-1");

    assertThat(stronger.verify("Mot-de-passe-1", old)).isTrue();
    assertThat(stronger.needsRehash(old)).isTrue();
    assertThat(hasher.needsRehash(old)).isFalse();
  }

  @Test
  @DisplayName("R-P6: unknown or tampered stored values never match")
  void neverMatchesMalformedStoredValues() {
    assertThat(hasher.verify("x", null)).isFalse();
    assertThat(hasher.verify("x", "plain-text")).isFalse();
    assertThat(hasher.verify("x", "$argon2i$v=19$m=7168,t=5,p=1$AAAA$AAAA")).isFalse();
    assertThat(hasher.needsRehash("plain-text")).isTrue();
  }

  @Test
  @DisplayName("R-P6: parameters below OWASP's minimum are refused")
  void refusesWeakParameters() {
    assertThatThrownBy(() -> new PasswordHasher(4096, 5, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PasswordHasher(7168, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName(
      "R-P6, issue 14: no more hashes computed at once than allowed, every one of them right")
  void boundsHashesComputedAtOnce() throws Exception {
    PasswordHasher bounded = new PasswordHasher(7168, 5, 1, 2);
    String stored = bounded.hash("Demo-Portail-2026");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> verified = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        verified.add(
            pool.submit(
                () -> {
                  start.await();
                  return bounded.verify("Demo-Portail-2026", stored);
                }));
      }
      start.countDown();
      for (Future<Boolean> each : verified) {
        assertThat(each.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(bounded.mostAtOnce()).isBetween(1, 2);
    assertThatThrownBy(() -> new PasswordHasher(7168, 5, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
