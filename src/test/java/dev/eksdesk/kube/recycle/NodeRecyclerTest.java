package dev.eksdesk.kube.recycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.domain.catalog.Architecture;
import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.catalog.InstanceType;
import dev.eksdesk.kube.Eventually;
import dev.eksdesk.kube.KubeClients;
import dev.eksdesk.kube.Nodes;
import dev.eksdesk.kube.Pods;
import dev.eksdesk.kube.StateStore;
import dev.eksdesk.kube.WebWorkload;
import dev.eksdesk.kube.sandbox.SandboxKube;
import dev.eksdesk.kube.sandbox.SubnetAddressPool;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NodeRecyclerTest {
  private static final InstanceType M5_LARGE =
      new InstanceType("m5.large", 2, 8192, 3, 10, true, Architecture.X86_64, Map.of());
  private static final Duration RUN = Duration.ofSeconds(60);

  private SandboxKube sandbox;
  private KubernetesClient client;
  private final List<RecycleEvent> events = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    sandbox = SandboxKube.start("eu-central-1");
    client = KubeClients.connect(sandbox.endpoint());
    SubnetAddressPool subnet = SubnetAddressPool.of("10.0.1.0/24");
    sandbox.registerNode("workers", M5_LARGE, "eu-central-1a", subnet, CniMode.VPC_CNI, 29);
    sandbox.registerNode("workers", M5_LARGE, "eu-central-1b", subnet, CniMode.VPC_CNI, 29);
    WebWorkload.deploy(client, 4);
    Eventually.within(
        Duration.ofSeconds(15), () -> assertThat(webPods()).hasSize(4).allMatch(Pods::isReady));
  }

  @AfterEach
  void stop() {
    client.close();
    sandbox.close();
  }

  @Test
  void everyNodeIsDrainedWithinItsBudgetReplacedAndDaemonSetPodsAreLeftAlone() throws Exception {
    budget(new IntOrString(3));
    RecycleOutcome outcome;
    List<String> original;
    try (NodeRecycler recycler =
        recycler(options(Duration.ofSeconds(30), DrainTimeoutHandler.ABORT))) {
      original = recycler.currentNodes();
      outcome = recycler.start(original, events::add).await(RUN).orElseThrow();
    }

    assertThat(outcome.status()).isEqualTo(RecycleOutcome.Status.COMPLETED);
    assertThat(outcome.replaced()).containsOnlyKeys(original);
    assertThat(nodeNames()).doesNotContainAnyElementsOf(original).hasSize(2);
    assertThat(events)
        .filteredOn(RecycleEvent.NodeDrained.class::isInstance)
        .allSatisfy(
            e -> assertThat(((RecycleEvent.NodeDrained) e).daemonSetPodsLeft()).isEqualTo(2));
    assertThat(events).filteredOn(RecycleEvent.PodEvicted.class::isInstance).isNotEmpty();
    Eventually.within(
        Duration.ofSeconds(15),
        () ->
            assertThat(webPods())
                .hasSize(4)
                .allMatch(Pods::isReady)
                .allMatch(p -> nodeNames().contains(Pods.nodeName(p))));
    assertThat(events.get(events.size() - 1)).isInstanceOf(RecycleEvent.Finished.class);
    // without a CNI swap, pods drained from one node may wait on the next old one
    assertThat(events).noneMatch(RecycleEvent.NodesCordonedAhead.class::isInstance);
  }

  @Test
  void afterACniSwapEveryNodeIsCordonedBeforeTheFirstPodIsEvicted() throws Exception {
    List<String> original = nodeNames();
    Map<String, Boolean> cordonedAtFirstEviction = new java.util.concurrent.ConcurrentHashMap<>();
    RecycleOptions afterSwap =
        options(Duration.ofSeconds(30), DrainTimeoutHandler.ABORT)
            .expectingOverlay("192.168.0.0/16");
    try (NodeRecycler recycler = recycler(afterSwap)) {
      RecycleRun run =
          recycler.start(
              original,
              event -> {
                events.add(event);
                if (event instanceof RecycleEvent.PodEvicted && cordonedAtFirstEviction.isEmpty()) {
                  original.forEach(
                      n ->
                          cordonedAtFirstEviction.put(
                              n, Nodes.isCordoned(client.nodes().withName(n).get())));
                }
              });
      Eventually.within(
          Duration.ofSeconds(20), () -> assertThat(cordonedAtFirstEviction).hasSize(2));
      run.abort();
      run.await(RUN);
    }

    assertThat(events.get(0)).isEqualTo(new RecycleEvent.NodesCordonedAhead(original));
    assertThat(cordonedAtFirstEviction).containsOnlyKeys(original).doesNotContainValue(false);
  }

  @Test
  void aDrainABudgetNeverAllowsTimesOutAndTheUsersChoiceToSkipUncordonsTheNode() throws Exception {
    budget(new IntOrString(4));
    String first = nodeNames().get(0);
    List<String> asked = new CopyOnWriteArrayList<>();
    DrainTimeoutHandler skip =
        (node, pods) -> {
          asked.add(node);
          return DrainDecision.SKIP_NODE;
        };

    RecycleOutcome outcome = recycle(options(Duration.ofMillis(500), skip), List.of(first));

    assertThat(asked).containsExactly(first);
    assertThat(outcome.status()).isEqualTo(RecycleOutcome.Status.COMPLETED);
    assertThat(outcome.skipped()).containsExactly(first);
    assertThat(events)
        .anySatisfy(e -> assertThat(e).isInstanceOf(RecycleEvent.EvictionBlocked.class));
    assertThat(events)
        .anySatisfy(
            e ->
                assertThat(e)
                    .isInstanceOfSatisfying(
                        RecycleEvent.DrainTimedOut.class,
                        t ->
                            assertThat(t.remainingPods())
                                .isNotEmpty()
                                .allMatch(p -> p.startsWith("default/web-"))));
    assertThat(Nodes.isCordoned(client.nodes().withName(first).get())).isFalse();
  }

  @Test
  void deletingTheRemainingPodsIsTheForcefulWayOut() throws Exception {
    budget(new IntOrString(4));
    String first = nodeNames().get(0);

    RecycleOutcome outcome =
        recycle(
            options(Duration.ofMillis(500), (n, p) -> DrainDecision.DELETE_REMAINING_PODS),
            List.of(first));

    assertThat(outcome.status()).isEqualTo(RecycleOutcome.Status.COMPLETED);
    assertThat(outcome.replaced()).containsKey(first);
  }

  @Test
  void aPausedRunWaitsAndAnAbortReportsTheCordonedNodeLeftBehind() throws Exception {
    String first = nodeNames().get(0);
    try (NodeRecycler recycler =
        recycler(options(Duration.ofSeconds(30), DrainTimeoutHandler.ABORT))) {
      RecycleRun run = recycler.start(List.of(first), events::add);
      run.pause();
      // The pause was asked before the first checkpoint or right after it; either way the run
      // must stop at a checkpoint and report it.
      Eventually.within(
          Duration.ofSeconds(10),
          () -> assertThat(events).anyMatch(RecycleEvent.Paused.class::isInstance));
      assertThat(run.isDone()).isFalse();
      run.abort();
      RecycleOutcome outcome = run.await(RUN).orElseThrow();

      assertThat(outcome.status()).isEqualTo(RecycleOutcome.Status.ABORTED);
      assertThat(events).anyMatch(RecycleEvent.Aborted.class::isInstance);
      assertThat(nodeNames()).contains(first);
    }
  }

  private RecycleOutcome recycle(RecycleOptions options, List<String> nodes)
      throws InterruptedException {
    try (NodeRecycler recycler = recycler(options)) {
      return recycler.start(nodes, events::add).await(RUN).orElseThrow();
    }
  }

  private NodeRecycler recycler(RecycleOptions options) {
    return recycler(options, RecycleJournal.none());
  }

  private NodeRecycler recycler(RecycleOptions options, RecycleJournal journal) {
    return Fabric8NodeRecycler.on(
        sandbox.endpoint(), sandbox.nodeReplacer(Duration.ofMillis(200)), options, journal);
  }

  @Test
  void aRunThatDiedAfterItsFirstTerminationResumesThereAndNeverReplacesAReplacement()
      throws Exception {
    RecycleJournal journal = new RecycleJournal(new MemoryStore());
    RecycleOptions options = options(Duration.ofSeconds(30), DrainTimeoutHandler.ABORT);
    List<String> original;
    try (NodeRecycler dying = recycler(options, journal)) {
      original = dying.currentNodes();
      RecycleOutcome died =
          dying
              .start(
                  original,
                  event -> {
                    events.add(event);
                    if (event instanceof RecycleEvent.ReplacementRequested) {
                      throw new IllegalStateException("the process died");
                    }
                  })
              .await(RUN)
              .orElseThrow();
      assertThat(died.status()).isEqualTo(RecycleOutcome.Status.FAILED);
    }
    assertThat(journal.unfinished())
        .hasValueSatisfying(p -> assertThat(p.replacing().node()).isEqualTo(original.get(0)));
    Eventually.within(Duration.ofSeconds(15), () -> assertThat(nodeNames()).hasSize(2));
    events.clear();

    RecycleOutcome resumed;
    try (NodeRecycler again = recycler(options, journal)) {
      // what "recycle all" would ask for now: the first node's replacement and the second node
      resumed = again.start(again.currentNodes(), events::add).await(RUN).orElseThrow();
    }

    assertThat(resumed.status()).isEqualTo(RecycleOutcome.Status.COMPLETED);
    assertThat(resumed.replaced()).containsOnlyKeys(original);
    assertThat(events)
        .filteredOn(RecycleEvent.ReplacementRequested.class::isInstance)
        .extracting(e -> ((RecycleEvent.ReplacementRequested) e).node())
        .containsExactly(original.get(1));
    assertThat(nodeNames()).hasSize(2).doesNotContainAnyElementsOf(original);
    assertThat(journal.unfinished()).isEmpty();
  }

  private static final class MemoryStore implements StateStore {
    private volatile byte[] saved;

    @Override
    public Optional<byte[]> load() {
      return Optional.ofNullable(saved);
    }

    @Override
    public void save(byte[] state) {
      saved = state;
    }

    @Override
    public void delete() {
      saved = null;
    }
  }

  private static RecycleOptions options(Duration drainTimeout, DrainTimeoutHandler onTimeout) {
    return new RecycleOptions(
        drainTimeout, Duration.ofSeconds(30), Duration.ofMillis(100), Optional.empty(), onTimeout);
  }

  private void budget(IntOrString minAvailable) {
    WebWorkload.budget(client, minAvailable);
  }

  private List<String> nodeNames() {
    return client.nodes().list().getItems().stream()
        .map(n -> n.getMetadata().getName())
        .sorted()
        .toList();
  }

  private List<Pod> webPods() {
    return client.pods().inNamespace("default").withLabel("app", "web").list().getItems();
  }
}
