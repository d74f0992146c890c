package dev.eksdesk.engine.exec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a walker runs: nodes in a topological order, each with its dependencies, a description and
 * the work to do (made when the node starts, so it sees its dependencies' results).
 */
public final class WorkGraph {
  private final Map<String, Node> nodes = new LinkedHashMap<>();

  /** Nodes must be added after the nodes they depend on. */
  public WorkGraph add(
      String id, String description, List<String> dependsOn, Supplier<StepWork> work) {
    for (String dependency : dependsOn) {
      if (!nodes.containsKey(dependency)) {
        throw new IllegalArgumentException(id + " depends on unknown or later node " + dependency);
      }
    }
    if (nodes.putIfAbsent(id, new Node(id, description, List.copyOf(dependsOn), work)) != null) {
      throw new IllegalArgumentException("duplicate node " + id);
    }
    return this;
  }

  public Map<String, Node> nodes() {
    return nodes;
  }

  public int size() {
    return nodes.size();
  }

  public record Node(
      String id, String description, List<String> dependsOn, Supplier<StepWork> work) {}
}
