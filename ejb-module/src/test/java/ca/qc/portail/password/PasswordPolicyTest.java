package ca.qc.portail.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  @DisplayName("R-P1: the 2021 preset is 8 characters, lower, upper, digit and special")
  void preset2021() {
    assertThat(PasswordPolicy.V2021).isEqualTo(new PasswordPolicy(8, true, true, true, true));
  }

  @Test
  @DisplayName("R-P1: the 2008 preset is 10 characters, upper, lower and digit")
  void preset2008() {
    assertThat(PasswordPolicy.V2008).isEqualTo(new PasswordPolicy(10, true, true, true, false));
  }

  @Test
  @DisplayName("R-P1: the setting password.policy names a preset; the default producer uses 2021")
  void namedBySetting() {
    assertThat(PasswordPolicy.named("2021")).isSameAs(PasswordPolicy.V2021);
    assertThat(PasswordPolicy.named(" 2008 ")).isSameAs(PasswordPolicy.V2008);

    PasswordPolicySetting producer = new PasswordPolicySetting();
    producer.setting = "2021";
    assertThat(producer.policy()).isSameAs(PasswordPolicy.V2021);
    assertThat(producer.rules(producer.policy()).policy()).isSameAs(PasswordPolicy.V2021);
  }

  @Test
  @DisplayName("R-P1: a mistyped setting stops the deployment instead of picking a policy")
  void unknownSettingRefused() {
    assertThatThrownBy(() -> PasswordPolicy.named("2020"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2021, 2008 or NIST");
    assertThatThrownBy(() -> PasswordPolicy.named(null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PasswordPolicy(0, true, true, true, true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // Issue 12, finding 15: a NIST SP 800-63B-4 policy, chosen by the setting; 2021 stays the
  // default.
  @Test
  @DisplayName("R-P1: the NIST preset is 15 characters and no composition rule")
  void presetNist() {
    assertThat(PasswordPolicy.NIST).isEqualTo(new PasswordPolicy(15, false, false, false, false));
    assertThat(PasswordPolicy.NIST.hasCompositionRule()).isFalse();
    assertThat(PasswordPolicy.V2021.hasCompositionRule()).isTrue();
    assertThat(PasswordPolicy.V2008.hasCompositionRule()).isTrue();
    assertThat(PasswordPolicy.named("NIST")).isSameAs(PasswordPolicy.NIST);
    assertThat(PasswordPolicy.named(" nist ")).isSameAs(PasswordPolicy.NIST);

    PasswordPolicySetting producer = new PasswordPolicySetting();
    producer.setting = "NIST";
    assertThat(producer.policy()).isSameAs(PasswordPolicy.NIST);
  }
}
