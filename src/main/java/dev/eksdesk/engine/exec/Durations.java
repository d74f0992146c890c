package dev.eksdesk.engine.exec;

import java.time.Duration;

/** "9 min 30 s", for progress lines and summaries. */
public final class Durations {
  private Durations() {}

  public static String words(Duration d) {
    long minutes = d.toMinutes();
    long seconds = d.toSecondsPart();
    return minutes == 0 ? seconds + " s" : minutes + " min " + seconds + " s";
  }
}
