package dev.eksdesk.kube;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.ContainerMetrics;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.NodeMetrics;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.PodMetrics;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads node and pod usage from the metrics API (metrics.k8s.io, served by metrics-server through
 * the API server), what {@code kubectl top} shows. When it does not answer, says why: not
 * installed, no ready pod, or unreachable on an overlay ({@link MetricsServerReach}).
 */
final class UsageReader {
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private UsageReader() {}

  static UsageReading read(KubernetesClient client) {
    try {
      Map<String, ResourceUse> nodes = new HashMap<>();
      for (NodeMetrics node : client.resources(NodeMetrics.class).list().getItems()) {
        nodes.put(node.getMetadata().getName(), use(node.getUsage()));
      }
      Map<String, ResourceUse> pods = new HashMap<>();
      for (PodMetrics pod : client.resources(PodMetrics.class).inAnyNamespace().list().getItems()) {
        ResourceUse sum = new ResourceUse(0, 0);
        for (ContainerMetrics container : pod.getContainers()) {
          sum = sum.plus(use(container.getUsage()));
        }
        pods.put(pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName(), sum);
      }
      return new UsageReading(nodes, pods, "", Instant.now());
    } catch (KubernetesClientException e) {
      return UsageReading.unavailable(why(client, e), Instant.now());
    }
  }

  private static String why(KubernetesClient client, KubernetesClientException failure) {
    Optional<String> known;
    try {
      known = MetricsServerReach.problem(client);
    } catch (KubernetesClientException e) {
      known = Optional.empty();
    }
    return known.orElse(
        "The metrics API did not answer ("
            + (failure.getCode() > 0 ? "HTTP " + failure.getCode() + ": " : "")
            + failure.getMessage()
            + "). Check metrics-server's pod in kube-system.");
  }

  private static ResourceUse use(Map<String, Quantity> usage) {
    if (usage == null) {
      return new ResourceUse(0, 0);
    }
    Quantity cpu = usage.get("cpu");
    Quantity memory = usage.get("memory");
    return new ResourceUse(
        cpu == null ? 0 : cpu.getNumericalAmount().multiply(THOUSAND).longValue(),
        memory == null ? 0 : memory.getNumericalAmount().longValue());
  }
}
