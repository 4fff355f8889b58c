package ca.qc.portail.web.exchange.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.qc.portail.web.exchange.TusTestClient;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TusMetadataTest {

  @Test
  @DisplayName("R-E9: Upload-Metadata pairs are base64 UTF-8; a key alone is an empty value")
  void readsPairs() {
    TusMetadata metadata =
        TusMetadata.parse(
            String.join(
                ",",
                TusTestClient.pair("filename", "Liste électorale.csv"),
                TusTestClient.pair("destinataires", "12, 34"),
                "note"));

    assertThat(metadata.get("filename")).isEqualTo("Liste électorale.csv");
    assertThat(metadata.ids("destinataires")).containsExactly(12L, 34L);
    assertThat(metadata.get("note")).isEmpty();
    assertThat(metadata.get("zip")).isNull();
    assertThat(metadata.ids("absent")).isEqualTo(List.of());
  }

  @Test
  @DisplayName("R-E9: a malformed or repeated pair is refused")
  void refusesMalformed() {
    assertThatThrownBy(() -> TusMetadata.parse("a b c"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TusMetadata.parse("a YQ==,a Yg=="))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TusMetadata.parse("a ***"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("R-E3: the form's project is its identifier, as a number, a text or a ProjectView")
  void projectOfTheForm() {
    assertThat(DocumentTransmission.projectId(42L)).isEqualTo(42L);
    assertThat(DocumentTransmission.projectId(" 42 ")).isEqualTo(42L);
    assertThatThrownBy(() -> DocumentTransmission.projectId("x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
