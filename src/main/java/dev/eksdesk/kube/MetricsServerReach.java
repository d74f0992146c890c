package dev.eksdesk.kube;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Optional;

/**
 * Whether the API server can reach metrics-server, and if not why, in the user's words. The
 * Sandbox's API server answers the metrics API by the same rule, so the two cannot disagree.
 */
public final class MetricsServerReach {
  /** The APIService through which the API server serves metrics.k8s.io. */
  public static final String API_SERVICE = "v1beta1.metrics.k8s.io";

  public static final String API_SERVICE_VERSION = "apiregistration.k8s.io/v1";

  static final String NOT_INSTALLED =
      "Usage needs metrics-server, which is not installed: the cluster has no metrics.k8s.io"
          + " APIService. Add the metrics-server add-on (EKS add-on \"metrics-server\") and usage"
          + " appears here within a minute.";

  static final String NO_READY_POD =
      "metrics-server is installed but has no ready pod in kube-system, so the metrics API is"
          + " not answering. Look at its pod's events in Nodes & Pods.";

  static final String NOT_ON_HOST_NETWORK =
      "metrics-server is not answering: since the swap to Calico its pod has an overlay address,"
          + " which the EKS control plane (in AWS's network) cannot reach. Move it to the host"
          + " network (Swap to Calico… does this in its host-network step) and usage comes back.";

  private MetricsServerReach() {}

  /**
   * Why the metrics API cannot answer, or empty when it can.
   *
   * @param metricsServerPods the pods labelled k8s-app=metrics-server in kube-system
   * @param overlay whether calico-node runs (pods have overlay addresses)
   */
  public static Optional<String> problem(
      boolean apiServiceExists, List<Pod> metricsServerPods, boolean overlay) {
    if (!apiServiceExists) {
      return Optional.of(NOT_INSTALLED);
    }
    List<Pod> ready = metricsServerPods.stream().filter(Pods::isReady).toList();
    if (ready.isEmpty()) {
      return Optional.of(NO_READY_POD);
    }
    if (overlay && ready.stream().noneMatch(Pods::usesHostNetwork)) {
      return Optional.of(NOT_ON_HOST_NETWORK);
    }
    return Optional.empty();
  }

  /** The same, reading what it needs from the cluster. */
  static Optional<String> problem(KubernetesClient client) {
    boolean apiService =
        client
                .genericKubernetesResources(API_SERVICE_VERSION, "APIService")
                .withName(API_SERVICE)
                .get()
            != null;
    List<Pod> pods =
        client
            .pods()
            .inNamespace(WellKnown.KUBE_SYSTEM)
            .withLabel("k8s-app", WellKnown.METRICS_SERVER)
            .list()
            .getItems();
    boolean overlay =
        client
                .apps()
                .daemonSets()
                .inNamespace(WellKnown.KUBE_SYSTEM)
                .withName(WellKnown.CALICO_NODE)
                .get()
            != null;
    return problem(apiService, pods, overlay);
  }
}
