package dev.eksdesk.topology;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable picture of one cluster: its elements (parents before children), its nodes' facts and
 * its pods. Every change returns a new topology, so a reader on another thread always holds a
 * consistent one.
 */
public final class Topology {
  private final String cluster;
  private final Map<String, Element> elements;
  private final Map<String, NodeInfo> nodes;
  private final List<PodInfo> pods;
  private final Map<String, List<PodInfo>> podsByNode;
  private final int unplacedPods;

  private Topology(
      String cluster,
      Map<String, Element> elements,
      Map<String, NodeInfo> nodes,
      List<PodInfo> pods) {
    this.cluster = Objects.requireNonNull(cluster, "cluster");
    this.elements = Collections.unmodifiableMap(elements);
    this.nodes = Collections.unmodifiableMap(nodes);
    this.pods = List.copyOf(pods);
    Map<String, List<PodInfo>> byNode = new LinkedHashMap<>();
    int unplaced = 0;
    for (PodInfo pod : this.pods) {
      String nodeId = NodeInfo.elementId(pod.node());
      if (nodes.containsKey(nodeId)) {
        byNode.computeIfAbsent(nodeId, k -> new ArrayList<>()).add(pod);
      } else {
        unplaced++;
      }
    }
    byNode.replaceAll((k, list) -> Collections.unmodifiableList(list));
    this.podsByNode = Collections.unmodifiableMap(byNode);
    this.unplacedPods = unplaced;
  }

  /** Same nodes and pods, other elements: spares regrouping thousands of pods per state change. */
  private Topology(Topology base, Map<String, Element> elements) {
    this.cluster = base.cluster;
    this.elements = Collections.unmodifiableMap(elements);
    this.nodes = base.nodes;
    this.pods = base.pods;
    this.podsByNode = base.podsByNode;
    this.unplacedPods = base.unplacedPods;
  }

  public static Topology of(String cluster, List<Element> elements) {
    Map<String, Element> byId = new LinkedHashMap<>();
    elements.forEach(e -> byId.put(e.id(), e));
    return new Topology(cluster, byId, Map.of(), List.of());
  }

  public String cluster() {
    return cluster;
  }

  public Optional<Element> element(String id) {
    return Optional.ofNullable(elements.get(id));
  }

  /** Every element, parents before their children. */
  public Collection<Element> elements() {
    return elements.values();
  }

  public List<Element> ofKind(ElementKind kind) {
    return elements.values().stream().filter(e -> e.kind() == kind).toList();
  }

  /** The facts of a NODE element. */
  public Optional<NodeInfo> node(String nodeElementId) {
    return Optional.ofNullable(nodes.get(nodeElementId));
  }

  public List<PodInfo> podsOn(String nodeElementId) {
    return podsByNode.getOrDefault(nodeElementId, List.of());
  }

  public int podCount() {
    return pods.size();
  }

  /** Pods on no node the topology knows, unscheduled ones included. */
  public int unplacedPods() {
    return unplacedPods;
  }

  /** Returns this topology when no element has the id (a step the diagram does not draw). */
  public Topology withState(String id, ElementState state, String reason) {
    Element current = elements.get(id);
    return current == null ? this : with(current.withState(state, reason));
  }

  public Topology withDetails(String id, Map<String, String> details) {
    Element current = elements.get(id);
    return current == null ? this : with(current.withDetails(details));
  }

  /** Adds the element, or replaces the one with its id in place. */
  public Topology with(Element element) {
    Map<String, Element> next = new LinkedHashMap<>(elements);
    next.put(element.id(), element);
    return new Topology(this, next);
  }

  /** The node list replaces every node before it; each goes into the private subnet it uses. */
  public Topology withNodes(List<NodeInfo> newNodes) {
    Map<String, Element> next = new LinkedHashMap<>(elements);
    next.values().removeIf(e -> e.kind() == ElementKind.NODE);
    NodePlacement placement = new NodePlacement(this);
    Map<String, NodeInfo> facts = new LinkedHashMap<>();
    for (NodeInfo node : newNodes) {
      placement
          .subnetFor(node)
          .ifPresent(
              subnet -> {
                next.put(node.elementId(), NodeElements.element(node, subnet));
                facts.put(node.elementId(), node);
              });
    }
    return new Topology(cluster, next, facts, pods);
  }

  /** The pod list replaces every pod before it; pods of unknown nodes are counted, not drawn. */
  public Topology withPods(List<PodInfo> newPods) {
    return new Topology(cluster, elements, nodes, newPods);
  }
}
