package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.topology.Details;
import dev.eksdesk.topology.ElementKind;
import dev.eksdesk.topology.LiveTopology;
import dev.eksdesk.topology.Topology;
import dev.eksdesk.topology.TopologyFixtures;
import dev.eksdesk.ui.fx.FxThreadWatchdog;
import dev.eksdesk.ui.fx.Fxml;
import dev.eksdesk.ui.fx.Themes;
import dev.eksdesk.ui.fx.UiExecutors;
import dev.eksdesk.ui.topology.ClusterFinder;
import dev.eksdesk.ui.topology.OpenClusterViewModel;
import dev.eksdesk.ui.topology.TopologyDiagram;
import dev.eksdesk.ui.topology.TopologyView;
import dev.eksdesk.ui.topology.TopologyViewModel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Open cluster… on the Topology screen, headless: the Sandbox holds the cluster the engine built,
 * the person picks it from the list, its network is drawn from the account, and the way back leads
 * to the live diagram of the planned cluster.
 */
@ExtendWith({ApplicationExtension.class, FxThreadWatchdog.class})
class OpenClusterThroughTheScreenTest {
  @TempDir static Path home;
  private static AppliedSandbox sandbox;

  private final ExecutorService background = Executors.newSingleThreadExecutor();
  private final LiveTopology live = new LiveTopology(TopologyFixtures.defaultPlan());
  private TopologyDiagram diagram;

  @BeforeAll
  static void buildTheDefaultCluster() throws Exception {
    sandbox = AppliedSandbox.defaultSpec(home);
  }

  @Start
  void start(Stage stage) {
    UiExecutors executors = new UiExecutors(background, Platform::runLater);
    TopologyViewModel topology = new TopologyViewModel(live, executors);
    ClusterFinder finder =
        () -> new SandboxClusterLookup(() -> Optional.of(sandbox.account()), DefaultSpecs.REGION);
    TopologyView view =
        new TopologyView(topology, new OpenClusterViewModel(finder, topology, executors));
    Themes.apply(false);
    Scene scene = new Scene(Fxml.load(view), 1280, 800);
    Themes.addAppStylesheet(scene);
    stage.setScene(scene);
    stage.show();
    topology.activate();
  }

  @AfterEach
  void stop() {
    background.shutdownNow();
  }

  @Test
  void picksTheSandboxClusterDrawsItAndGoesBackToTheLiveOne(FxRobot robot) throws TimeoutException {
    diagram = robot.lookup("#topology-diagram").queryAs(TopologyDiagram.class);
    robot.clickOn("#topology-open-cluster");
    ListView<?> list = robot.lookup("#open-cluster-list").queryListView();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
    assertThat(robot.lookup("#open-cluster-where").queryLabeled().getText())
        .isEqualTo("In the Sandbox, eu-central-1");

    robot.clickOn(robot.lookup("#open-cluster-list .cluster-name").queryLabeled());
    robot.clickOn("#open-cluster-draw");
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> robot.lookup("#topology-opened-banner").query().isVisible());
    WaitForAsyncUtils.waitForFxEvents();

    Topology drawn = diagram.getTopology();
    assertThat(drawn.cluster()).isEqualTo(sandbox.spec().name());
    assertThat(drawn.ofKind(ElementKind.PRIVATE_SUBNET))
        .hasSize(2)
        .allSatisfy(s -> assertThat(s.details().get(Details.ID)).startsWith("subnet-"));
    assertThat(drawn.ofKind(ElementKind.NODE)).hasSize(2);
    assertThat(robot.lookup(".topology-element.kind-node-group").tryQuery()).isPresent();
    assertThat(robot.lookup(".topology-element.kind-node").queryAll()).hasSize(2);
    assertThat(robot.lookup("#open-cluster-panel").query().isVisible()).isFalse();
    assertThat(robot.lookup("#topology-opened").queryLabeled().getText())
        .startsWith("Showing " + sandbox.spec().name() + " from the Sandbox, eu-central-1");

    double fitted = diagram.getScale();
    robot.clickOn("#topology-zoom-in");
    assertThat(diagram.getScale()).isGreaterThan(fitted);
    robot.clickOn("#topology-fit");
    assertThat(diagram.getScale()).isEqualTo(fitted);

    robot.clickOn("#topology-back-to-live");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(diagram.getTopology()).isSameAs(live.current());
    assertThat(robot.lookup("#topology-opened-banner").query().isVisible()).isFalse();
  }
}
