package dev.eksdesk.kube;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.Optional;

/** Facts about a pod that several parts of {@code dev.eksdesk.kube} read; internal. */
public final class Pods {
  private Pods() {}

  public static String phase(Pod pod) {
    return pod.getStatus() == null || pod.getStatus().getPhase() == null
        ? "Pending"
        : pod.getStatus().getPhase();
  }

  public static boolean isTerminal(Pod pod) {
    String phase = phase(pod);
    return "Succeeded".equals(phase) || "Failed".equals(phase);
  }

  public static boolean isReady(Pod pod) {
    return pod.getStatus() != null
        && pod.getStatus().getConditions() != null
        && pod.getStatus().getConditions().stream()
            .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
  }

  public static boolean usesHostNetwork(Pod pod) {
    return pod.getSpec() != null && Boolean.TRUE.equals(pod.getSpec().getHostNetwork());
  }

  public static String nodeName(Pod pod) {
    return pod.getSpec() == null ? null : pod.getSpec().getNodeName();
  }

  public static Optional<OwnerReference> controller(Pod pod) {
    if (pod.getMetadata().getOwnerReferences() == null) {
      return Optional.empty();
    }
    return pod.getMetadata().getOwnerReferences().stream()
        .filter(o -> Boolean.TRUE.equals(o.getController()))
        .findFirst();
  }

  /** The name of the DaemonSet that owns the pod, if one does. */
  public static Optional<String> daemonSet(Pod pod) {
    return controller(pod)
        .filter(o -> "DaemonSet".equals(o.getKind()))
        .map(OwnerReference::getName);
  }

  public static String key(Pod pod) {
    return pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName();
  }
}
