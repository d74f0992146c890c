package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.cloud.CloudFailure;
import dev.eksdesk.cloud.aws.ApiCallCounter.Operation;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.costexplorer.model.Granularity;
import software.amazon.awssdk.services.costexplorer.model.Metric;
import software.amazon.awssdk.services.costexplorer.model.ResultByTime;

/** The dashboards' two reads, as far as moto can serve them. */
class MetricsAndCostMotoTest {

  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  private static final String NAMESPACE = "Eksdesk/Test";

  private AwsClients clients;

  @BeforeEach
  void openClients() throws Exception {
    MOTO.reset();
    clients = new AwsClients(MOTO.settings(Region.EU_WEST_1), new ApiCallCounter());
  }

  @AfterEach
  void closeClients() {
    clients.close();
  }

  private void putCpu(String instanceId, Instant at, double percent) {
    clients
        .cloudWatch()
        .putMetricData(
            r ->
                r.namespace(NAMESPACE)
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

  private static MetricDataQuery cpuOf(String id, String instanceId) {
    return MetricDataQuery.builder()
        .id(id)
        .metricStat(
            s ->
                s.metric(
                        m ->
                            m.namespace(NAMESPACE)
                                .metricName("CPUUtilization")
                                .dimensions(
                                    Dimension.builder()
                                        .name("InstanceId")
                                        .value(instanceId)
                                        .build()))
                    .period(300)
                    .stat("Average"))
        .build();
  }

  @Test
  void readsSeveralNodesInOneGetMetricDataCall() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    putCpu("i-0aaa", now.minus(3, ChronoUnit.MINUTES), 20);
    putCpu("i-0aaa", now.minus(2, ChronoUnit.MINUTES), 40);
    putCpu("i-0bbb", now.minus(2, ChronoUnit.MINUTES), 90);
    clients.counter().snapshotAndReset();

    GetMetricDataResponse response =
        clients
            .cloudWatch()
            .getMetricData(
                r ->
                    r.startTime(now.minus(5, ChronoUnit.MINUTES))
                        .endTime(now)
                        .metricDataQueries(cpuOf("node_a", "i-0aaa"), cpuOf("node_b", "i-0bbb")));

    Map<String, Double> averages =
        response.metricDataResults().stream()
            .collect(Collectors.toMap(MetricDataResult::id, result -> result.values().get(0)));
    assertThat(averages).containsEntry("node_a", 30.0).containsEntry("node_b", 90.0);
    assertThat(clients.counter().snapshot())
        .containsExactly(Map.entry(new Operation("CloudWatch", "GetMetricData"), 1L));
  }

  @Test
  void readsCostAndUsageFromUsEast1() throws Exception {
    MOTO.post(
        "/moto-api/static/ce/cost-and-usage-results",
        """
        {"results": [{"ResultsByTime": [{
          "TimePeriod": {"Start": "2025-11-01", "End": "2025-11-02"},
          "Total": {"UnblendedCost": {"Amount": "3.1415", "Unit": "USD"}},
          "Groups": [], "Estimated": true}]}]}
        """);

    var response =
        clients
            .costExplorer()
            .getCostAndUsage(
                r ->
                    r.timePeriod(p -> p.start("2025-11-01").end("2025-11-02"))
                        .granularity(Granularity.DAILY)
                        .metrics(Metric.UNBLENDED_COST.toString()));

    ResultByTime day = response.resultsByTime().get(0);
    assertThat(day.total().get("UnblendedCost").amount()).isEqualTo("3.1415");
    assertThat(day.estimated()).isTrue();
    assertThat(clients.costExplorer().serviceClientConfiguration().region())
        .isEqualTo(Region.US_EAST_1);
  }

  /** moto does not implement GetCostForecast; the failure must say so instead of crashing. */
  @Test
  void costForecastIsReportedAsNotEmulated() {
    Throwable thrown =
        catchThrowable(
            () ->
                clients
                    .costExplorer()
                    .getCostForecast(
                        r ->
                            r.timePeriod(p -> p.start("2025-11-25").end("2025-12-01"))
                                .granularity(Granularity.MONTHLY)
                                .metric(Metric.UNBLENDED_COST)));

    CloudFailure failure = new AwsErrors(new AccountChoice.Environment(), true).translate(thrown);
    assertThat(failure.message()).as(failure.toString()).contains("does not implement");
    assertThat(failure.retryable()).isFalse();
  }
}
