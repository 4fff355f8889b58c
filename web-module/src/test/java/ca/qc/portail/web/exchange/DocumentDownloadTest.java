package ca.qc.portail.web.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-E9: the download's headers. */
class DocumentDownloadTest {

  @Test
  @DisplayName("R-E9: Repr-Digest carries the SHA-256 in base64 between colons")
  void reprDigest() {
    // SHA-256 of the empty string.
    assertThat(
            DocumentDownload.reprDigest(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"))
        .isEqualTo("sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:");
  }

  @Test
  @DisplayName("R-E9: the file name is sent in UTF-8 and as a harmless ASCII fallback")
  void attachment() {
    assertThat(DocumentDownload.attachment("Liste électorale \"finale\"*.csv"))
        .isEqualTo(
            "attachment; filename=\"Liste _lectorale _finale_*.csv\";"
                + " filename*=UTF-8''Liste%20%C3%A9lectorale%20%22finale%22%2A.csv");
  }

  @Test
  @DisplayName("R-E9: only a number is a ticket")
  void ticketId() {
    assertThat(DocumentDownload.ticketId("/42")).isEqualTo(42L);
    assertThat(DocumentDownload.ticketId("/42/x")).isNull();
    assertThat(DocumentDownload.ticketId(null)).isNull();
    assertThat(DocumentDownload.ticketId("/-1")).isNull();
  }
}
