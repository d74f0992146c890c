package dev.eksdesk.kube.recycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.kube.Eventually;
import dev.eksdesk.kube.Nodes;
import dev.eksdesk.kube.Pods;
import dev.eksdesk.kube.SandboxWithWeb;
import dev.eksdesk.kube.WebWorkload;
import io.fabric8.kubernetes.api.model.IntOrString;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cordon, uncordon and drain by hand on the sandbox, budgets respected. */
class NodeMaintenanceTest {
  private SandboxWithWeb sandbox;
  private NodeMaintenance maintenance;

  @BeforeEach
  void start() {
    sandbox = new SandboxWithWeb(2);
    maintenance = Fabric8NodeMaintenance.on(sandbox.kube.endpoint());
  }

  @AfterEach
  void stop() {
    maintenance.close();
    sandbox.close();
  }

  @Test
  void cordonAndUncordonFlipTheNodesSchedulability() {
    String node = firstNode();

    maintenance.cordon(node);
    assertThat(Nodes.isCordoned(sandbox.client.nodes().withName(node).get())).isTrue();
    maintenance.uncordon(node);
    assertThat(Nodes.isCordoned(sandbox.client.nodes().withName(node).get())).isFalse();
  }

  @Test
  void aDrainMovesThePodsOffTheNodeAndLeavesDaemonSetPods() throws Exception {
    String node = firstNode();
    WebWorkload.budget(sandbox.client, new IntOrString(1));
    List<String> progress = new CopyOnWriteArrayList<>();

    NodeMaintenance.DrainOutcome outcome =
        maintenance.drain(node, Duration.ofSeconds(30), progress::add);

    assertThat(outcome.remaining()).isEmpty();
    assertThat(progress).hasSize(outcome.evicted()).allMatch(p -> p.startsWith("Evicted "));
    assertThat(Nodes.isCordoned(sandbox.client.nodes().withName(node).get())).isTrue();
    Eventually.within(
        Duration.ofSeconds(15),
        () ->
            assertThat(sandbox.client.pods().inAnyNamespace().list().getItems())
                .filteredOn(p -> node.equals(Pods.nodeName(p)))
                .allMatch(p -> Pods.daemonSet(p).isPresent()));
    Eventually.within(
        Duration.ofSeconds(15),
        () -> assertThat(sandbox.pods("app", "web")).hasSize(2).allMatch(Pods::isReady));
  }

  private String firstNode() {
    return sandbox.pods("app", "web").stream()
        .map(Pods::nodeName)
        .filter(Objects::nonNull)
        .findFirst()
        .orElseThrow();
  }
}
