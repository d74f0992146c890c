package dev.eksdesk.kube.recycle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How far a recycle got, as journaled after each step that changes the cluster.
 *
 * @param nodes the nodes the run set out to replace, in order (never a replacement)
 * @param replaced each done node and the replacement that took its place
 * @param skipped nodes left out at the user's choice
 * @param replacing the node whose instance is being replaced now, or null between nodes
 */
public record RecycleProgress(
    List<String> nodes, Map<String, String> replaced, List<String> skipped, Replacing replacing) {

  public RecycleProgress {
    nodes = List.copyOf(nodes);
    replaced = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(replaced));
    skipped = List.copyOf(skipped);
  }

  static RecycleProgress starting(List<String> nodes) {
    return new RecycleProgress(nodes, Map.of(), List.of(), null);
  }

  /**
   * A termination asked for (or about to be): what finding the replacement needs after a restart.
   *
   * @param nodesBefore the cluster's nodes just before the termination; the replacement is none of
   *     them
   */
  public record Replacing(
      String node, String instanceId, String nodeGroup, int maxPods, List<String> nodesBefore) {
    public Replacing {
      Objects.requireNonNull(node, "node");
      Objects.requireNonNull(instanceId, "instanceId");
      nodesBefore = List.copyOf(nodesBefore);
    }
  }

  RecycleProgress replacing(Replacing now) {
    return new RecycleProgress(nodes, replaced, skipped, now);
  }

  RecycleProgress replacedBy(String node, String replacement) {
    Map<String, String> done = new LinkedHashMap<>(replaced);
    done.put(node, replacement);
    return new RecycleProgress(nodes, done, skipped, null);
  }

  RecycleProgress skipping(String node) {
    List<String> left = new java.util.ArrayList<>(skipped);
    left.add(node);
    return new RecycleProgress(nodes, replaced, left, null);
  }
}
