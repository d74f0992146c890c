package dev.eksdesk.domain.spec;

import java.util.regex.Pattern;

/** Kubernetes' syntax of label (and taint) keys and values. */
final class LabelSyntax {
  private static final Pattern NAME =
      Pattern.compile("^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$");
  private static final Pattern PREFIX =
      Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$");

  static final String KEY_RULE =
      "a key is a name of up to 63 letters, digits, '-', '_' or '.' (starting and ending with a"
          + " letter or digit), optionally after a DNS prefix and '/', e.g. example.com/team";
  static final String VALUE_RULE =
      "a value is empty or up to 63 letters, digits, '-', '_' or '.', starting and ending with a"
          + " letter or digit";

  private LabelSyntax() {}

  static boolean isKey(String key) {
    int slash = key.lastIndexOf('/');
    if (slash < 0) {
      return NAME.matcher(key).matches();
    }
    String prefix = key.substring(0, slash);
    return prefix.length() <= 253
        && PREFIX.matcher(prefix).matches()
        && NAME.matcher(key.substring(slash + 1)).matches();
  }

  static boolean isValue(String value) {
    return value.isEmpty() || NAME.matcher(value).matches();
  }
}
