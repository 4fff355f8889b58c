package ca.qc.portail.web.requests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one form 2490 PDF, embedded as subsets (finding #13 of issue 12): DejaVu Sans
 * (Latin, Greek, Cyrillic, Hebrew, Arabic, Canadian syllabics…) and, loaded only when a text needs
 * it, Noto Sans SC (CJK ideographs and kana). Each text is cut into runs of one font; a character
 * neither font has prints as U+FFFD rather than failing the whole document. The files and their
 * licences are in {@code fonts/} beside this class.
 */
final class FormFonts {

  /** The two weights the form uses. */
  enum Style {
    REGULAR,
    BOLD
  }

  /** A piece of text and the font that has all its characters. */
  record Run(PDType0Font font, String text) {}

  private static final int REPLACEMENT = 0xFFFD;

  private final PDDocument document;
  private final Face regular;
  private final Face bold;
  private Face cjk;

  FormFonts(PDDocument document) throws IOException {
    this.document = document;
    this.regular = load(document, "DejaVuSans.ttf");
    this.bold = load(document, "DejaVuSans-Bold.ttf");
  }

  /** {@code text} cut into runs, each in the first font that has its characters. */
  List<Run> runs(Style style, String text) throws IOException {
    Face main = style == Style.BOLD ? bold : regular;
    List<Run> runs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    Face currentFace = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      Face face = main.has(cp) ? main : fallback(cp);
      if (face == null) {
        face = main;
        cp = REPLACEMENT;
      }
      if (face != currentFace && !current.isEmpty()) {
        runs.add(new Run(currentFace.font, current.toString()));
        current.setLength(0);
      }
      currentFace = face;
      current.appendCodePoint(cp);
    }
    if (!current.isEmpty()) {
      runs.add(new Run(currentFace.font, current.toString()));
    }
    return runs;
  }

  /** The width of {@code text} in thousandths of the font size. */
  float width(Style style, String text) throws IOException {
    float width = 0;
    for (Run run : runs(style, text)) {
      width += run.font().getStringWidth(run.text());
    }
    return width;
  }

  /**
   * A line in the order its characters are shown, left to right: right-to-left runs (Arabic,
   * Hebrew) reversed, as PDF text is drawn, so a text extractor puts them back in reading order.
   */
  static String visual(String line) {
    if (!Bidi.requiresBidi(line.toCharArray(), 0, line.length())) {
      return line;
    }
    // The form reads left to right: an Arabic or Hebrew value is a right-to-left run within it.
    Bidi bidi = new Bidi(line, Bidi.DIRECTION_LEFT_TO_RIGHT);
    int count = bidi.getRunCount();
    byte[] levels = new byte[count];
    String[] runs = new String[count];
    for (int i = 0; i < count; i++) {
      levels[i] = (byte) bidi.getRunLevel(i);
      String run = line.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
      runs[i] = (levels[i] & 1) == 1 ? new StringBuilder(run).reverse().toString() : run;
    }
    Bidi.reorderVisually(levels, 0, runs, 0, count);
    return String.join("", runs);
  }

  private Face fallback(int cp) throws IOException {
    if (cjk == null && isCjk(cp)) {
      cjk = load(document, "NotoSansSC-Regular.ttf");
    }
    return cjk != null && cjk.has(cp) ? cjk : null;
  }

  private static boolean isCjk(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.BOPOMOFO
        || script == Character.UnicodeScript.HANGUL;
  }

  private static Face load(PDDocument document, String file) throws IOException {
    try (InputStream in = FormFonts.class.getResourceAsStream("fonts/" + file)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("Missing font " + file));
      }
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
      return new Face(ttf, PDType0Font.load(document, ttf, true));
    }
  }

  /** A loaded font and its character map. */
  private static final class Face {
    private final TrueTypeFont ttf;
    private final PDType0Font font;

    Face(TrueTypeFont ttf, PDType0Font font) {
      this.ttf = ttf;
      this.font = font;
    }

    boolean has(int cp) throws IOException {
      return ttf.getUnicodeCmapLookup().getGlyphId(cp) > 0;
    }
  }
}
