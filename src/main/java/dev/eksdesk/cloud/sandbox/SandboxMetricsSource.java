package dev.eksdesk.cloud.sandbox;

import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.MetricPoint;
import dev.eksdesk.cloud.MetricQuery;
import dev.eksdesk.cloud.MetricSeries;
import dev.eksdesk.cloud.MetricsInventory;
import dev.eksdesk.cloud.MetricsSource;
import dev.eksdesk.cloud.MetricsWindow;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceState;
import dev.eksdesk.cloud.ResourceTags;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Metrics of the sandbox account: the inventory is what the account runs; the series come from
 * {@link SandboxMetricsLoad}, starting when each resource was created.
 */
public final class SandboxMetricsSource implements MetricsSource {
  private final Supplier<SandboxAccount> account;
  private final InstanceCatalog catalog;

  /**
   * @param account the account as the app holds it now (it is reopened when the sandbox's speed
   *     changes)
   */
  public SandboxMetricsSource(Supplier<SandboxAccount> account, InstanceCatalog catalog) {
    this.account = account;
    this.catalog = catalog;
  }

  @Override
  public MetricsInventory inventory(String clusterName) {
    SandboxAccount sandbox = account.get();
    List<CloudResource> all = sandbox.everything();
    Instant now = sandbox.now();
    Optional<MetricsInventory.ControlPlane> controlPlane =
        all.stream()
            .filter(r -> r.kind() == ResourceKind.EKS_CLUSTER && r.id().equals(clusterName))
            .findFirst()
            .map(
                r ->
                    new MetricsInventory.ControlPlane(
                        r.id(), r.attribute("version"), since(sandbox, r)));
    Map<String, String> addresses =
        all.stream()
            .filter(r -> r.kind() == ResourceKind.NETWORK_INTERFACE)
            .filter(r -> !r.attribute("attachedTo").isEmpty())
            .collect(
                Collectors.toMap(
                    r -> r.attribute("attachedTo"), r -> r.attribute("privateIp"), (a, b) -> a));
    List<MetricsInventory.Instance> instances =
        all.stream()
            .filter(r -> r.kind() == ResourceKind.INSTANCE && r.state() == ResourceState.READY)
            .filter(
                r ->
                    clusterName.equals(r.tag("eks:cluster-name"))
                        || clusterName.equals(r.tag(ResourceTags.CLUSTER)))
            .map(
                r ->
                    new MetricsInventory.Instance(
                        r.id(),
                        r.attribute("name").isEmpty() ? r.id() : r.attribute("name"),
                        r.attribute("instanceType"),
                        addresses.getOrDefault(r.id(), ""),
                        r.tag("eks:nodegroup-name"),
                        Boolean.parseBoolean(r.attribute("publicIp")),
                        since(sandbox, r)))
            .toList();
    List<MetricsInventory.NatGateway> nats =
        all.stream()
            .filter(r -> r.kind() == ResourceKind.NAT_GATEWAY && r.state() == ResourceState.READY)
            .filter(r -> clusterName.equals(r.tag(ResourceTags.CLUSTER)))
            .map(
                r ->
                    new MetricsInventory.NatGateway(
                        r.id(), r.attribute("subnetId"), since(sandbox, r)))
            .toList();
    return new MetricsInventory(clusterName, now, controlPlane, instances, nats);
  }

  @Override
  public List<MetricSeries> fetch(List<MetricQuery> queries, MetricsWindow window) {
    SandboxAccount sandbox = account.get();
    Map<String, CloudResource> byId =
        sandbox.everything().stream()
            .collect(Collectors.toMap(CloudResource::id, Function.identity(), (a, b) -> a));
    List<MetricSeries> series = new ArrayList<>(queries.size());
    for (MetricQuery query : queries) {
      series.add(new MetricSeries(query, points(sandbox, byId, query, window)));
    }
    return series;
  }

  private List<MetricPoint> points(
      SandboxAccount sandbox,
      Map<String, CloudResource> byId,
      MetricQuery query,
      MetricsWindow window) {
    CloudResource resource = byId.get(query.resourceId());
    Optional<Instant> created = sandbox.createdAt(query.resourceId());
    if (resource == null || created.isEmpty()) {
      return List.of(); // CloudWatch has nothing on a resource that does not exist
    }
    int vcpus =
        catalog.find(resource.attribute("instanceType")).map(t -> t.vcpus().orElse(1)).orElse(1);
    int nodes =
        resource.kind() == ResourceKind.INSTANCE
            ? 1
            : Math.max(1, sandbox.nodeGroupInstances(clusterOf(resource)).size());
    List<MetricPoint> points = new ArrayList<>();
    for (Instant at = window.start();
        at.isBefore(window.end());
        at = at.plus(window.range().period())) {
      if (!at.isBefore(created.get())) {
        points.add(
            new MetricPoint(
                at,
                SandboxMetricsLoad.value(
                    query.kind(), query.resourceId(), at, window.range().period(), vcpus, nodes)));
      }
    }
    return points;
  }

  private static String clusterOf(CloudResource resource) {
    return resource.kind() == ResourceKind.EKS_CLUSTER
        ? resource.id()
        : resource.tag(ResourceTags.CLUSTER);
  }

  private static Instant since(SandboxAccount sandbox, CloudResource resource) {
    return sandbox.createdAt(resource.id()).orElse(sandbox.now());
  }
}
