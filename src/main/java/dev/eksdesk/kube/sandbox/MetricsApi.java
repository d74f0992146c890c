package dev.eksdesk.kube.sandbox;

import dev.eksdesk.kube.MetricsServerReach;
import dev.eksdesk.kube.Pods;
import dev.eksdesk.kube.WellKnown;
import io.fabric8.kubernetes.api.model.Duration;
import io.fabric8.kubernetes.api.model.NodeList;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodList;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.ContainerMetricsBuilder;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.NodeMetrics;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.NodeMetricsBuilder;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.NodeMetricsListBuilder;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.PodMetrics;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.PodMetricsBuilder;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.PodMetricsListBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.MockResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The metrics API (metrics.k8s.io) as metrics-server serves it through the API server: plausible
 * CPU and memory per running pod (steady per pod, drifting slowly with time) and per node (its pods
 * plus the system's share). It answers only when a real cluster's would ({@link
 * MetricsServerReach}): 404 without the APIService, 503 when metrics-server has no ready pod or
 * sits on an overlay address the control plane cannot reach.
 */
final class MetricsApi {
  private static final long MIB = 1024L * 1024;
  private static final long NODE_SYSTEM_MILLI_CPU = 70;
  private static final long NODE_SYSTEM_MEMORY = 420 * MIB;
  private static final Duration WINDOW = new Duration(java.time.Duration.ofSeconds(15));

  private final KubernetesCrudDispatcher store;
  private final Clock clock;

  MetricsApi(KubernetesCrudDispatcher store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** GET /apis/metrics.k8s.io/v1beta1/nodes, .../pods or .../namespaces/NS/pods. */
  MockResponse answer(String resource, String namespace) {
    if (store
            .handleGet(
                "/apis/"
                    + MetricsServerReach.API_SERVICE_VERSION
                    + "/apiservices/"
                    + MetricsServerReach.API_SERVICE)
            .code()
        != 200) {
      return StoreReplies.status(
          404, "NotFound", "the server could not find the requested resource");
    }
    List<Pod> pods = StoreReplies.list(store, "/api/v1/pods", PodList.class).getItems();
    List<Pod> metricsServer =
        pods.stream()
            .filter(p -> WellKnown.KUBE_SYSTEM.equals(p.getMetadata().getNamespace()))
            .filter(
                p ->
                    p.getMetadata().getLabels() != null
                        && WellKnown.METRICS_SERVER.equals(
                            p.getMetadata().getLabels().get("k8s-app")))
            .toList();
    boolean overlay =
        store
                .handleGet(
                    "/apis/apps/v1/namespaces/"
                        + WellKnown.KUBE_SYSTEM
                        + "/daemonsets/"
                        + WellKnown.CALICO_NODE)
                .code()
            == 200;
    Optional<String> problem = MetricsServerReach.problem(true, metricsServer, overlay);
    if (problem.isPresent()) {
      return StoreReplies.status(
          503,
          "ServiceUnavailable",
          "the server is currently unable to handle the request (get "
              + resource
              + ".metrics.k8s.io)");
    }
    Instant now = clock.instant();
    List<Pod> running = pods.stream().filter(p -> "Running".equals(Pods.phase(p))).toList();
    if ("nodes".equals(resource)) {
      return ok(
          Serialization.asJson(
              new NodeMetricsListBuilder().withItems(nodes(running, now)).build()));
    }
    List<PodMetrics> items =
        running.stream()
            .filter(p -> namespace == null || namespace.equals(p.getMetadata().getNamespace()))
            .map(p -> podMetrics(p, now))
            .toList();
    return ok(Serialization.asJson(new PodMetricsListBuilder().withItems(items).build()));
  }

  private List<NodeMetrics> nodes(List<Pod> running, Instant now) {
    Map<String, long[]> byNode = new HashMap<>();
    for (Pod pod : running) {
      String node = Pods.nodeName(pod);
      if (node != null) {
        long[] sum = byNode.computeIfAbsent(node, n -> new long[2]);
        sum[0] += milliCpu(pod, now);
        sum[1] += memory(pod, now);
      }
    }
    List<NodeMetrics> nodes = new ArrayList<>();
    for (var node : StoreReplies.list(store, "/api/v1/nodes", NodeList.class).getItems()) {
      long[] sum = byNode.getOrDefault(node.getMetadata().getName(), new long[2]);
      nodes.add(
          new NodeMetricsBuilder()
              .withMetadata(new ObjectMetaBuilder().withName(node.getMetadata().getName()).build())
              .withTimestamp(now.toString())
              .withWindow(WINDOW)
              .withUsage(usage(sum[0] + NODE_SYSTEM_MILLI_CPU, sum[1] + NODE_SYSTEM_MEMORY))
              .build());
    }
    return nodes;
  }

  private PodMetrics podMetrics(Pod pod, Instant now) {
    return new PodMetricsBuilder()
        .withMetadata(
            new ObjectMetaBuilder()
                .withName(pod.getMetadata().getName())
                .withNamespace(pod.getMetadata().getNamespace())
                .build())
        .withTimestamp(now.toString())
        .withWindow(WINDOW)
        .withContainers(
            new ContainerMetricsBuilder()
                .withName(pod.getSpec().getContainers().get(0).getName())
                .withUsage(usage(milliCpu(pod, now), memory(pod, now)))
                .build())
        .build();
  }

  /** Between 2 and ~150 millicores, steady per pod, drifting by up to a third over minutes. */
  private static long milliCpu(Pod pod, Instant now) {
    int seed = pod.getMetadata().getName().hashCode();
    long base = 2 + Math.floorMod(seed, 110);
    return Math.max(1, Math.round(base * drift(seed, now)));
  }

  /** Between 16 and ~300 MiB, steady per pod, drifting by up to a tenth. */
  private static long memory(Pod pod, Instant now) {
    int seed = pod.getMetadata().getName().hashCode() * 31 + 7;
    long base = (16 + Math.floorMod(seed, 260)) * MIB;
    return Math.round(base * (1 + (drift(seed, now) - 1) / 3));
  }

  private static double drift(int seed, Instant now) {
    double minutes = now.getEpochSecond() / 60.0;
    return 1 + Math.sin(minutes * 2 + Math.floorMod(seed, 628) / 100.0) / 3;
  }

  private static Map<String, Quantity> usage(long milliCpu, long memoryBytes) {
    return Map.of(
        "cpu", new Quantity(milliCpu + "m"), "memory", new Quantity((memoryBytes / 1024) + "Ki"));
  }

  private static MockResponse ok(String json) {
    return new MockResponse().setResponseCode(200).setBody(json);
  }
}
