package dev.eksdesk.engine.plan;

import dev.eksdesk.cloud.ResourceKind;
import java.time.Duration;
import java.util.List;

/** The plan as plain data for the review page and the topology: nodes and dependency edges. */
public record PlanGraph(List<Node> nodes, List<Edge> edges, CriticalPath criticalPath) {
  public PlanGraph {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** One step; {@code onCriticalPath} lets the review page highlight the slow chain. */
  public record Node(
      String id,
      ResourceKind kind,
      String description,
      Duration expected,
      boolean onCriticalPath) {}

  /** {@code to} depends on {@code from}: {@code from} is created first. */
  public record Edge(String from, String to) {}
}
