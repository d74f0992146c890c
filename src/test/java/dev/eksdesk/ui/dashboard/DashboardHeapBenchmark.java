package dev.eksdesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.CostReport;
import dev.eksdesk.cloud.CostReportCache;
import dev.eksdesk.cloud.MetricPoint;
import dev.eksdesk.cloud.MetricQuery;
import dev.eksdesk.cloud.MetricRange;
import dev.eksdesk.cloud.MetricSeries;
import dev.eksdesk.cloud.MetricsInventory;
import dev.eksdesk.cloud.MetricsSource;
import dev.eksdesk.cloud.MetricsWindow;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.cost.PriceBook;
import dev.eksdesk.kube.EniView;
import dev.eksdesk.kube.NodeIpView;
import dev.eksdesk.ui.fx.Fxml;
import dev.eksdesk.ui.fx.Themes;
import dev.eksdesk.ui.fx.UiExecutors;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboards' heap with 200 nodes over 7 days (docs/PERFORMANCE.md, "Dashboards"): the screen
 * shown with every tab drawn, measured after GC against the same JVM before the screen existed.
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class DashboardHeapBenchmark {
  private static final int NODES = 200;
  private final DashboardFakes fakes = new DashboardFakes();
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Themes.apply(false);
  }

  @Test
  void heapWithTwoHundredNodes(FxRobot robot) {
    long jvm = usedAfterGc();
    DashboardsViewModel[] model = new DashboardsViewModel[1];
    robot.interact(
        () -> {
          model[0] = new DashboardsViewModel(services(), UiExecutors.direct());
          model[0].rangeProperty().set(MetricRange.WEEK);
          Scene scene = new Scene(Fxml.load(new DashboardsView(model[0])), 1360, 900);
          Themes.addAppStylesheet(scene);
          stage.setScene(scene);
          stage.show();
        });
    WaitForAsyncUtils.waitForFxEvents();
    long before = usedAfterGc(); // the empty screen: JavaFX, the theme, the controls
    robot.interact(() -> fakes.clusters.add(new ManyNodes()));
    long start = System.nanoTime();
    robot.interact(model[0]::refresh);
    long refreshMillis = (System.nanoTime() - start) / 1_000_000;
    for (int tab = 0; tab < 3; tab++) {
      int index = tab;
      robot.interact(
          () ->
              robot
                  .lookup("#dashboard-tabs")
                  .queryAs(TabPane.class)
                  .getSelectionModel()
                  .select(index));
      WaitForAsyncUtils.waitForFxEvents();
    }
    long after = usedAfterGc();
    System.out.printf(
        "nodes=%d series=%d heap: JVM=%d MiB, empty screen=%d MiB, with the nodes=%d MiB, the"
            + " nodes' share=%d MiB; refresh on the FX thread=%d ms%n",
        NODES,
        model[0].metrics().nodes().size() * 3,
        jvm >> 20,
        before >> 20,
        after >> 20,
        (after - before) >> 20,
        refreshMillis);
    assertThat(model[0].podIps().nodes()).hasSize(NODES);
  }

  private DashboardServices services() {
    MetricsSource metrics =
        new MetricsSource() {
          @Override
          public MetricsInventory inventory(String clusterName) {
            List<MetricsInventory.Instance> nodes =
                IntStream.range(0, NODES)
                    .mapToObj(
                        i ->
                            new MetricsInventory.Instance(
                                "i-" + i,
                                "i-" + i,
                                "m5.large",
                                "10.0.16." + i,
                                "workers",
                                false,
                                DashboardFakes.CREATED))
                    .toList();
            return new MetricsInventory(
                clusterName,
                DashboardFakes.NOW,
                Optional.of(
                    new MetricsInventory.ControlPlane(clusterName, "1.31", DashboardFakes.CREATED)),
                nodes,
                List.of(
                    new MetricsInventory.NatGateway("nat-1", "subnet-1", DashboardFakes.CREATED)));
          }

          @Override
          public List<MetricSeries> fetch(List<MetricQuery> queries, MetricsWindow window) {
            return queries.stream()
                .map(
                    q -> {
                      List<MetricPoint> points = new ArrayList<>();
                      for (int p = 0; p < window.range().pointsPerSeries(); p++) {
                        points.add(
                            new MetricPoint(
                                window.start().plus(window.range().period().multipliedBy(p)),
                                p % 50));
                      }
                      return new MetricSeries(q, points);
                    })
                .toList();
          }
        };
    return new DashboardServices(
        fakes.clusters,
        metrics,
        new CostReportCache(
            (today, days) ->
                new CostReport(DashboardFakes.NOW, today, List.of(), Optional.empty(), ""),
            () -> DashboardFakes.NOW),
        ClusterFeed.none(),
        InstanceCatalog.bundled(),
        PriceBook.bundled(),
        () -> DashboardFakes.NOW.plus(Duration.ofMinutes(1)));
  }

  private final class ManyNodes extends DashboardFakes.Runtime {
    ManyNodes() {
      fakes.super(dev.eksdesk.domain.spec.DefaultSpecs.firstCluster());
    }

    @Override
    public List<NodeIpView> ipView() {
      return IntStream.range(0, NODES)
          .mapToObj(
              i ->
                  new NodeIpView(
                      "ip-10-0-16-" + i,
                      "m5.large",
                      29,
                      Optional.of("aws-vpc-cni"),
                      27,
                      List.of(
                          new EniView(
                              "eni-" + i,
                              0,
                              "10.0.16." + (i % 250),
                              List.of("10.0.17.1", "10.0.17.2"),
                              List.of("10.0.17.3"),
                              List.of())),
                      List.of(),
                      0,
                      4,
                      List.of()))
          .toList();
    }
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
