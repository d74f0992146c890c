package dev.eksdesk.domain.cost;

import dev.eksdesk.domain.catalog.Hours;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** What a cluster's resources have cost since each was created, at one instant. */
public record RunningCost(Instant at, List<Line> lines) {

  public RunningCost {
    lines = List.copyOf(lines);
  }

  public record Line(MeteredResource resource, double usdSoFar) {}

  public static RunningCost at(List<MeteredResource> resources, Instant now) {
    return new RunningCost(now, resources.stream().map(r -> new Line(r, r.costAt(now))).toList());
  }

  public double totalUsd() {
    return lines.stream().mapToDouble(Line::usdSoFar).sum();
  }

  /** The rate the bill grows at now, per hour. */
  public double usdPerHour() {
    return lines.stream().mapToDouble(l -> l.resource().usdPerHour()).sum();
  }

  /** A month at the current rate, by the estimate's categories: the actual beside the estimate. */
  public Map<CostCategory, Double> monthlyAtCurrentRate() {
    Map<CostCategory, Double> monthly = new EnumMap<>(CostCategory.class);
    for (CostCategory category : CostCategory.values()) {
      monthly.put(category, 0.0);
    }
    lines.forEach(
        l ->
            monthly.merge(
                l.resource().category(), l.resource().usdPerHour() * Hours.PER_MONTH, Double::sum));
    return monthly;
  }

  /** A month of the current rate shared by the running pods; empty with none running. */
  public OptionalDouble monthlyPerPod(int runningPods) {
    return runningPods < 1
        ? OptionalDouble.empty()
        : OptionalDouble.of(usdPerHour() * Hours.PER_MONTH / runningPods);
  }
}
