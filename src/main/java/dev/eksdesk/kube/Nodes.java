package dev.eksdesk.kube;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeAddress;
import java.util.Map;
import java.util.stream.Stream;

/** Facts about a node that several parts of {@code dev.eksdesk.kube} read; internal. */
public final class Nodes {
  private Nodes() {}

  public static boolean isReady(Node node) {
    return node.getStatus() != null
        && node.getStatus().getConditions() != null
        && node.getStatus().getConditions().stream()
            .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
  }

  public static boolean isCordoned(Node node) {
    return node.getSpec() != null && Boolean.TRUE.equals(node.getSpec().getUnschedulable());
  }

  /** The kubelet's --max-pods as it reports it (allocatable, else capacity), 0 when unknown. */
  public static int maxPods(Node node) {
    if (node.getStatus() == null) {
      return 0;
    }
    return Stream.of(node.getStatus().getAllocatable(), node.getStatus().getCapacity())
        .filter(resources -> resources != null && resources.get("pods") != null)
        .map(resources -> resources.get("pods").getNumericalAmount().intValue())
        .findFirst()
        .orElse(0);
  }

  public static String internalIp(Node node) {
    if (node.getStatus() == null || node.getStatus().getAddresses() == null) {
      return null;
    }
    return node.getStatus().getAddresses().stream()
        .filter(a -> "InternalIP".equals(a.getType()))
        .map(NodeAddress::getAddress)
        .findFirst()
        .orElse(null);
  }

  /** The EC2 instance id from spec.providerID ({@code aws:///eu-central-1a/i-0abc}). */
  public static String instanceId(Node node) {
    String providerId = node.getSpec() == null ? null : node.getSpec().getProviderID();
    if (providerId == null) {
      return null;
    }
    return providerId.substring(providerId.lastIndexOf('/') + 1);
  }

  public static String label(Node node, String key) {
    Map<String, String> labels = node.getMetadata().getLabels();
    return labels == null ? null : labels.get(key);
  }
}
