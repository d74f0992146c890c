package dev.eksdesk.domain.spec;

import java.nio.file.Path;
import java.util.Map;

/**
 * The user's home folder as ssh and the AWS CLI find it: {@code $HOME} first (which a user may
 * point elsewhere), Java's {@code user.home} only when it is unset.
 */
public final class UserHome {
  private UserHome() {}

  public static Path resolve() {
    return resolve(System.getenv(), System.getProperty("user.home"));
  }

  /** {@code environment}'s HOME, else {@code userHome} (Java's user.home). */
  public static Path resolve(Map<String, String> environment, String userHome) {
    String home = environment.get("HOME");
    return Path.of(home == null || home.isBlank() ? userHome : home);
  }

  /** A spec's path with a leading "~/" read as the home folder, made absolute. */
  public static Path expand(String path, Path home) {
    if (path.equals("~") || path.startsWith("~/")) {
      return home.resolve(path.substring(Math.min(2, path.length()))).toAbsolutePath();
    }
    return Path.of(path).toAbsolutePath();
  }
}
