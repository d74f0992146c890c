package dev.eksdesk.ui.dashboard;

import dev.eksdesk.cloud.MetricPoint;
import java.util.List;

/** One line of a chart, its values already in its unit ("KiB/s", "pods"). */
public record ChartLine(String name, String unit, List<MetricPoint> points) {
  public ChartLine {
    points = List.copyOf(points);
  }
}
