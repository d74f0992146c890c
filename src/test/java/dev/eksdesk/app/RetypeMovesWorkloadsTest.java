package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cli.CliRun;
import dev.eksdesk.cli.kube.ClusterOpener;
import dev.eksdesk.cli.kube.KubeCommandContext;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.SpecYaml;
import dev.eksdesk.domain.spec.SshKeyMode;
import dev.eksdesk.domain.spec.SshKeySpec;
import dev.eksdesk.kube.Eventually;
import dev.eksdesk.kube.KubeClients;
import dev.eksdesk.kube.Nodes;
import dev.eksdesk.kube.WebWorkload;
import dev.eksdesk.kube.WellKnown;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node group replaced create before destroy moves its workloads: once the new group is ACTIVE its
 * nodes join, the old nodes are cordoned and their pods evicted within their disruption budget, and
 * only then is the old group deleted. The 20-replica deployment pending on two t3.micro nodes all
 * runs on the new group's nodes after {@code nodes retype demo --to t3.medium}; while the pods
 * move, the Ready nodes never number fewer than the group's minSize.
 *
 * <p>t3.medium, not t3.small: under the VPC CNI a t3.small holds 11 pods, two of them DaemonSet
 * pods, so two hold 18 and CoreDNS takes two of those: 20 replicas cannot all run on them.
 */
class RetypeMovesWorkloadsTest {
  private static final Duration SETTLE = Duration.ofSeconds(60);
  private static final int REPLICAS = 20;
  private static final InstanceCatalog CATALOG = InstanceCatalog.bundled();

  @TempDir Path home;

  /** Ready node counts seen while a command had the cluster's Kubernetes open. */
  private final ConcurrentLinkedQueue<Long> readyCounts = new ConcurrentLinkedQueue<>();

  @Test
  void twentyReplicasPendingOnT3MicroAllRunOnTheNewGroupAfterRetype() throws Exception {
    CliRun applied = cli("apply", spec().toString(), "--sandbox", "--speed", "1000");
    assertThat(applied.code()).as(applied.out() + applied.err()).isZero();
    onCluster(
        kube -> {
          WebWorkload.deploy(kube, REPLICAS);
          WebWorkload.budget(kube, new IntOrString(2));
          Eventually.within(
              SETTLE,
              () ->
                  assertThat(running(kube))
                      .as("t3.micro under the VPC CNI: 2 pod addresses per node")
                      .hasSizeBetween(1, REPLICAS - 1));
        });
    readyCounts.clear();

    CliRun retyped =
        cli(
            "nodes",
            "retype",
            "demo",
            "--to",
            "t3.medium",
            "--sandbox",
            "--speed",
            "1000",
            "--yes");

    assertThat(retyped.code()).as(retyped.out() + retyped.err()).isZero();
    assertThat(retyped.out()).contains("2 replaced");
    assertThat(readyCounts).as("the mover opened the cluster").isNotEmpty();
    assertThat(readyCounts.stream().mapToLong(Long::longValue).min().orElseThrow())
        .as("Ready, schedulable nodes while the pods moved: the group's size, above its minSize 1")
        .isGreaterThanOrEqualTo(2);
    onCluster(
        kube ->
            Eventually.within(
                SETTLE,
                () -> {
                  List<Pod> running = running(kube);
                  assertThat(running).hasSize(REPLICAS);
                  Map<String, Node> nodes =
                      kube.nodes().list().getItems().stream()
                          .collect(Collectors.toMap(n -> n.getMetadata().getName(), n -> n));
                  assertThat(nodes.values())
                      .hasSize(2)
                      .allSatisfy(
                          n ->
                              assertThat(Nodes.label(n, WellKnown.LABEL_NODEGROUP))
                                  .isEqualTo("workers-1"));
                  assertThat(running)
                      .allSatisfy(p -> assertThat(nodes).containsKey(p.getSpec().getNodeName()));
                }));
  }

  private interface ClusterCheck {
    void on(KubernetesClient kube) throws Exception;
  }

  private void onCluster(ClusterCheck check) throws Exception {
    try (ClusterOpener.OpenCluster open =
            new SandboxClusterOpener(home, CATALOG).open("demo").orElseThrow();
        KubernetesClient kube = KubeClients.connect(open.runtime().endpoint())) {
      check.on(kube);
    }
  }

  /** The Sandbox opener, counting Ready nodes every 20 ms for as long as a cluster is open. */
  private ClusterOpener sampling() {
    ClusterOpener sandbox = new SandboxClusterOpener(home, CATALOG);
    return name ->
        sandbox
            .open(name)
            .map(
                open -> {
                  KubernetesClient kube = KubeClients.connect(open.runtime().endpoint());
                  Thread sampler = new Thread(() -> sample(kube), "ready-node-sampler");
                  sampler.setDaemon(true);
                  sampler.start();
                  return new ClusterOpener.OpenCluster(
                      open.runtime(),
                      () -> {
                        sampler.interrupt();
                        sampler.join();
                        kube.close();
                        open.close();
                      });
                });
  }

  private void sample(KubernetesClient kube) {
    while (!Thread.currentThread().isInterrupted()) {
      List<io.fabric8.kubernetes.api.model.Node> nodes;
      try {
        nodes = kube.nodes().list().getItems();
      } catch (io.fabric8.kubernetes.client.KubernetesClientException e) {
        // interrupted mid-list when the cluster closes: uncaught, TestFX would rethrow it in
        // whichever UI test runs next
        return;
      }
      readyCounts.add(
          nodes.stream().filter(Nodes::isReady).filter(n -> !Nodes.isCordoned(n)).count());
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static List<Pod> running(KubernetesClient kube) {
    return kube.pods().inNamespace("default").withLabel("app", "web").list().getItems().stream()
        .filter(p -> "Running".equals(p.getStatus().getPhase()))
        .toList();
  }

  private Path spec() throws Exception {
    ClusterSpec spec =
        DefaultSpecs.forName("demo")
            .withSshKey(
                new SshKeySpec(
                    SshKeyMode.GENERATE,
                    "demo-key",
                    home.resolve("demo-key.pem").toString(),
                    true));
    Path file = home.resolve("demo.yaml");
    SpecYaml.save(spec, file);
    return file;
  }

  private CliRun cli(String... args) {
    return CliRun.in(home, new KubeCommandContext(sampling()), args);
  }
}
