package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.CostReportCache;
import dev.eksdesk.cloud.MetricRange;
import dev.eksdesk.cloud.MetricsInventory;
import dev.eksdesk.cloud.MetricsWindow;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * AWS calls per dashboard refresh against node count, counted by the ApiCallCounter against moto
 * (docs/PERFORMANCE.md, "Dashboards"). Two refreshes each time: Cost Explorer must be read once.
 */
@Tag("benchmark")
class DashboardCallsBenchmark {
  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  @Test
  void callsPerRefreshByNodeCount() throws Exception {
    System.out.println(
        "| nodes | series | calls per refresh (first / second) | by operation, two refreshes |");
    System.out.println("|---|---|---|---|");
    for (int nodes : new int[] {1, 10, 50, 200, 400}) {
      MotoEksCluster cluster = MotoEksCluster.create(MOTO);
      cluster.runNodes(nodes);
      cluster.runBastion();
      cluster.createNatGateway();
      AwsClients clients = cluster.clients;
      AwsMetricsSource source = new AwsMetricsSource(clients);
      CostReportCache costs = new CostReportCache(new AwsCostReports(clients), Instant::now);
      MOTO.post(
          "/moto-api/static/ce/cost-and-usage-results", "{\"results\": [{\"ResultsByTime\": []}]}");
      clients.counter().snapshotAndReset();

      long[] perRefresh = new long[2];
      int series = 0;
      for (int refresh = 0; refresh < 2; refresh++) {
        long before = total(clients.counter().snapshot());
        MetricsInventory inventory = source.inventory(MotoEksCluster.NAME);
        series = inventory.queries().size();
        source.fetch(inventory.queries(), MetricsWindow.ending(MetricRange.HOUR, Instant.now()));
        costs.get();
        perRefresh[refresh] = total(clients.counter().snapshot()) - before;
      }
      Map<ApiCallCounter.Operation, Long> calls = clients.counter().snapshot();
      System.out.printf(
          "| %d | %d | %d / %d | %s |%n", nodes, series, perRefresh[0], perRefresh[1], calls);
      long metricCalls = (series + 499) / 500;
      assertThat(perRefresh[1]).isEqualTo(3 + metricCalls);
      cluster.close();
    }
  }

  private static long total(Map<ApiCallCounter.Operation, Long> calls) {
    return calls.values().stream().mapToLong(Long::longValue).sum();
  }
}
