package dev.eksdesk.ui.dashboard;

import dev.eksdesk.cluster.ClusterRuntime;
import dev.eksdesk.kube.KubeGateway;
import dev.eksdesk.kube.PodEventRow;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The feed from the cluster's API server: the gateway's coalesced snapshots and pod events. */
public final class KubeClusterFeed implements ClusterFeed {

  @Override
  public AutoCloseable watch(ClusterRuntime cluster, Runnable changed) {
    KubeGateway gateway = cluster.connect();
    AutoCloseable watch = gateway.watchCluster(snapshot -> changed.run());
    return () -> {
      watch.close();
      gateway.close();
    };
  }

  @Override
  public Map<String, String> latestEvents(ClusterRuntime cluster, List<String> pods) {
    Map<String, String> latest = new LinkedHashMap<>();
    try (KubeGateway gateway = cluster.connect()) {
      for (String pod : pods) {
        String[] namespaceAndName = pod.split("/", 2);
        gateway.eventsOf(namespaceAndName[0], namespaceAndName[1]).stream()
            .max(
                Comparator.comparing(
                    PodEventRow::lastSeen, Comparator.nullsFirst(Comparator.naturalOrder())))
            .ifPresent(event -> latest.put(pod, event.reason() + ": " + event.message()));
      }
    }
    return latest;
  }
}
