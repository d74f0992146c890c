package dev.eksdesk.kube;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.NodeSystemInfo;
import io.fabric8.kubernetes.api.model.Taint;
import java.util.List;
import java.util.Optional;

/** {@code kubectl describe node}: conditions, addresses, capacity, system, events. */
final class NodeDescription {
  private final Node node;
  private final List<PodEventRow> events;

  NodeDescription(Node node, List<PodEventRow> events) {
    this.node = node;
    this.events = events;
  }

  String text() {
    DescriptionText out = new DescriptionText();
    var status = Optional.ofNullable(node.getStatus());
    out.field("Name", node.getMetadata().getName())
        .map("Labels", node.getMetadata().getLabels())
        .field("CreationTimestamp", node.getMetadata().getCreationTimestamp())
        .field(
            "Taints",
            DescriptionText.joined(
                Optional.ofNullable(node.getSpec().getTaints()).orElse(List.of()).stream()
                    .map(NodeDescription::taint)
                    .toList()))
        .field("Unschedulable", Nodes.isCordoned(node))
        .field("ProviderID", node.getSpec().getProviderID());
    out.table(
        "Conditions",
        List.of("Type", "Status", "Reason", "Message"),
        status.map(s -> s.getConditions()).orElse(List.of()).stream()
            .map(NodeDescription::condition)
            .toList());
    out.table(
        "Addresses",
        List.of("Type", "Address"),
        status.map(s -> s.getAddresses()).orElse(List.of()).stream()
            .map(a -> List.of(a.getType(), a.getAddress()))
            .toList());
    out.map("Capacity", status.map(s -> s.getCapacity()).orElse(null))
        .map("Allocatable", status.map(s -> s.getAllocatable()).orElse(null));
    Optional<NodeSystemInfo> info = status.map(s -> s.getNodeInfo());
    out.section("System Info")
        .field(2, "OS Image", info.map(NodeSystemInfo::getOsImage).orElse(null))
        .field(2, "Kernel", info.map(NodeSystemInfo::getKernelVersion).orElse(null))
        .field(2, "Runtime", info.map(NodeSystemInfo::getContainerRuntimeVersion).orElse(null))
        .field(2, "Kubelet", info.map(NodeSystemInfo::getKubeletVersion).orElse(null));
    return out.events(events).text();
  }

  private static String taint(Taint taint) {
    return taint.getKey()
        + (taint.getValue() == null ? "" : "=" + taint.getValue())
        + ":"
        + taint.getEffect();
  }

  private static List<String> condition(NodeCondition condition) {
    return List.of(
        condition.getType(),
        condition.getStatus(),
        condition.getReason() == null ? "" : condition.getReason(),
        condition.getMessage() == null ? "" : condition.getMessage());
  }
}
