package dev.eksdesk.ui.nodes;

import java.util.Locale;

/** CPU and memory as kubectl top prints them: 125m, 1.2 cores; 340Mi, 1.5Gi. */
final class UsageText {
  private static final long MIB = 1024L * 1024;

  private UsageText() {}

  static String cpu(long milliCpu) {
    return milliCpu < 1000
        ? milliCpu + "m"
        : String.format(Locale.ROOT, "%.1f cores", milliCpu / 1000.0);
  }

  static String memory(long bytes) {
    long mib = bytes / MIB;
    return mib < 1024 ? mib + "Mi" : String.format(Locale.ROOT, "%.1fGi", mib / 1024.0);
  }
}
