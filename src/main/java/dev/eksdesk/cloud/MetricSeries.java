package dev.eksdesk.cloud;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/** The answer to one {@link MetricQuery}: its points, oldest first; empty when there is no data. */
public record MetricSeries(MetricQuery query, List<MetricPoint> points) {
  public MetricSeries {
    points = points.stream().sorted(Comparator.comparing(MetricPoint::at)).toList();
  }

  public OptionalDouble latest() {
    return points.isEmpty()
        ? OptionalDouble.empty()
        : OptionalDouble.of(points.get(points.size() - 1).value());
  }
}
