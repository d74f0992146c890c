package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.sandbox.NodeGroupInstance;
import dev.eksdesk.cluster.ClusterRuntimes;
import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.net.Ipv4Cidr;
import dev.eksdesk.kube.Eventually;
import dev.eksdesk.kube.KubeClients;
import dev.eksdesk.kube.NodeRow;
import dev.eksdesk.kube.PodEventRow;
import dev.eksdesk.kube.PodRow;
import dev.eksdesk.kube.WebWorkload;
import dev.eksdesk.kube.WellKnown;
import dev.eksdesk.kube.recycle.RecycleOutcome;
import dev.eksdesk.ui.fx.UiExecutors;
import dev.eksdesk.ui.nodes.CniSwapViewModel;
import dev.eksdesk.ui.nodes.DrainChoice;
import dev.eksdesk.ui.nodes.NodesPodsViewModel;
import dev.eksdesk.ui.nodes.ProgressState;
import dev.eksdesk.ui.nodes.RecycleViewModel;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's story on the sandbox, through what the screen uses: the engine builds the default spec
 * (t3.micro, VPC CNI), the sandbox runtime brings its node group up as Kubernetes nodes, and the
 * Nodes & Pods view models show 20 replicas stuck, swap to Calico and recycle until all run.
 */
class SeedStoryThroughTheScreenTest {
  private static final Duration SETTLE = Duration.ofSeconds(60);
  private static final int REPLICAS = 20;

  @TempDir Path home;
  private final ExecutorService background = Executors.newFixedThreadPool(2);

  /** Stands in for the FX thread: one thread, so the view models' lists change in order. */
  private final ExecutorService fx = Executors.newSingleThreadExecutor();

  private AppliedSandbox sandbox;
  private SandboxClusterRuntime runtime;
  private NodesPodsViewModel screen;
  private KubernetesClient kubectl;

  @BeforeEach
  void start() throws Exception {
    sandbox = AppliedSandbox.defaultSpec(home);
    runtime =
        SandboxClusterRuntime.start(
            home, sandbox.spec(), sandbox::account, AppliedSandbox.CATALOG, Duration.ofMillis(300));
    ClusterRuntimes runtimes = new ClusterRuntimes();
    runtimes.add(runtime);
    screen = new NodesPodsViewModel(runtimes, executors(), Clock.systemUTC());
    onFx(
        () -> {
          screen.start();
          return null;
        });
    kubectl = KubeClients.connect(runtime.endpoint());
  }

  @AfterEach
  void stop() {
    screen.close();
    kubectl.close();
    runtime.close();
    background.shutdownNow();
    fx.shutdownNow();
  }

