package dev.eksdesk.kube;

import java.time.Instant;
import java.util.List;

/** Nodes and pods as the watches last saw them, sorted as kubectl sorts them. */
public record ClusterSnapshot(List<NodeRow> nodes, List<PodRow> pods, Instant takenAt) {
  public ClusterSnapshot {
    nodes = List.copyOf(nodes);
    pods = List.copyOf(pods);
  }
}
