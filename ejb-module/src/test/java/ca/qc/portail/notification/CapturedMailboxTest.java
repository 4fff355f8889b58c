package ca.qc.portail.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CapturedMailboxTest {

  @TempDir Path folder;

  @Test
  @DisplayName(
      "Embedded default: an e-mail is captured as an .eml file and read back, accents intact")
  void capturesAndListsEmails() throws Exception {
    CapturedMailbox mailbox = new CapturedMailbox(folder.resolve("mail"));
    Email email =
        new Email(
            List.of("joseph.labonte@cegep.example"),
            "Erreur de connexion",
            "Une tentative de connexion a été détectée sur votre compte.",
            "<p>Une tentative de connexion a été détectée sur votre compte.</p>");

    Path file =
        mailbox.store(
            MailComposer.compose(
                Session.getInstance(new Properties()),
                "Portail partenaires <ne-pas-repondre@portail.example>",
                email,
                Instant.parse("2026-11-23T14:52:28Z")),
            Instant.parse("2026-11-23T14:52:28Z"));

    assertThat(file).exists().hasFileName(file.getFileName().toString());
    assertThat(Files.readString(file)).contains("multipart/alternative");
    assertThat(mailbox.list())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.to()).isEqualTo("joseph.labonte@cegep.example");
              assertThat(m.subject()).isEqualTo("Erreur de connexion");
              assertThat(m.text()).isEqualTo(email.text());
              assertThat(m.sentAt()).isEqualTo(Instant.parse("2026-11-23T14:52:28Z"));
            });
  }

  @Test
  @DisplayName("An empty or missing folder lists nothing")
  void emptyFolder() {
    assertThat(new CapturedMailbox(folder.resolve("absent")).list()).isEmpty();
  }
}
