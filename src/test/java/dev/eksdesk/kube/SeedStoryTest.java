package dev.eksdesk.kube;

import static dev.eksdesk.kube.TestTypes.T3_MICRO;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.net.Ipv4Cidr;
import dev.eksdesk.kube.cni.CniSwap;
import dev.eksdesk.kube.cni.Fabric8CniSwap;
import dev.eksdesk.kube.cni.ManifestSource;
import dev.eksdesk.kube.cni.SwapEvent;
import dev.eksdesk.kube.cni.SwapPlan;
import dev.eksdesk.kube.recycle.DrainTimeoutHandler;
import dev.eksdesk.kube.recycle.Fabric8NodeRecycler;
import dev.eksdesk.kube.recycle.NodeRecycler;
import dev.eksdesk.kube.recycle.RecycleEvent;
import dev.eksdesk.kube.recycle.RecycleJournal;
import dev.eksdesk.kube.recycle.RecycleOptions;
import dev.eksdesk.kube.recycle.RecycleOutcome;
import dev.eksdesk.kube.sandbox.SandboxKube;
import dev.eksdesk.kube.sandbox.SubnetAddressPool;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seed's story, through the same public API the UI and the CLI use: t3.micro nodes under the
 * VPC CNI cannot give 20 pods an address; after the swap to Calico and the recycle they all run.
 *
 * <p>The nodes' kubelet allows 110 pods, more than their ENIs have addresses for, as a launch
 * template that sets --max-pods for a planned overlay does (eksctl #3840's users): that is how pods
 * end up bound to a node yet without an address, in ContainerCreating.
 */
class SeedStoryTest {
  private static final String VPC = "10.0.0.0/16";
  private static final int REPLICAS = 20;
  private static final Duration SETTLE = Duration.ofSeconds(30);

  private SandboxKube sandbox;
  private KubeGateway gateway;
  private KubernetesClient client;
  private final AtomicReference<ClusterSnapshot> latest = new AtomicReference<>();
  private AutoCloseable watch;

  @BeforeEach
  void start() {
    sandbox = SandboxKube.start("eu-central-1");
    gateway = Fabric8Gateway.connect(sandbox.endpoint());
    client = KubeClients.connect(sandbox.endpoint());
    watch = gateway.watchCluster(latest::set);
  }

  @AfterEach
  void stop() throws Exception {
    watch.close();
    client.close();
    gateway.close();
    sandbox.close();
  }

  @Test
  void twentyReplicasStuckForAddressesAllRunOnTheOverlayAfterTheSwapAndTheRecycle()
      throws Exception {
    SubnetAddressPool subnet = SubnetAddressPool.of("10.0.1.0/24");
    sandbox.registerNode("workers", T3_MICRO, "eu-central-1a", subnet, CniMode.VPC_CNI, 110);
    sandbox.registerNode("workers", T3_MICRO, "eu-central-1b", subnet, CniMode.VPC_CNI, 110);
    deployWeb();

    // Act 1: two t3.micro give 4 pod addresses; CoreDNS and metrics-server hold 3 of them.
    Eventually.within(
        SETTLE,
        () -> {
          List<PodRow> web = webRows();
          assertThat(web).hasSize(REPLICAS);
          assertThat(web).filteredOn(p -> "Running".equals(p.status())).hasSize(1);
          assertThat(web)
              .filteredOn(p -> "ContainerCreating".equals(p.status()))
              .hasSize(REPLICAS - 1);
          assertThat(sandbox.ipView())
              .flatExtracting(NodeIpView::podsWaitingForAddress)
              .hasSize(REPLICAS - 1);
        });
    PodRow stuck =
        webRows().stream()
            .filter(p -> "ContainerCreating".equals(p.status()))
            .findFirst()
            .orElseThrow();
    assertThat(gateway.eventsOf("default", stuck.name()))
        .anySatisfy(
            e -> {
              assertThat(e.reason()).isEqualTo("FailedCreatePodSandBox");
              assertThat(e.message()).contains("failed to assign an IP address to container");
            });

    // Act 2: the swap.
    try (CniSwap swap =
        Fabric8CniSwap.to(sandbox.endpoint(), calicoManifest(), Duration.ofSeconds(30))) {
      SwapPlan plan = swap.preflight(VPC);
      assertThat(plan.canProceed()).isTrue();
      List<SwapEvent> swapEvents = new CopyOnWriteArrayList<>();
      assertThat(swap.run(VPC, swapEvents::add)).as("swap events %s", swapEvents).isTrue();

      // Act 3: every node recycled onto Calico.
      RecycleOptions options =
          new RecycleOptions(
                  Duration.ofSeconds(60),
                  Duration.ofSeconds(60),
                  Duration.ofMillis(100),
                  Optional.empty(),
                  DrainTimeoutHandler.ABORT)
              .expectingOverlay(sandbox.calicoPoolCidr());
      List<RecycleEvent> recycleEvents = new CopyOnWriteArrayList<>();
      try (NodeRecycler recycler =
          Fabric8NodeRecycler.on(
              sandbox.endpoint(),
              sandbox.nodeReplacer(Duration.ofMillis(300)),
              options,
              RecycleJournal.none())) {
        RecycleOutcome outcome =
            recycler
                .start(plan.nodesToRecycle(), recycleEvents::add)
                .await(Duration.ofMinutes(2))
                .orElseThrow();
        assertThat(outcome.status())
            .as("recycle events %s", recycleEvents)
            .isEqualTo(RecycleOutcome.Status.COMPLETED);
        assertThat(outcome.replaced()).hasSize(2);
        assertThat(recycleEvents)
            .filteredOn(RecycleEvent.ReplacementReady.class::isInstance)
            .allSatisfy(
                e -> assertThat(((RecycleEvent.ReplacementReady) e).newMaxPods()).isEqualTo(110));
        assertThat(recycleEvents)
            .filteredOn(RecycleEvent.OverlayChecked.class::isInstance)
            .anySatisfy(
                e -> assertThat(((RecycleEvent.OverlayChecked) e).podsChecked()).isPositive())
            .allSatisfy(
                e -> assertThat(((RecycleEvent.OverlayChecked) e).podsOutsidePool()).isEmpty());
      }
    }

    // The end: all 20 on overlay addresses, metrics-server on the host network, nothing Pending.
    Ipv4Cidr pool = Ipv4Cidr.parse(sandbox.calicoPoolCidr());
    Eventually.within(
        SETTLE,
        () -> {
          ClusterSnapshot now = latest.get();
          assertThat(now.pods())
              .allSatisfy(p -> assertThat(p.status()).as(p.key()).isEqualTo("Running"));
          List<PodRow> web = now.pods().stream().filter(p -> p.name().startsWith("web-")).toList();
          assertThat(web)
              .hasSize(REPLICAS)
              .allSatisfy(
                  p ->
                      assertThat(pool.containsAddress(Ipv4Cidr.parse(p.ip() + "/32").network()))
                          .as(p.ip())
                          .isTrue());
          assertThat(now.pods())
              .filteredOn(p -> p.name().startsWith("metrics-server-"))
              .singleElement()
              .satisfies(p -> assertThat(p.hostNetwork()).isTrue());
          assertThat(now.nodes())
              .hasSize(2)
              .allSatisfy(
                  n -> {
                    assertThat(n.cni()).contains(CniMode.CALICO_OVERLAY);
                    assertThat(n.maxPods()).isEqualTo(110);
                  });
        });
    assertThat(
            client
                .apps()
                .deployments()
                .inNamespace(WellKnown.KUBE_SYSTEM)
                .withName(WellKnown.METRICS_SERVER)
                .get()
                .getStatus()
                .getReadyReplicas())
        .isEqualTo(1);
    assertThat(sandbox.ipView()).allSatisfy(v -> assertThat(v.podsWaitingForAddress()).isEmpty());

    // Afterwards the swap's preflight says the cluster is on Calico, with no node to recycle.
    try (CniSwap swap =
        Fabric8CniSwap.to(sandbox.endpoint(), calicoManifest(), Duration.ofSeconds(30))) {
      SwapPlan after = swap.preflight(VPC);
      assertThat(after.alreadyOnCalico()).as(after.changes().toString()).isTrue();
      assertThat(after.nodesToRecycle()).isEmpty();
      assertThat(after.changes())
          .singleElement()
          .asString()
          .startsWith("The cluster already runs Calico")
          .contains("every node booted with Calico");
    }
  }

  private List<PodRow> webRows() {
    ClusterSnapshot now = latest.get();
    assertThat(now).as("no snapshot published yet").isNotNull();
    return now.pods().stream().filter(p -> p.name().startsWith("web-")).toList();
  }

  private void deployWeb() {
    WebWorkload.deploy(client, REPLICAS);
  }

  private static ManifestSource calicoManifest() {
    return () -> {
      try (InputStream in = SeedStoryTest.class.getResourceAsStream("cni/calico-test.yaml")) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    };
  }
}
