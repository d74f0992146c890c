package dev.eksdesk.engine.journal;

import java.nio.file.Path;
import java.util.Map;

/** The app's data folder: {@code EKSDESK_HOME}, or {@code ~/.eksdesk}. */
public final class EksdeskHome {
  public static final String VARIABLE = "EKSDESK_HOME";

  private EksdeskHome() {}

  public static Path resolve() {
    return resolve(System.getenv(), System.getProperty("user.home"));
  }

  static Path resolve(Map<String, String> environment, String userHome) {
    String value = environment.get(VARIABLE);
    return value == null || value.isBlank() ? Path.of(userHome, ".eksdesk") : Path.of(value);
  }
}
