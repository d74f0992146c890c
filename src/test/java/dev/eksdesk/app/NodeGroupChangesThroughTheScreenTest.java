package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cluster.ClusterRuntime;
import dev.eksdesk.kube.KubeClients;
import dev.eksdesk.kube.NodeRow;
import dev.eksdesk.kube.WebWorkload;
import dev.eksdesk.ui.fx.FxThreadWatchdog;
import dev.eksdesk.ui.wizard.ChangeGroups;
import dev.eksdesk.ui.wizard.InstanceTypeRow;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Scale and Change node type where the nodes are watched, after a restart (no run on the Setup
 * screen): the Pod IPs card's "Change node type…" opens on the type its advice names, and Nodes
 * &amp; Pods' "Scale…" reviews and applies the new size.
 */
@ExtendWith({ApplicationExtension.class, FxThreadWatchdog.class})
class NodeGroupChangesThroughTheScreenTest {
  @TempDir static Path home;
  private Stage stage;
  private Workbench workbench;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    workbench = WorkbenchOnScreen.show(stage, home, 1280, 860);
  }

  @AfterEach
  void close() {
    workbench.close();
  }

  @Test
  void theAdviceCardsTypeIsPreselectedAndScaleFromNodesAndPodsAddsANode(FxRobot robot)
      throws Exception {
    ClusterRuntime cluster = WorkbenchOnScreen.createDefaultClusterWithItsNodes(robot, workbench);
    try (KubernetesClient kube = KubeClients.connect(cluster.endpoint())) {
      WebWorkload.deploy(kube, 20); // more than two t3.micro hold: the cards advise a fit
    }
    workbench.close(); // as @AfterEach does, off the FX thread: it waits for the Sandbox to save
    robot.interact(
        () -> {
          workbench = WorkbenchOnScreen.show(stage, home, 1280, 860);
          workbench.runs().speedProperty().set(1000);
        });
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> workbench.clustersScreen().chosenProperty().get() != null);
    assertThat(workbench.runs().clusterProperty().get()).as("no run on the Setup screen").isNull();

    WorkbenchOnScreen.openPodIpsUntilItOffers(robot, workbench, "largerTypeButton");
    String advised = advisedType(robot);
    assertThat(advised).as("a type other than the nodes' own").isNotEqualTo("t3.micro");
    robot.clickOn("#largerTypeButton");
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> robot.lookup("#retype-table").tryQuery().isPresent());
    TableView<InstanceTypeRow> types = robot.lookup("#retype-table").queryAs(TableView.class);
    assertThat(types.getSelectionModel().getSelectedItem().name()).isEqualTo(advised);
    robot.clickOn("Cancel");

    robot.clickOn("#nav-nodes_pods");
    WaitForAsyncUtils.waitFor(
        60, TimeUnit.SECONDS, () -> nodes().size() == 2 && nodeButtonsEnabled(robot));
    robot.clickOn("#nodes-scale");
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> robot.lookup("#scale-desired").tryQuery().isPresent());
    Spinner<Integer> desired = robot.lookup("#scale-desired").queryAs(Spinner.class);
    robot.interact(() -> desired.getValueFactory().setValue(3));
    robot.clickOn("#day-two-review");
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> workbench.wizard().changeReview().applicableProperty().get());
    assertThat(
            WorkbenchOnScreen.onFx(() -> List.copyOf(workbench.wizard().changeReview().groups())))
        .flatExtracting(ChangeGroups.Group::lines)
        .extracting(ChangeGroups.Line::text)
        .containsExactly("~ eks:nodegroup: desiredSize 2 -> 3");

    robot.clickOn("#wizard-create");
    WaitForAsyncUtils.waitFor(
        120,
        TimeUnit.SECONDS,
        () ->
            workbench.runs().titleProperty().get().startsWith("Chang")
                && !workbench.runs().runningProperty().get());
    assertThat(workbench.runs().failedProperty().get())
        .as(workbench.runs().outcomeProperty().get())
        .isFalse();
    robot.clickOn("#nav-nodes_pods");
    WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> nodes().size() == 3);
  }

  /** "Smallest fit: 2 × t3.large" names the type its button is to start from. */
  private String advisedType(FxRobot robot) throws Exception {
    return WorkbenchOnScreen.onFx(
        () ->
            robot.lookup(".advice-title").queryAll().stream()
                .map(node -> ((javafx.scene.control.Label) node).getText())
                .filter(title -> title.startsWith("Smallest fit: "))
                .map(title -> title.substring(title.lastIndexOf(' ') + 1))
                .findFirst()
                .orElseThrow());
  }

  private boolean nodeButtonsEnabled(FxRobot robot) {
    return !robot.lookup("#nodes-scale").query().isDisabled()
        && !robot.lookup("#nodes-retype").query().isDisabled();
  }

  private List<NodeRow> nodes() throws Exception {
    return WorkbenchOnScreen.onFx(() -> List.copyOf(workbench.nodesPods().nodes()));
  }
}
