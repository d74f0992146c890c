package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.MetricKind;
import dev.eksdesk.cloud.MetricQuery;
import dev.eksdesk.cloud.MetricRange;
import dev.eksdesk.cloud.MetricSeries;
import dev.eksdesk.cloud.MetricsInventory;
import dev.eksdesk.cloud.MetricsWindow;
import dev.eksdesk.cloud.ResourceTags;
import dev.eksdesk.cloud.aws.ApiCallCounter.Operation;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.eks.EksClient;

/** The metrics port against moto: what a refresh reads, and how many calls it takes. */
class AwsMetricsSourceMotoTest {
  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  private static final String CLUSTER = "pw-cluster";

  private AwsClients clients;
  private AwsMetricsSource source;
  private String vpcId;
  private String subnetId;

  @BeforeEach
  void cluster() throws Exception {
    MOTO.reset();
    clients = new AwsClients(MOTO.settings(Region.EU_WEST_1), new ApiCallCounter());
    source = new AwsMetricsSource(clients);
    vpcId = clients.ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
    subnetId =
        clients
            .ec2()
            .createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.1.0/24"))
            .subnet()
            .subnetId();
    String roleArn =
        clients
            .iam()
            .createRole(r -> r.roleName("eks").assumeRolePolicyDocument("{}"))
            .role()
            .arn();
    try (EksClient eks = eksReportingVpc(vpcId)) {
      eks.createCluster(
          r ->
              r.name(CLUSTER)
                  .roleArn(roleArn)
                  .version("1.31")
                  .resourcesVpcConfig(v -> v.subnetIds(subnetId)));
    }
  }

