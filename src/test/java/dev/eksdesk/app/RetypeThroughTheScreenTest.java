package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cluster.ClusterRuntime;
import dev.eksdesk.kube.KubeClients;
import dev.eksdesk.kube.Nodes;
import dev.eksdesk.kube.WebWorkload;
import dev.eksdesk.kube.WellKnown;
import dev.eksdesk.ui.fx.FxThreadWatchdog;
import dev.eksdesk.ui.wizard.InstanceTypeRow;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
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
 * The 20-replica story by a larger node type in the app: the default cluster (two t3.micro) leaves
 * most of 20 web replicas pending; the Pod IPs "Smallest fit" card's "Change node type…" opens the
 * node-type table with its cost and room for pods, and t3.medium, applied from the Review page,
 * replaces the node group create before destroy, the old nodes' pods are evicted within their
 * disruption budget onto the new ones, and every replica runs there. (Two t3.small hold 18 pods
 * besides their DaemonSet pods, CoreDNS included: too few for 20 replicas.)
 */
@ExtendWith({ApplicationExtension.class, FxThreadWatchdog.class})
class RetypeThroughTheScreenTest {
  private static final int REPLICAS = 20;

  @TempDir Path home;
  private Workbench workbench;

  @Start
  void start(Stage stage) {
    workbench = WorkbenchOnScreen.show(stage, home, 1280, 860);
  }

  @AfterEach
  void close() {
    workbench.close();
  }

  @Test
  void pendingReplicasRunOnTheNewGroupAfterChangingTheNodeType(FxRobot robot) throws Exception {
    ClusterRuntime cluster = WorkbenchOnScreen.createDefaultClusterWithItsNodes(robot, workbench);
    try (KubernetesClient kube = KubeClients.connect(cluster.endpoint())) {
      WebWorkload.deploy(kube, REPLICAS);
      WebWorkload.budget(kube, new IntOrString(2));
      WaitForAsyncUtils.waitFor(
          60, TimeUnit.SECONDS, () -> running(kube).size() > 0 && pending(kube) > REPLICAS / 2);
    }

    WorkbenchOnScreen.openPodIpsUntilItOffers(robot, workbench, "largerTypeButton");
    robot.clickOn("#largerTypeButton");
    TableView<InstanceTypeRow> table = robot.lookup("#retype-table").queryAs(TableView.class);
    robot.interact(
        () ->
            table.getItems().stream()
                .filter(r -> r.name().equals("t3.medium"))
                .findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r)));
    assertThat(robot.lookup("#retype-preview").queryAs(Label.class).getText())
        .startsWith("Cost: +$");
    robot.clickOn("#day-two-review");
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> workbench.wizard().changeReview().applicableProperty().get());
    assertThat(workbench.wizard().changeReview().groups())
        .flatExtracting(g -> g.lines())
        .anySatisfy(line -> assertThat(line.text()).contains("t3.micro -> t3.medium"));
    robot.interact(() -> workbench.runs().speedProperty().set(1000));
    robot.clickOn("#wizard-create");
    AtomicBoolean oldNodesCordonedWhileNewOnesTookPods = new AtomicBoolean();
    WaitForAsyncUtils.waitFor(
        180,
        TimeUnit.SECONDS,
        () -> {
          if (workbench.clusters().current().map(this::movingOver).orElse(false)) {
            oldNodesCordonedWhileNewOnesTookPods.set(true);
          }
          return workbench.runs().titleProperty().get().startsWith("Chang")
              && !workbench.runs().runningProperty().get();
        });
    assertThat(workbench.runs().failedProperty().get())
        .as(workbench.runs().outcomeProperty().get())
        .isFalse();
    assertThat(oldNodesCordonedWhileNewOnesTookPods).isTrue();

    WaitForAsyncUtils.waitFor(
        120,
        TimeUnit.SECONDS,
        () -> workbench.clusters().current().map(this::allRunOnTheNewGroup).orElse(false));
  }

  /**
   * The old group's nodes cordoned and web pods running on the new group's, both in the cluster.
   */
  private boolean movingOver(ClusterRuntime cluster) {
    try (KubernetesClient kube = KubeClients.connect(cluster.endpoint())) {
      List<Node> nodes = kube.nodes().list().getItems();
      Set<String> newNodes = namesIn(nodes, "workers-1");
      return nodes.stream()
              .anyMatch(
                  n ->
                      "workers".equals(Nodes.label(n, WellKnown.LABEL_NODEGROUP))
                          && Nodes.isCordoned(n))
          && running(kube).stream().anyMatch(p -> newNodes.contains(p.getSpec().getNodeName()));
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static Set<String> namesIn(List<Node> nodes, String group) {
    return nodes.stream()
        .filter(n -> group.equals(Nodes.label(n, WellKnown.LABEL_NODEGROUP)))
        .map(n -> n.getMetadata().getName())
        .collect(Collectors.toSet());
  }

  /** False too while the runtime is being replaced by the one of the changed cluster. */
  private boolean allRunOnTheNewGroup(ClusterRuntime cluster) {
    try (KubernetesClient kube = KubeClients.connect(cluster.endpoint())) {
      Set<String> newNodes = namesIn(kube.nodes().list().getItems(), "workers-1");
      List<Pod> running = running(kube);
      return running.size() == REPLICAS
          && kube.nodes().list().getItems().size() == 2
          && running.stream().allMatch(p -> newNodes.contains(p.getSpec().getNodeName()));
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static List<Pod> running(KubernetesClient kube) {
    return web(kube).stream().filter(p -> "Running".equals(p.getStatus().getPhase())).toList();
  }

  private static long pending(KubernetesClient kube) {
    return web(kube).stream().filter(p -> !"Running".equals(p.getStatus().getPhase())).count();
  }

  private static List<Pod> web(KubernetesClient kube) {
    return kube.pods().inNamespace("default").withLabel("app", "web").list().getItems();
  }
}
