package dev.eksdesk.ui.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cluster.ClusterRuntimes;
import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.kube.NodeRow;
import dev.eksdesk.kube.PodRow;
import dev.eksdesk.kube.TestTypes;
import dev.eksdesk.kube.sandbox.SandboxKube;
import dev.eksdesk.kube.sandbox.SubnetAddressPool;
import dev.eksdesk.ui.fx.FxThreadWatchdog;
import dev.eksdesk.ui.fx.Fxml;
import dev.eksdesk.ui.fx.Themes;
import dev.eksdesk.ui.fx.UiExecutors;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The screen on a live sandbox cluster: tables fill from the watch, filter, swap preflight. */
@ExtendWith({ApplicationExtension.class, FxThreadWatchdog.class})
class NodesPodsViewTest {
  private final ExecutorService background = Executors.newFixedThreadPool(2);
  private SandboxKube kube;
  private NodesPodsViewModel model;

  @Start
  void start(Stage stage) {
    Themes.apply(false);
    kube = SandboxKube.start("eu-central-1");
    SubnetAddressPool subnet = SubnetAddressPool.of("10.0.32.0/20");
    kube.registerNode("workers", TestTypes.T3_MICRO, "eu-central-1a", subnet, CniMode.VPC_CNI, 4);
    kube.registerNode("workers", TestTypes.T3_MICRO, "eu-central-1b", subnet, CniMode.VPC_CNI, 4);
    ClusterRuntimes runtimes = new ClusterRuntimes();
    runtimes.add(new SandboxKubeRuntime(kube));
    UiExecutors executors = new UiExecutors(background, Platform::runLater);
    model = new NodesPodsViewModel(runtimes, executors, Clock.systemUTC());
    Scene scene =
        new Scene(
            Fxml.load(
                new NodesPodsView(
                    model, new CniSwapViewModel(executors), new RecycleViewModel(executors))),
            1360,
            860);
    Themes.addAppStylesheet(scene);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void stop() {
    model.close();
    background.shutdownNow();
    kube.close();
  }

  @Test
  void tablesFillFromTheWatchAndTheFilterNarrowsThem(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () ->
            onFx(
                () ->
                    table(robot, "#node-table").getItems().size() == 2
                        && table(robot, "#pod-table").getItems().size() == 7));
    assertThat(onFx(() -> robot.lookup("#nodes-title").queryAs(Label.class).getText()))
        .isEqualTo("Nodes & Pods — pw-cluster");
    assertThat(onFx(() -> robot.lookup("#nodes-empty").queryAs(VBox.class).isVisible())).isFalse();

    robot.clickOn("#pod-filter").write("coredns");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(onFx(() -> List.copyOf(table(robot, "#pod-table").getItems())))
        .hasSize(2)
        .allSatisfy(p -> assertThat(((PodRow) p).name()).startsWith("coredns"));

    robot.clickOn("#swap-open");
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () -> onFx(() -> !robot.lookup("#swap-run").queryAs(Button.class).isDisabled()));
    assertThat(
            onFx(
                () ->
                    List.copyOf(robot.lookup("#swap-preflight").queryAs(VBox.class).getChildren())))
        .anySatisfy(
            line -> assertThat(((Label) line).getText()).contains("outside the VPC 10.0.0.0/16"));
    assertThat(onFx(() -> List.copyOf(table(robot, "#node-table").getItems())))
        .allSatisfy(n -> assertThat(((NodeRow) n).cni()).contains(CniMode.VPC_CNI));
  }

  private static TableView<?> table(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(TableView.class);
  }

  /**
   * Reads the scene on the FX thread: the watch keeps changing the tables, and a lookup from the
   * test thread can walk a child list while it changes.
   */
  private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
    return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
  }
}
