package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.MetricKind;
import dev.eksdesk.cloud.MetricQuery;
import dev.eksdesk.cloud.MetricRange;
import dev.eksdesk.cloud.MetricSeries;
import dev.eksdesk.cloud.MetricsInventory;
import dev.eksdesk.cloud.MetricsWindow;
import dev.eksdesk.cloud.aws.ApiCallCounter.Operation;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;

/** The metrics port against moto: what a refresh reads, and how many calls it takes. */
class AwsMetricsSourceMotoTest {
  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  private MotoEksCluster cluster;
  private AwsMetricsSource source;

  @BeforeEach
  void cluster() throws Exception {
    cluster = MotoEksCluster.create(MOTO);
    source = new AwsMetricsSource(cluster.clients);
  }

  @AfterEach
  void close() {
    cluster.close();
  }

  @Test
  void inventoryHasTheClusterItsNodesTheBastionAndTheNatInThreeReads() {
    cluster.runNodes(2);
    cluster.runBastion();
    cluster.runStranger();
    String natId = cluster.createNatGateway();
    cluster.clients.counter().snapshotAndReset();

    MetricsInventory inventory = source.inventory(MotoEksCluster.NAME);

    assertThat(inventory.controlPlane())
        .get()
        .extracting(MetricsInventory.ControlPlane::kubernetesVersion)
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
    assertThat(cluster.clients.counter().snapshot())
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
    cluster.clients.counter().snapshotAndReset();

    List<MetricSeries> series =
        source.fetch(
            List.of(
                new MetricQuery(MetricKind.NODE_CPU, "i-0aaa"),
                new MetricQuery(MetricKind.NODE_CPU, "i-0bbb")),
            MetricsWindow.ending(MetricRange.HOUR, now.plus(1, ChronoUnit.MINUTES)));

    assertThat(series.get(0).points()).extracting(p -> p.value()).containsExactly(25.0, 75.0);
    assertThat(series.get(1).points()).isEmpty();
    assertThat(cluster.clients.counter().snapshot())
        .containsExactly(Map.entry(new Operation("CloudWatch", "GetMetricData"), 1L));
  }

  @Test
  void twelveHundredSeriesTakeThreeCalls() {
    List<MetricQuery> queries =
        IntStream.range(0, 1200)
            .mapToObj(i -> new MetricQuery(MetricKind.NODE_CPU, "i-" + i))
            .toList();
    cluster.clients.counter().snapshotAndReset();

    List<MetricSeries> series =
        source.fetch(queries, MetricsWindow.ending(MetricRange.HOUR, Instant.now()));

    assertThat(series).extracting(MetricSeries::query).containsExactlyElementsOf(queries);
    assertThat(cluster.clients.counter().snapshot())
        .containsExactly(Map.entry(new Operation("CloudWatch", "GetMetricData"), 3L));
  }

  private void putCpu(String instanceId, Instant at, double percent) {
    cluster
        .clients
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
