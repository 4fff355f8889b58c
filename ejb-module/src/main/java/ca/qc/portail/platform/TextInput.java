package ca.qc.portail.platform;

/**
 * Finding #13 of issue 12: the characters no text a person types may hold, whatever the field.
 * Letters, marks, digits, punctuation and symbols of every script are accepted (accents, Canadian
 * syllabics, CJK, Arabic…), and the joiners some scripts need (U+200C, U+200D). Refused: every
 * control character (C0 with NUL, BEL, ESC, CR and LF; DEL; C1), except tab, CR and LF in a
 * multi-line field; the bidirectional controls (U+061C, U+200E, U+200F, overrides and embeddings
 * U+202A–U+202E, isolates U+2066–U+2069), which let a text show other than it reads; the line and
 * paragraph separators (U+2028, U+2029) outside multi-line fields; the other invisible format
 * characters that have no place in a name or an address (U+FEFF, U+206A–U+206F, U+FFF9–U+FFFB, the
 * tag characters U+E0000–U+E007F); unpaired surrogates and the noncharacters (U+FFFE…). The web
 * tier applies it to every input, and the services' rules again before anything is stored.
 */
public final class TextInput {

  private TextInput() {}

  /** Whether a single-line value holds no refused character ({@code null} is clean). */
  public static boolean isClean(String value) {
    return isClean(value, false);
  }

  /** Whether the value holds no refused character; {@code multiLine} allows tab, CR and LF. */
  public static boolean isClean(String value, boolean multiLine) {
    if (value == null) {
      return true;
    }
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      if (refused(cp, multiLine)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** Whether the character is refused in a field of that kind. */
  public static boolean refused(int cp, boolean multiLine) {
    if (multiLine && (cp == '\t' || cp == '\n' || cp == '\r')) {
      return false;
    }
    if (multiLine && (cp == 0x2028 || cp == 0x2029)) {
      return false;
    }
    if (cp == 0x200C || cp == 0x200D) {
      return false;
    }
    int type = Character.getType(cp);
    if (type == Character.CONTROL
        || type == Character.SURROGATE
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR) {
      return true;
    }
    if ((cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF)) {
      return true;
    }
    return type == Character.FORMAT && cp != 0x00AD && !isScriptFormat(cp);
  }

  /**
   * Format characters that are part of writing some scripts (numbers signs of Arabic and Syriac,
   * Kaithi, Egyptian and musical controls…), kept; every other format character is invisible and
   * refused. The soft hyphen (U+00AD) is kept too.
   */
  private static boolean isScriptFormat(int cp) {
    return (cp >= 0x0600 && cp <= 0x0605)
        || cp == 0x06DD
        || cp == 0x070F
        || cp == 0x0890
        || cp == 0x0891
        || cp == 0x08E2
        || cp == 0x110BD
        || cp == 0x110CD
        || (cp >= 0x13430 && cp <= 0x1343F)
        || (cp >= 0x1BCA0 && cp <= 0x1BCA3)
        || (cp >= 0x1D173 && cp <= 0x1D17A);
  }
}
