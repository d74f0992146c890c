package dev.eksdesk.ui.dashboard;

import dev.eksdesk.cloud.MetricPoint;
import java.util.List;

/** One line of a chart, its values already in the chart's unit. */
public record ChartLine(String name, List<MetricPoint> points) {
  public ChartLine {
    points = List.copyOf(points);
  }
}
