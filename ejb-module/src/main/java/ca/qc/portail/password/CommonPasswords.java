package ca.qc.portail.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The 10,000 most common passwords (R-P1), from the classpath resource {@value #RESOURCE}: one
 * password per line, lines starting with {@code #} being comments (the file's header names its
 * source and license). Compared lower-cased, so "PASSWORD1" is as common as "password1".
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

  public boolean contains(String candidate) {
    return candidate != null && passwords.contains(candidate.toLowerCase(Locale.ROOT));
  }

  /** Distinct passwords once lower-cased. */
  public int size() {
    return passwords.size();
  }

  private static final class Shipped {
    static final CommonPasswords LIST = load(RESOURCE);
  }
}
