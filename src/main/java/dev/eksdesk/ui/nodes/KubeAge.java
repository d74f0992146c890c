package dev.eksdesk.ui.nodes;

import java.time.Duration;

/** Ages as kubectl prints them: 45s, 12m, 5h, 3d. */
public final class KubeAge {
  private KubeAge() {}

  public static String format(Duration age) {
    long seconds = Math.max(0, age.toSeconds());
    if (seconds < 120) {
      return seconds + "s";
    }
    if (seconds < 2 * 3600) {
      return seconds / 60 + "m";
    }
    if (seconds < 2 * 86400) {
      return seconds / 3600 + "h";
    }
    return seconds / 86400 + "d";
  }
}
