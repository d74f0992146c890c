package dev.eksdesk.app.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what looks like a credential in a log line: an AWS secret access key or session token, a
 * bearer token, a signature. Such values are long runs of base64 characters mixing upper case,
 * lower case and digits; ids, names, hex digests and words do not match.
 */
public final class SecretRedaction {
  public static final String MASK = "[redacted]";
  private static final Pattern CANDIDATE =
      Pattern.compile("(?<![A-Za-z0-9/+=_-])[A-Za-z0-9/+=_-]{32,}(?![A-Za-z0-9/+=_-])");

  private SecretRedaction() {}

  public static String redact(String text) {
    if (text == null || text.length() < 32) {
      return text;
    }
    Matcher matcher = CANDIDATE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (matcher.find()) {
      String token = matcher.group();
      matcher.appendReplacement(out, Matcher.quoteReplacement(looksSecret(token) ? MASK : token));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static boolean looksSecret(String token) {
    return token.chars().anyMatch(Character::isUpperCase)
        && token.chars().anyMatch(Character::isLowerCase)
        && token.chars().anyMatch(Character::isDigit);
  }
}