  /**
   * moto echoes the cluster's resourcesVpcConfig as it was sent, where AWS adds the VPC's id; this
   * client sends the id along so that moto answers DescribeCluster as AWS does.
   */
  private static EksClient eksReportingVpc(String vpcId) {
    ExecutionInterceptor addVpcId =
        new ExecutionInterceptor() {
          @Override
          public SdkHttpRequest modifyHttpRequest(
              Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
            long length = withVpcId(context.requestBody(), vpcId).length;
            return context.httpRequest().toBuilder()
                .putHeader("Content-Length", Long.toString(length))
                .build();
          }

          @Override
          public Optional<RequestBody> modifyHttpContent(
              Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
            return Optional.of(RequestBody.fromBytes(withVpcId(context.requestBody(), vpcId)));
          }
        };
    AwsClientSettings settings = MOTO.settings(Region.EU_WEST_1);
    return EksClient.builder()
        .region(Region.EU_WEST_1)
        .endpointOverride(MOTO.endpoint())
        .credentialsProvider(settings.credentials())
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.addExecutionInterceptor(addVpcId))
        .build();
  }

  private static byte[] withVpcId(Optional<RequestBody> body, String vpcId) {
    String json = body.map(b -> read(b.contentStreamProvider().newStream())).orElse("");
    return json.replace(
            "\"resourcesVpcConfig\":{", "\"resourcesVpcConfig\":{\"vpcId\":\"" + vpcId + "\",")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String read(java.io.InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void inventoryHasTheClusterItsNodesTheBastionAndTheNat() {
    runNodes(2);
    runInstance(Map.of(ResourceTags.CLUSTER, CLUSTER, "Name", "pw-cluster-bastion"));
    runInstance(Map.of("Name", "someone-elses-box"));
    String allocation = clients.ec2().allocateAddress(r -> r.domain("vpc")).allocationId();
    String natId =
        clients
            .ec2()
            .createNatGateway(r -> r.subnetId(subnetId).allocationId(allocation))
            .natGateway()
            .natGatewayId();
    clients.counter().snapshotAndReset();

    MetricsInventory inventory = source.inventory(CLUSTER);

    assertThat(inventory.controlPlane())
        .get()
        .extracting(p -> p.kubernetesVersion())
        .isEqualTo("1.31");
    assertThat(inventory.nodes())
        .hasSize(2)
        .allSatisfy(n -> assertThat(n.nodeGroup()).isEqualTo("workers"));
    assertThat(inventory.instances())
        .extracting(MetricsInventory.Instance::name)
        .contains("pw-cluster-bastion")
        .doesNotContain("someone-elses-box");
    assertThat(inventory.natGateways())
        .extracting(MetricsInventory.NatGateway::id)
        .containsExactly(natId);
    assertThat(inventory.instances()).allSatisfy(i -> assertThat(i.launchedAt()).isNotNull());
    assertThat(clients.counter().snapshot())
        .containsOnlyKeys(
            new Operation("Eks", "DescribeCluster"),
            new Operation("Ec2", "DescribeInstances"),
            new Operation("Ec2", "DescribeNatGateways"));
  }

  @Test
  void aGoneClusterHasAnEmptyInventory() {
    assertThat(source.inventory("no-such-cluster").instances()).isEmpty();
  }

  @Test
  void fetchReadsWhatWasPutInOneCall() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    putCpu("i-0aaa", now.minus(10, ChronoUnit.MINUTES), 25);
    putCpu("i-0aaa", now.minus(9, ChronoUnit.MINUTES), 75);
    clients.counter().snapshotAndReset();

    List<MetricSeries> series =
        source.fetch(
            List.of(
                new MetricQuery(MetricKind.NODE_CPU, "i-0aaa"),
                new MetricQuery(MetricKind.NODE_CPU, "i-0bbb")),
            MetricsWindow.ending(MetricRange.HOUR, now.plus(1, ChronoUnit.MINUTES)));

    assertThat(series.get(0).points()).extracting(p -> p.value()).containsExactly(25.0, 75.0);
    assertThat(series.get(1).points()).isEmpty();
    assertThat(clients.counter().snapshot())
        .containsExactly(Map.entry(new Operation("CloudWatch", "GetMetricData"), 1L));
  }

  @Test
  void twelveHundredSeriesTakeThreeCalls() {
    List<MetricQuery> queries =
        java.util.stream.IntStream.range(0, 1200)
            .mapToObj(i -> new MetricQuery(MetricKind.NODE_CPU, "i-" + i))
            .toList();
    clients.counter().snapshotAndReset();

    List<MetricSeries> series =
        source.fetch(queries, MetricsWindow.ending(MetricRange.HOUR, Instant.now()));

    assertThat(series).extracting(MetricSeries::query).containsExactlyElementsOf(queries);
    assertThat(clients.counter().snapshot())
        .containsExactly(Map.entry(new Operation("CloudWatch", "GetMetricData"), 3L));
  }

  /** Instances of the node group, tagged as EKS tags them. */
  private void runNodes(int count) {
    clients
        .ec2()
        .runInstances(
            r ->
                r.imageId("ami-12c6146b")
                    .instanceType("t3.medium")
                    .minCount(count)
                    .maxCount(count)
                    .subnetId(subnetId)
                    .tagSpecifications(
                        t ->
                            t.resourceType(ResourceType.INSTANCE)
                                .tags(
                                    tag(AwsMetricsSource.EKS_CLUSTER_TAG, CLUSTER),
                                    tag(AwsMetricsSource.EKS_NODEGROUP_TAG, "workers"))));
  }

  private void runInstance(Map<String, String> tags) {
    clients
        .ec2()
        .runInstances(
            r ->
                r.imageId("ami-12c6146b")
                    .instanceType("t3.micro")
                    .minCount(1)
                    .maxCount(1)
                    .subnetId(subnetId)
                    .tagSpecifications(
                        t ->
                            t.resourceType(ResourceType.INSTANCE)
                                .tags(
                                    tags.entrySet().stream()
                                        .map(e -> tag(e.getKey(), e.getValue()))
                                        .toList())));
  }

  private static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }

  private void putCpu(String instanceId, Instant at, double percent) {
    clients
        .cloudWatch()
        .putMetricData(
            r ->
                r.namespace("AWS/EC2")
                    .metricData(
                        MetricDatum.builder()
                            .metricName("CPUUtilization")
                            .dimensions(
                                Dimension.builder().name("InstanceId").value(instanceId).build())
                            .timestamp(at)
                            .unit(StandardUnit.PERCENT)
                            .value(percent)
                            .build()));
  }
}
