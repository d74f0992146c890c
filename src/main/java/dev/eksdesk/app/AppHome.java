package dev.eksdesk.app;

import java.nio.file.Path;
import java.util.Map;

/** Where Eksdesk keeps its state: {@code $EKSDESK_HOME}, or {@code ~/.eksdesk}. */
public record AppHome(Path root) {
  public static final String VARIABLE = "EKSDESK_HOME";

  public static AppHome fromEnvironment() {
    return from(System.getenv(), Path.of(System.getProperty("user.home")));
  }

  static AppHome from(Map<String, String> env, Path userHome) {
    String configured = env.get(VARIABLE);
    return new AppHome(
        configured == null || configured.isBlank()
            ? userHome.resolve(".eksdesk")
            : Path.of(configured));
  }

  public Path clustersDir() {
    return root.resolve("clusters");
  }

  public Path sandboxDir() {
    return root.resolve("sandbox");
  }
}
