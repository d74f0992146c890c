package dev.eksdesk.ui.dashboard;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalDouble;

/** How the dashboards write money, traffic, percentages and durations. */
final class Units {
  private Units() {}

  static String usd(double amount) {
    return amount < 10
        ? String.format(Locale.ROOT, "$%.4f", amount)
        : String.format(Locale.ROOT, "$%,.2f", amount);
  }

  /** An hourly rate: three decimals say enough, and fit a narrow column. */
  static String hourly(double amount) {
    return String.format(Locale.ROOT, "$%.3f/h", amount);
  }

  static String usdShort(double amount) {
    return String.format(Locale.ROOT, "$%,.2f", amount);
  }

  static String percent(OptionalDouble value) {
    return value.isEmpty() ? "—" : String.format(Locale.ROOT, "%.1f %%", value.getAsDouble());
  }

  static String rate(OptionalDouble bytesPerSecond) {
    if (bytesPerSecond.isEmpty()) {
      return "—";
    }
    double value = bytesPerSecond.getAsDouble();
    if (value >= 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MiB/s", value / (1024 * 1024));
    }
    return String.format(Locale.ROOT, "%.1f KiB/s", value / 1024);
  }

  static String uptime(Duration uptime) {
    long days = uptime.toDays();
    long hours = uptime.toHoursPart();
    long minutes = uptime.toMinutesPart();
    return days > 0
        ? String.format(Locale.ROOT, "%dd %dh", days, hours)
        : String.format(Locale.ROOT, "%dh %02dm", hours, minutes);
  }
}
