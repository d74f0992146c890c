package dev.eksdesk.cloud.aws;

import dev.eksdesk.cloud.MetricPoint;
import dev.eksdesk.cloud.MetricQuery;
import dev.eksdesk.cloud.MetricRange;
import dev.eksdesk.cloud.MetricSeries;
import dev.eksdesk.cloud.MetricsInventory;
import dev.eksdesk.cloud.MetricsSource;
import dev.eksdesk.cloud.MetricsWindow;
import dev.eksdesk.cloud.ResourceTags;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.ScanBy;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.NatGateway;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.eks.model.Cluster;
import software.amazon.awssdk.services.eks.model.ResourceNotFoundException;

/**
 * CloudWatch and the EC2/EKS reads behind the dashboards. A refresh is three reads (the cluster,
 * the instances and the NAT gateways of its VPC) plus one GetMetricData per 500 series.
 */
public final class AwsMetricsSource implements MetricsSource {
  static final String EKS_CLUSTER_TAG = "eks:cluster-name";
  static final String EKS_NODEGROUP_TAG = "eks:nodegroup-name";

  private final AwsClients clients;

  public AwsMetricsSource(AwsClients clients) {
    this.clients = clients;
  }

  @Override
  public MetricsInventory inventory(String clusterName) {
    Instant now = Instant.now();
    Cluster cluster;
    try {
      cluster = clients.eks().describeCluster(r -> r.name(clusterName)).cluster();
    } catch (ResourceNotFoundException gone) {
      return MetricsInventory.empty(clusterName, now);
    }
    Optional<MetricsInventory.ControlPlane> controlPlane =
        Optional.of(
            new MetricsInventory.ControlPlane(
                cluster.name(), cluster.version(), cluster.createdAt()));
    String vpcId =
        cluster.resourcesVpcConfig() == null ? null : cluster.resourcesVpcConfig().vpcId();
    if (vpcId == null) { // AWS always says; an emulator may not
      return new MetricsInventory(clusterName, now, controlPlane, List.of(), List.of());
    }
    Filter inVpc = Filter.builder().name("vpc-id").values(vpcId).build();
    List<MetricsInventory.Instance> instances =
        clients
            .ec2()
            .describeInstancesPaginator(
                r ->
                    r.filters(
                        inVpc,
                        Filter.builder()
                            .name("instance-state-name")
                            .values("pending", "running")
                            .build()))
            .reservations()
            .stream()
            .flatMap(reservation -> reservation.instances().stream())
            .filter(instance -> belongsTo(instance, clusterName))
            .map(AwsMetricsSource::instance)
            .toList();
    List<MetricsInventory.NatGateway> nats =
        clients
            .ec2()
            .describeNatGatewaysPaginator(
                r ->
                    r.filter(
                        inVpc,
                        Filter.builder().name("state").values("pending", "available").build()))
            .natGateways()
            .stream()
            .map(AwsMetricsSource::natGateway)
            .toList();
    return new MetricsInventory(clusterName, now, controlPlane, instances, nats);
  }

  @Override
  public List<MetricSeries> fetch(List<MetricQuery> queries, MetricsWindow window) {
    List<MetricSeries> series = new ArrayList<>(queries.size());
    for (int from = 0; from < queries.size(); from += MetricRange.MAX_QUERIES_PER_CALL) {
      List<MetricQuery> batch =
          queries.subList(from, Math.min(queries.size(), from + MetricRange.MAX_QUERIES_PER_CALL));
      series.addAll(fetchBatch(batch, window));
    }
    return series;
  }

  /** One GetMetricData call (its pages, if CloudWatch splits it) for up to 500 series. */
  private List<MetricSeries> fetchBatch(List<MetricQuery> batch, MetricsWindow window) {
    Map<String, List<MetricPoint>> pointsById = new LinkedHashMap<>();
    List<MetricDataQuery> dataQueries = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      String id = "q" + i; // ids must start with a lower-case letter
      pointsById.put(id, new ArrayList<>());
      dataQueries.add(dataQuery(id, batch.get(i), window.range()));
    }
    GetMetricDataRequest request =
        GetMetricDataRequest.builder()
            .startTime(window.start())
            .endTime(window.end())
            .scanBy(ScanBy.TIMESTAMP_ASCENDING)
            .metricDataQueries(dataQueries)
            .build();
    for (MetricDataResult result :
        clients.cloudWatch().getMetricDataPaginator(request).metricDataResults()) {
      List<MetricPoint> points = pointsById.get(result.id());
      for (int p = 0; p < result.timestamps().size(); p++) {
        points.add(new MetricPoint(result.timestamps().get(p), result.values().get(p)));
      }
    }
    List<MetricSeries> series = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      series.add(new MetricSeries(batch.get(i), pointsById.get("q" + i)));
    }
    return series;
  }

  private static MetricDataQuery dataQuery(String id, MetricQuery query, MetricRange range) {
    return MetricDataQuery.builder()
        .id(id)
        .returnData(true)
        .metricStat(
            stat ->
                stat.metric(
                        metric ->
                            metric
                                .namespace(query.kind().namespace())
                                .metricName(query.kind().metricName())
                                .dimensions(
                                    Dimension.builder()
                                        .name(query.kind().dimension())
                                        .value(query.resourceId())
                                        .build()))
                    .period((int) range.period().toSeconds())
                    .stat(query.kind().statistic()))
        .build();
  }

  /** The cluster's nodes, and the bastion or worker host Eksdesk made for it. */
  private static boolean belongsTo(Instance instance, String clusterName) {
    return clusterName.equals(tag(instance.tags(), EKS_CLUSTER_TAG))
        || clusterName.equals(tag(instance.tags(), ResourceTags.CLUSTER));
  }

  private static MetricsInventory.Instance instance(Instance instance) {
    String name = tag(instance.tags(), "Name");
    return new MetricsInventory.Instance(
        instance.instanceId(),
        name.isEmpty() ? instance.instanceId() : name,
        instance.instanceTypeAsString(),
        instance.privateIpAddress() == null ? "" : instance.privateIpAddress(),
        tag(instance.tags(), EKS_NODEGROUP_TAG),
        instance.publicIpAddress() != null,
        instance.launchTime());
  }

  private static MetricsInventory.NatGateway natGateway(NatGateway nat) {
    return new MetricsInventory.NatGateway(nat.natGatewayId(), nat.subnetId(), nat.createTime());
  }

  private static String tag(List<Tag> tags, String key) {
    return tags.stream().filter(t -> key.equals(t.key())).map(Tag::value).findFirst().orElse("");
  }
}
