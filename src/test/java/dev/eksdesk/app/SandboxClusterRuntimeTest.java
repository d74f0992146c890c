package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.sandbox.NodeGroupInstance;
import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.kube.ClusterSnapshot;
import dev.eksdesk.kube.Eventually;
import dev.eksdesk.kube.Fabric8Gateway;
import dev.eksdesk.kube.KubeGateway;
import dev.eksdesk.kube.NodeRow;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox account's node group, seen as Kubernetes nodes through the runtime. */
class SandboxClusterRuntimeTest {
  @TempDir Path home;
  private AppliedSandbox sandbox;
  private SandboxClusterRuntime runtime;
  private KubeGateway gateway;
  private final AtomicReference<ClusterSnapshot> latest = new AtomicReference<>();
  private AutoCloseable watch;

  @BeforeEach
  void start() throws Exception {
    sandbox = AppliedSandbox.defaultSpec(home);
    runtime =
        SandboxClusterRuntime.start(
            home, sandbox.spec(), sandbox::account, AppliedSandbox.CATALOG, Duration.ofMillis(200));
    gateway = Fabric8Gateway.connect(runtime.endpoint());
    watch = gateway.watchCluster(latest::set);
  }

  @AfterEach
  void stop() throws Exception {
    watch.close();
    gateway.close();
    runtime.close();
  }

  @Test
  void everyNodeGroupInstanceIsANodeWithItsTypeZoneAndLaunchTemplateMaxPods() {
    List<NodeGroupInstance> instances = sandbox.account().nodeGroupInstances("pw-cluster");
    assertThat(instances).hasSize(2);

    Eventually.within(
        Duration.ofSeconds(20),
        () ->
            assertThat(latest.get().nodes())
                .extracting(NodeRow::instanceId, NodeRow::instanceType, NodeRow::zone)
                .containsExactlyInAnyOrderElementsOf(
                    instances.stream()
                        .map(
                            i ->
                                org.assertj.core.groups.Tuple.tuple(
                                    i.instanceId(), "t3.micro", i.zone()))
                        .toList()));
    assertThat(latest.get().nodes())
        .allSatisfy(
            n -> {
              assertThat(n.maxPods()).isEqualTo(4); // t3.micro under the VPC CNI
              assertThat(n.internalIp()).startsWith("10.0.");
            });
    Eventually.within(
        Duration.ofSeconds(20),
        () ->
            assertThat(latest.get().nodes())
                .allSatisfy(n -> assertThat(n.cni()).contains(CniMode.VPC_CNI)));
    // the controller reports addresses once a pass finds nothing left to change
    Eventually.within(Duration.ofSeconds(20), () -> assertThat(runtime.ipView()).hasSize(2));
  }

  @Test
  void theReplacerTerminatesTheInstanceAndItsNodeGroupBootsAnotherThatJoins() {
    NodeGroupInstance old = sandbox.account().nodeGroupInstances("pw-cluster").get(0);
    // The mock API server does not replay a delete that falls between an informer's list and its
    // watch, so let the watch settle first.
    Eventually.within(Duration.ofSeconds(20), () -> assertThat(latest.get().nodes()).hasSize(2));

    runtime.nodeReplacer().terminateAndReplace(old.instanceId());

    List<NodeGroupInstance> now = sandbox.account().nodeGroupInstances("pw-cluster");
    assertThat(now).hasSize(2).noneMatch(i -> i.instanceId().equals(old.instanceId()));
    NodeGroupInstance fresh =
        now.stream().filter(i -> i.subnetId().equals(old.subnetId())).reduce((a, b) -> b).get();
    // up to five joins, each bounded by the client's 10 s request timeout when the mock is slow
    Eventually.within(
        Duration.ofSeconds(60),
        () ->
            assertThat(latest.get().nodes())
                .extracting(NodeRow::instanceId)
                .contains(fresh.instanceId())
                .doesNotContain(old.instanceId()));
  }
}
