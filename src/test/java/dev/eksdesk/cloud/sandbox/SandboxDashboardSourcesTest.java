package dev.eksdesk.cloud.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.eksdesk.cloud.CostReport;
import dev.eksdesk.cloud.MetricKind;
import dev.eksdesk.cloud.MetricRange;
import dev.eksdesk.cloud.MetricSeries;
import dev.eksdesk.cloud.MetricsInventory;
import dev.eksdesk.cloud.MetricsWindow;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.cost.HourlyRates;
import dev.eksdesk.domain.cost.PriceBook;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.engine.SandboxWorld;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox's metrics and Cost Explorer, on a cluster applied with the virtual clock. */
class SandboxDashboardSourcesTest {
  private static final InstanceCatalog CATALOG = InstanceCatalog.bundled();
  @TempDir Path home;
  private SandboxWorld world;
  private SandboxMetricsSource metrics;

  @BeforeEach
  void applyTheDefaultCluster() throws Exception {
    world = new SandboxWorld(home);
    world.apply();
    metrics = new SandboxMetricsSource(() -> world.account, CATALOG);
  }

  @Test
  void inventoryListsTheControlPlaneTheNodesTheHostsAndTheNat() {
    MetricsInventory inventory = metrics.inventory("pw-cluster");

    assertThat(inventory.controlPlane()).isPresent();
    assertThat(inventory.nodes())
        .hasSize(2)
        .allSatisfy(n -> assertThat(n.instanceType()).isEqualTo("t3.micro"));
    assertThat(inventory.instances()).hasSize(4); // two nodes, the bastion, the worker
    assertThat(inventory.instances().stream().filter(MetricsInventory.Instance::publicIp))
        .hasSize(1);
    assertThat(inventory.natGateways()).hasSize(1);
    assertThat(inventory.queries()).hasSize(2 * 3 + 2 + 2);
    assertThat(metrics.inventory("another-cluster").instances()).isEmpty();
  }

  @Test
  void seriesAreDeterministicPlausibleAndStartWhenTheResourceDid() {
    MetricsInventory inventory = metrics.inventory("pw-cluster");
    passes(Duration.ofHours(30));
    MetricsWindow window = MetricsWindow.ending(MetricRange.DAY, world.clock.instant());

    List<MetricSeries> first = metrics.fetch(inventory.queries(), window);
    List<MetricSeries> second = metrics.fetch(inventory.queries(), window);

    assertThat(first).isEqualTo(second);
    assertThat(first)
        .allSatisfy(s -> assertThat(s.points()).hasSize(MetricRange.DAY.pointsPerSeries()));
    assertThat(first.stream().filter(s -> s.query().kind() == MetricKind.NODE_CPU))
        .allSatisfy(
            s ->
                assertThat(s.points())
                    .allSatisfy(p -> assertThat(p.value()).isBetween(0.0, 100.0)));

    MetricsWindow week = MetricsWindow.ending(MetricRange.WEEK, world.clock.instant());
    assertThat(metrics.fetch(inventory.queries(), week).get(0).points())
        .hasSizeLessThan(MetricRange.WEEK.pointsPerSeries()) // the node is 30 hours old
        .allSatisfy(
            p ->
                assertThat(p.at())
                    .isAfterOrEqualTo(
                        inventory.nodes().get(0).launchedAt().minus(MetricRange.WEEK.period())));
  }

  @Test
  void costExplorerBillsTheUptimeOfWhatRunsAndForecastsTheMonth() {
    passes(Duration.ofDays(2));
    HourlyRates rates = new HourlyRates(CATALOG, PriceBook.bundled(), DefaultSpecs.REGION);
    SandboxCostReports reports = new SandboxCostReports(() -> world.account, metrics, rates, 20);

    CostReport report = reports.read(LocalDate.now(), 30);

    assertThat(report.today())
        .isEqualTo(LocalDate.ofInstant(world.clock.instant(), java.time.ZoneOffset.UTC));
    double hourly =
        0.10 + 0.052 + 0.005 + 4 * 0.012 + 0.005; // EKS, NAT, its IPv4, 4 t3.micro, bastion IPv4
    assertThat(report.monthToDateUsd()).isGreaterThan(40 * hourly).isLessThan(60 * (hourly + 0.01));
    assertThat(report.monthToDateByService())
        .extracting(CostReport.ServiceCost::service)
        .contains(
            "Amazon Elastic Container Service for Kubernetes",
            "EC2 - Other",
            "Amazon Elastic Compute Cloud - Compute");
    assertThat(report.forecastMonthUsd())
        .get()
        .satisfies(f -> assertThat(f).isGreaterThan(report.monthToDateUsd()));
    assertThat(report.days().get(report.days().size() - 1).estimated()).isTrue();
    assertThat(report.days().get(0).totalUsd())
        .isCloseTo(0, within(0.001)); // before the cluster existed
  }

  /** The virtual clock moves only to scheduled work: schedule nothing at the target. */
  private void passes(Duration time) {
    world.clock.schedule(time, () -> {});
    world.clock.runUntilIdle();
  }
}
