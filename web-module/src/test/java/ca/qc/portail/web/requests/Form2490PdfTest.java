package ca.qc.portail.web.requests;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.accessrequest.PartnerIdentity;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-S8: form 2490 as a PDF, section 1 filled in, the seeds' wording kept. */
class Form2490PdfTest {

  private static String textOf(PartnerIdentity partner) throws Exception {
    return textOf(partner, List.of(), Locale.CANADA_FRENCH);
  }

  private static String textOf(PartnerIdentity partner, List<String> address, Locale locale)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Form2490Pdf.write(partner, address, locale, out);
    try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
      assertThat(document.getNumberOfPages()).isBetween(1, 3);
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  @DisplayName("R-S8: section 1 carries the partner's identity; sections 2 and 3 are there, blank")
  void sectionOneFilledIn() throws Exception {
    String text =
        textOf(
            new PartnerIdentity(
                "CÉGEP DE SHERBROOKE",
                "475, rue du Cégep, Sherbrooke (Québec)",
                "J1E 4K1",
                "819 564-6350",
                "741000",
                "1143214567"));

    assertThat(text)
        .contains("Services à l'intention des partenaires")
        .contains("SECTION 1 – Renseignements sur l'identité du partenaire")
        .contains("CÉGEP DE SHERBROOKE", "475, rue du Cégep, Sherbrooke (Québec)", "J1E 4K1")
        .contains("819 564-6350", "741000", "1143214567")
        .contains("SECTION 2 – Demande d'accès pour un demandeur")
        .contains("Numéro d'assurance sociale (les six premiers chiffres seulement)")
        .contains("SECTION 3 – Approbation du partenaire")
        .contains("La forme masculine utilisée dans ce formulaire");
  }

  @Test
  @DisplayName("R-S8: a partner without address or education number still gets its form")
  void missingSectionOneValues() throws Exception {
    String text =
        textOf(new PartnerIdentity("9301-9461 Québec inc.", null, null, null, null, null));

    assertThat(text).contains("9301-9461 Québec inc.", "—");
  }

  private static final PartnerIdentity CEGEP =
      new PartnerIdentity(
          "CÉGEP DE SHERBROOKE",
          "475, rue du Cégep, Sherbrooke (Québec)",
          "J1E 4K1",
          "819 564-6350",
          "741000",
          "1143214567");

  private static final List<String> ADDRESS =
      List.of(
          "Service du support, de la continuité et de l'évolution des systèmes informatiques",
          "425, rue Saint-Amable, RC 120",
          "Québec (Québec)  G1R 4Z1");

  @Test
  @DisplayName("Issue 13 point 1: the form says where to mail it and keeps the ministry-use box")
  void point1_mailingAddressAndMinistryBox() throws Exception {
    String text = textOf(CEGEP, ADDRESS, Locale.CANADA_FRENCH);

    assertThat(text)
        .contains("Acheminer par la poste la copie originale de ce formulaire au :")
        .contains(ADDRESS.get(0), ADDRESS.get(1), ADDRESS.get(2))
        .contains("À L'USAGE DU MINISTÈRE DE L'EMPLOI ET DE LA SOLIDARITÉ SOCIALE")
        .contains("Nom de famille et prénom de la personne qui a traité la demande")
        .contains("Nom de famille et prénom de la personne contactée pour identification")
        .contains("Titre ou fonction");
  }

  @Test
  @DisplayName("Issue 13 point 2: with English chosen the form is in English, the partner as given")
  void point2_formFollowsTheLanguage() throws Exception {
    String text = textOf(CEGEP, ADDRESS, Locale.CANADA);

    assertThat(text)
        .contains("Services for Partners", "Access request (2490)")
        .contains("SECTION 1 – Partner identification", "SECTION 3 – Partner's approval")
        .contains("Mail the original copy of this form to:", ADDRESS.get(1))
        .contains("FOR THE USE OF THE MINISTÈRE")
        .contains("CÉGEP DE SHERBROOKE")
        .doesNotContain("Renseignements", "Demande d'accès", "Nom de famille", "Déclaration");
  }

  @Test
  @DisplayName(
      "#13: names and addresses in Canadian syllabics, Chinese and Arabic are printed and can be"
          + " copied from the PDF")
  void everyScriptPrints() throws Exception {
    // Finding #13 of issue 12: the standard fonts had no glyph for them (500).
    String text =
        textOf(
            new PartnerIdentity(
                "ᐃᓄᒃᑎᑐᑦ ᐃᓕᓐᓂᐊᕐᕕᒃ 北京职业培训中心",
                "مركز التدريب, 12 rue Côté, 北京市朝阳区",
                "J1E 4K1",
                null,
                null,
                null),
            ADDRESS,
            Locale.CANADA_FRENCH);

    // A few ideographs share their glyph with a compatibility character (心 and the radical ⼼):
    // PDFBox's text map names either, which NFKC makes one.
    text = Normalizer.normalize(text, Normalizer.Form.NFKC);
    assertThat(text)
        .contains("ᐃᓄᒃᑎᑐᑦ ᐃᓕᓐᓂᐊᕐᕕᒃ")
        .contains("北京职业培训中心")
        .contains("مركز التدريب")
        .contains("北京市朝阳区")
        // A line beginning in Arabic is extracted in another order (PDFBox guesses the line's
        // direction from its first letter); each piece reads as typed.
        .contains("مركز التدريب", "12", "rue Côté", "北京市朝阳区")
        .contains("Services à l'intention des partenaires");
  }
}
