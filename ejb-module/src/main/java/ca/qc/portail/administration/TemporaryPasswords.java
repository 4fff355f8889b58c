package ca.qc.portail.administration;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * R-C4: temporary passwords, random and meeting both policies of R-P1 (16 characters with
 * lowercase, uppercase, digits and specials). Shown only in the owner's e-mail; the login forces a
 * change (R-P4).
 */
final class TemporaryPasswords {
  private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
  private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String DIGITS = "23456789";
  private static final String SPECIALS = "!#$%*+-=?@";
  private static final String ALL = LOWER + UPPER + DIGITS + SPECIALS;
  private static final int LENGTH = 16;

  private final SecureRandom random = new SecureRandom();

  String generate() {
    List<Character> chars = new ArrayList<>();
    chars.add(pick(LOWER));
    chars.add(pick(UPPER));
    chars.add(pick(DIGITS));
    chars.add(pick(SPECIALS));
    while (chars.size() < LENGTH) {
      chars.add(pick(ALL));
    }
    Collections.shuffle(chars, random);
    StringBuilder password = new StringBuilder();
    chars.forEach(password::append);
    return password.toString();
  }

  private char pick(String alphabet) {
    return alphabet.charAt(random.nextInt(alphabet.length()));
  }
}
