package dev.eksdesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.ui.fx.FxThreadWatchdog;
import dev.eksdesk.ui.fx.Fxml;
import dev.eksdesk.ui.fx.Themes;
import dev.eksdesk.ui.fx.UiExecutors;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Smoke test of the three panels on the fake cluster. */
@ExtendWith({ApplicationExtension.class, FxThreadWatchdog.class})
class DashboardsViewTest {
  private final DashboardFakes fakes = new DashboardFakes();
  private DashboardsViewModel model;

  @Start
  void start(Stage stage) {
    Themes.apply(false);
    model = new DashboardsViewModel(fakes.services(), UiExecutors.direct());
    Scene scene = new Scene(Fxml.load(new DashboardsView(model)), 1300, 850);
    Themes.addAppStylesheet(scene);
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void showsTheEmptyStateThenTheClustersPanels(FxRobot robot) {
    assertThat(robot.lookup("#dashboards-empty").query().isVisible()).isTrue();

    robot.interact(() -> fakes.clusters.add(fakes.runtime));

    assertThat(robot.lookup("#dashboard-tabs").query().isVisible()).isTrue();
    assertThat(robot.lookup("#metric-nodes").queryAs(TableView.class).getItems()).hasSize(2);
    LineChart<?, ?> cpu = robot.lookup("#chart-cpu").queryAs(LineChart.class);
    assertThat(cpu.getData()).hasSize(2);
    var point = cpu.getData().get(0).getData().get(0).getNode();
    assertThat(point.getOnMouseEntered()).isNotNull();
    assertThat(TimeCharts.hoverText(point)).startsWith("i-0bbb\n").endsWith("10.00 %");

    select(robot, "tab-pod-ips");
    assertThat(robot.lookup("#pod-ip-nodes").queryAs(TableView.class).getItems()).hasSize(2);
    assertThat(robot.lookup("#pod-ip-subnets").queryAs(TableView.class).getItems()).hasSize(2);
    assertThat(robot.lookup("Prefix delegation: 4 → 34 pods per t3.micro").tryQuery()).isPresent();

    select(robot, "tab-cost");
    assertThat(robot.lookup("#cost-total").queryAs(Label.class).getText()).startsWith("$");
    assertThat(robot.lookup("#cost-month-to-date").queryAs(Label.class).getText())
        .isEqualTo("$2.40");
    assertThat(robot.lookup("#cost-resources").queryAs(TableView.class).getItems()).hasSize(10);
  }

  @Test
  void theRangeButtonsRefreshWithTheChosenRange(FxRobot robot) {
    robot.interact(() -> fakes.clusters.add(fakes.runtime));
    robot.clickOn("#range-week");

    assertThat(model.rangeProperty().get()).isEqualTo(dev.eksdesk.cloud.MetricRange.WEEK);
    assertThat(fakes.fetches).hasSize(2);
    assertThat(fakes.costExplorerReads).hasValue(1);
  }

  private static void select(FxRobot robot, String tabId) {
    robot.interact(
        () -> {
          TabPane tabs = robot.lookup("#dashboard-tabs").queryAs(TabPane.class);
          tabs.getTabs().stream()
              .filter(t -> tabId.equals(t.getId()))
              .findFirst()
              .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
  }
}
