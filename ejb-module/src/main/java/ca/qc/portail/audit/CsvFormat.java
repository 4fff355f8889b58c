package ca.qc.portail.audit;

import java.util.List;

/**
 * CSV as Excel reads it (R-C7): fields separated by semicolons (the list separator of French
 * Windows, so a double click opens the file in columns), quoted when they hold a separator, a quote
 * or a line break (RFC 4180), and defused when a spreadsheet would take them for a formula.
 */
public final class CsvFormat {

  public static final char SEPARATOR = ';';
  public static final String LINE_END = "\r\n";

  /** Makes Excel read the file as UTF-8. */
  public static final String BYTE_ORDER_MARK = "\uFEFF";

  private CsvFormat() {}

  /** One line, its line end included. */
  public static String line(List<String> fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(SEPARATOR);
      }
      line.append(field(fields.get(i)));
    }
    return line.append(LINE_END).toString();
  }

  /**
   * One field. A value starting with {@code = + - @}, a tab or a carriage return is prefixed with
   * an apostrophe, which spreadsheets show as text instead of evaluating (OWASP, CSV injection):
   * audit details and names come from people's input.
   */
  public static String field(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String text = isFormula(value) ? "'" + value : value;
    if (needsQuotes(text)) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  private static boolean isFormula(String value) {
    char first = value.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }

  private static boolean needsQuotes(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == SEPARATOR || c == ',' || c == '"' || c == '\n' || c == '\r' || c == '\t') {
        return true;
      }
    }
    return false;
  }
}
