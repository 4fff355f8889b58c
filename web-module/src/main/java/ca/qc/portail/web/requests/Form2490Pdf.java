package ca.qc.portail.web.requests;

import ca.qc.portail.accessrequest.PartnerIdentity;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Form 2490, *Services à l'intention des partenaires – Demande d'accès* (seeds 001 and 002), as a
 * printable PDF with section 1 filled in with the partner's identity (R-S8); sections 2 and 3 are
 * left blank for the requester and the signer. The wording is the seeds'. The text is set in the
 * embedded fonts of {@link FormFonts}, which cover every name and address the portal accepts
 * (finding #13 of issue 12: Canadian syllabics, CJK, Arabic…), so the PDF never fails on a letter
 * and its text can be copied and searched.
 */
public final class Form2490Pdf {

  private static final float MARGIN = 50;
  private static final float WIDTH = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
  private static final FormFonts.Style REGULAR = FormFonts.Style.REGULAR;
  private static final FormFonts.Style BOLD = FormFonts.Style.BOLD;

  private final PDDocument document = new PDDocument();
  private final FormFonts fonts;
  private PDPageContentStream page;
  private float y;

  private Form2490Pdf() throws IOException {
    fonts = new FormFonts(document);
  }

  /** Writes the form for {@code partner} to {@code out}. */
  public static void write(PartnerIdentity partner, OutputStream out) throws IOException {
    Form2490Pdf pdf = new Form2490Pdf();
    try (PDDocument document = pdf.document) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle("Services à l'intention des partenaires – Demande d'accès (2490)");
      info.setSubject(partner.name());
      pdf.newPage();
      pdf.content(partner);
      pdf.page.close();
      document.save(out);
    }
  }

  private void content(PartnerIdentity partner) throws IOException {
    text(BOLD, 9, "Travail, Emploi et Solidarité sociale – Québec");
    text(BOLD, 15, "Services à l'intention des partenaires");
    text(BOLD, 13, "Demande d'accès (2490)");
    gap(4);
    checkbox("Demande de code d'enregistrement");
    checkbox(
        "Modification au profil autorisé (indiquez votre code d'utilisateur au bas de ce formulaire)");
    paragraph(
        REGULAR,
        8,
        "Note – La forme masculine utilisée dans ce formulaire désigne aussi bien les femmes que"
            + " les hommes lorsque le contexte s'y prête.");

    section("SECTION 1 – Renseignements sur l'identité du partenaire");
    filled("Nom ou raison sociale", partner.name());
    filled("Adresse", partner.address());
    filled("Code postal", partner.postalCode());
    filled("Téléphone", partner.phone());
    filled(
        "Numéro du ministère de l'Éducation (pour un établissement de formation)",
        partner.educationNumber());
    filled("Numéro d'entreprise du Québec (NEQ)", partner.neq());

    section("SECTION 2 – Demande d'accès pour un demandeur");
    text(BOLD, 10, "Renseignements sur l'identité du demandeur");
    checkbox("Madame        " + box() + " Monsieur");
    blank("Nom de famille");
    blank("Prénom");
    blank("Numéro d'assurance sociale (les six premiers chiffres seulement)");
    blank("Téléphone et poste");
    blank("Télécopieur");
    blank("Adresse individuelle de courriel");
    text(BOLD, 10, "Profil demandé (cocher toutes les fonctions que vous souhaitez avoir)");
    checkbox("Responsable principal Sécurité (accès au dossier de sécurité du partenaire)");
    checkbox("Responsable auxiliaire Sécurité (accès au dossier de sécurité du partenaire)");
    checkbox(
        "Utilisateur des dossiers Individus (accès aux données relatives à l'entente du partenaire"
            + " et aux dossiers Individus visés)");
    checkbox("    Avec extraction (pour les mesures en employabilité seulement)");
    checkbox("    Sans extraction (pour les mesures en employabilité seulement)");
    checkbox(
        "Utilisateur des dossiers Entreprise (accès aux données relatives à l'entente du"
            + " partenaire concernant la facturation)");
    text(BOLD, 10, "Déclaration du demandeur");
    paragraph(
        REGULAR,
        8,
        "Je déclare être un employé du partenaire mentionné à la section 1. Je m'engage à ne pas"
            + " révéler mon mot de passe. J'utiliserai les données auxquelles j'ai accès seulement"
            + " pour exercer mes tâches, je ne consulterai que celles qui sont nécessaires à mon"
            + " travail et je respecterai la confidentialité des renseignements obtenus sur la"
            + " clientèle visée. Je reconnais être informé que le Ministère peut vérifier toutes"
            + " les transactions et les consultations que j'ai effectuées et qu'un témoin (cookie)"
            + " temporaire est utilisé dans le service en ligne Services à l'intention des"
            + " partenaires.");
    blank("Date                                               Signature");

    section("SECTION 3 – Approbation du partenaire");
    paragraph(REGULAR, 8, "Cette demande doit être approuvée et signée par :");
    paragraph(
        REGULAR,
        8,
        "– un membre de la direction ou le président du conseil d'administration (C.A.), si le"
            + " demandeur est un responsable de la sécurité;");
    paragraph(
        REGULAR,
        8,
        "– un membre de la direction ou le président du C.A., si le demandeur est un utilisateur"
            + " des dossiers Entreprise (joindre une copie de la résolution du conseil"
            + " d'administration sur laquelle figure le nom du demandeur inscrit à la section 2 si"
            + " le partenaire est un OSBL);");
    paragraph(
        REGULAR,
        8,
        "– un membre de la direction ou un responsable de la sécurité, si le demandeur est"
            + " uniquement un utilisateur des dossiers Individus.");
    text(BOLD, 10, "Renseignements sur l'identité de la personne qui approuve");
    blank("Nom de famille");
    blank("Prénom");
    blank("Adresse individuelle de courriel");
    blank("Téléphone et poste");
    blank("Date d'expiration de l'accès demandé (année, mois, jour) – durée maximale : un an");
    blank("Commentaires");
    text(BOLD, 10, "Déclaration");
    paragraph(
        REGULAR,
        8,
        "Je déclare que tous les renseignements fournis dans ce formulaire sont véridiques et"
            + " complets. Chez le partenaire mentionné à la section 1, je suis :");
    checkbox("un membre de la direction (gestionnaire)");
    checkbox("le président du conseil d'administration");
    checkbox("un responsable de la sécurité");
    blank("Date                                               Signature");
    blank("Code d'utilisateur du demandeur (modification au profil autorisé seulement)");
    gap(6);
    paragraph(
        REGULAR,
        8,
        "Ce formulaire peut aussi être transmis en ligne par un responsable de la sécurité :"
            + " Administration de la sécurité, Formulaire d'inscription.");
    text(REGULAR, 7, "2490");
  }

  private static String box() {
    return "[  ]";
  }

  private void section(String title) throws IOException {
    gap(8);
    ensure(30);
    page.setNonStrokingColor(0.85f, 0.88f, 0.95f);
    page.addRect(MARGIN, y - 16, WIDTH, 18);
    page.fill();
    page.setNonStrokingColor(0f, 0f, 0f);
    y -= 2;
    text(BOLD, 11, title);
    gap(2);
  }

  private void filled(String label, String value) throws IOException {
    text(REGULAR, 8, label);
    text(BOLD, 10, value == null || value.isBlank() ? "—" : value);
    line();
  }

  private void blank(String label) throws IOException {
    text(REGULAR, 8, label);
    gap(12);
    line();
  }

  private void checkbox(String label) throws IOException {
    ensure(14);
    page.addRect(MARGIN, y - 9, 8, 8);
    page.stroke();
    for (String line : wrap(REGULAR, 9, label, WIDTH - 14)) {
      ensure(13);
      write(REGULAR, 9, MARGIN + 14, y - 8, line);
      y -= 12;
    }
    y -= 1;
  }

  private void line() throws IOException {
    page.moveTo(MARGIN, y + 2);
    page.lineTo(MARGIN + WIDTH, y + 2);
    page.setLineWidth(0.3f);
    page.stroke();
    y -= 4;
  }

  private void paragraph(FormFonts.Style font, float size, String text) throws IOException {
    for (String line : wrap(font, size, text, WIDTH)) {
      text(font, size, line);
    }
  }

  private void text(FormFonts.Style font, float size, String text) throws IOException {
    ensure(size + 4);
    write(font, size, MARGIN, y - size, text);
    y -= size + 4;
  }

  private void write(FormFonts.Style font, float size, float x, float baseline, String text)
      throws IOException {
    page.beginText();
    page.newLineAtOffset(x, baseline);
    for (FormFonts.Run run : fonts.runs(font, FormFonts.visual(text))) {
      page.setFont(run.font(), size);
      page.showText(run.text());
    }
    page.endText();
  }

  private void gap(float points) {
    y -= points;
  }

  private void ensure(float height) throws IOException {
    if (y - height < MARGIN) {
      page.close();
      newPage();
    }
  }

  private void newPage() throws IOException {
    PDPage next = new PDPage(PDRectangle.LETTER);
    document.addPage(next);
    page = new PDPageContentStream(document, next);
    page.setLineWidth(0.6f);
    y = PDRectangle.LETTER.getHeight() - MARGIN;
  }

  private List<String> wrap(FormFonts.Style font, float size, String text, float width)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = current.isEmpty() ? word : current + " " + word;
      if (fonts.width(font, candidate) / 1000 * size > width && !current.isEmpty()) {
        lines.add(current.toString());
        current = new StringBuilder(word);
      } else {
        current = new StringBuilder(candidate);
      }
    }
    if (!current.isEmpty()) {
      lines.add(current.toString());
    }
    return lines;
  }
}
