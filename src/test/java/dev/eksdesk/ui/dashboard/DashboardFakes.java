package dev.eksdesk.ui.dashboard;

import dev.eksdesk.cloud.CostReport;
import dev.eksdesk.cloud.CostReportCache;
import dev.eksdesk.cloud.MetricPoint;
import dev.eksdesk.cloud.MetricQuery;
import dev.eksdesk.cloud.MetricSeries;
import dev.eksdesk.cloud.MetricsInventory;
import dev.eksdesk.cloud.MetricsSource;
import dev.eksdesk.cloud.MetricsWindow;
import dev.eksdesk.cluster.ClusterKey;
import dev.eksdesk.cluster.ClusterRuntime;
import dev.eksdesk.cluster.ClusterRuntimes;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.cost.PriceBook;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.kube.EniView;
import dev.eksdesk.kube.KubeEndpoint;
import dev.eksdesk.kube.NodeIpView;
import dev.eksdesk.kube.cni.CniSwap;
import dev.eksdesk.kube.recycle.NodeReplacer;
import dev.eksdesk.kube.recycle.RecycleOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** A cluster of two t3.micro nodes, one full with a pod stuck, behind counting fake sources. */
final class DashboardFakes {
  static final Instant NOW = Instant.parse("2025-11-03T12:00:00Z");
  static final Instant CREATED = NOW.minus(Duration.ofHours(5));

  final ClusterRuntimes clusters = new ClusterRuntimes();
  final AtomicInteger inventoryReads = new AtomicInteger();
  final List<List<MetricQuery>> fetches = new ArrayList<>();
  final AtomicInteger costExplorerReads = new AtomicInteger();
  final ClusterRuntime runtime = new Runtime(DefaultSpecs.firstCluster());

  DashboardServices services() {
    return new DashboardServices(
        clusters,
        new Metrics(),
        new CostReportCache(
            (today, days) -> {
              costExplorerReads.incrementAndGet();
              return new CostReport(
                  NOW,
                  today,
                  List.of(
                      new CostReport.DayCost(
                          today.withDayOfMonth(1),
                          List.of(
                              new CostReport.ServiceCost(
                                  "Amazon Elastic Container Service for Kubernetes", 2.4)),
                          false)),
                  Optional.of(72.0),
                  "");
            },
            () -> NOW),
        new ClusterFeed() {
          @Override
          public AutoCloseable watch(ClusterRuntime cluster, Runnable changed) {
            return () -> {};
          }

          @Override
          public Map<String, String> latestEvents(ClusterRuntime cluster, List<String> pods) {
            return Map.of(
                "default/web-1",
                "FailedCreatePodSandBox: failed to assign an IP address to container");
          }
        },
        InstanceCatalog.bundled(),
        PriceBook.bundled(),
        () -> NOW);
  }

  final class Metrics implements MetricsSource {
    @Override
    public MetricsInventory inventory(String clusterName) {
      inventoryReads.incrementAndGet();
      return new MetricsInventory(
          clusterName,
          NOW,
          Optional.of(new MetricsInventory.ControlPlane(clusterName, "1.31", CREATED)),
          List.of(
              new MetricsInventory.Instance(
                  "i-0aaa", "i-0aaa", "t3.micro", "10.0.16.4", "workers", false, CREATED),
              new MetricsInventory.Instance(
                  "i-0bbb", "i-0bbb", "t3.micro", "10.0.32.4", "workers", false, CREATED),
              new MetricsInventory.Instance(
                  "i-0ccc", "pw-cluster-bastion", "t3.micro", "10.0.0.9", "", true, CREATED)),
          List.of(new MetricsInventory.NatGateway("nat-1", "subnet-1", CREATED)));
    }

    @Override
    public List<MetricSeries> fetch(List<MetricQuery> queries, MetricsWindow window) {
      fetches.add(queries);
      return queries.stream()
          .map(
              q ->
                  new MetricSeries(
                      q,
                      List.of(
                          new MetricPoint(window.end().minus(Duration.ofMinutes(2)), 10),
                          new MetricPoint(
                              window.end().minus(Duration.ofMinutes(1)),
                              q.resourceId().equals("i-0bbb") ? 80 : 30))))
          .toList();
    }
  }

  class Runtime implements ClusterRuntime {
    private final ClusterSpec spec;

    Runtime(ClusterSpec spec) {
      this.spec = spec;
    }

    @Override
    public ClusterSpec spec() {
      return spec;
    }

    @Override
    public ClusterKey key() {
      return ClusterKey.sandbox(spec());
    }

    @Override
    public List<NodeIpView> ipView() {
      return List.of(
          new NodeIpView(
              "ip-10-0-16-4",
              "t3.micro",
              4,
              Optional.of("aws-vpc-cni"),
              2,
              List.of(
                  new EniView("eni-a0", 0, "10.0.16.4", List.of("10.0.16.5"), List.of(), List.of()),
                  new EniView(
                      "eni-a1", 1, "10.0.16.6", List.of("10.0.16.7"), List.of(), List.of())),
              List.of(),
              0,
              4,
              List.of("default/web-1")),
          new NodeIpView(
              "ip-10-0-32-4",
              "t3.micro",
              4,
              Optional.of("aws-vpc-cni"),
              2,
              List.of(
                  new EniView(
                      "eni-b0", 0, "10.0.32.4", List.of(), List.of("10.0.32.5"), List.of())),
              List.of(),
              0,
              2,
              List.of()));
    }

    @Override
    public KubeEndpoint endpoint() {
      throw new UnsupportedOperationException("the fake cluster has no API server");
    }

    @Override
    public CniSwap openCniSwap() {
      throw new UnsupportedOperationException();
    }

    @Override
    public NodeReplacer nodeReplacer() {
      throw new UnsupportedOperationException();
    }

    @Override
    public RecycleOptions recycleOptions() {
      throw new UnsupportedOperationException();
    }
  }

  static LocalDate today() {
    return LocalDate.of(2025, 11, 3);
  }
}