  @Test
  void twentyReplicasStuckOnT3MicroAllRunOnCalicoAfterTheSwapAndTheRecycle() {
    List<String> originalInstances =
        sandbox.account().nodeGroupInstances("pw-cluster").stream()
            .map(NodeGroupInstance::instanceId)
            .toList();
    Eventually.within(SETTLE, () -> assertThat(onFx(() -> List.copyOf(screen.nodes()))).hasSize(2));
    deployWeb();

    // Act 1: a t3.micro holds 4 pods under the VPC CNI; the web pods wait for addresses.
    Eventually.within(
        SETTLE,
        () -> {
          List<PodRow> web = web();
          assertThat(web).hasSize(REPLICAS);
          assertThat(web).filteredOn(p -> "Running".equals(p.status())).hasSizeLessThan(2);
          assertThat(web)
              .filteredOn(p -> List.of("Pending", "ContainerCreating").contains(p.status()))
              .hasSizeGreaterThan(REPLICAS - 2);
        });
    assertThat(onFx(() -> List.copyOf(screen.nodes())))
        .allSatisfy(n -> assertThat(n.maxPods()).isEqualTo(4));
    // Select a stuck pod as a person would and read its events; pick again on each try, since
    // the scheduler may still be moving pods while the machine is busy.
    Eventually.within(
        SETTLE,
        () -> {
          PodRow stuck =
              web().stream().filter(p -> "Pending".equals(p.status())).findFirst().orElseThrow();
          List<PodEventRow> events =
              onFx(
                  () -> {
                    if (!stuck.equals(screen.selectedPodProperty().get())) {
                      screen.selectedPodProperty().set(stuck);
                    }
                    screen.tick(); // what the screen's clock does every few seconds
                    return List.copyOf(screen.events());
                  });
          assertThat(events)
              .extracting(PodEventRow::reason, PodEventRow::message)
              .anySatisfy(
                  e -> {
                    assertThat(e.toList().get(0)).isEqualTo("FailedScheduling");
                    assertThat((String) e.toList().get(1)).contains("Too many pods");
                  });
        });

    // Act 2: the swap, as the panel runs it.
    CniSwapViewModel swap = new CniSwapViewModel(executors());
    onFx(
        () -> {
          swap.check(runtime);
          return null;
        });
    Eventually.within(
        SETTLE,
        () -> assertThat(onFx(swap.phaseProperty()::get)).isEqualTo(CniSwapViewModel.Phase.READY));
    assertThat(onFx(() -> List.copyOf(swap.preflight())))
        .anySatisfy(
            line -> assertThat(line).contains("192.168.0.0/16 is outside the VPC 10.0.0.0/16"))
        .anySatisfy(line -> assertThat(line).contains("Patched on kube-system/metrics-server"));
    onFx(
        () -> {
          swap.run();
          return null;
        });
    // The nodes are full (4 of 4 pods): metrics-server's host-network pod has nowhere to start,
    // so the swap stops at its last step with Calico installed and says to recycle first.
    Eventually.within(
        SETTLE,
        () -> assertThat(onFx(swap.phaseProperty()::get)).isEqualTo(CniSwapViewModel.Phase.FAILED));
    assertThat(onFx(swap.recyclableProperty()::get)).isTrue();
    assertThat(onFx(swap.outcomeProperty()::get)).contains("recycle the nodes first");
    assertThat(onFx(() -> swap.steps().get(2).stateProperty().get()))
        .isEqualTo(ProgressState.FAILED);

    // Act 3: one-click recycle of the nodes the preflight named, expecting Calico addresses.
    RecycleViewModel recycle = new RecycleViewModel(executors());
    onFx(
        () -> {
          recycle.onDrainTimeoutProperty().set(DrainChoice.ABORT);
          recycle.start(
              runtime,
              swap.planProperty().get().nodesToRecycle(),
              Optional.of(swap.planProperty().get().cidr().calicoPool()));
          return null;
        });
    Eventually.within(
        Duration.ofMinutes(2), () -> assertThat(onFx(recycle.resultProperty()::get)).isNotNull());
    RecycleOutcome outcome = onFx(recycle.resultProperty()::get);
    assertThat(outcome.status()).as(outcome.message()).isEqualTo(RecycleOutcome.Status.COMPLETED);
    assertThat(onFx(() -> List.copyOf(recycle.nodes())))
        .allSatisfy(
            row -> {
              assertThat(row.stateProperty().get().name()).isEqualTo("DONE");
              assertThat(row.detailProperty().get()).contains("pods on overlay addresses");
            });

    // Resuming the swap now finds metrics-server running on the host network.
    onFx(
        () -> {
          swap.run();
          return null;
        });
    Eventually.within(
        SETTLE,
        () ->
            assertThat(onFx(swap.phaseProperty()::get))
                .as(onFx(swap.outcomeProperty()::get))
                .isEqualTo(CniSwapViewModel.Phase.SUCCEEDED));

    // The end: every pod runs, the 20 on Calico addresses, on two new instances.
    Ipv4Cidr pool = Ipv4Cidr.parse(WellKnown.CALICO_DEFAULT_POOL);
    Eventually.within(
        SETTLE,
        () -> {
          List<PodRow> pods = onFx(() -> List.copyOf(screen.pods()));
          assertThat(pods).allSatisfy(p -> assertThat(p.status()).as(p.key()).isEqualTo("Running"));
          assertThat(web())
              .hasSize(REPLICAS)
              .allSatisfy(
                  p ->
                      assertThat(pool.containsAddress(Ipv4Cidr.parse(p.ip() + "/32").network()))
                          .as(p.ip())
                          .isTrue());
          assertThat(pods)
              .filteredOn(p -> p.name().startsWith("metrics-server-"))
              .singleElement()
              .satisfies(p -> assertThat(p.hostNetwork()).isTrue());
          assertThat(onFx(() -> List.copyOf(screen.nodes())))
              .hasSize(2)
              .allSatisfy(
                  n -> {
                    assertThat(n.cni()).contains(CniMode.CALICO_OVERLAY);
                    assertThat(n.maxPods()).isEqualTo(110);
                  })
              .extracting(NodeRow::instanceId)
              .doesNotContainAnyElementsOf(originalInstances);
        });
    assertThat(sandbox.account().nodeGroupInstances("pw-cluster"))
        .hasSize(2)
        .extracting(NodeGroupInstance::instanceId)
        .doesNotContainAnyElementsOf(originalInstances);
    assertThat(
            kubectl
                .apps()
                .deployments()
                .inNamespace(WellKnown.KUBE_SYSTEM)
                .withName(WellKnown.METRICS_SERVER)
                .get()
                .getStatus()
                .getReadyReplicas())
        .isEqualTo(1);
    assertThat(runtime.ipView()).allSatisfy(v -> assertThat(v.podsWaitingForAddress()).isEmpty());
  }

  private UiExecutors executors() {
    return new UiExecutors(background, fx);
  }

  private List<PodRow> web() {
    return onFx(() -> screen.pods().stream().filter(p -> p.name().startsWith("web-")).toList());
  }

  private <T> T onFx(Supplier<T> read) {
    return CompletableFuture.supplyAsync(read, fx).join();
  }

  private void deployWeb() {
    WebWorkload.deploy(kubectl, REPLICAS);
  }
}
