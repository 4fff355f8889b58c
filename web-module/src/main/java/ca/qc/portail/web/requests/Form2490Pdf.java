package ca.qc.portail.web.requests;

import ca.qc.portail.accessrequest.PartnerIdentity;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Form 2490, *Services à l'intention des partenaires – Demande d'accès* (seeds 001 and 002), as a
 * printable PDF with section 1 filled in with the partner's identity (R-S8); sections 2 and 3 are
 * left blank for the requester and the signer, then the address it is mailed to and the box for the
 * ministry's use. The wording is the seeds' (keys {@code pdf2490.*} of the web bundles, so the form
 * follows the reader's language). The text is set in the embedded fonts of {@link FormFonts}, which
 * cover every name and address the portal accepts (finding #13 of issue 12: Canadian syllabics,
 * CJK, Arabic…), so the PDF never fails on a letter and its text can be copied and searched.
 */
public final class Form2490Pdf {

  private static final float MARGIN = 50;
  private static final float WIDTH = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
  private static final FormFonts.Style REGULAR = FormFonts.Style.REGULAR;
  private static final FormFonts.Style BOLD = FormFonts.Style.BOLD;

  private final PDDocument document = new PDDocument();
  private final FormFonts fonts;
  private PDPageContentStream page;
  private ResourceBundle bundle;
  private float y;

  private Form2490Pdf() throws IOException {
    fonts = new FormFonts(document);
  }

  /** Writes the form for {@code partner} to {@code out}, in French. */
  public static void write(PartnerIdentity partner, OutputStream out) throws IOException {
    write(partner, List.of(), Locale.CANADA_FRENCH, out);
  }

  /**
   * Writes the form for {@code partner} to {@code out} in the reader's language (issue 13, point
   * 2), with the address it is mailed to (the *Nous joindre* setting, point 1) and the guide's box
   * for the ministry's use.
   */
  public static void write(
      PartnerIdentity partner, List<String> mailingAddress, Locale locale, OutputStream out)
      throws IOException {
    Form2490Pdf pdf = new Form2490Pdf();
    pdf.bundle =
        ResourceBundle.getBundle(
            "ca.qc.portail.web.messages", locale, Form2490Pdf.class.getClassLoader());
    try (PDDocument document = pdf.document) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(pdf.t("title") + " – " + pdf.t("heading") + " (2490)");
      info.setSubject(partner.name());
      pdf.newPage();
      pdf.content(partner, mailingAddress);
      pdf.page.close();
      document.save(out);
    }
  }

  private String t(String key) {
    return bundle.getString("pdf2490." + key);
  }

  private void content(PartnerIdentity partner, List<String> mailingAddress) throws IOException {
    text(BOLD, 9, t("ministry"));
    text(BOLD, 15, t("title"));
    text(BOLD, 13, t("heading") + " (2490)");
    gap(4);
    checkbox(t("type.new"));
    checkbox(t("type.change"));
    paragraph(REGULAR, 8, t("note"));

    section(t("section1"));
    filled(t("partner.name"), partner.name());
    filled(t("partner.address"), partner.address());
    filled(t("partner.postalCode"), partner.postalCode());
    filled(t("partner.phone"), partner.phone());
    filled(t("partner.educationNumber"), partner.educationNumber());
    filled(t("partner.neq"), partner.neq());

    section(t("section2"));
    text(BOLD, 10, t("requester"));
    checkbox(t("civility.madame") + "        " + box() + " " + t("civility.monsieur"));
    blank(t("lastName"));
    blank(t("firstName"));
    blank(t("sin"));
    blank(t("phone"));
    blank(t("fax"));
    blank(t("email"));
    text(BOLD, 10, t("profiles"));
    checkbox(t("profile.principal"));
    checkbox(t("profile.auxiliary"));
    checkbox(t("profile.individus"));
    checkbox("    " + t("profile.with"));
    checkbox("    " + t("profile.without"));
    checkbox(t("profile.entreprise"));
    text(BOLD, 10, t("requester.declaration"));
    paragraph(REGULAR, 8, t("requester.declaration.text"));
    blank(t("dateSignature"));

    section(t("section3"));
    paragraph(REGULAR, 8, t("approval.who"));
    paragraph(REGULAR, 8, t("approval.officer"));
    paragraph(REGULAR, 8, t("approval.entreprise"));
    paragraph(REGULAR, 8, t("approval.individus"));
    text(BOLD, 10, t("approver"));
    blank(t("lastName"));
    blank(t("firstName"));
    blank(t("email"));
    blank(t("phone"));
    blank(t("expiry"));
    blank(t("comments"));
    text(BOLD, 10, t("declaration"));
    paragraph(REGULAR, 8, t("declaration.text"));
    checkbox(t("declaration.manager"));
    checkbox(t("declaration.chair"));
    checkbox(t("declaration.officer"));
    blank(t("dateSignature"));
    blank(t("userCode"));
    gap(6);
    paragraph(REGULAR, 8, t("online"));
    mailing(mailingAddress);
    ministryUse();
    text(REGULAR, 7, "2490");
  }

  /** The guide's "Acheminer par la poste" block, with the address of the setting. */
  private void mailing(List<String> address) throws IOException {
    if (address.isEmpty()) {
      return;
    }
    gap(6);
    ensure(24 + 12 * address.size());
    text(BOLD, 9, t("mail"));
    for (String line : address) {
      text(REGULAR, 9, line);
    }
  }

  /** The guide's box "À L'USAGE DU MINISTÈRE…": who processed the request, who was contacted. */
  private void ministryUse() throws IOException {
    gap(8);
    float height = 96;
    ensure(height + 4);
    float top = y;
    page.setLineWidth(0.8f);
    page.addRect(MARGIN, top - height, WIDTH, height);
    page.stroke();
    page.setLineWidth(0.6f);
    y -= 4;
    write(BOLD, 9, MARGIN + 6, y - 9, t("ministryUse"));
    y -= 18;
    float half = WIDTH * 0.62f;
    for (String who : List.of(t("ministryUse.processedBy"), t("ministryUse.contacted"))) {
      write(REGULAR, 7, MARGIN + 6, y - 7, who);
      write(REGULAR, 7, MARGIN + half + 6, y - 7, t("ministryUse.title"));
      y -= 26;
      page.moveTo(MARGIN + 6, y + 4);
      page.lineTo(MARGIN + half - 6, y + 4);
      page.moveTo(MARGIN + half + 6, y + 4);
      page.lineTo(MARGIN + WIDTH - 6, y + 4);
      page.setLineWidth(0.3f);
      page.stroke();
      page.setLineWidth(0.6f);
      y -= 4;
    }
    y = top - height - 6;
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
