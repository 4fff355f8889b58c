package ca.qc.portail.password;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Accent- and case-insensitive text comparison shared by the password and user-code rules. */
final class Text {

  /**
   * Shortest name part that a password or user code may not contain. Shorter parts ("Li", "Ng",
   * "Do") would refuse countless harmless values, such as any code with "do" in it.
   */
  static final int MIN_NAME_PART = 3;

  /**
   * Name particles that are not, by themselves, what identifies a person ("Des Rosiers", "Van
   * Houtte"): refusing every password with "des" in it would be absurd. Particles of fewer than
   * {@link #MIN_NAME_PART} letters ("de", "la", "du") are ignored anyway.
   */
  private static final Set<String> PARTICLES =
      Set.of("des", "les", "del", "della", "van", "von", "der", "den", "dos", "das");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]+");

  private Text() {}

  /**
   * The value with its accents removed (NFD, then every combining mark dropped), the French
   * ligatures spelled out and the letters lower-cased, so that "Élodie", "ELODIE" and "elodie" are
   * one. Letters with no decomposition (ø, ł) stay as they are. {@code null} folds to "".
   */
  static String fold(String value) {
    if (value == null) {
      return "";
    }
    String stripped =
        MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("");
    return stripped
        .replace("œ", "oe")
        .replace("Œ", "OE")
        .replace("æ", "ae")
        .replace("Æ", "AE")
        .toLowerCase(Locale.ROOT);
  }

  /**
   * The folded parts of a first or last name that identify the person: the name is cut at every
   * character that is not a letter (space, hyphen, apostrophe), so "Jean-Pierre" gives "jean" and
   * "pierre"; parts shorter than {@link #MIN_NAME_PART} letters and particles are left out.
   */
  static List<String> nameParts(String name) {
    List<String> parts = new ArrayList<>();
    for (String part : NOT_LETTER.split(fold(name))) {
      if (part.length() >= MIN_NAME_PART && !PARTICLES.contains(part)) {
        parts.add(part);
      }
    }
    return parts;
  }

  /** Whether the value contains a part of the first or last name, accents and case ignored. */
  static boolean containsName(String value, String firstName, String lastName) {
    String folded = fold(value);
    return nameParts(firstName).stream().anyMatch(folded::contains)
        || nameParts(lastName).stream().anyMatch(folded::contains);
  }
}
