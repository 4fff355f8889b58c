package ca.qc.portail.account;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a name is searched (issue 13, point 7): without its accents and case, so that "emilie" finds
 * "Émilie" and "cote" finds "Côté" on H2 and PostgreSQL alike. The application keeps the folded
 * form in its own indexed columns ({@code user_account.last_name_key}, {@code first_name_key}) and
 * folds what is typed in a filter the same way; SQL cannot fold accents portably (PostgreSQL's
 * {@code unaccent} is an extension, H2 has none), so neither database is asked to.
 *
 * <p>Migration V93 filled the columns of the rows that existed before with {@code TRANSLATE} over
 * the accented letters of French and its neighbours, which gives the same result as this fold for
 * every such letter.
 */
public final class SearchKey {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private SearchKey() {}

  /**
   * {@code value} decomposed (NFD), its combining marks dropped, the ligatures œ and æ spelled out,
   * lower-cased and stripped: « Côté » → « cote », « ŒUVRE » → « oeuvre ». {@code null} stays null.
   */
  public static String of(String value) {
    if (value == null) {
      return null;
    }
    String folded =
        MARKS.matcher(Normalizer.normalize(value.strip(), Normalizer.Form.NFD)).replaceAll("");
    return folded.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
  }
}
