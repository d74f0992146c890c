package dev.eksdesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.MetricRange;
import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.ui.fx.UiExecutors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardsViewModelTest {
  private final DashboardFakes fakes = new DashboardFakes();
  private final DashboardsViewModel model =
      new DashboardsViewModel(fakes.services(), UiExecutors.direct());

  @BeforeEach
  void followTheCluster() {
    model.start();
  }

  @Test
  void withoutAClusterItSaysWhereToMakeOne() {
    assertThat(model.hasClusterProperty().get()).isFalse();
    assertThat(model.statusProperty().get()).contains("Setup");
    assertThat(fakes.inventoryReads).hasValue(0);
  }

  @Test
  void aRefreshReadsTheInventoryOnceAndEverySeriesInOneFetch() {
    fakes.clusters.add(fakes.runtime);

    assertThat(model.titleProperty().get()).isEqualTo("pw-cluster · eu-central-1");
    assertThat(fakes.inventoryReads).hasValue(1);
    assertThat(fakes.fetches).hasSize(1);
    assertThat(fakes.fetches.get(0))
        .hasSize(2 * 3 + 2 + 2); // two nodes, the NAT, the control plane
    assertThat(model.statusProperty().get()).contains("10 series in 1 GetMetricData call");
  }

  @Test
  void nodesAreSortedBusiestFirstAndTheBusiestAreCharted() {
    fakes.clusters.add(fakes.runtime);

    assertThat(model.metrics().nodes())
        .extracting(NodeMetricsRow::instanceId)
        .containsExactly("i-0bbb", "i-0aaa");
    assertThat(model.metrics().cpuProperty().get().lines()).hasSize(2);
    model.metrics().chartNodes(java.util.List.of("i-0aaa"));
    assertThat(model.metrics().cpuProperty().get().lines())
        .extracting(ChartLine::name)
        .containsExactly("i-0aaa");
    assertThat(model.metrics().natProperty().get().hasData()).isTrue();
  }

  @Test
  void costExplorerIsReadOnceAcrossRefreshesButAgainOnTheUsersRequest() {
    fakes.clusters.add(fakes.runtime);
    model.refresh();
    model.rangeProperty().set(MetricRange.WEEK);

    assertThat(fakes.fetches).hasSize(3);
    assertThat(fakes.costExplorerReads).hasValue(1);
    assertThat(model.cost().monthToDateProperty().get()).isEqualTo("$2.40");
    assertThat(model.cost().forecastProperty().get()).isEqualTo("$72.00");
    assertThat(model.cost().asOfProperty().get()).contains("as of");
    assertThat(model.cost().byServiceProperty().get())
        .isEqualTo("Amazon Elastic Container Service for Kubernetes $2.40");
  }

  @Test
  void runningCostCoversEveryResourceAndComparesWithTheEstimate() {
    fakes.clusters.add(fakes.runtime);

    // control plane; NAT and its address; three instances, three disks, the bastion's address
    assertThat(model.cost().rows()).hasSize(1 + 2 + 3 + 3 + 1);
    assertThat(model.cost().totalProperty().get()).startsWith("$");
    assertThat(model.cost().comparison()).hasSize(4);
    assertThat(model.cost().perPodProperty().get()).contains("6 pods running");
  }

  @Test
  void podAddressesShowSaturationStuckPodsSubnetsAndAdvice() {
    fakes.clusters.add(fakes.runtime);

    NodeSaturationRow full = model.podIps().nodes().get(0);
    assertThat(full.use().node()).isEqualTo("ip-10-0-16-4");
    assertThat(full.use().mode()).isEqualTo(CniMode.VPC_CNI);
    assertThat(full.level()).isEqualTo("critical");
    assertThat(full.enis()).hasSize(2);
    assertThat(full.stuckPods())
        .containsExactly(
            "default/web-1: FailedCreatePodSandBox: failed to assign an IP address to container");
    assertThat(model.podIps().subnets())
        .extracting(s -> s.name() + " " + s.held())
        .containsExactly("private-a 4", "private-b 2");
    assertThat(model.podIps().advice())
        .extracting(a -> a.title())
        .anyMatch(t -> t.startsWith("Prefix delegation"));
  }

  @Test
  void whereTheCloudCountsFreeAddressesInASubnetThatCountIsShown() {
    fakes.clusters.add(
        fakes.new Runtime(fakes.runtime.spec()) {
          @Override
          public Map<String, Long> availableAddressesBySubnet() {
            // a load balancer and a NAT gateway hold addresses too: 4,091 usable, 4,000 free
            return Map.of("10.0.16.0/20", 4_000L);
          }
        });

    assertThat(model.podIps().subnets())
        .extracting(s -> s.name() + " " + s.held() + " " + s.free())
        .containsExactly("private-a 91 4000", "private-b 2 4089");
  }

  @Test
  void theCsvHoldsEveryPointOfTheLastRefresh(@TempDir Path dir) throws Exception {
    fakes.clusters.add(fakes.runtime);
    Path file = dir.resolve("series.csv");

    model.exportCsv(file);

    var lines = Files.readAllLines(file);
    assertThat(lines.get(0))
        .isEqualTo("time,namespace,metric,dimension,resource,statistic,period_s,value,unit");
    assertThat(lines)
        .hasSize(1 + 10 * 2)
        .anyMatch(
            l -> l.contains(",AWS/EC2,CPUUtilization,InstanceId,i-0bbb,Average,60,80.0,percent"));
  }

  @Test
  void whenTheClusterGoesTheScreenSaysSo() {
    fakes.clusters.add(fakes.runtime);
    fakes.clusters.remove(fakes.runtime.key());

    assertThat(model.hasClusterProperty().get()).isFalse();
  }

  @Test
  void afterCloseTheTimersNoLongerReachTheCloud() {
    fakes.clusters.add(fakes.runtime);
    model.close();
    model.refresh();
    model.readAddresses();

    assertThat(fakes.inventoryReads).hasValue(1);
  }
}
