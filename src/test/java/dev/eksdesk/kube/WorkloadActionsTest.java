package dev.eksdesk.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Pod;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Delete, restart and scale acting on the sandbox's cluster, as its controllers answer them. */
class WorkloadActionsTest {
  private SandboxWithWeb sandbox;
  private KubeGateway gateway;
  private WorkloadActions actions;

  @BeforeEach
  void start() {
    sandbox = new SandboxWithWeb(2);
    gateway = Fabric8Gateway.connect(sandbox.kube.endpoint());
    actions = gateway.actions();
  }

  @AfterEach
  void stop() {
    gateway.close();
    sandbox.close();
  }

  @Test
  void aDeletedPodIsReplacedByItsDeployment() {
    List<String> before = sandbox.names(sandbox.pods("app", "web"));

    actions.deletePod("default", before.get(0));

    Eventually.within(
        Duration.ofSeconds(10),
        () ->
            assertThat(sandbox.names(sandbox.pods("app", "web")))
                .hasSize(2)
                .doesNotContain(before.get(0))
                .contains(before.get(1)));
  }

  @Test
  void aPodsControllerIsItsDeploymentOrDaemonSet() {
    Pod web = sandbox.pods("app", "web").get(0);
    Pod proxy = sandbox.pods("k8s-app", "kube-proxy").get(0);

    assertThat(actions.controllerOf("default", web.getMetadata().getName()))
        .contains(new WorkloadRef(WorkloadRef.Kind.DEPLOYMENT, "default", "web"));
    assertThat(actions.controllerOf("kube-system", proxy.getMetadata().getName()))
        .contains(new WorkloadRef(WorkloadRef.Kind.DAEMON_SET, "kube-system", "kube-proxy"));
    assertThat(actions.controllerOf("default", "no-such-pod")).isEmpty();
  }

  @Test
  void aRestartReplacesEveryPodOfADeploymentAndStampsItsTemplate() {
    List<String> before = sandbox.names(sandbox.pods("app", "web"));
    WorkloadRef web = new WorkloadRef(WorkloadRef.Kind.DEPLOYMENT, "default", "web");

    actions.restart(web, Instant.parse("2026-12-04T20:00:00Z"));

    Eventually.within(
        Duration.ofSeconds(10),
        () ->
            assertThat(sandbox.pods("app", "web"))
                .hasSize(2)
                .allMatch(Pods::isReady)
                .noneMatch(p -> before.contains(p.getMetadata().getName())));
    assertThat(
            sandbox
                .client
                .apps()
                .deployments()
                .inNamespace("default")
                .withName("web")
                .get()
                .getSpec()
                .getTemplate()
                .getMetadata()
                .getAnnotations())
        .containsEntry(WorkloadActions.RESTARTED_AT, "2026-12-04T20:00:00Z");
  }

  @Test
  void aRestartReplacesEveryPodOfADaemonSet() {
    List<String> before = sandbox.names(sandbox.pods("k8s-app", "kube-proxy"));

    actions.restart(
        new WorkloadRef(WorkloadRef.Kind.DAEMON_SET, "kube-system", "kube-proxy"), Instant.now());

    Eventually.within(
        Duration.ofSeconds(10),
        () ->
            assertThat(sandbox.pods("k8s-app", "kube-proxy"))
                .hasSize(2)
                .allMatch(Pods::isReady)
                .noneMatch(p -> before.contains(p.getMetadata().getName())));
  }

  @Test
  void scalingADeploymentChangesItsPods() {
    WorkloadRef web = new WorkloadRef(WorkloadRef.Kind.DEPLOYMENT, "default", "web");

    actions.scale(web, 3);

    assertThat(actions.replicas(web)).isEqualTo(3);
    Eventually.within(
        Duration.ofSeconds(10),
        () -> assertThat(sandbox.pods("app", "web")).hasSize(3).allMatch(Pods::isReady));
    actions.scale(web, 1);
    Eventually.within(
        Duration.ofSeconds(10), () -> assertThat(sandbox.pods("app", "web")).hasSize(1));
  }

  @Test
  void aDaemonSetDoesNotScale() {
    assertThatThrownBy(
            () ->
                actions.scale(
                    new WorkloadRef(WorkloadRef.Kind.DAEMON_SET, "kube-system", "kube-proxy"), 3))
        .hasMessage("A DaemonSet runs one pod per node; it does not scale.");
  }
}
