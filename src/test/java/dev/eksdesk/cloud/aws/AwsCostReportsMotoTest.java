package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.CostReport;
import dev.eksdesk.cloud.CostReportCache;
import dev.eksdesk.cloud.aws.ApiCallCounter.Operation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.regions.Region;

/** Cost Explorer is billed per request: the cache must keep a refresh to one read an hour. */
class AwsCostReportsMotoTest {
  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  private static final Operation COST_AND_USAGE = new Operation("CostExplorer", "GetCostAndUsage");
  private static final Operation FORECAST = new Operation("CostExplorer", "GetCostForecast");

  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2025-11-03T10:00:00Z"));
  private AwsClients clients;
  private CostReportCache cache;

  @BeforeEach
  void open() throws Exception {
    MOTO.reset();
    clients = new AwsClients(MOTO.settings(Region.EU_WEST_1), new ApiCallCounter());
    cache = new CostReportCache(new AwsCostReports(clients), now::get);
    queueCostAndUsage();
    queueCostAndUsage();
  }

  @AfterEach
  void close() {
    clients.close();
  }

  @Test
  void readsDailyCostsByServiceAndSaysWhyThereIsNoForecast() {
    CostReport report = cache.get();

    assertThat(report.days()).hasSize(2);
    assertThat(report.monthToDateUsd()).isEqualTo(3.5 + 1.25 + 2.0);
    assertThat(report.monthToDateByService().get(0).service())
        .isEqualTo("Amazon Elastic Compute Cloud - Compute");
    assertThat(report.forecastMonthUsd()).isEmpty(); // moto does not implement GetCostForecast
    assertThat(report.forecastNote()).contains("no forecast");
  }

  @Test
  void twoRefreshesWithinTheHourMakeOneRead() {
    cache.get();
    now.set(now.get().plus(Duration.ofMinutes(59)));
    cache.get();

    assertThat(clients.counter().snapshot())
        .containsEntry(COST_AND_USAGE, 1L)
        .containsEntry(FORECAST, 1L);

    now.set(now.get().plus(Duration.ofMinutes(2)));
    cache.get();
    assertThat(clients.counter().snapshot()).containsEntry(COST_AND_USAGE, 2L);
  }

  @Test
  void aManualRefreshReadsAgainButNotTwiceInAMinute() {
    cache.get();
    now.set(now.get().plus(Duration.ofMinutes(5)));
    cache.readNow();
    cache.readNow();

    assertThat(clients.counter().snapshot()).containsEntry(COST_AND_USAGE, 2L);
    assertThat(cache.cached())
        .get()
        .extracting(CostReport::today)
        .isEqualTo(LocalDate.of(2025, 11, 3));
  }

  /** moto cannot compute costs; it hands out queued answers, one per GetCostAndUsage. */
  private static void queueCostAndUsage() throws Exception {
    MOTO.post(
        "/moto-api/static/ce/cost-and-usage-results",
        """
        {"results": [{"ResultsByTime": [
          {"TimePeriod": {"Start": "2025-11-01", "End": "2025-11-02"}, "Total": {},
           "Groups": [
             {"Keys": ["Amazon Elastic Compute Cloud - Compute"],
              "Metrics": {"UnblendedCost": {"Amount": "3.5", "Unit": "USD"}}},
             {"Keys": ["Amazon Elastic Container Service for Kubernetes"],
              "Metrics": {"UnblendedCost": {"Amount": "1.25", "Unit": "USD"}}}],
           "Estimated": false},
          {"TimePeriod": {"Start": "2025-11-02", "End": "2025-11-03"}, "Total": {},
           "Groups": [
             {"Keys": ["Amazon Elastic Compute Cloud - Compute"],
              "Metrics": {"UnblendedCost": {"Amount": "2.0", "Unit": "USD"}}}],
           "Estimated": true}]}]}
        """);
  }
}
