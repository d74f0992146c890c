package dev.eksdesk.ui.dashboard;

import java.util.List;

/**
 * What one chart shows: its title, the unit of its y axis (empty when its lines differ in unit: the
 * legend names each line's), its lines.
 */
public record ChartData(String title, String unit, List<ChartLine> lines) {
  public ChartData {
    lines = List.copyOf(lines);
  }

  public static ChartData empty(String title, String unit) {
    return new ChartData(title, unit, List.of());
  }

  public boolean hasData() {
    return lines.stream().anyMatch(l -> !l.points().isEmpty());
  }
}
