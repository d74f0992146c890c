package dev.eksdesk.ui.provisioning;

import java.time.Duration;

/** Durations as people read them: "45 s", "3 min 10 s", "1 h 02 min". */
public final class Durations {
  private Durations() {}

  public static String readable(Duration duration) {
    long seconds = Math.max(0, duration.toSeconds());
    if (seconds < 60) {
      return seconds + " s";
    }
    if (seconds < 3600) {
      return (seconds / 60) + " min " + (seconds % 60) + " s";
    }
    return String.format("%d h %02d min", seconds / 3600, (seconds % 3600) / 60);
  }
}
