package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cluster.ClusterRuntime;
import dev.eksdesk.kube.KubeClients;
import dev.eksdesk.kube.WebWorkload;
import dev.eksdesk.ui.fx.FxThreadWatchdog;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
 * The 20-replica story by prefix delegation in the app: the default cluster (two t3.micro) leaves
 * most of 20 web replicas pending; the Pod IPs card's "Enable prefix delegation…" shows the check
 * and the plan, Apply rolls the nodes, and every replica runs.
 */
@ExtendWith({ApplicationExtension.class, FxThreadWatchdog.class})
class PrefixDelegationThroughTheScreenTest {
  private static final int REPLICAS = 20;

  @TempDir static Path home;
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
  void pendingReplicasRunAfterPrefixDelegationFromTheAdviceCard(FxRobot robot) throws Exception {
    ClusterRuntime before = WorkbenchOnScreen.createDefaultClusterWithItsNodes(robot, workbench);
    try (KubernetesClient kube = KubeClients.connect(before.endpoint())) {
      WebWorkload.deploy(kube, REPLICAS);
      WaitForAsyncUtils.waitFor(
          60, TimeUnit.SECONDS, () -> pending(kube) > REPLICAS / 2 && running(kube) < REPLICAS);
    }

    WorkbenchOnScreen.openPodIpsUntilItOffers(robot, workbench, "prefixDelegationButton");
    robot.clickOn("#prefixDelegationButton");
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () -> !robot.lookup("#applyPrefixDelegationButton").queryAs(Button.class).isDisabled());
    assertThat(robot.lookup("#prefixDelegationStatus").queryAs(Label.class).getText())
        .startsWith("Nothing has changed yet");
    assertThat(
            WorkbenchOnScreen.onFx(
                () -> List.copyOf(workbench.podIpRemedies().prefixDelegation().lines())))
        .contains("t3.micro nodes: max pods 4 -> 34 (new nodes replace the old ones)")
        .anySatisfy(line -> assertThat(line).contains("~ eks:addon:vpc-cni"));

    robot.interact(() -> workbench.runs().speedProperty().set(1000));
    robot.clickOn("#applyPrefixDelegationButton");
    waitForTheChange();
    assertThat(workbench.runs().failedProperty().get())
        .as(workbench.runs().outcomeProperty().get())
        .isFalse();

    WaitForAsyncUtils.waitFor(
        120,
        TimeUnit.SECONDS,
        () -> workbench.clusters().current().map(this::allRunOn34PodNodes).orElse(false));
  }

  /** Waits for the run to end; on a timeout, says where every pod of the cluster stands. */
  private void waitForTheChange() throws Exception {
    try {
      WaitForAsyncUtils.waitFor(
          180,
          TimeUnit.SECONDS,
          () ->
              // "Changing …" while it runs, "Changed …" (or "Changing … failed") after
              workbench.runs().titleProperty().get().startsWith("Chang")
                  && !workbench.runs().runningProperty().get());
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("the change did not end within 180 s; pods: " + pods(), e);
    }
  }

  private String pods() {
    return workbench
        .clusters()
        .current()
        .map(
            cluster -> {
              try (KubernetesClient kube = KubeClients.connect(cluster.endpoint())) {
                return kube.pods().inAnyNamespace().list().getItems().stream()
                    .map(
                        p ->
                            p.getMetadata().getName()
                                + " "
                                + p.getStatus().getPhase()
                                + " on "
                                + p.getSpec().getNodeName()
                                + " ip "
                                + p.getStatus().getPodIP())
                    .toList()
                    .toString();
              }
            })
        .orElse("no cluster");
  }

  /** False too while the runtime is being replaced by the one of the changed cluster. */
  private boolean allRunOn34PodNodes(ClusterRuntime cluster) {
    try (KubernetesClient kube = KubeClients.connect(cluster.endpoint())) {
      List<dev.eksdesk.kube.NodeIpView> nodes = cluster.ipView();
      return running(kube) == REPLICAS
          && nodes.size() == 2
          && nodes.stream().allMatch(v -> v.maxPods() == 34);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static long running(KubernetesClient kube) {
    return web(kube).stream().filter(p -> "Running".equals(p.getStatus().getPhase())).count();
  }

  private static long pending(KubernetesClient kube) {
    return web(kube).stream().filter(p -> !"Running".equals(p.getStatus().getPhase())).count();
  }

  private static List<Pod> web(KubernetesClient kube) {
    return kube.pods().inNamespace("default").withLabel("app", "web").list().getItems();
  }
}
