package ca.qc.portail.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The 10,000 most common passwords (R-P1), from the classpath resource {@value #RESOURCE}: one
 * password per line, lines starting with {@code #} being comments (the file's header names its
 * source and license). Compared lower-cased, so "PASSWORD1" is as common as "password1", and also
 * after the usual disguises are taken off (issue 13, point 6): digits and symbols added before or
 * after ("Password123!", "!!Password"), look-alike substitutions ("P@ssw0rd", "Pa55word", "Adm1n",
 * "He11o") and accents ("Pässwörd"). See {@link #undisguised}.
 */
public final class CommonPasswords {

  static final String RESOURCE = "ca/qc/portail/password/common-passwords.txt";

  private final Set<String> passwords;

  private CommonPasswords(Set<String> passwords) {
    this.passwords = Set.copyOf(passwords);
  }

  /** The shipped list, read once on first use. */
  public static CommonPasswords top10000() {
    return Shipped.LIST;
  }

  /** Reads a list in the same format; a missing resource is an error, never an empty list. */
  static CommonPasswords load(String resource) {
    InputStream in = CommonPasswords.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          "Common-password list not found on the classpath: " + resource);
    }
    Set<String> passwords = new HashSet<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          passwords.add(line.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the common-password list " + resource, e);
    }
    return new CommonPasswords(passwords);
  }

  /**
   * Whether the candidate is a listed password, whatever its case, or one with a disguise taken off
   * (see {@link #undisguised}). At most a dozen set lookups: fast enough for every password change.
   */
  public boolean contains(String candidate) {
    if (candidate == null) {
      return false;
    }
    String lower = candidate.toLowerCase(Locale.ROOT);
    if (passwords.contains(lower)) {
      return true;
    }
    // Accents are a disguise too ("Pässwörd"): the list is plain ASCII.
    String folded = Text.fold(candidate);
    if (!folded.equals(lower) && passwords.contains(folded)) {
      return true;
    }
    for (String form : undisguised(folded)) {
      if (passwords.contains(form)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Fewest characters a form with its disguise taken off must keep to be compared: "Qc-2026!" is
   * not refused because the list holds some two-letter entry.
   */
  static final int MIN_UNDISGUISED_LENGTH = 4;

  /**
   * Look-alike characters and the letter each stands for, indexed by the character. A "1" stands
   * for "l" ("he11o") or for "i" ("adm1n"): both readings are tried, one table each.
   */
  private static final List<char[]> SUBSTITUTIONS = List.of(substitutions('l'), substitutions('i'));

  private static char[] substitutions(char one) {
    char[] table = new char[128];
    table['@'] = 'a';
    table['4'] = 'a';
    table['8'] = 'b';
    table['3'] = 'e';
    table['6'] = 'g';
    table['9'] = 'g';
    table['!'] = 'i';
    table['1'] = one;
    table['|'] = 'l';
    table['0'] = 'o';
    table['$'] = 's';
    table['5'] = 's';
    table['7'] = 't';
    table['+'] = 't';
    return table;
  }

  /**
   * The lower-cased password's forms once a disguise is taken off, the password itself excluded:
   * the digits, symbols and spaces at either end removed; each look-alike replaced by its letter
   * (with "1" read as "l", then as "i"); and both, in either order, since "P@ssword1" needs the
   * trailing digit removed before the substitution and "$ecret" the substitution before the
   * removal. Forms shorter than {@value #MIN_UNDISGUISED_LENGTH} characters are left out.
   */
  static Set<String> undisguised(String lower) {
    Set<String> forms = new LinkedHashSet<>();
    String trimmed = trimEnds(lower);
    forms.add(trimmed);
    for (char[] table : SUBSTITUTIONS) {
      String substituted = substitute(lower, table);
      forms.add(substituted);
      forms.add(trimEnds(substituted));
      forms.add(substitute(trimmed, table));
    }
    forms.remove(lower);
    forms.removeIf(form -> form.length() < MIN_UNDISGUISED_LENGTH);
    return forms;
  }

  /** The value without the characters other than letters at its start and end. */
  private static String trimEnds(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && !Character.isLetter(value.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetter(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(start, end);
  }

  private static String substitute(String value, char[] table) {
    char[] out = value.toCharArray();
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (c < table.length && table[c] != 0) {
        out[i] = table[c];
      }
    }
    return new String(out);
  }

  /** Distinct passwords once lower-cased. */
  public int size() {
    return passwords.size();
  }

  private static final class Shipped {
    static final CommonPasswords LIST = load(RESOURCE);
  }
}
